"""The `storyline_quotes` component: reads a document, then writes `doc._.quotes`."""

import re

from spacy.attrs import IDX
from spacy.language import Language
from spacy.tokens import Doc, Span

from storyline.nlp import extensions  # noqa: F401
from storyline.nlp.extensions import text_of
from storyline.nlp.quotes.attribution import Attributor
from storyline.nlp.quotes.contents import CONTRAST_MARKS
from storyline.nlp.quotes.cue_extent import cue_phrase
from storyline.nlp.quotes.cues import CueFinder
from storyline.nlp.quotes.gate import CueGate
from storyline.nlp.quotes.marks import find_quotations, paragraphs
from storyline.nlp.quotes.shapes import ShapeCues
from storyline.nlp.quotes.sourceless import SourcelessCues
from storyline.nlp.quotes.spans import Cue, Found, Reading, span_content
from storyline.nlp.quotes.speaker_actors import PRONOUNS
from storyline.nlp.quotes.speakers import SpeakerResolver
from storyline.resources import load_resource

QUANTIFIERS = {"most", "many", "several", "few", "both", "others"}
"""Quantifiers that stand for people as a subject (`most said`, `Most of the candidates said`, `Several said`)."""
TITLE_SMALL_WORDS = {"a", "an", "the", "of", "and", "or", "nor", "but", "for", "to", "in", "on", "at", "by", "from",
                     "with", "as", "vs", "vs."}
"""Words a title leaves in lower case (`Empire of the Fund`)."""


class QuoteFinder(CueFinder, Attributor, SpeakerResolver, SourcelessCues, ShapeCues):
    """Find quotations and reporting cues, attribute them, then write `doc._.quotes`."""

    def __init__(self, nlp: Language, lexicon: str, min_words: int, join_sentences: bool = False, gate: str = "",
                 sourceless: bool = False, glosses: bool = False):
        data = load_resource(lexicon)
        self.load_sourceless(data.get("sourceless") or {} if sourceless else {})
        self.gloss_participles = set(data.get("gloss_participles", []) if glosses else [])
        self.colon_openers = set(data.get("colon_openers", []))
        self.title_openers = set(data.get("title_openers", []))
        self.gate = CueGate.load(gate)
        self.gate_sink: list | None = None
        self.verbs: dict[str, dict] = {k: v or {} for k, v in data["verbs"].items()}
        self.verb_prefixes = {k[:i] for k in self.verbs for i, ch in enumerate(k) if ch == " "}
        """What stands before a space in a verb entry (`call` of `call for`): the lemmas worth a particle search."""
        self.nouns: dict[str, str] = data.get("nouns", {})
        self.intention_nouns = set(data.get("intention_nouns", []))
        self.light_cues = {verb: set(words) for verb, words in (data.get("light_cues") or {}).items()}
        self.sources = [s.split() for s in data.get("sources", [])]
        self.source_heads = {words[0] for words in self.sources}
        self.statement_markers = [s.split() for s in data.get("statement_markers", [])]
        self.marker_heads = {words[0] for words in self.statement_markers if words}
        self.speaker_nouns = {w: cat for cat, words in data.get("speaker_nouns", {}).items() for w in words}
        self.media_words = set(data.get("media_words", []))
        self.evidence_nouns = set(data.get("evidence_nouns", []))
        self.survey_nouns = set(data.get("survey_nouns", []))
        self.partitive_nouns = set(data.get("partitive_nouns", []))
        self.opinion_nouns = set(data.get("opinion_nouns", []))
        self.topic_nouns = set(data.get("topic_nouns", []))
        self.venue_nouns = set(data.get("venue_nouns", []))
        self.vehicle_nouns = set(data.get("vehicle_nouns", []))
        self.gloss_verbs = set(data.get("gloss_verbs", []))
        self.share_nouns = set(data.get("share_nouns", []))
        self.people_nouns = set(data.get("people_nouns", []))
        self.not_reporting = set(data.get("not_reporting", []))
        self.headline_labels = {w.lower() for w in data.get("headline_labels", [])}
        self.unnamed = set(data.get("unnamed", []))
        self.envoy_nouns = set(data.get("envoy_nouns", []))
        self.named_heads = set(data.get("named_heads", []))
        self.state_nouns = set(data.get("state_nouns", []))
        self.pact_verbs = set(data.get("pact_verbs", []))
        self.person_stance_verbs = set(data.get("person_stance_verbs", []))
        self.backing_nouns = set(data.get("backing_nouns", []))
        self.gaining_verbs = set(data.get("gaining_verbs", []))
        self.asking_verbs = set(data.get("asking_verbs", []))
        self.inferential_verbs = set(data.get("inferential_verbs", []))
        self.feeling_verbs = set(data.get("feeling_verbs", []))
        self.colon_nouns = set(data.get("colon_nouns", []))
        self.light_topics = {verb: dict(nouns) for verb, nouns in (data.get("light_topics") or {}).items()}
        self.gendered = {w: g for g, words in (data.get("gendered_words") or {}).items() for w in words}
        skip = "|".join(re.escape(s) for s in data.get("skip_lines", []))
        self.skip_line = re.compile(rf"^\s*(?:{skip})\s*:", re.I) if skip else None
        self.min_words = min_words
        self.join_sentences = join_sentences

    def __call__(self, doc: Doc) -> Doc:
        text = text_of(doc)
        quotations = find_quotations(text)
        for q in quotations:
            q.full = self.is_statement(doc, text, q)
        marks = {q.open_at for q in quotations} | {q.close_at for q in quotations if q.close_at is not None}
        reading = Reading(doc, text, paragraphs(text), quotations, doc.to_array(IDX).tolist(), marks)
        cues = self.find_cues(reading)
        found = self.attribute(reading, cues)
        found = sorted(found + self.glosses(reading, found) + self.title_verb(reading, found),
                       key=lambda f: (f.start, f.end))  # `, referring to X`; `Clinton blasts Trump over X`
        if self.sourceless_words:  # `X seems to Y`, `X is expected to Y`: PolNeAR's attributions without a source
            found = sorted(found + self.sourceless(reading, found), key=lambda f: (f.start, f.end))
        self.set_annotations(reading, found)
        return doc

    # ---- candidates
    def set_annotations(self, r: Reading, found: list[Found]) -> None:
        doc = r.doc
        self.resolve(r, found)
        self.split_at_second_cue(r, found)
        found = [f for f in found if not self.restated_inside(f, found) and not self.title_quoted(r, f)
                 and not self.label_colon(r, f) and not self.reported_inside(r, f, found)
                 and not self.gated_inside(f, found)]
        quotes = []
        spans = []
        ids: dict[int, str] = {}  # id(Found) → its quote's id, for `continues`
        for f in found:
            if f.end <= f.start:
                continue  # no content: a quotation mark ending a hostile text can leave one
            quote = self.to_dict(r, f, found, f"quote{len(quotes)}")
            if quote is None:
                continue
            carried = f.continues
            while carried is not None and id(carried) not in ids:  # `showing off the "MAGA" hat. "B."`: a name in
                carried = carried.continues  # marks left out carries B on to the quotation it continues
            quote["continues"] = ids[id(carried)] if carried is not None else None
            ids[id(f)] = quote["id"]
            quotes.append(quote)
            label = "direct" if f.direct else "reported"
            span = doc.char_span(f.start, f.end, label=label, alignment_mode="expand")
            if span is not None:
                spans.append(span)
        span_resumed(r, quotes)
        span_over_gloss(r, quotes)
        span_after_lead_in(r, quotes)
        doc._.quotes = quotes
        doc.spans["storyline_quotes"] = spans

    def to_dict(self, r: Reading, f: Found, found: list[Found], quote_id: str) -> dict | None:
        """The Quote record; None where nobody can be named as the speaker."""
        cue = f.cue
        phrase = cue.speaker
        if cue.kind == "sourceless" or phrase is None and self.sourceless_words and self.asked_unnamed(cue):
            return self.sourceless_dict(r, f, quote_id)  # `Asked whether X, ...`: nobody named asked (wide setting)
        if phrase is None or (cue.actor is None and (cue.inside is not None or not self.could_speak(phrase)
                                                     or cue.kind == "source" and self.unit_noun(phrase))):
            return None
        medium = cue.medium_actor or next((c.actor for c in f.relays if c.actor and c.actor != cue.actor), None)
        if medium is None:  # `..., CNBC reports`: an outlet's report encloses this quote
            medium = next((g.cue.actor for g in found if g is not f and g.cue.actor not in (None, cue.actor)
                           and g.start <= f.start and f.end <= g.end and self.is_outlet(r.doc, g.cue.actor)), None)
        mention = self.mention(cue)
        cue_text, cue_start, cue_end = cue_phrase(cue, r.text, f.start)
        return {
            "id": quote_id,
            "speaker": cue.actor,
            "speaker_text": mention.text,
            "speaker_start": mention.start_char,
            "speaker_end": mention.end_char,
            "cue": cue_text,
            "text": r.text[f.start : f.end],
            "start": f.start,
            "end": f.end,
            "direct": f.direct,
            "stance": cue.stance,
            "medium": medium,
            "cue_start": cue_start,
            "cue_end": cue_end,
            "parts": list(f.parts),
        }

    @staticmethod
    def sourceless_dict(r: Reading, f: Found, quote_id: str) -> dict:
        """The Quote record of an attribution without a source (`sourceless.py`): no speaker, no mention."""
        cue = f.cue
        return {"id": quote_id, "speaker": None, "speaker_text": None, "speaker_start": None, "speaker_end": None,
                "cue": cue.text, "text": r.text[f.start : f.end], "start": f.start, "end": f.end, "direct": False,
                "stance": cue.stance, "medium": None, "cue_start": cue.start, "cue_end": cue.end, "parts": []}

    @staticmethod
    def restated_inside(f: Found, found: list[Found]) -> bool:
        """A speaker's own cue inside what another cue of theirs attributes to them (`he refused to concede that X`,
        `she demanded to know whether X`, `He promises to declare it Y`, `Cruz said he believes X`): one attribution,
        read once, by the outer cue. A different speaker inside (`A said B denied X`) is a chain and stays."""
        cue = f.cue
        if f.direct or cue.speaker is None or cue.token.tag_ in ("VBD", "VBZ", "VBP") and not cue.mind:
            return False  # `he said X, and he said Y`: a finite reporting verb makes a second statement
        return any(g is not f and g.cue is not cue and g.cue.speaker is not None and g.start <= f.start
                   and f.end <= g.end and g.end - g.start > f.end - f.start and g.start <= cue.start < g.end
                   and not (g.parts and not any(a <= cue.start < b for a, b in g.parts))  # in its attribution
                   and (cue.actor is not None and g.cue.actor == cue.actor or cue.speaker.root == g.cue.speaker.root)
                   for g in found)

    def reported_inside(self, r: Reading, f: Found, found: list[Found]) -> bool:
        """An attribution inside what another cue reports (`Song said [Clinton had told him X]`, `[Y say Z],
        according to X`, `X said she asked for it because [she wanted Y]`): one claim, made by the outer speaker, who
        is its source (PolNeAR marks only the outer one; the inner speaker is part of what was said). Only reported
        speech the outer cue governs (its clause, or the whole sentence a hearsay marker sources) where someone makes
        that report (a cue without a speaker is no quote and absorbs nothing); not a quotation, not what a
        quotation's own words attribute (`inner_statements`), not a clause coordinated with the outer cue (`A said X,
        but B said Y`: two statements) nor one on a noun (`protests, where the UN has said X`). An outlet reporting
        (`Iran announced X, AFP reported`) relays the claim: the inner speaker keeps it, the outlet is its
        `medium`."""
        if f.direct or f.relays or f.parts:
            return False
        return any(g is not f and g.cue is not f.cue and not g.direct and g.cue.speaker is not None
                   and g.start <= f.start and f.end <= g.end
                   and ((g.start, g.end) != (f.start, f.end) or g.cue.kind == "source" != f.cue.kind)
                   and g.start <= f.cue.start < g.end
                   and self.governs(g.cue, f.cue) and not (g.cue.actor and self.is_outlet(r.doc, g.cue.actor))
                   for g in found)

    def split_at_second_cue(self, r: Reading, found: list[Found]) -> None:
        """A reported content that runs on over a second statement (`second_cue`): the first content ends before the
        second clause (its subject, and the `and` or `while` before it), and the second stays a quote of its own."""
        doc = r.doc
        for f in found:
            if f.direct or f.parts or f.cue.kind != "verb":
                continue
            for g in found:
                if g is f or not f.start < g.cue.start < f.end or r.quoted(g.cue.start) \
                        or (first := self.second_cue(f.cue, g.cue)) is None:
                    continue
                span = doc.char_span(f.start, f.end, alignment_mode="expand")
                last = first - 1
                while span is not None and last > span.start and (doc[last].dep_ in ("cc", "mark") or doc[last].is_punct
                                                                  or doc[last].is_space):
                    last -= 1  # `A, and he railed ...`: the `and` goes with the second clause
                content = span_content(doc, span.start, last) if span is not None else None
                if content is not None and content[1] < f.end:
                    f.end = content[1]

    @staticmethod
    def second_cue(outer: Cue, inner: Cue) -> int | None:
        """Where the second statement starts (a token index) if the inner cue makes one beside the outer cue rather
        than inside its report: with a subject of its own, coordinated with or set beside the outer cue (`Ortega said
        A, and he railed against B`, `Park argued A, while the judge sought B`), or, without one, coordinated with
        the reported clause and reporting a clause of its own (`Hale said he heard A and suspected that B`: the
        speaker's second statement). None otherwise."""
        token, speaker = inner.token, inner.speaker
        if inner.kind != "verb" or speaker is None or inner.start < outer.end:
            return None
        if token.head == outer.token and token.dep_ == "advcl" and any(
                c.dep_ == "mark" and c.lower_ in CONTRAST_MARKS and c.i < speaker.start for c in token.children) \
                and speaker.root.head == token and speaker.root.dep_ in ("nsubj", "nsubjpass"):
            return min([c.left_edge.i for c in token.children if c.i < speaker.start] + [speaker.start])
        if token.dep_ == "conj" and token.head.dep_ == "ccomp" and token.head.head == outer.token \
                and any(c.dep_ == "ccomp" for c in token.children) \
                and not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in token.children):
            return min([c.left_edge.i for c in token.children if c.i < token.i] + [token.i])
        return None

    @staticmethod
    def gated_inside(f: Found, found: list[Found]) -> bool:
        """A verb only the learned gate took (`supports`, `decided to run`, `an ad focused on X`) inside what another
        party's cue reports (`Diaz said the club is no lobby and backs members of both parties`):
        part of that report, which PolNeAR marks once, by the outer cue; the gate reads the verb's own clause, not the
        report around it, and most such verbs are the acts a report tells of, not statements. A relative clause
        keeps its own (`Lee, who has openly sworn never to sell X`: an aside on a person, marked apart), and so
        does a cue inside a speaker's turn of a transcript (`A: ... we can't just talk about X`)."""
        cue = f.cue
        if not cue.gated or f.direct or f.parts or cue.token.dep_ == "relcl":
            return False
        return any(g is not f and g.cue is not cue and not g.direct and g.cue.speaker is not None
                   and g.cue.kind != "headline" and g.start <= f.start and f.end <= g.end
                   and g.end - g.start > f.end - f.start and g.start <= cue.start < g.end for g in found)

    @staticmethod
    def governs(outer: Cue, inner: Cue) -> bool:
        """Whether the outer cue's report holds the inner cue: a hearsay marker holds its sentence; a verb or noun
        holds what hangs on it, except a clause coordinated with it or set beside it (`X said A, while Y found B`),
        one coordinated inside its report (`the UN has said A and rights groups have reported B`: two sources) and
        what a clause on a noun tells (`the protests, where the UN has said ...`, `four in 10 who said ...`)."""
        if outer.kind == "source":
            return outer.token.sent == inner.token.sent
        if outer.kind == "headline":
            return False
        token = inner.token
        while token.head.i != token.i and token.dep_ not in ("relcl", "acl", "conj"):  # a root is its own head
            if token.head == outer.token:
                return token.dep_ not in ("cc", "advcl", "parataxis", "punct", "nsubj", "nsubjpass")
            token = token.head
        return False

    @staticmethod
    def title_quoted(r: Reading, f: Found) -> bool:
        """A title or slogan in quotation marks (`"The 40-Year-Old Virgin"`, `"Peace Through Strength"`): every word
        capitalized but the small ones, short, no question or exclamation; names in marks are no statement. A
        headline, written in title case throughout, keeps its quotations."""
        if not f.direct or f.parts or (r.paras and r.paras[0][0] <= f.start < r.paras[0][1]):
            return False
        text = r.text[f.start : f.end].strip().rstrip(".,")
        words = [w.strip("\"'“”‘’()[]") for w in text.split()]
        if not 2 <= len(words) <= 8 or text.endswith(("?", "!")):
            return False
        capitals = 0
        for i, word in enumerate(words):
            if not word[:1].isalpha():
                continue
            if word[0].isupper():
                capitals += 1
            elif i == 0 or word.lower() not in TITLE_SMALL_WORDS:
                return False
        return capitals >= 2

    def label_colon(self, r: Reading, f: Found) -> bool:
        """`UPDATE: ...`, `EXCLUSIVE: ...`, a headline's `BUSTED: ...`: a section label before a colon, not a speaker.
        A label that names nobody is one where the lexicon lists it, or where one word in capitals opens the headline;
        a transcript's label in capitals (`CLINTON: ...`) and a named one (`Poll: ...`) speak."""
        cue = f.cue
        if cue.kind != "headline" or cue.speaker is None or cue.actor is not None:
            return False
        label = cue.speaker.text.strip()
        in_headline = bool(r.paras) and r.paras[0][0] <= cue.start < r.paras[0][1]
        return label.lower() in self.headline_labels or in_headline and label.isupper() and len(label.split()) == 1

    def unit_noun(self, phrase: Span) -> bool:
        """`$15 per hour`, `per share`, `per year`: a bare singular noun after a hearsay marker is a rate's unit, not
        a source (`per the report`, `per CNN`, `according to officials` name one)."""
        head = phrase.root
        return len(phrase) == 1 and head.tag_ == "NN" and head.lemma_.lower() not in self.speaker_nouns \
            and head.lemma_.lower() not in self.people_nouns

    def could_speak(self, phrase: Span) -> bool:
        """Without an actor, keep a quote where a noun phrase or pronoun says who spoke (`opponents say`, `records
        show`, `according to an attendee`), not an expletive or a clause."""
        head = phrase.root
        if head.lower_ in PRONOUNS:
            return head.dep_ != "expl"
        if head.pos_ in ("PRON", "DET"):  # `Some of her allies`, `those surveyed`, `another`, `I` (the writer, outside
            return head.lower_ not in ("this", "that", "what", "which", "it", "there", "you", "one")  # marks)
        return head.pos_ in ("PROPN", "NOUN", "NUM") or head.lemma_.lower() in self.speaker_nouns \
            or head.lemma_.lower() in self.people_nouns or head.lemma_.lower() in self.share_nouns \
            or head.lower_ in QUANTIFIERS and head.dep_ in ("nsubj", "nsubjpass")  # `many believe`, `most said`


@Language.factory(
    "storyline_quotes",
    default_config={"lexicon": "quotes.yaml", "min_words": 3, "join_sentences": False, "gate": "quote_gate.json",
                    "sourceless": False, "glosses": False},
    assigns=["doc._.quotes", "doc.spans"],
    requires=["doc._.mentions"],
)
def make_quote_finder(nlp: Language, name: str, lexicon: str, min_words: int, join_sentences: bool,
                      gate: str, sourceless: bool, glosses: bool) -> QuoteFinder:
    """Factory: `lexicon` is the cue lexicon, `min_words` the fewest words of a quotation taken as a statement,
    `join_sentences` whether a quotation that goes on after its cue in a new sentence (`"A," she said. "B."`) stays
    one quote, as PolNeAR counts it (off: the storyline gold keeps one quote per continuous quoted span there; the
    two conventions differ on the same structure, with no paragraph, cue or mark to tell them apart), `gate` the
    learned cue gate's weights (`gate.py`; empty: the rules alone), `sourceless` whether attributions without a source
    (`X seems to Y`, `X is expected to Y`: `sourceless.py`) are quotes too, with no speaker, as PolNeAR counts them
    (off: the storyline gold counts only statements whose speaker the text names), `glosses` whether a reporter's gloss
    on what a speaker meant (`"...," he said, referring to X`: `shapes.glosses`) is the speaker's quote too, as PolNeAR
    counts it (off: the storyline gold does not count it a statement)."""
    return QuoteFinder(nlp, lexicon, min_words, join_sentences, gate, sourceless, glosses)


MAX_ATTRIBUTION_GAP = 250
"""The most characters of attribution between a quotation's lead-in and its resumed piece (`span_after_lead_in`)."""


def pieces(q: dict) -> list[tuple[int, int]]:
    """A quote's pieces: its `parts`, else its one span."""
    return list(q["parts"]) or [(q["start"], q["end"])]


def span_resumed(r: Reading, quotes: list[dict]) -> None:
    """`"A," she said. "B."`: a quotation resumed after its attribution in the same paragraph is one attribution as
    news reading (PolNeAR) counts it, and stays two quotes linked by `continues` as the storyline convention counts
    it (one quote per quoted span). Both hold: the longest of the quotes (the first with its attribution: `A," she
    said.`) spans the whole quotation, its attribution between (`A," she said. "B`, the pieces in `parts`), the others
    keep their own; so the main quote covers the statement as an interrupted quotation within a sentence does, each
    piece keeps a quote, and no other quote of the quotation covers most of it.
    A quotation resumed in a later paragraph is not spanned (a new paragraph is mostly a new attribution there)."""
    by_id = {q["id"]: q for q in quotes}
    chains: dict[str, list[dict]] = {}  # the first quote's id → the quotes of its quotation, in order
    first_of: dict[str, str] = {}
    for q in quotes:
        prev = by_id.get(q["continues"] or "")
        if prev is None or not (prev["direct"] and q["direct"]) or prev["end"] > q["start"] \
                or r.para_index(prev["start"]) != r.para_index(q["start"]):
            continue
        first = first_of.get(prev["id"], prev["id"])
        chains.setdefault(first, [by_id[first]]).append(q)
        first_of[q["id"]] = first

    for chain in chains.values():
        main = max(chain, key=lambda q: q["end"] - q["start"])  # the first counts its attribution
        main["parts"] = [p for q in chain for p in pieces(q)]
        main["start"], main["end"] = chain[0]["start"], chain[-1]["end"]
        main["text"] = r.text[main["start"] : main["end"]]


def span_over_gloss(r: Reading, quotes: list[dict]) -> None:
    """`"A," she said, adding that C. "B."`: B goes on with the clause its speaker's gloss reports (`quotation_over`),
    and news reading (PolNeAR) counts the quotation resumed after its attribution as one all the same, the gloss
    inside it. So the quote of A spans to B's end (its pieces in `parts`), as `span_resumed` spans `"A," she said.
    "B."`; C and B keep their own quotes. Only within one paragraph, C's cue in the sentence of A's, nothing between."""
    doc = r.doc
    for q in quotes:
        if not q["direct"] or q["continues"] or q["cue_start"] is None:
            continue
        clause = next((c for c in quotes if not c["direct"] and c["cue_start"] == q["cue_start"]
                       and c["speaker"] == q["speaker"] and c["end"] <= q["start"]), None)
        if clause is None or r.para_index(clause["cue_start"]) != r.para_index(q["start"]):
            continue
        firsts = [a for a in quotes if a["direct"] and a["speaker"] == q["speaker"] and a["cue_start"] is not None
                  and a["end"] <= a["cue_start"] < clause["cue_start"] and a["end"] <= clause["start"]
                  and r.para_index(a["start"]) == r.para_index(q["start"])]
        if not firsts:
            continue
        first = max(firsts, key=lambda a: a["end"])
        if doc[r.token_at(first["cue_start"])].sent != doc[r.token_at(clause["cue_start"])].sent or any(
                o is not first and o is not clause and first["end"] <= o["start"] < clause["start"] for o in quotes):
            continue
        first["parts"] = pieces(first) + pieces(q)
        first["end"] = q["end"]
        first["text"] = r.text[first["start"] : first["end"]]


def span_after_lead_in(r: Reading, quotes: list[dict]) -> None:
    """`The plans are "deeply flawed," he said. "B."`: a quotation that goes on from the unquoted start of its
    sentence (a reported quote for its lead-in, `lead_in`) resumed after its attribution is one attribution as news
    reading counts it, like `"A," she said. "B."` (`span_resumed`): the first spans to B's end (pieces in `parts`), B
    keeps its quote and `continues` it. Only within one paragraph, its attribution's sentence alone between."""
    ends = {q.end for q in r.quotations}
    for q in quotes:
        if not q["direct"] or q["continues"] or q["cue_start"] is None:
            continue
        first = next((a for a in quotes if not a["direct"] and a["cue_start"] == q["cue_start"] and a["end"] in ends
                      and a["end"] <= a["cue_start"] < q["start"]), None)
        if first is None or r.para_index(first["start"]) != r.para_index(q["start"]):
            continue
        gap = r.text[first["end"] : q["start"]]
        if len(gap) > MAX_ATTRIBUTION_GAP or not re.search(r"[.!?]", gap) or any(
                o is not first and o is not q and first["end"] <= o["start"] < q["start"] for o in quotes):
            continue
        first["parts"] = [(first["start"], first["end"])] + pieces(q)
        first["end"] = q["end"]
        first["text"] = r.text[first["start"] : first["end"]]
        q["continues"] = first["id"]


# ---- lookups used by the other extractors


def quote_covering(doc: Doc, start_char: int, end_char: int) -> dict | None:
    """The quote whose content contains a character range (the smallest one), if any.

    Example: `quote_covering(doc, ev_start, ev_end)["speaker"]` gives an event's `reported_by`.

    :param doc: a Doc the `storyline_quotes` component has run on
    :param start_char: start of the range
    :param end_char: end of the range (exclusive)
    """
    covering = [q for q in doc._.quotes or [] if q["start"] <= start_char and end_char <= q["end"]]
    return min(covering, key=lambda q: q["end"] - q["start"]) if covering else None

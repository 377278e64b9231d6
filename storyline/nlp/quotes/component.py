"""The `storyline_quotes` component: reads a document, then writes `doc._.quotes`."""

import re

from spacy.language import Language
from spacy.tokens import Doc, Span

from storyline.nlp import extensions  # noqa: F401
from storyline.nlp.quotes.attribution import Attributor
from storyline.nlp.quotes.cues import CueFinder
from storyline.nlp.quotes.gate import CueGate
from storyline.nlp.quotes.marks import find_quotations, paragraphs
from storyline.nlp.quotes.spans import Found, Reading
from storyline.nlp.quotes.speakers import PRONOUNS, SpeakerResolver
from storyline.resources import load_resource


class QuoteFinder(CueFinder, Attributor, SpeakerResolver):
    """Find quotations and reporting cues, attribute them, then write `doc._.quotes`."""

    def __init__(self, nlp: Language, lexicon: str, min_words: int, join_sentences: bool = False, gate: str = ""):
        data = load_resource(lexicon)
        self.gate = CueGate.load(gate)
        self.gate_sink: list | None = None
        self.verbs: dict[str, dict] = {k: v or {} for k, v in data["verbs"].items()}
        self.nouns: dict[str, str] = data.get("nouns", {})
        self.intention_nouns = set(data.get("intention_nouns", []))
        self.sources = [s.split() for s in data.get("sources", [])]
        self.source_heads = {words[0] for words in self.sources}
        self.statement_markers = [s.split() for s in data.get("statement_markers", [])]
        self.speaker_nouns = {w: cat for cat, words in data.get("speaker_nouns", {}).items() for w in words}
        self.media_words = set(data.get("media_words", []))
        self.evidence_nouns = set(data.get("evidence_nouns", []))
        self.share_nouns = set(data.get("share_nouns", []))
        self.people_nouns = set(data.get("people_nouns", []))
        self.not_reporting = set(data.get("not_reporting", []))
        self.headline_labels = {w.lower() for w in data.get("headline_labels", [])}
        self.unnamed = set(data.get("unnamed", []))
        self.named_heads = set(data.get("named_heads", []))
        self.state_nouns = set(data.get("state_nouns", []))
        self.pact_verbs = set(data.get("pact_verbs", []))
        self.inferential_verbs = set(data.get("inferential_verbs", []))
        self.gendered = {w: g for g, words in (data.get("gendered_words") or {}).items() for w in words}
        skip = "|".join(re.escape(s) for s in data.get("skip_lines", []))
        self.skip_line = re.compile(rf"^\s*(?:{skip})\s*:", re.I) if skip else None
        self.min_words = min_words
        self.join_sentences = join_sentences

    def __call__(self, doc: Doc) -> Doc:
        text = doc.text
        quotations = find_quotations(text)
        for q in quotations:
            q.full = self.is_statement(doc, text, q)
        marks = {q.open_at for q in quotations} | {q.close_at for q in quotations if q.close_at is not None}
        reading = Reading(doc, text, paragraphs(text), quotations, [t.idx for t in doc], marks)
        cues = self.find_cues(reading)
        found = self.attribute(reading, cues)
        self.set_annotations(reading, found)
        return doc

    # ---- candidates
    def set_annotations(self, r: Reading, found: list[Found]) -> None:
        doc = r.doc
        self.resolve(r, found)
        quotes = []
        spans = []
        ids: dict[int, str] = {}  # id(Found) → its quote's id, for `continues`
        for f in found:
            if f.end <= f.start:
                continue  # no content: a quotation mark ending a hostile text can leave one
            quote = self.to_dict(r, f, found, f"quote{len(quotes)}")
            if quote is None:
                continue
            quote["continues"] = ids.get(id(f.continues)) if f.continues is not None else None
            ids[id(f)] = quote["id"]
            quotes.append(quote)
            label = "direct" if f.direct else "reported"
            span = doc.char_span(f.start, f.end, label=label, alignment_mode="expand")
            if span is not None:
                spans.append(span)
        doc._.quotes = quotes
        doc.spans["storyline_quotes"] = spans

    def to_dict(self, r: Reading, f: Found, found: list[Found], quote_id: str) -> dict | None:
        """The Quote record; None where nobody can be named as the speaker."""
        cue = f.cue
        phrase = cue.speaker
        if phrase is None or (cue.actor is None and (cue.inside is not None or not self.could_speak(phrase))):
            return None
        medium = cue.medium_actor or next((c.actor for c in f.relays if c.actor and c.actor != cue.actor), None)
        if medium is None:  # `..., CNBC reports`: an outlet's report encloses this quote
            medium = next((g.cue.actor for g in found if g is not f and g.cue.actor not in (None, cue.actor)
                           and g.start <= f.start and f.end <= g.end and self.is_outlet(r.doc, g.cue.actor)), None)
        mention = self.mention(cue)
        return {
            "id": quote_id,
            "speaker": cue.actor,
            "speaker_text": mention.text,
            "speaker_start": mention.start_char,
            "speaker_end": mention.end_char,
            "cue": cue.text,
            "text": r.text[f.start : f.end],
            "start": f.start,
            "end": f.end,
            "direct": f.direct,
            "stance": cue.stance,
            "medium": medium,
            "cue_start": cue.start,
            "cue_end": cue.end,
            "parts": list(f.parts),
        }

    def could_speak(self, phrase: Span) -> bool:
        """Without an actor, keep a quote where a noun phrase or pronoun says who spoke (`opponents say`, `records
        show`, `according to an attendee`), not an expletive or a clause."""
        head = phrase.root
        if head.lower_ in PRONOUNS:
            return head.dep_ != "expl"
        if head.pos_ in ("PRON", "DET"):  # `Some of her allies`, `those surveyed`, `another`, `I` (the writer, outside
            return head.lower_ not in ("this", "that", "what", "which", "it", "there", "you", "one")  # marks)
        return head.pos_ in ("PROPN", "NOUN", "NUM") or head.lemma_.lower() in self.speaker_nouns \
            or head.lemma_.lower() in self.people_nouns  # `many believe`


@Language.factory(
    "storyline_quotes",
    default_config={"lexicon": "quotes.yaml", "min_words": 3, "join_sentences": False, "gate": "quote_gate.json"},
    assigns=["doc._.quotes", "doc.spans"],
    requires=["doc._.mentions"],
)
def make_quote_finder(nlp: Language, name: str, lexicon: str, min_words: int, join_sentences: bool,
                      gate: str) -> QuoteFinder:
    """Factory: `lexicon` is the cue lexicon, `min_words` the fewest words of a quotation taken as a statement,
    `join_sentences` whether a quotation that goes on after its cue in a new sentence (`"A," she said. "B."`) stays
    one quote, as PolNeAR counts it (off: the storyline gold keeps one quote per continuous quoted span there; the
    two conventions differ on the same structure, with no paragraph, cue or mark to tell them apart), `gate` the
    learned cue gate's weights (`gate.py`; empty: the rules alone)."""
    return QuoteFinder(nlp, lexicon, min_words, join_sentences, gate)


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

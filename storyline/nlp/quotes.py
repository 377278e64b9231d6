"""Quotes: who said what, as direct quotation or reported speech, inside one document.

(No `from __future__ import annotations` here: spaCy validates factory signatures at run time.)

Candidates come from two sides. Quotation marks are paired over the raw text (`find_quotations`:
straight, curly and single marks, paragraph continuations, never raising on unbalanced marks).
Reporting cues come from the parse: verbs (`said`, `told reporters`, `denied`), statement nouns
(`denials by X that ...`) and hearsay markers (`according to X`), all listed in
`resources/quotes.yaml`. A quotation takes the cue next to it (`"...," he said`, `X said: "..."`),
the cue that introduces its paragraph with a colon, or the speaker of the quotation it continues.
A cue whose content is not just a quotation gives reported speech; fragments in quotation marks
(scare quotes, `so-called "morality police"`) count only inside such content.

Cues inside a quotation that report someone else (`"..., officials said, ..."`, `"... a
step Oslo keeps ruling out"`) give that party's statements: a quoted report is cut into what each of its
sources said, relayed by the report; a person's quotation keeps its words and adds the claim.

Speakers resolve to document-local actors through `doc._.mentions`; pronouns and role nouns
(`he`, `the spokesman`, `the ministry`) go to the last compatible speaker or subject (`he`/`she` by
the gender the document gives the person, `the committee` only to a `... Committee`), and a lede's
unnamed speaker (`A senior diplomat said`) to the person the next sentence introduces.
"""

import re
from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass, field

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from storyline.nlp import extensions  # noqa: F401
from storyline.nlp.actors import local_actor, mention_for_token, mentions_in
from storyline.resources import load_resource

DOUBLE_OPEN = "“„«"
DOUBLE_CLOSE = "”»"
DOUBLE = DOUBLE_OPEN + DOUBLE_CLOSE + '"'
SINGLE_OPEN = "‘‹"
SINGLE_CLOSE = "’›"
SINGLE = SINGLE_OPEN + SINGLE_CLOSE + "'"
OPEN_AFTER = set("([{<—–-/:;\"'“‘«„")
"""Characters a quotation may open right after (besides whitespace)."""
CLOSE_BEFORE = set(".,;:!?)]}>—–-…\"'”’»")
"""Characters a quotation may close right before (besides whitespace)."""
SENTENCE_END = {".", "!", "?"}
SET_OFF = {",", "—", "–"}
"""Punctuation that sets off an attribution from what it attributes (`..., he said`)."""
PRONOUNS = {
    "he": "person", "she": "person", "him": "person", "her": "person",
    "they": "any", "them": "any", "it": "organization", "we": "any",
}
GENDERED = {"he": "m", "him": "m", "his": "m", "himself": "m", "she": "f", "her": "f", "hers": "f", "herself": "f"}
"""Pronouns that tell a person's gender: `Okafor said ... she` cannot be Okafor where the text calls him `he`."""
ANONYMOUS = re.compile(r"anonymity|not (?:be )?(?:to be )?(?:named|identified)|not authori[sz]ed|unnamed|anonymous",
                       re.I)
"""An unnamed speaker who stays unnamed (`a senior official, speaking on condition of anonymity`)."""
KINDS = {
    "person": {"person"},
    "organization": {"country", "organization", "group"},
    "government": {"country", "organization"},
    "media": {"organization"},
    "any": {"person", "country", "organization", "group"},
    "document": {"person", "country", "organization", "group"},
}
SUBJECT_DEPS = {"nsubj", "nsubjpass", "csubj"}
PHRASE_RIGHT_DEPS = {"prep", "pobj", "compound", "conj", "cc", "nummod", "amod", "case", "poss"}
"""Right-hand dependents kept in a speaker phrase (appositions and clauses are left out)."""
CONTENT_OBJECT_DEPS = {"dobj", "oprd", "xcomp", "ccomp", "attr", "dative"}
DEMONSTRATIVES = {"this", "that", "these", "those"}
ANTECEDENT_WINDOW = 1500
"""Characters back to look for the antecedent of `he` or `the ministry`."""


Spoken = tuple[int, str | None, str, int]
"""A resolved speaker: where its phrase ends, its actor, its kind, where what it said ends."""


@dataclass
class Quotation:
    """Text between quotation marks: `start`/`end` bound the content, `open_at`/`close_at` the marks."""

    start: int
    end: int
    open_at: int
    close_at: int | None
    full: bool = False
    state: str = ""
    """`direct` once emitted as a direct quote, `absorbed` once inside reported content."""


@dataclass
class Cue:
    """A reporting verb, statement noun or hearsay marker, with its speaker phrase and content."""

    token: Token
    text: str
    start: int
    end: int
    kind: str
    stance: str = "assert"
    speaker: Span | None = None
    medium: Span | None = None
    content: tuple[int, int] | None = None
    quoted_only: bool = False
    direct_only: bool = False
    actor: str | None = None
    medium_actor: str | None = None
    inside: tuple[int, int] | None = None
    """The statement in quotation marks this cue stands in (`"..., officials said, ..."`), if any."""


@dataclass
class Found:
    """One quote before its speaker is resolved."""

    cue: Cue
    start: int
    end: int
    direct: bool
    relays: list[Cue] = field(default_factory=list)


# ---- quotation marks over the raw text


def paragraphs(text: str) -> list[tuple[int, int]]:
    """Non-empty lines: the unit a quotation normally closes in."""
    return [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text) if m.group().strip()]


def _flanks(text: str, i: int) -> tuple[bool, bool]:
    """Whether the mark at `i` can open (text follows it) and can close (text precedes it)."""
    prev = text[i - 1] if i > 0 else " "
    nxt = text[i + 1] if i + 1 < len(text) else " "
    can_open = (prev.isspace() or prev in OPEN_AFTER) and not nxt.isspace()
    can_close = not prev.isspace() and (nxt.isspace() or nxt in CLOSE_BEFORE)
    return can_open, can_close


def _double_role(text: str, i: int, pending: bool) -> str:
    """`open` or `close`: by the characters around it first, by its glyph where those are unclear."""
    can_open, can_close = _flanks(text, i)
    ch = text[i]
    if ch in DOUBLE_OPEN:
        return "close" if can_close and not can_open else "open"
    if ch in DOUBLE_CLOSE:
        return "open" if can_open and not can_close else "close"
    if can_open != can_close:
        return "open" if can_open else "close"
    return "close" if pending else "open"


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Content offsets without surrounding blanks and trailing commas."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",;:"):
        end -= 1
    return start, end


def _double_quotations(text: str, paras: list[tuple[int, int]]) -> list[Quotation]:
    found = []
    for a, b in paras:
        pending = None
        for i in range(a, b):
            if text[i] not in DOUBLE:
                continue
            role = _double_role(text, i, pending is not None)
            if role == "open":
                if pending is not None:  # `said: "A. "B."`: the first quotation was never closed
                    start, end = _trim(text, pending + 1, i)
                    if end > start:
                        found.append(Quotation(start, end, pending, None))
                pending = i
            elif pending is not None:
                start, end = _trim(text, pending + 1, i)
                if end > start:
                    found.append(Quotation(start, end, pending, i))
                pending = None
        if pending is not None:  # unclosed: runs to the paragraph's end (continued or unbalanced)
            start, end = _trim(text, pending + 1, b)
            if end > start:
                found.append(Quotation(start, end, pending, None))
    return found


def _single_quotations(text: str, paras: list[tuple[int, int]], inside: list[Quotation]) -> list[Quotation]:
    """Single-mark quotations outside double ones; a mark between two letters is an apostrophe."""
    taken = [(q.open_at, q.close_at if q.close_at is not None else q.end) for q in inside]
    found = []
    for a, b in paras:
        pending = None
        fallback = None
        for i in range(a, b):
            ch = text[i]
            if ch not in SINGLE or any(x <= i <= y for x, y in taken):
                continue
            prev = text[i - 1] if i > 0 else " "
            nxt = text[i + 1] if i + 1 < b else " "
            if prev.isalnum() and nxt.isalnum():
                continue
            can_open, can_close = _flanks(text, i)
            if pending is None:
                if ch not in SINGLE_CLOSE and can_open and nxt.isalpha():
                    pending = i
                continue
            if ch in SINGLE_OPEN or not can_close:
                continue
            after = text[i + 2 : i + 3]
            if prev in "sS" and nxt == " " and after.islower():  # `the countries’ policy`: maybe possessive
                fallback = fallback or i
                continue
            found.append(_single(text, pending, i))
            pending = fallback = None
        if pending is not None and fallback is not None:
            found.append(_single(text, pending, fallback))
    return [q for q in found if q.end > q.start]


def _single(text: str, open_at: int, close_at: int) -> Quotation:
    start, end = _trim(text, open_at + 1, close_at)
    return Quotation(start, end, open_at, close_at)


def find_quotations(text: str) -> list[Quotation]:
    """Quotations in text order, content offsets inside the marks.

    Example: `find_quotations('“A,” he said.')[0].start == 1`

    :param text: the document text
    """
    paras = paragraphs(text)
    double = _double_quotations(text, paras)
    return sorted(double + _single_quotations(text, paras, double), key=lambda q: q.start)


# ---- the component


@dataclass
class Reading:
    """One document being read: its paragraphs, quotations and token offsets."""

    doc: Doc
    text: str
    """`doc.text`, kept once: spaCy rebuilds it on every access."""
    paras: list[tuple[int, int]]
    quotations: list[Quotation]
    token_starts: list[int]
    marks: set[int]
    para_starts: list[int] = field(default_factory=list)
    statements: list[tuple[int, int]] = field(default_factory=list)
    genders: dict[str, str] | None = None
    """Person actor → `m`/`f`, from honorifics and the pronouns that follow their mentions (see `person_genders`)."""

    def __post_init__(self) -> None:
        self.para_starts = [a for a, _ in self.paras]
        self.statements = [(q.start, q.end) for q in self.quotations if q.full]

    def para_index(self, char: int) -> int:
        """The paragraph holding a character (the nearest one before it, between paragraphs)."""
        return max(bisect_right(self.para_starts, char) - 1, 0)

    def para(self, char: int) -> tuple[int, int]:
        return self.paras[self.para_index(char)] if self.paras else (0, len(self.text))

    def quoted(self, char: int) -> bool:
        """Inside a statement in quotation marks: words there are the quoted speaker's, not the article's."""
        return self.statement_at(char) is not None

    def statement_at(self, char: int) -> tuple[int, int] | None:
        """The statement in quotation marks holding a character, if any."""
        i = bisect_right(self.statements, (char, len(self.text))) - 1
        return self.statements[i] if i >= 0 and self.statements[i][0] <= char < self.statements[i][1] else None

    def token_at(self, char: int) -> int:
        return max(bisect_right(self.token_starts, char) - 1, 0)


class QuoteFinder:
    """Find quotations and reporting cues, attribute them, then write `doc._.quotes`."""

    def __init__(self, nlp: Language, lexicon: str, min_words: int):
        data = load_resource(lexicon)
        self.verbs: dict[str, dict] = {k: v or {} for k, v in data["verbs"].items()}
        self.nouns: dict[str, str] = data.get("nouns", {})
        self.sources = [s.split() for s in data.get("sources", [])]
        self.source_heads = {words[0] for words in self.sources}
        self.statement_markers = [s.split() for s in data.get("statement_markers", [])]
        self.speaker_nouns = {w: cat for cat, words in data.get("speaker_nouns", {}).items() for w in words}
        self.media_words = set(data.get("media_words", []))
        self.unnamed = set(data.get("unnamed", []))
        self.named_heads = set(data.get("named_heads", []))
        self.state_nouns = set(data.get("state_nouns", []))
        self.gendered = {w: g for g, words in (data.get("gendered_words") or {}).items() for w in words}
        skip = "|".join(re.escape(s) for s in data.get("skip_lines", []))
        self.skip_line = re.compile(rf"^\s*(?:{skip})\s*:", re.I) if skip else None
        self.min_words = min_words

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

    def is_statement(self, doc: Doc, text: str, q: Quotation) -> bool:
        """A quotation with a verb and a few words is a statement; the rest are names or scare quotes."""
        span = doc.char_span(q.start, q.end, alignment_mode="expand")
        if span is None:
            return False
        words = [t for t in span if t.is_alpha or t.like_num]
        if len(words) < self.min_words:
            return False
        inner = text[q.open_at + 1 : q.close_at if q.close_at is not None else q.end].strip()
        sentence_like = inner[:1].isupper() and inner[-1:] in (",", ".", "?", "!")  # `"The temperature's high,"`
        return sentence_like or any(t.pos_ in ("VERB", "AUX") for t in span)

    def find_cues(self, r: Reading) -> list[Cue]:
        """Reporting cues outside statement quotations and page-furniture lines."""
        text = r.text
        skipped = {p for p in r.paras if self.skip_line and self.skip_line.match(text[p[0] : p[1]])}
        cues = []
        for token in r.doc:
            para = r.para(token.idx)
            if para in skipped or is_headline(text[para[0] : para[1]]):
                continue
            inside = r.statement_at(token.idx)
            cue = self.verb_cue(token, para) or self.noun_cue(token, para) or self.source_cue(token, para)
            if cue is None or inside is not None and not self.third_party(cue, inside):
                continue
            cue.content = clip(cue.content, inside or para)
            cue.inside = inside
            if inside is None or cue.content is not None:
                cues.append(cue)
        cues += self.headline_cues(r, skipped)
        return cues

    def third_party(self, cue: Cue, inside: tuple[int, int]) -> bool:
        """A cue inside a quotation that reports someone else's words (`"..., officials said, ..."`,
        `"... a step Oslo keeps ruling out"`): a named speaker, not a pronoun, within the quotation."""
        phrase = cue.speaker
        token = cue.token
        finite = token.tag_ in ("VBD", "VBZ", "VBP") or any(c.dep_ == "aux" and c.tag_ in ("VBD", "VBZ", "VBP")
                                                             for c in token.children)
        if cue.kind != "verb" or not finite or phrase is None or cue.content is None or phrase.root.pos_ == "PRON" \
                or phrase.root.lower_ in PRONOUNS or not inside[0] <= phrase.start_char < phrase.end_char <= inside[1]:
            return False
        set_off = phrase.start == 0 or token.doc[phrase.start - 1].text in SET_OFF or token.dep_ == "relcl"
        return cue.content[0] > phrase.start_char or set_off  # not `"It's no surprise X told him: ..."`

    def verb_cue(self, token: Token, para: tuple[int, int]) -> Cue | None:
        """`said`, `told reporters`, `denied`, `called for`; not passive, negated or modal ones."""
        if token.pos_ not in ("VERB", "AUX") or any(_not_said(c) for c in token.children):
            return None
        lemma = token.lemma_.lower()
        particle = next((c for c in token.children if c.dep_ in ("prt", "prep") and
                         f"{lemma} {c.lower_}" in self.verbs), None)
        entry = self.verbs.get(f"{lemma} {particle.lower_}" if particle is not None else lemma)
        marker = None
        if entry is None:
            marker = self.statement_marker(token)
            if marker is None:
                return None
            entry = {"object": True}
        cue = Cue(token, token.text, token.idx, token.idx + len(token), "verb", entry.get("stance", "assert"),
                  quoted_only=bool(entry.get("quoted")), direct_only=bool(entry.get("direct")))
        if marker is not None:
            cue.text, cue.start, cue.end = marker.text, marker.start_char, marker.end_char
        last = particle
        if lemma == "tell":  # `told reporters`, `told CNN`: the outlet told relays the statement
            last = next((c for c in token.children if c.dep_ in ("dobj", "dative") and c.i > token.i), None)
            cue.medium = noun_phrase(last, para) if last is not None else None
        if last is not None and marker is None:
            cue.end = last.idx + len(last)
            cue.text = token.doc[token.i : last.i + 1].text
        cue.speaker = self.subject(token, para)
        cue.content = self.verb_content(token, particle, entry)
        self.compose_stance(token, cue)
        self.apply_citing(token, cue, para)
        return cue

    def compose_stance(self, token: Token, cue: Cue) -> None:
        """`rejected denials by X that Y` asserts Y, `dismissed claims that Y` denies it: a rejecting verb whose
        object is a statement noun turns that statement's stance, and its content is the noun's `that` clause."""
        if cue.stance != "deny":
            return
        noun = next((c for c in token.rights if c.dep_ in CONTENT_OBJECT_DEPS), None)
        that = _that_after(noun) if noun is not None and noun.lemma_.lower() in self.nouns else None
        if that is None:
            return
        cue.content = self.clause_content(that.head)
        if self.nouns[noun.lemma_.lower()] == "deny":
            cue.stance = "assert"

    def statement_marker(self, token: Token) -> Span | None:
        """`In a press release, the agency denounced ...`: the phrase that makes `denounced` a statement."""
        for prep in token.children:
            if prep.dep_ == "prep" and any(prep.lower_ == m[0] for m in self.statement_markers):
                if [t.lower_ for t in prep.subtree] in self.statement_markers:
                    return token.doc[prep.left_edge.i : prep.right_edge.i + 1]
        return None

    def noun_cue(self, token: Token, para: tuple[int, int]) -> Cue | None:
        """`Oslo's assertion that ...`, `a denial by the agency that ...`, `Chile's claims that ...`."""
        if token.pos_ not in ("NOUN", "PROPN") or token.lemma_.lower() not in self.nouns:
            return None
        that = _that_after(token)
        if that is None or any(c.dep_ == "neg" for c in token.head.children):
            return None  # `wasn't putting forth an allegation that ...`
        cue = Cue(token, token.text, token.idx, token.idx + len(token), "noun", self.nouns[token.lemma_.lower()])
        cue.content = self.clause_content(that.head)
        cue.speaker = self.noun_speaker(token, that, para)
        return cue

    def noun_speaker(self, token: Token, that: Token, para: tuple[int, int]) -> Span | None:
        """The possessor, the `by` phrase, an agent before the `that` clause, or who made the statement."""
        for child in token.children:
            if child.dep_ == "poss" or (child.dep_ == "compound" and child.pos_ == "PROPN"):
                return noun_phrase(child, para)
            if child.dep_ == "prep" and child.lower_ in ("by", "from"):
                obj = next((c for c in child.children if c.dep_ == "pobj"), None)
                if obj is not None:
                    return noun_phrase(obj, para)
        agent = next((t for t in token.doc[token.i + 1 : that.i] if t.dep_ == "agent"), None)
        obj = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
        if obj is not None:  # `a narrative, pushed by X, that ...`
            return noun_phrase(obj, para)
        if token.dep_ in ("dobj", "attr") and token.head.lemma_.lower() not in self.verbs:
            return self.subject(token.head, para)  # `lodged a complaint that ...`, not `denied claims that ...`
        return None

    def source_marker(self, token: Token) -> list[str] | None:
        """The hearsay marker starting at this token (`according to`, `as first reported by`), if one does."""
        if token.lower_ not in self.source_heads:
            return None
        doc = token.doc
        return next((words for words in self.sources
                     if [t.lower_ for t in doc[token.i : token.i + len(words)]] == words), None)

    def source_cue(self, token: Token, para: tuple[int, int]) -> Cue | None:
        """`according to X, ...`, `..., per X`, `..., citing X` (unless under a cue verb: `apply_citing`), `..., as
        first reported by X`."""
        words = self.source_marker(token)
        if words is None or (token.pos_ == "VERB" and self.citing_cue(token) is not None):
            return None
        tokens = token.doc[token.i : token.i + len(words)]
        obj = next((c for c in tokens[-1].children if c.dep_ in ("pobj", "dobj")), None)
        if obj is None:
            return None
        cue = Cue(token, tokens.text, tokens.start_char, tokens.end_char, "source")
        cue.speaker = noun_phrase(obj, para)
        # the phrase's own head (`reported` in `as reported by X`) hangs on the clause it sources
        top = next((t for t in tokens if t.head not in tokens or t.head.i == t.i), token)
        clause = top.head
        while clause.pos_ not in ("VERB", "AUX") and clause.head.i != clause.i:
            clause = clause.head
        if clause.dep_ == "ccomp" and clause.head.lemma_ in self.verbs:  # `X said ..., per the Times`
            clause = clause.head
        cue.content = self.content_without(clause, top)
        return cue

    def citing_cue(self, citing: Token) -> Token | None:
        """The reporting verb a `citing X` belongs to (`CNN reported [that ...], citing officials`)."""
        head = citing.head
        for _ in range(2):
            if head.lemma_.lower() in self.verbs and head.pos_ == "VERB":
                return head
            if head.dep_ not in ("ccomp", "advcl"):
                return None
            head = head.head
        return None

    def apply_citing(self, token: Token, cue: Cue, para: tuple[int, int]) -> None:
        """`CNN reported, citing officials`: the officials speak, CNN relays."""
        for citing in token.subtree:
            if citing.pos_ == "VERB" and self.source_marker(citing) and self.citing_cue(citing) == token:
                obj = next((c for c in citing.children if c.dep_ in ("dobj", "pobj")), None)
                if obj is not None:
                    cue.medium, cue.speaker = cue.speaker, noun_phrase(obj, para)
                    cue.text = f"{cue.text}, {citing.text}"
                    return

    def headline_cues(self, r: Reading, skipped: set[tuple[int, int]]) -> list[Cue]:
        """`Japan: missiles landed in its waters` as a headline line: the actor before the colon says it."""
        doc = r.doc
        cues = []
        for a, b in r.paras:
            line = r.text[a:b]
            colon = line.find(":")
            if colon < 1 or not is_headline(line) or (a, b) in skipped:
                continue
            head = mentions_in(doc, a, a + colon)
            if len(head) != 1 or (line[: head[0]["start"] - a] + line[head[0]["end"] - a : colon]).strip():
                continue
            start, end = _trim(r.text, a + colon + 1, b)
            span = doc.char_span(start, end, alignment_mode="expand")
            if span is None or not any(t.pos_ in ("VERB", "AUX") for t in span):
                continue
            speaker = doc.char_span(head[0]["start"], head[0]["end"], alignment_mode="expand")
            cues.append(Cue(span[0], ":", a + colon, a + colon + 1, "headline", speaker=speaker,
                            content=(start, end)))
        return cues

    def subject(self, token: Token, para: tuple[int, int]) -> Span | None:
        """The speaker phrase: the subject, inherited along `saying`, `adding that`, `and condemned`."""
        current = token
        subj = None
        for _ in range(4):
            subj = next((c for c in current.children if c.dep_ in ("nsubj", "csubj")), None)
            if subj is not None:
                if subj.tag_ in ("WDT", "WP") and current.dep_ == "relcl":
                    subj = current.head
                break
            if current.dep_ not in ("conj", "advcl", "xcomp", "pcomp", "acomp") or current.head.i == current.i:
                break
            current = current.head
        if subj is None and token.tag_ == "VBG" and token.i > 0 and token.doc[token.i - 1].pos_ in ("NOUN", "PROPN"):
            subj = token.doc[token.i - 1]  # `Peru and Chile claiming they signed a pact`
            while subj.dep_ == "conj" and subj.head.i < subj.i:
                subj = subj.head
        if subj is None:  # `..., reports the AP`: an inverted subject parsed as the object
            obj = next((c for c in token.children if c.dep_ in ("dobj", "attr", "npadvmod") and c.i > token.i), None)
            after_comma = token.i > 0 and token.doc[token.i - 1].text in SET_OFF
            subj = obj if obj is not None and after_comma and obj.pos_ == "PROPN" else None
        if subj is not None and not para[0] <= subj.idx < para[1]:  # the parse ran across a line break
            before = token.doc[token.i - 1] if token.i > 0 else None
            ok = before is not None and before.pos_ in ("NOUN", "PROPN", "PRON") and before.idx >= para[0]
            subj = before if ok else None
        return noun_phrase(subj, para) if subj is not None else None

    def verb_content(self, token: Token, particle: Token | None, entry: dict) -> tuple[int, int] | None:
        """The reported clause, the object of `deny`-like verbs, what follows a colon, or the host clause."""
        doc = token.doc
        relative = next((c for c in token.children if c.dep_ == "dobj" and c.tag_ in ("WDT", "WP")), None)
        if token.dep_ == "relcl" and relative is not None and entry.get("stance") == "deny":
            return span_content(doc, token.head.left_edge.i, token.right_edge.i)  # `something that Iran denies`
        clauses = [c for c in token.children if c.dep_ == "ccomp" or c.dep_ == "advcl" and c.i > token.i
                   and any(m.dep_ == "mark" and m.lower_ == "that" and doc[m.i - 1].text == "," for m in c.children)]
        if clauses:
            subject = next((c for c in clauses[0].children if c.dep_ in SUBJECT_DEPS | {"expl"}), None)
            if token.dep_ == "relcl" and (subject is None or subject.tag_ in ("WDT", "WP")):
                return None  # `ships that it said crossed the line`
            content = self.clause_content(*clauses)
            if content and clauses[0].i < token.i:  # `S1, and S2, he added`: the whole sentence before
                return min(content[0], token.sent[0].idx), content[1]
            if content:  # the rest of the sentence, up to a further attribution (`, adding ...`, `, X reports`)
                first = clauses[0].left_edge if clauses[0].dep_ == "ccomp" else next(
                    m for m in clauses[0].children if m.dep_ == "mark")  # not `citing X, that ...`
                return span_content(doc, first.i, self.clause_end(token, clauses[0]))
            return None
        if entry.get("object") or entry.get("quoted"):
            content = self.object_content(token, particle)
            if content:
                return content
        colon = next((t for t in doc[token.i + 1 : token.i + 6] if t.text == ":"), None)
        if colon is not None and all(t.text not in SENTENCE_END for t in doc[token.i : colon.i]):
            end = colon.i + 1
            while end < len(doc) and "\n" not in doc[end].text and doc[end].text not in SENTENCE_END:
                end += 1
            return span_content(doc, colon.i + 1, end - 1) if end > colon.i + 1 else None
        inverted = token.dep_ == "ccomp" and token.head.i > token.i and all(c.dep_ != "dobj" for c in token.children)
        if token.dep_ == "parataxis" or inverted:
            return self.content_without(token.head, token)  # `X, the Kremlin says, Y`, `China said on Friday, Y`
        if token.dep_ == "ROOT" and token.i > 0 and doc[token.i - 1].text == ",":
            return self.content_without(token, token)
        comma = relay_comma(token)
        if comma is not None:  # `..., the Guardian reports.` parsed inside the sentence it reports
            return span_content(doc, token.sent.start, comma - 1)
        return None

    def clause_end(self, token: Token, clause: Token) -> int:
        """The last token of a clause reported after its cue: the rest of the sentence, up to a further
        attribution set off by a comma or a closing mark (`, adding ...`, `, per X`, `," officials told CNN`)."""
        doc = token.doc
        last = max(clause.right_edge.i, token.sent.end - 1)
        if token.dep_ in ("relcl", "acl"):  # `Jones, who says she is innocent, could ...`
            return clause.right_edge.i
        ancestors = set(token.ancestors)
        for t in doc[clause.i + 1 : last + 1]:
            if t.i > clause.right_edge.i and (t in ancestors or t.dep_ in SUBJECT_DEPS and t.head in ancestors):
                return t.i - 1  # `X, who insists [...], said: ...`: the sentence goes back to the main clause
            attribution = self.is_cue_verb(t) and t.dep_ not in ("amod", "compound", "acl", "relcl")
            if not (attribution or self.source_marker(t)):
                continue
            subj = next((c for c in t.children if c.dep_ == "nsubj" and c.i < t.i and c.tag_ not in ("WDT", "WP")),
                        None)
            start = subj.left_edge.i if subj is not None else t.i
            k = start - 1
            while k > clause.i and doc[k].is_quote:
                k -= 1
            if k > clause.i and (doc[k].text in SET_OFF or doc[start - 1].is_quote):
                return min(last, k)
        return last

    def object_content(self, token: Token, particle: Token | None) -> tuple[int, int] | None:
        """`deny supplying drones ...`, `condemned X as Y`, `called for a halt`: the object and what follows."""
        if particle is not None and particle.dep_ == "prep":
            objects = [c for c in particle.children if c.dep_ == "pobj"]
        else:
            objects = [c for c in token.rights if c.dep_ in CONTENT_OBJECT_DEPS]
        if not objects or objects[0].pos_ == "PRON" or any(
                c.dep_ == "det" and c.lower_ in DEMONSTRATIVES for c in objects[0].children):
            return None  # `reject that idea`: the claim is elsewhere
        first = objects[0]
        last = first.right_edge.i
        for child in token.rights:
            if child.i <= first.i or child.is_punct:
                continue
            if self.is_cue_verb(child):  # `condemned X, urging Y`: a statement of its own
                break
            last = max(last, child.right_edge.i)
        return span_content(token.doc, first.left_edge.i, last)

    def is_cue_verb(self, token: Token) -> bool:
        entry = self.verbs.get(token.lemma_.lower())
        return token.pos_ == "VERB" and entry is not None and not (entry.get("quoted") or entry.get("direct"))

    def clause_content(self, *clauses: Token) -> tuple[int, int] | None:
        """The clauses' words without a hearsay marker hanging off their end (`..., per the Times`)."""
        doc = clauses[0].doc
        last = max(c.right_edge.i for c in clauses)
        for clause in clauses:
            for child in clause.rights:
                if self.source_marker(child) and child.i > clause.i:
                    last = min(last, child.left_edge.i - 1)
        return span_content(doc, min(c.left_edge.i for c in clauses), last)

    def content_without(self, clause: Token, cue: Token) -> tuple[int, int] | None:
        """A clause minus the cue's own phrase (`X, the Kremlin says, Y`): the longer side."""
        doc = clause.doc
        first, last = clause.left_edge.i, clause.right_edge.i
        left = span_content(doc, first, cue.left_edge.i - 1) if cue.left_edge.i > first else None
        right = span_content(doc, cue.right_edge.i + 1, last) if cue.right_edge.i < last else None
        sides = [s for s in (left, right) if s]
        return max(sides, key=lambda s: s[1] - s[0]) if sides else None

    # ---- attribution

    def attribute(self, r: Reading, cues: list[Cue]) -> list[Found]:
        """Direct quotations first (by their neighbouring cue), then reported speech, then continuations,
        then the statements that quotations themselves attribute to someone else (`inner`)."""
        inner = [c for c in cues if c.inside is not None]
        cues = [c for c in cues if c.inside is None]
        by_token = {c.token.i: c for c in cues if c.kind in ("verb", "source")}
        found: list[Found] = []
        pending = []
        for q in r.quotations:
            if not q.full:
                continue
            cue, adjacent = self.quotation_cue(r, q, by_token, cues)
            if cue is not None and not adjacent:  # `"..." of the coast, the release said`: the quotation is inside
                cue.content = (min(cue.content[0], q.start), max(cue.content[1], q.end)) if cue.content else None
            if cue is None:
                pending.append(q)
            elif not adjacent and cue.content and not self.mostly_quoted(r, cue.content):
                q.state = "absorbed"
            else:
                q.state = "direct"
                found.append(Found(cue, q.start, q.end, True))
        found += self.reported(r, cues, found)
        found += self.continuations(r, pending, found)
        if inner:
            found = self.inner_statements(r, found, inner)
        return sorted(found, key=lambda f: (f.start, f.end))

    def inner_statements(self, r: Reading, found: list[Found], inner: list[Cue]) -> list[Found]:
        """Statements a quotation attributes to a third party. A quoted report (`the report says`, an outlet)
        or an unattributed quotation is split into what each named source said (`"A, officials said, B.
        Ukrainians said that C."` → A and B by the officials, C by the Ukrainians), relayed by the report;
        a person's quotation keeps its words and adds the claim it reports (`"... something Iran denies"`)."""
        out = []
        used = set()
        for f in found:
            mine = [c for c in inner if f.direct and f.start <= c.start < f.end and f.start <= c.inside[0] < f.end]
            used.update(id(c) for c in mine)
            if mine and self.is_report(r.doc, f.cue):
                out += self.split(r, f.start, f.end, mine, f)
                continue
            out.append(f)
            out += [Found(c, *c.content, False, [f.cue, *f.relays]) for c in mine]
        for q in r.quotations:
            mine = [c for c in inner if id(c) not in used and c.inside == (q.start, q.end)]
            if mine and not q.state:  # `"A, officials said, B."` with no attribution outside the marks
                q.state = "direct"
                out += self.split(r, q.start, q.end, mine, None)
        return out

    def is_report(self, doc: Doc, cue: Cue) -> bool:
        """A cue whose speaker is a report or an outlet (`the report says`, `CNN reported`)."""
        if cue.speaker is None:
            return False
        head = cue.speaker.root
        mention = mention_for_token(doc, head)
        if mention is not None:
            return self.is_outlet(doc, mention["actor"])
        return self.speaker_nouns.get(head.lemma_.lower()) in ("media", "document")

    def split(self, r: Reading, start: int, end: int, inner: list[Cue], base: Found | None) -> list[Found]:
        """A quotation cut, sentence by sentence, around the attributions inside it."""
        doc = r.doc
        span = doc.char_span(start, end, alignment_mode="expand")
        out: list[Found] = []
        for sent in span.sents if span is not None else []:
            a, b = max(sent.start_char, start), min(sent.end_char, end)
            cue = next((c for c in inner if a <= c.start < b), None)
            if cue is None:
                if base is not None:
                    out.append(Found(base.cue, a, b, True, list(base.relays)))
                continue
            relays = [base.cue, *base.relays] if base is not None else []
            attribution = cue.speaker.start_char
            clause = any(c.dep_ == "ccomp" and c.i > cue.token.i for c in cue.token.children) \
                and r.text[cue.end : b].lstrip()[:1] not in SET_OFF  # `said that ...`, not `said, which ...`
            after = cue.content[0] if clause and cue.content else self.attribution_end(cue)
            for x, y, direct in ((a, attribution, True), (after, b, not clause)):
                piece = self.piece(doc, x, y)
                if piece is not None:
                    out.append(Found(cue, *piece, direct, relays))
        merged: list[Found] = []
        for f in out:  # sentences of the report's own words stay one quote
            if merged and base is not None and f.cue is base.cue is merged[-1].cue:
                merged[-1].end = f.end
            else:
                merged.append(f)
        return merged

    def attribution_end(self, cue: Cue) -> int:
        """Where `officials said last week` ends: the next punctuation after the cue."""
        doc = cue.token.doc
        i = cue.token.i + 1
        while i < len(doc) and not doc[i].is_punct and doc[i].idx < cue.end:
            i += 1
        while i < len(doc) and not doc[i].is_punct:
            i += 1
        return doc[i].idx if i < len(doc) else cue.end

    def piece(self, doc: Doc, start: int, end: int) -> tuple[int, int] | None:
        """Trimmed offsets of a piece of quotation with enough words to be a statement, or None."""
        span = doc.char_span(start, end, alignment_mode="contract") if end > start else None
        if span is None or len([t for t in span if t.is_alpha]) < self.min_words:
            return None
        return span_content(doc, span.start, span.end - 1)

    def quotation_cue(self, r: Reading, q: Quotation, by_token: dict[int, Cue], cues: list[Cue]
                      ) -> tuple[Cue | None, bool]:
        """A quotation's cue, and whether it stands right next to it. In this order: a colon before it
        (`X said: "..."`), a reported clause around it (`X said that there are "..."`), the cue right after it
        (`"...," he said`), the one right before it (`X said, "..."`), a paragraph ending with a colon."""
        lead, lead_adjacent = self.leading_cue(r, q, by_token)
        if lead is not None and (r.text[lead.end : q.open_at].strip().endswith(":") or not lead_adjacent
                                 and not self.mostly_quoted(r, lead.content)):
            return lead, lead_adjacent
        trail, trail_adjacent = self.trailing_cue(r, q, by_token)
        if trail is not None:
            return trail, trail_adjacent
        if lead is not None:
            return lead, lead_adjacent
        return self.colon_cue(r, q, cues), True

    def trailing_cue(self, r: Reading, q: Quotation, by_token: dict[int, Cue]) -> tuple[Cue | None, bool]:
        """`"...," he said` / `"...," said X` (adjacent) / `"..." of the coast, the release said`."""
        text = r.text
        if q.close_at is None:
            return None, False
        inner = text[q.open_at + 1 : q.close_at].rstrip()
        follow = text[q.close_at + 1 : q.close_at + 40].lstrip(" \t")[:1]
        continues = follow.islower() or (follow and follow in ",—–")
        if inner.endswith(".") and not continues:
            return None, False  # `"... accountable." Violations of ...`: the sentence ended with the quotation
        i = r.token_at(q.close_at) + 1
        reach = 25 if continues or not inner.endswith(("?", "!")) else 3  # `"...?" he asked` / `"...?" The ...`
        for t in r.doc[i : i + reach]:
            if "\n" in t.text or t.idx in r.marks:
                break
            cue = by_token.get(t.i)
            if cue is not None:
                first = min(cue.start, cue.speaker.start_char) if cue.speaker is not None else cue.start
                return cue, not re.search(r"\w", text[q.close_at + 1 : first])
            if t.text in SENTENCE_END:
                break
        return None, False

    def leading_cue(self, r: Reading, q: Quotation, by_token: dict[int, Cue]) -> tuple[Cue | None, bool]:
        """`X said: "..."`, `X said, "..."` (adjacent), `X said that "..."`."""
        j = r.token_at(q.open_at)
        for t in reversed(r.doc[max(0, j - 30) : j]):
            if t.text in SENTENCE_END or "\n" in t.text or t.idx in r.marks:
                break
            cue = by_token.get(t.i)
            if cue is None:
                continue
            gap = r.text[cue.end : q.open_at].strip()
            adjacent = not gap or (len(gap) <= 60 and gap[-1] in ",:")
            if adjacent or (cue.content and overlaps(cue.content, q)):
                return cue, adjacent
            break
        return None, False

    def colon_cue(self, r: Reading, q: Quotation, cues: list[Cue]) -> Cue | None:
        """A paragraph that ends with a colon introduces the quotation opening the next one."""
        n = r.para_index(q.open_at)
        text = r.text
        if n < 1 or text[r.paras[n][0] : q.open_at].strip() or not text[: r.paras[n - 1][1]].rstrip().endswith(":"):
            return None
        a, b = r.paras[n - 1]
        inside = [c for c in cues if a <= c.start < b and c.kind in ("verb", "source")]
        if inside:
            return inside[-1]
        root = r.doc[r.token_at(b - 1)].sent.root  # `Germany issued a warning:` without a reporting verb
        speaker = self.subject(root, (a, b)) if a <= root.idx < b else None
        return Cue(root, root.text, root.idx, root.idx + len(root), "verb", speaker=speaker) if speaker else None

    def reported(self, r: Reading, cues: list[Cue], direct: list[Found]) -> list[Found]:
        """Reported speech: each cue's content that is not just a quotation attributed elsewhere."""
        found = []
        for cue in sorted(cues, key=lambda c: (c.content[1] - c.content[0]) if c.content else 0):
            if cue.content is None or cue.direct_only:
                continue
            if any(f.cue is cue and overlaps(cue.content, (f.start, f.end)) for f in direct):
                continue
            inside = [q for q in r.quotations if overlaps(cue.content, q)]
            if cue.quoted_only and not inside:
                continue
            relayed = [f for f in direct if f.cue is not cue and overlaps(cue.content, (f.start, f.end))]
            if relayed and self.mostly_quoted(r, cue.content):
                for f in relayed:  # `An NPR story says "...," aides told NPR`
                    f.relays.append(cue)
                continue
            for q in inside:
                q.state = q.state or "absorbed"
            start, end = cue.content
            quoted = sum(min(q.end, end) - max(q.start, start) for q in inside)
            found.append(Found(cue, start, end, quoted > (end - start) / 2))
        return found

    def continuations(self, r: Reading, pending: list[Quotation], found: list[Found]) -> list[Found]:
        """`"A," he said. "B."` and a paragraph of quotation after its speaker's: the same speaker."""
        out: list[Found] = []
        for q in pending:
            if q.state:
                continue
            source = self.next_in_sentence(r, q, found) or self.previous_quote(r, q, found + out)
            if source is not None:
                q.state = "direct"
                out.append(Found(source.cue, q.start, q.end, True, list(source.relays)))
        return out

    def next_in_sentence(self, r: Reading, q: Quotation, found: list[Found]) -> Found | None:
        """`"A," but tensions "B," he added`: the next quotation of the sentence has the cue."""
        later = next((x for x in r.quotations if q.close_at is not None and x.open_at > q.close_at), None)
        if later is None or r.text[q.open_at + 1 : q.close_at].rstrip().endswith((".", "?", "!")):
            return None
        gap = r.text[q.close_at + 1 : later.open_at]
        if len(gap) > 80 or "\n" in gap or re.search(r"[.!?]\s", gap):
            return None
        return next((f for f in found if f.start == later.start and f.direct), None)

    def previous_quote(self, r: Reading, q: Quotation, found: list[Found]) -> Found | None:
        """The last quote of this paragraph, or of the previous one where the quotation opens its paragraph."""
        n = r.para_index(q.open_at)
        opens = not r.text[r.paras[n][0] : q.open_at].strip()
        lower = r.paras[n - 1][0] if opens and n > 0 else r.paras[n][0]
        before = [f for f in found if lower <= f.start < q.open_at]
        return max(before, key=lambda f: (f.end, f.end - f.start)) if before else None

    def mostly_quoted(self, r: Reading, content: tuple[int, int]) -> bool:
        """Content that is quotations and nothing else (`that` and punctuation aside)."""
        start, end = content
        rest = r.text[start:end]
        for q in sorted(r.quotations, key=lambda q: -q.open_at):
            close = q.close_at + 1 if q.close_at is not None else q.end
            if q.open_at < end and close > start:
                rest = rest[: max(q.open_at - start, 0)] + " " + rest[min(close, end) - start :]
        return len([w for w in re.findall(r"\w+", rest) if w.lower() != "that"]) <= 1

    # ---- speakers

    def resolve(self, r: Reading, found: list[Found]) -> None:
        """Resolve each used cue's speaker in text order, so pronouns can look back at earlier speakers."""
        memory: list[Spoken] = []
        cues = {id(c): c for f in found for c in [f.cue, *f.relays]}
        for cue in sorted(cues.values(), key=lambda c: c.start):
            before = min(cue.speaker.start_char, cue.content[0] if cue.content else cue.start) if cue.speaker else 0
            if cue.inside is not None:  # inside a quotation only a name says who, and it is no antecedent
                cue.actor = self.named_actor(r.doc, cue.speaker)
                continue
            cue.actor = self.speaker_actor(r, cue.speaker, before, memory) if cue.speaker is not None else None
            if cue.medium is not None:
                medium = self.speaker_actor(r, cue.medium, before, memory)
                cue.medium_actor = medium if medium and self.relays(r.doc, medium) else None
            if cue.speaker is not None:
                kind = (local_actor(r.doc, cue.actor) or {}).get("kind") if cue.actor else self.guess_kind(cue.speaker)
                memory.append((cue.speaker.end_char, cue.actor, kind, cue.content[1] if cue.content else 0))

    def named_actor(self, doc: Doc, phrase: Span) -> str | None:
        """The actor a phrase names by its head (`officials`, `Iran`, `Ukrainian officials`, not `Michael Howard's
        speech`), without antecedents."""
        head = phrase.root
        for token in [head, *(c for c in head.children if c.dep_ == "appos")]:
            mention = mention_for_token(doc, token)
            if mention is not None:
                return mention["actor"]
        return None

    def speaker_actor(self, r: Reading, phrase: Span, before: int, memory: list[Spoken]) -> str | None:
        """The actor a speaker phrase names, or the antecedent it refers back to (from before `before`)."""
        doc = r.doc
        head = phrase.root
        named = self.named_actor(doc, phrase)
        if named is not None:
            return named
        if head.lower_ in PRONOUNS:
            return self.antecedent(r, before, PRONOUNS[head.lower_], memory, GENDERED.get(head.lower_))
        if head.pos_ == "PROPN":  # `Okafor said` where only `Grace Okafor` was recognized
            name = re.sub(r"['’]s$", "", head.text)
            people = [a for a in doc._.local_actors or [] if a["kind"] == "person" and name in a["name"].split()]
            if people:
                return max(people, key=lambda a: a["name"].split()[-1] == name)["id"]
        after = mentions_in(doc, head.idx + len(head), phrase.end_char)
        if after:  # `reports from CNN`
            return after[0]["actor"]
        category = self.speaker_nouns.get(head.lemma_.lower()) or self.speaker_nouns.get(head.lower_)
        modifiers = mentions_in(doc, phrase.start_char, head.idx)  # `Ukrainian officials`, `the Labour party`
        if category == "organization" and modifiers and (local_actor(doc, modifiers[0]["actor"]) or {}).get(
                "kind") == "organization":
            return modifiers[0]["actor"]
        definite = phrase[0].lower_ in DEMONSTRATIVES | {"the"} and phrase[-1] == head  # `the spokesman`
        definite = definite and not any(t.lower_ in self.unnamed for t in phrase)  # not `the unnamed source`
        named = any(c.dep_ == "appos" and c.pos_ == "PROPN" for c in head.children)  # `The ..., Theresa May,`
        singular = head.tag_ not in ("NNS", "NNPS") or category in ("media", "document")
        if category and definite and singular and not named:
            actor = self.titled(r, phrase) or self.antecedent(r, before, category, memory, noun=head.lemma_)
            if actor:
                return actor
        indefinite = phrase[0].lower_ in ("a", "an") and not any(t.lower_ in self.unnamed for t in phrase)
        if category == "person" and singular and (definite or indefinite):
            actor = self.named_next(r, phrase)
            if actor:
                return actor
        return modifiers[0]["actor"] if modifiers else None

    def named_next(self, r: Reading, phrase: Span) -> str | None:
        """`A senior diplomat said Friday ... Foreign Ministry spokeswoman Jane Roe told
        journalists`: a lede's unnamed speaker is the person the next sentence introduces as a speaker,
        where that person is new to the document and of the phrase's country."""
        doc = r.doc
        if r.para_index(phrase.start_char) > 2 or ANONYMOUS.search(phrase.sent.text):
            return None
        limit = doc[phrase.sent.end].sent.end_char if phrase.sent.end < len(doc) else len(r.text)
        named = mentions_in(doc, phrase.start_char, phrase.end_char)  # `A White House official`: USA
        country = (local_actor(doc, named[0]["actor"]) or {}).get("country") if named else None
        seen = {m["actor"] for m in doc._.mentions or [] if m["start"] < phrase.start_char}
        for m in doc._.mentions or []:
            if m["start"] < phrase.end_char or r.quoted(m["start"]):
                continue
            if m["start"] >= limit:
                return None
            actor = local_actor(doc, m["actor"]) or {}
            if actor.get("kind") != "person":
                continue
            token = doc[r.token_at(m["end"] - 1)]
            speaks = token.dep_ in SUBJECT_DEPS and token.head.lemma_.lower() in self.verbs
            if m["actor"] in seen or not speaks or country and actor.get("country") not in (None, country):
                return None
            return m["actor"]
        return None

    def titled(self, r: Reading, phrase: Span) -> str | None:
        """`the Prime Minister` → the person introduced as `Prime Minister Jane Roe`."""
        words = phrase[1:].text
        if not words:
            return None
        # `Spain's Prime Minister Jane Roe` is `the Prime Minister`; `Deputy Mayor X` is not `the mayor`
        title = re.compile(rf"(?:^|[^\w\s]\s*|\b(?:[a-z]\w*|\w+['’]s)\s+)(?i:{re.escape(words)})\s+$")
        named = [m for m in r.doc._.mentions or [] if (local_actor(r.doc, m["actor"]) or {}).get("kind") == "person"
                 and title.search(r.text[max(m["start"] - 60, 0) : m["start"]])]
        earlier = [m for m in named if m["start"] < phrase.start_char]
        pick = earlier[-1] if earlier else (named[0] if named else None)
        return pick["actor"] if pick else None

    def antecedent(self, r: Reading, before: int, category: str, memory: list[Spoken],
                   gender: str | None = None, noun: str | None = None) -> str | None:
        """The last compatible speaker or subject outside quotations before `before`, the nearer one
        (a speaker counts from the end of its phrase: `X and Y, scholars, wrote ... they continued` is X);
        `he`/`she` only for a person the document does not call the other."""
        doc = r.doc
        genders = self.person_genders(r) if gender else {}
        noun = noun.lower() if noun else None

        def fits(actor_id: str | None, kind: str | None = None) -> bool:
            if actor_id is None:  # an unnamed speaker (`The tobacco companies deny ... They also say`)
                return category != "media" and kind in KINDS[category]
            if genders.get(actor_id, gender) != gender:
                return False
            actor = local_actor(doc, actor_id) or {}
            if category == "media" or self.is_outlet(doc, actor_id):
                return category == "media" and self.is_outlet(doc, actor_id)
            if category == "organization" and noun in self.named_heads:  # `the committee`: a `... Committee`
                return noun in actor.get("name", "").lower().split()
            if category == "government":  # `the government` is a state; `the ministry` may be a state's body
                return actor.get("kind") == "country" or (noun not in self.state_nouns and actor.get(
                    "kind") == "organization" and actor.get("sector") in ("GOV", "MIL"))
            return actor.get("kind") in KINDS[category]

        said = next((s for s in reversed(memory) if s[0] < before and fits(s[1], s[2])), None)
        speaker = said[:2] if said else None
        if speaker and (category == "document" or r.para(speaker[0]) == r.para(before)):
            return speaker[1]  # `X said ... "...," he said`: the speaker of the paragraph
        if category == "document":
            return None
        subject = None
        for m in reversed(doc._.mentions or []):
            if m["end"] > before or r.quoted(m["start"]):
                continue
            if before - m["start"] > ANTECEDENT_WINDOW:
                break
            span = doc.char_span(m["start"], m["end"], alignment_mode="expand")
            root = span.root if span is not None else None
            if root is not None and fits(m["actor"]) and (category == "media" or root.dep_ in SUBJECT_DEPS or (
                    root.dep_ in ("compound", "conj", "amod") and root.head.dep_ in SUBJECT_DEPS)):
                subject = (m["start"], m["actor"])
                break
        if said and subject and subject[0] < said[3]:
            return said[1]  # `X said it appeared Y was ... But he said`: not a subject of what X said
        best = max([c for c in (speaker, subject) if c], default=None, key=lambda c: c[0])  # the nearer
        return best[1] if best else None

    def person_genders(self, r: Reading) -> dict[str, str]:
        """Each person's gender where the document tells it: an honorific or title (`Ms Hewitt`, `spokeswoman`
        in a role), else the majority of the gendered pronouns whose nearest person mention (same or previous
        sentence, one person only) is theirs."""
        if r.genders is not None:
            return r.genders
        doc = r.doc
        persons = [m for m in doc._.mentions or []
                   if (local_actor(doc, m["actor"]) or {}).get("kind") == "person" and not r.quoted(m["start"])]
        votes: dict[str, Counter] = {}
        for m in persons:
            first = m["text"].split()[0].lower().rstrip(".")
            titles = [w for r in (local_actor(doc, m["actor"]) or {}).get("roles", []) for w in r.lower().split()]
            for word in [first, *titles]:
                if word in self.gendered:
                    votes.setdefault(m["actor"], Counter())[self.gendered[word]] += 3
        starts = [m["start"] for m in persons]
        for token in doc:
            gender = GENDERED.get(token.lower_)
            if gender is None or token.pos_ != "PRON" or r.quoted(token.idx):
                continue
            sent = token.sent
            lower = doc[sent.start - 1].sent.start_char if sent.start > 0 else sent.start_char
            i = bisect_right(starts, token.idx) - 1
            window = {persons[k]["actor"] for k in range(i, -1, -1) if persons[k]["start"] >= lower}
            if len(window) == 1:
                votes.setdefault(window.pop(), Counter())[gender] += 1
        r.genders = {a: c.most_common(1)[0][0] for a, c in votes.items()
                     if len(c) == 1 or c.most_common(2)[0][1] > c.most_common(2)[1][1]}
        return r.genders

    def guess_kind(self, phrase: Span) -> str:
        """The kind of an unnamed speaker: `officials` a group, `a spokeswoman` a person."""
        head = phrase.root
        if head.lower_ in PRONOUNS:
            return "person" if PRONOUNS[head.lower_] == "person" else "group"
        if head.tag_ in ("NNS", "NNPS"):
            return "group"
        return "person" if self.speaker_nouns.get(head.lemma_.lower()) == "person" else "organization"

    def is_outlet(self, doc: Doc, actor_id: str) -> bool:
        """A news outlet: media sector, or a media word in its name (`Xinhua News Agency`); not a journalist."""
        actor = local_actor(doc, actor_id) or {}
        if actor.get("kind") == "person":
            return False
        if actor.get("sector") == "MED":
            return True
        words = {w.lower() for w in re.findall(r"[A-Za-z]+", actor.get("name", ""))}
        return actor.get("kind") == "organization" and bool(words & self.media_words)

    def relays(self, doc: Doc, actor_id: str) -> bool:
        """Who can relay a statement (`told CNN`, `told Politico`): an outlet or an unplaced organization."""
        actor = local_actor(doc, actor_id) or {}
        return self.is_outlet(doc, actor_id) or (actor.get("kind") == "organization" and not actor.get("sector"))

    # ---- output

    def set_annotations(self, r: Reading, found: list[Found]) -> None:
        doc = r.doc
        self.resolve(r, found)
        quotes = []
        spans = []
        for f in found:
            if f.end <= f.start:
                continue  # no content: a quotation mark ending a hostile text can leave one
            quote = self.to_dict(r, f, found, f"quote{len(quotes)}")
            if quote is None:
                continue
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
        return {
            "id": quote_id,
            "speaker": cue.actor,
            "speaker_text": phrase.text,
            "speaker_start": phrase.start_char,
            "speaker_end": phrase.end_char,
            "cue": cue.text,
            "text": r.text[f.start : f.end],
            "start": f.start,
            "end": f.end,
            "direct": f.direct,
            "stance": cue.stance,
            "medium": medium,
        }

    def could_speak(self, phrase: Span) -> bool:
        """Without an actor, keep a quote only where a pronoun, name or speaker noun says who spoke."""
        head = phrase.root
        return head.lower_ in PRONOUNS or head.pos_ == "PROPN" or head.lemma_.lower() in self.speaker_nouns


# ---- span helpers


def overlaps(span: tuple[int, int], q: "Quotation | tuple[int, int]") -> bool:
    start, end = (q.start, q.end) if isinstance(q, Quotation) else q
    return min(span[1], end) > max(span[0], start)


def clip(span: tuple[int, int] | None, para: tuple[int, int]) -> tuple[int, int] | None:
    """A content span kept inside its cue's paragraph (the parser sometimes runs across lines)."""
    if span is None:
        return None
    start, end = max(span[0], para[0]), min(span[1], para[1])
    return (start, end) if end > start else None


def _not_said(child: Token) -> bool:
    """Passive (`was asked`), negated (`did not say`) or modal (`would announce`): no statement made."""
    return child.dep_ in ("nsubjpass", "auxpass", "neg") or (child.dep_ == "aux" and child.tag_ == "MD")


def is_headline(line: str) -> bool:
    """A title line (no closing punctuation, short): it repeats the story, it does not report a statement."""
    return len(line) <= 160 and line.rstrip()[-1:] not in ".!?\"”’:)"


def relay_comma(token: Token) -> int | None:
    """`..., the Guardian reports.`, `..., reports Reuters.`: the comma before a sentence-final attribution."""
    doc = token.doc
    tail = [t for t in doc[token.i + 1 : token.sent.end] if not (t.is_punct or t.is_space)]
    if len(tail) > 4 or any(t.pos_ in ("VERB", "AUX") for t in tail):
        return None
    subj = next((c for c in token.children if c.dep_ == "nsubj" and c.i < token.i), None)
    k = (subj.left_edge.i if subj is not None else token.i) - 1
    while k > 0 and doc[k].dep_ == "aux":
        k -= 1
    return k if k >= 0 and doc[k].text in SET_OFF else None


def _that_after(token: Token) -> Token | None:
    """The `that` opening a noun's content clause: right after it, or after a comma-set phrase."""
    doc = token.doc
    end = token.right_edge.i if token.right_edge.i > token.i else token.i
    for t in doc[token.i + 1 : min(end + 25, len(doc))]:
        if t.lower_ == "that" and t.dep_ == "mark":
            between = doc[token.i + 1 : t.i]
            if t.i <= end + 1 or (between[0].text == "," and between[-1].text == ","):
                return t
            return None
        if t.text in SENTENCE_END:
            return None
    return None


def noun_phrase(token: Token, para: tuple[int, int]) -> Span:
    """The phrase a noun heads, without appositions, relative clauses and outer punctuation."""
    doc = token.doc
    end = _phrase_end(token)
    start = token.left_edge.i
    while start < token.i and (doc[start].is_punct or doc[start].is_space or doc[start].idx < para[0]):
        start += 1
    return doc[start : end + 1]


def _phrase_end(token: Token) -> int:
    end = token.i
    for child in token.rights:
        if child.dep_ not in PHRASE_RIGHT_DEPS:
            break
        end = max(end, _phrase_end(child))
    return end


def span_content(doc: Doc, first: int, last: int) -> tuple[int, int] | None:
    """Character offsets of tokens first..last without a leading `that`, marks and punctuation."""
    while first <= last and (doc[first].is_punct or doc[first].is_space or doc[first].lower_ == "that"):
        first += 1
    while last >= first and (doc[last].is_punct or doc[last].is_space):
        last -= 1
    if last < first:
        return None
    return doc[first].idx, doc[last].idx + len(doc[last])


@Language.factory(
    "storyline_quotes",
    default_config={"lexicon": "quotes.yaml", "min_words": 3},
    assigns=["doc._.quotes", "doc.spans"],
    requires=["doc._.mentions"],
)
def make_quote_finder(nlp: Language, name: str, lexicon: str, min_words: int) -> QuoteFinder:
    """Factory: `lexicon` is the cue lexicon, `min_words` the fewest words of a quotation taken as a statement."""
    return QuoteFinder(nlp, lexicon, min_words)


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

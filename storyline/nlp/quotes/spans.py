"""What the quote finder works on: cues, found quotes, the document being read, and span helpers."""

import re
from bisect import bisect_right
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from storyline.nlp.quotes.marks import Quotation

SENTENCE_END = {".", "!", "?"}
DASHES = {"—", "–", "-", "--"}
"""The dashes as a tokenizer leaves them: they set a phrase off as a comma does (`X - essentially conceding Y`)."""
SET_OFF = {",", "—", "–"}
"""Punctuation that sets off an attribution from what it attributes (`..., he said`)."""
SUBJECT_DEPS = {"nsubj", "nsubjpass", "csubj"}
PHRASE_RIGHT_DEPS = {"prep", "pobj", "compound", "conj", "cc", "nummod", "amod", "case", "poss"}
"""Right-hand dependents kept in a speaker phrase (appositions and clauses are left out)."""
CONTENT_OBJECT_DEPS = {"dobj", "oprd", "xcomp", "ccomp", "attr", "dative"}
DEMONSTRATIVES = {"this", "that", "these", "those"}


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
    mind: bool = False
    """A belief or intention verb (`believes`, `plans`), not a statement."""
    generic: bool = False
    """A verb outside the lexicon, taken for its `that` clause: never inside a quotation."""
    gated: bool = False
    """Taken by the learned gate (`gate.py`), not by the lexicon: yields to any cue inside its content."""
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
    parts: list[tuple[int, int]] = field(default_factory=list)
    """The quotation's pieces where its cue interrupts it (`"A," she said. "B."`); empty for one piece."""
    continues: "Found | None" = None
    """The quote this one carries on (`"A," she said. "B."`, a paragraph of quotation after its speaker's)."""


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


SENTENCE_BREAK = re.compile(r"[.!?][\"”’'»)]*\s+")
"""A sentence's end and the space after it, in raw text."""
ABBREVIATION = re.compile(r"\b(?:[A-Z]|Mr|Mrs|Ms|Dr|St|Jr|Sr|Gen|Gov|Sen|Rep|Jan|Feb|Aug|Sept?|Oct|Nov|Dec)$")
"""A title, initial or month shortened with a period (`Mr.`, `Sept.`, `J.`): no sentence's end."""
LEAD_CONJUNCTIONS = {"but", "and", "yet", "so", "or"}
"""A conjunction that alone before an attribution opens the quotation's own sentence (`But, he said, "..."`)."""


def sentence_start(text: str, para: tuple[int, int], char: int) -> int:
    """Where the sentence holding `char` starts, by the raw text: after the last sentence end before it in its
    paragraph (the parse often ends a sentence at a closing mark inside it)."""
    start = para[0]
    for m in SENTENCE_BREAK.finditer(text, para[0], char):
        if m.end() <= char and not shortened(text, para[0], m.start()):
            start = m.end()
    return start


def sentence_end(text: str, para: tuple[int, int], char: int) -> int:
    """Where the sentence going on from `char` ends, by the raw text: before the first sentence end after it in its
    paragraph, else at the paragraph's end without its closing punctuation."""
    stop = next((m for m in SENTENCE_BREAK.finditer(text, char, para[1]) if not shortened(text, para[0], m.start())),
                None)
    return stop.start() if stop else len(text[: para[1]].rstrip().rstrip(".!?"))


def shortened(text: str, start: int, period: int) -> bool:
    """Whether the period at `period` closes a shortened word (`Ms. Roe said`, `the U.S. Senate`), not a sentence."""
    return text[period] == "." and ABBREVIATION.search(text, start, period) is not None


DATELINE = re.compile(r"[A-Z][A-Z.'\- ]{2,}(?:,[^—–\n]{1,40}?)?(?:\s*\([^)\n]{1,30}\))?\s*(?:—|–|--|-)\s+")
"""A dateline opening a story's paragraph (`TALLAHASSEE — `, `CAMBRIDGE, Mass., Dec. 11 (UPI) — `)."""


def after_dateline(text: str, para: tuple[int, int], start: int) -> int:
    """`start`, or where a paragraph's words begin after its dateline when `start` is the paragraph's start."""
    if start != para[0]:
        return start
    m = DATELINE.match(text, start, para[1])
    return m.end() if m else start


def overlaps(span: tuple[int, int], q: "Quotation | tuple[int, int]") -> bool:
    start, end = (q.start, q.end) if isinstance(q, Quotation) else q
    return min(span[1], end) > max(span[0], start)


def clip(span: tuple[int, int] | None, para: tuple[int, int]) -> tuple[int, int] | None:
    """A content span kept inside its cue's paragraph (the parser sometimes runs across lines)."""
    if span is None:
        return None
    start, end = max(span[0], para[0]), min(span[1], para[1])
    return (start, end) if end > start else None


def not_said(child: Token) -> bool:
    """Passive (`was asked`), negated (`did not say`) or modal (`would announce`): no statement made."""
    return child.dep_ in ("nsubjpass", "auxpass", "neg") or (child.dep_ == "aux" and child.tag_ == "MD")


def is_headline(line: str) -> bool:
    """A title line (no closing punctuation, short): it repeats the story, it does not report a statement. It asks
    whether a line is written as a sentence, whatever its case (`Navy sends ships to the strait` is a title line);
    whether a line is in a headline's title case, so that its capitals mark no names, is asked by
    `storyline.nlp.paragraphs.title_cased`."""
    return len(line) <= 160 and line.rstrip()[-1:] not in ".!?\"”’':)"  # `'` too: `''...''` quotes


def relay_comma(token: Token) -> int | None:
    """`..., the Guardian reports.`, `..., reports Reuters.`: the comma before a sentence-final attribution; also where
    the parse hung the attribution on the sentence's verb as a clause (`..., the poll found.`, `..., she said.`), with
    no word that makes it one of the sentence's own (`..., when she said.`, `..., as he said.`)."""
    doc = token.doc
    tail = [t for t in doc[token.i + 1 : token.sent.end] if not (t.is_punct or t.is_space)]
    if len(tail) > 4 or any(t.pos_ in ("VERB", "AUX") for t in tail):
        return None
    subj = max((c for c in token.children if c.dep_ == "nsubj" and c.i < token.i), key=lambda c: c.i, default=None)
    hung = token.dep_ in ("relcl", "advcl")  # the parse's clause of the sentence before it
    if hung and (subj is None or token.head.i > token.i):
        return None  # (`..., when she said.`: no comma right before the subject, below)
    if token.dep_ in ("acl", "pcomp") or token.tag_ == "VBG" or subj is not None and any(
            t.tag_ in ("WDT", "WP") for t in subj.subtree):
        return None  # `..., two of whom pledged.`, `..., showing`: no report of the sentence before
    k = (subj.left_edge.i if subj is not None else token.i) - 1
    while k > 0 and doc[k].dep_ == "aux":
        k -= 1
    if k < 0 or doc[k].text not in SET_OFF or not hung and framing(token, doc[token.sent.start : k]):
        return None
    return k


FRAME_MARKS = {"while", "whereas", "although", "though", "because", "since", "if", "unless", "when", "as", "after",
               "before", "once", "until", "whether"}
"""Marks of a clause that frames the sentence of the cue it hangs on (`While A, X says B`), not one the cue reports."""


def framing(token: Token, words: Span) -> bool:
    """Words before a cue's subject that only frame its own sentence (`In fact, X proposed that`, `While A, X points
    to B`, `Last year, X said`): a phrase or clause of the cue's own, of time, place, manner or condition, no
    statement the cue reports after the fact (`A, the Guardian reports`)."""
    tops = [t for t in words if not (t.is_punct or t.is_space) and not (words.start <= t.head.i < words.end)]
    if not tops:
        return False
    for t in tops:
        if t.head != token:
            return False
        if t.dep_ in ("prep", "advmod", "npadvmod", "cc", "intj"):
            continue
        if t.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in FRAME_MARKS for c in t.children):
            continue  # `While A, ...`; not `A, X said` parsed as a clause of the cue, nor `Asked whether A, X said`
            # (the asking, an attribution of its own as news reading counts it)
        return False
    return True


def that_after(token: Token) -> Token | None:
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


def statement_clauses(token: Token) -> list[Token]:
    """`said in a statement that ...`: the clause the parse hung on the statement noun as a relative clause, though
    its `that` opens what was said (a mark, not the relative's subject or object)."""
    return [c for p in token.children if p.dep_ == "prep" and p.i > token.i for o in p.children if o.dep_ == "pobj"
            for c in o.children if c.dep_ in ("relcl", "acl")
            and any(m.dep_ == "mark" and m.lower_ == "that" and m.i == c.left_edge.i for m in c.children)]


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
    """Character offsets of tokens first..last without outer marks and punctuation; a leading `that` stays, as news
    reading counts it (`said that the talks failed`: the content is `that the talks failed`)."""
    while first <= last and (doc[first].is_punct or doc[first].is_space):
        first += 1
    while last >= first and (doc[last].is_punct and doc[last].text != "%" or doc[last].is_space):
        last -= 1  # `18%`: the parse calls the sign punctuation, but it is the amount's unit
    if last < first:
        return None
    return doc[first].idx, doc[last].idx + len(doc[last])

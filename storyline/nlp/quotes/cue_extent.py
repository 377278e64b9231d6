"""The exported extent of a verb cue: the reporting verb with the auxiliaries, negation and adverbs written right
before it (`has said`, `also said`, `did not deny`, `has repeatedly said`), as news reading (and PolNeAR) counts the
words that carry an attribution. The cue the finder works with keeps its verb's offsets; only the quote's `cue`,
`cue_start` and `cue_end` take the phrase."""

from spacy.tokens import Token

from storyline.nlp.quotes.spans import Cue

LEFT_DEPS = {"aux", "auxpass", "neg"}
"""Dependents of the cue verb written before it that belong to the verb phrase (`has`, `would`, `did not`)."""
LEFT_ADVERB_TAGS = {"RB", "RBR", "RBS"}
"""An adverb right before the cue (`also`, `repeatedly`, `later`, `since`, `publicly`); not `when`/`why` (WRB)."""


def _left_word(word: Token, verb: Token) -> bool:
    """Whether `word`, standing right before the verb phrase built so far, is part of it."""
    if word.head != verb or word.is_punct or word.ent_type_:
        return False
    if word.dep_ in LEFT_DEPS:
        return word.tag_ != "TO"  # `to say`: the infinitive's marker, not the speaker's verb phrase
    return word.dep_ == "advmod" and word.tag_ in LEFT_ADVERB_TAGS and word.is_alpha


OPENING_MARKS = "\"“‘«"
CLOSING_MARKS = "\"”’»"


def _right_end(text: str, start: int, end: int, content_start: int) -> int:
    """Where a cue phrase running on past its verb (`told "Fox News Sunday"`, `telling "the story of ...`) ends: before
    the quote's own content, and before a quotation mark it opens and does not close."""
    if start < content_start < end:
        end = content_start
    phrase = text[start:end]
    for i, ch in enumerate(phrase):
        if ch in OPENING_MARKS and (i == 0 or phrase[i - 1].isspace()) and not any(c in CLOSING_MARKS
                                                                                   for c in phrase[i + 1 :]):
            end = start + i
            break
    while end > start and (text[end - 1].isspace() or text[end - 1] in OPENING_MARKS + ",;:—–-("):
        end -= 1
    return end


def cue_phrase(cue: Cue, text: str, content_start: int | None = None) -> tuple[str, int, int]:
    """The cue's text, start and end as exported: a verb cue taken from its verb goes back over the auxiliaries,
    negation and adverbs that stand right before it and hang on it, and stops before its quote's content
    (`content_start`) and before a quotation mark it would open; other cues (`according to`, a statement noun, a
    headline colon, a statement marker) are exported as found.

    Example: in `Cruz has repeatedly said that ...` the cue `said` is exported as `has repeatedly said`; in
    `telling "the story of ..."` (content `the story of ...`) as `telling`."""
    verb = cue.token
    if cue.kind != "verb" or cue.start != verb.idx:
        return cue.text, cue.start, cue.end
    doc = verb.doc
    first = verb.i
    while first > 0 and _left_word(doc[first - 1], verb):
        first -= 1
    while first < verb.i and first > 0 and not doc[first - 1].whitespace_:
        first += 1  # `he's not saying`: a clitic written onto the speaker stays with it; the phrase starts at a word
    start = doc[first].idx
    end = cue.end
    if cue.end > verb.idx + len(verb):  # `told reporters`, `said in a statement`: words after the verb
        end = max(_right_end(text, verb.idx, cue.end, content_start if content_start is not None else -1),
                  verb.idx + len(verb))
    if (start, end) == (cue.start, cue.end):
        return cue.text, cue.start, cue.end
    return text[start:end], start, end

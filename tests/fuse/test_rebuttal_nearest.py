"""A rebuttal points back at the nearest earlier claim; of two quotes starting together (a quotation's first piece
and the quote spanning the whole quotation, `span_resumed`), the longer one is the nearer."""

from types import SimpleNamespace

from storyline.fuse.disputes import rebuttals
from storyline.model import Quote

TEXT = ('"Russia pays in kind," he said. "It is nuclear help." Specialists dispute that claim: they say '
        'Russia will not help.')


def collection(quotes: list[Quote]) -> SimpleNamespace:
    return SimpleNamespace(quotes={"d": quotes}, sentence_of=lambda doc, start, end: (0, len(TEXT)),
                           text=lambda doc, start, end: TEXT[start:end])


def quote(id_: str, start: int, end: int, speaker: str) -> Quote:
    return Quote(id=id_, doc="d", speaker=speaker, text=TEXT[start:end], direct=True, start=start, end=end)


def test_the_quote_spanning_the_whole_quotation_is_the_claim_rebutted() -> None:
    piece = quote("q0", 1, 31, "zelensky")  # `Russia pays in kind," he said.`
    whole = quote("q1", 1, 52, "zelensky")  # ... `"It is nuclear help.`
    denial = quote("q2", TEXT.index("Specialists"), len(TEXT), "specialists")
    found = collection([piece, whole, denial])
    assert [q.id for q in rebuttals(whole, found)] == ["q2"]
    assert rebuttals(piece, found) == []

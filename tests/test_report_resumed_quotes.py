"""The dossier shows a quotation resumed after its attribution once: in the quote spanning it whole (`A … B`), not
again in the piece that quote spans (`B`)."""

from storyline.model import Document, Export, Quote
from storyline.report.lookup import Lookup
from storyline.report.views import quotes_by_speaker

TEXT = '"We are ready," the minister said. "Nobody will sign an agreement that gives the island away."'


def quote(id_: str, start: int, end: int, continues: str | None = None, parts=()) -> Quote:
    return Quote(id=id_, doc="d", speaker="minister", cue="said", text=TEXT[start:end], direct=True, start=start,
                 end=end, continues=continues, parts=list(parts))


def listed(quotes: list[Quote]) -> list[str]:
    export = Export(documents=[Document(id="d", text=TEXT)], quotes=quotes)
    return [q.id for _, _, group in quotes_by_speaker(export, Lookup(export)) for q in group]


def test_the_piece_a_whole_quote_spans_is_listed_once() -> None:
    first = quote("d#quote0", 1, 34, parts=[(1, 13)])  # `We are ready," the minister said.`
    whole = quote("d#quote1", 1, 93, continues="d#quote0", parts=[(1, 13), (36, 93)])
    assert listed([first, whole]) == ["d#quote1"]
    assert whole.said().startswith("We are ready … Nobody")


def test_pieces_of_a_quotation_no_quote_spans_are_all_listed() -> None:
    first = quote("d#quote0", 1, 34, parts=[(1, 13)])
    second = quote("d#quote1", 36, 93, continues="d#quote0")
    assert listed([first, second]) == ["d#quote0", "d#quote1"]

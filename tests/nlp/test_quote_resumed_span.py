"""A quotation resumed after its attribution in the same paragraph (`"A," she said. "B."`): two quotes linked by
`continues`, and the one with the longer piece spans the whole quotation (`span_resumed`)."""

from spacy.language import Language

from storyline.model import Quote


def test_the_longer_piece_spans_the_quotation_and_the_other_keeps_its_piece(nlp: Language) -> None:
    text = ('Officials met on Monday. "We are ready," the minister said. "Nobody will sign an agreement that gives '
            'the island away, whatever the pressure from abroad."')
    first, second = nlp(text)._.quotes
    assert first["text"] == 'We are ready," the minister said.' and second["continues"] == first["id"]
    assert second["text"].startswith("We are ready") and second["text"].endswith("pressure from abroad.")
    assert [text[a:b] for a, b in second["parts"]] == [
        "We are ready", "Nobody will sign an agreement that gives the island away, whatever the pressure from abroad."]
    said = Quote(**{k: v for k, v in second.items() if k != "continues"}).said()
    assert said.startswith("We are ready … Nobody") and "the minister said" not in said


def test_a_first_piece_longer_than_the_rest_spans_them(nlp: Language) -> None:
    text = '"Nobody will sign an agreement that gives the island away," the minister said. "We stay firm."'
    first, second = nlp(text)._.quotes
    assert first["text"] == text[1:-1]  # the whole quotation, its attribution between
    assert second["text"] == "We stay firm." and second["continues"] == first["id"]


def test_a_quotation_resumed_in_a_new_paragraph_is_not_spanned(nlp: Language) -> None:
    text = ('"The talks are over," the minister said on Monday.\n\n'
            '"Nobody will sign an agreement that gives the island away."')
    first, second = nlp(text)._.quotes
    assert second["continues"] == first["id"]
    assert "Nobody" not in first["text"] and "talks" not in second["text"]

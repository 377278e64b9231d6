"""A quotation going on after its cue in a new sentence or paragraph: two quotes, the second `continues` the first."""

from spacy.language import Language

from storyline.model import Document
from storyline.nlp.extract import extract_documents


def quotes(nlp: Language, text: str) -> list[dict]:
    return list(nlp(text)._.quotes)


def test_a_quotation_resumed_after_its_cue_continues_the_first(nlp: Language) -> None:
    text = '"We will not back down," she said. "Our troops are ready to defend the border."'
    found = quotes(nlp, text)
    whole = 'We will not back down," she said. "Our troops are ready to defend the border.'
    assert [q["text"] for q in found] == ['We will not back down," she said.', whole]  # the longer piece spans all
    assert [text[a:b] for a, b in found[0]["parts"]] == ["We will not back down"]  # the words said
    assert (found[0]["continues"], found[1]["continues"]) == (None, found[0]["id"])


def test_a_paragraph_of_quotation_after_its_speakers_continues_it(nlp: Language) -> None:
    text = ('"The talks are over," the minister said on Monday.\n\n'
            '"Nobody will sign an agreement that gives the island away."')
    found = quotes(nlp, text)
    assert len(found) == 2 and found[1]["continues"] == found[0]["id"]


def test_separate_speakers_and_one_piece_quotes_continue_nothing(nlp: Language) -> None:
    text = '"The border stays closed," Smith said. Jones said the talks would resume on Friday.'
    assert all(q["continues"] is None for q in quotes(nlp, text))


def test_the_link_survives_extraction_as_a_global_id(nlp: Language) -> None:
    doc = Document(id="d1", text='"We will not back down," she said. "Our troops are ready to defend the border."')
    (extraction,) = extract_documents(nlp, [doc])
    first, second = extraction.quotes
    assert first.continues is None and second.continues == first.id == "d1#quote0"


def test_a_quotation_left_open_at_its_paragraphs_end_is_one_quote_over_both(nlp: Language) -> None:
    text = ('The minister said on Monday that the talks were over. "Nobody will sign an agreement that gives the '
            'island away.\n\n"We will defend every village on the border with everything we have."')
    found = [q for q in quotes(nlp, text) if q["direct"]]
    assert len(found) == 1
    (quote,) = found
    assert quote["text"].startswith("Nobody will sign") and quote["text"].endswith("everything we have.")
    assert len(quote["parts"]) == 2 and quote["continues"] is None


def test_a_closed_quotation_and_the_next_paragraphs_stay_two_quotes(nlp: Language) -> None:
    text = ('"Nobody will sign an agreement that gives the island away," the minister said.\n\n'
            '"We will defend every village on the border with everything we have."')
    first, second = quotes(nlp, text)
    assert second["continues"] == first["id"] and not first["parts"]


def test_a_quotation_left_open_takes_the_cue_after_its_last_paragraph(nlp: Language) -> None:
    text = ("Dana Ortiz, the harbor master, met the press.\n\n"
            '"The ferry will run at night from June. Fares will stay as they are.\n\n'
            '"Nobody will be stranded on the island again," she said.')
    [quote] = quotes(nlp, text)  # one quotation over two paragraphs, its first one no longer dropped
    assert quote["speaker_text"] == "she" and quote["cue"] == "said"
    assert [text[a:b] for a, b in quote["parts"]] == [
        "The ferry will run at night from June. Fares will stay as they are.",
        "Nobody will be stranded on the island again"]


def test_a_quotation_closed_at_its_paragraph_end_keeps_its_own_attribution(nlp: Language) -> None:
    text = ('"The ferry will run at night from June," Dana Ortiz said.\n\n'
            '"Nobody will be stranded on the island again," the mayor said.')
    assert [q["speaker_text"] for q in quotes(nlp, text)] == ["Dana Ortiz", "the mayor"]


def test_an_open_quotation_after_its_own_cue_stays_with_that_speaker(nlp: Language) -> None:
    text = ('"The ferry is safe," Dana Ortiz said. "It will run at night from June.\n\n'
            '"Nobody will be stranded on the island again," the mayor said.')
    found = quotes(nlp, text)
    piece = next(q for q in found if "run at night" in q["text"])
    assert piece["speaker_text"] == "Dana Ortiz"


def test_a_straight_marked_excerpt_is_not_the_next_curly_quotation(nlp: Language) -> None:
    text = ("Dana Ortiz, the harbor master, met the press.\n\n"
            '"The ferry will run at night from June. Fares will stay as they are.\n\n'
            "“Nobody will be stranded on the island again,” she said.")
    assert not any("Fares will stay" in q["text"] for q in quotes(nlp, text))

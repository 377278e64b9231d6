"""storyline_quotes content extent and precision (issue 12, PolNeAR conventions): a participle that goes on with a
reported clause stays in it, an infinitive after a cue's object says what the object is to do, and a content that is
only the document or speech that carried a statement is no statement."""

import pytest

from storyline.nlp import actors, quotes  # noqa: F401  (registers the factories)

HEADLINE = "Senate race heats up\n\n"


@pytest.fixture(scope="module")
def nlp(quotes_nlp):
    return quotes_nlp


def texts(nlp, sentence: str) -> list[str]:
    return [q["text"] for q in nlp(HEADLINE + sentence)._.quotes]


def test_a_participle_inside_the_reported_clause_goes_on_with_it(nlp):
    found = texts(nlp, "The residents say guards still patrol the park, handing out fines to cyclists.")
    assert found == ["guards still patrol the park, handing out fines to cyclists"]
    found = texts(nlp, "Ann said she spent most of the meeting, about 40 minutes, sitting next to the chairman.")
    assert found == ["she spent most of the meeting, about 40 minutes, sitting next to the chairman"]


def test_a_participle_of_saying_or_reference_stays_the_reporters_gloss(nlp):
    assert texts(nlp, "Jane Roe said the plan would fail, referring to the new budget.") == ["the plan would fail"]
    found = texts(nlp, "Jane Roe said the plan would fail, adding that the budget was too small.")
    assert "the plan would fail" in found and not any("adding" in t for t in found)


def test_an_infinitive_after_the_object_is_what_the_object_was_urged_to_do(nlp):
    assert texts(nlp, "The Treasury urged Wall Street to cut its fees.") == [
        "Wall Street to cut its fees"]


@pytest.mark.parametrize("sentence", [
    "The Roe campaign sent a donation appeal to volunteers.",
    "Jane Roe wrote a letter to the board.",
    "The senator issued a statement on Monday.",
])
def test_a_content_that_is_only_a_statements_vehicle_is_no_quote(nlp, sentence):
    assert texts(nlp, sentence) == []


def test_a_vehicle_with_what_it_says_stays(nlp):
    found = texts(nlp, "The senator issued a statement saying the deal was dead.")
    assert found == ["the deal was dead"]
    assert texts(nlp, "Jane Roe wrote a letter about the budget crisis.") != []


def test_a_clause_a_quotation_is_built_on_is_the_quoted_speakers_words(nlp):
    doc = nlp(HEADLINE + '"Bernie Sanders believes that the path to change runs through the states," Jane Roe said.')
    assert [q["speaker_text"] for q in doc._.quotes] == ["Jane Roe"]


def test_a_denial_a_quotation_reports_stays_a_quote_of_its_own(nlp):
    doc = nlp(HEADLINE + "John Smith said the files revealed “something that Moscow is now denying it planned.”")
    assert sorted(q["speaker_text"] for q in doc._.quotes) == ["John Smith", "Moscow"]


def test_a_gerund_after_the_object_is_what_the_object_does(nlp):
    doc = nlp("All signs pointed to Roe endorsing Poe on Friday after the governor meets with Smith.")
    assert [q["text"] for q in doc._.quotes] == [
        "Roe endorsing Poe on Friday after the governor meets with Smith"]
    found = texts(nlp, "The senator condemned the plan, urging voters to reject it.")
    assert "the plan" in found and "voters to reject it" in found


def test_where_the_object_stands_is_reported_but_not_when_it_was_said(nlp):
    assert texts(nlp, "A new poll shows Mitt Romney 12 points ahead of Biden in Nevada.") == [
        "Mitt Romney 12 points ahead of Biden in Nevada"]
    assert texts(nlp, "The union attacked Tom Jones' housing record ahead of next month's vote.") == [
        "Tom Jones' housing record"]


def test_a_resumed_piece_as_long_as_the_first_spans_the_attribution(nlp):
    doc = nlp(HEADLINE + '"They cheat," she said. "Everybody cheats, right?"')
    first, second = doc._.quotes
    assert first["text"].endswith("They cheat") and second["continues"] == first["id"]
    # the longer piece takes the attribution, and so, the longest quote, spans the whole quotation (span_resumed)
    assert second["text"].endswith('They cheat," she said. "Everybody cheats, right?') and second["parts"][1:] == [
        (second["end"] - len("Everybody cheats, right?"), second["end"])] and len(second["parts"]) == 2


def test_a_resumed_piece_that_is_most_of_the_quotation_stays_without_the_attribution(nlp):
    doc = nlp(HEADLINE + '"They cheat," she said. "Everybody cheats all the time, everywhere, at everything, right?"')
    first, second = doc._.quotes  # the first keeps the attribution; the second, the longest, spans the whole
    assert first["text"].endswith('They cheat," she said.') and 'They cheat," she said. "Everybody' in second["text"]


def test_a_report_nobody_makes_absorbs_no_statement(nlp):
    doc = nlp(HEADLINE + "She vowed to scrap the tax and cast doubt on the official inflation figure, suggested that "
              "the true figure could be as high as 15 percent.")
    assert [q["text"] for q in doc._.quotes if q["cue"] == "vowed"] == ["to scrap the tax"]


@pytest.fixture(scope="module")
def full_nlp():
    """The whole pipeline: the learned gate takes `released`, `posted`, `sent` with the parse it gives."""
    from storyline.nlp.pipeline import default_nlp

    return default_nlp()


def test_a_document_the_content_names_is_what_was_said(full_nlp):
    found = texts(full_nlp, "WikiLeaks released the DNC emails on Friday.")
    assert any("the DNC emails" in t for t in found)
    assert texts(full_nlp, "The senator released a video on Friday.") == []

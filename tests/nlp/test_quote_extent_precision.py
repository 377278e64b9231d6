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
    found = texts(nlp, "The women say officers still scrutinize the area, handing out penalties to skateboarders.")
    assert found == ["officers still scrutinize the area, handing out penalties to skateboarders"]
    found = texts(nlp, "Bob said he spent much of the period, about 20 minutes, standing beside the team leader.")
    assert found == ["he spent much of the period, about 20 minutes, standing beside the team leader"]


def test_a_participle_of_saying_or_reference_stays_the_reporters_gloss(nlp):
    assert texts(nlp, "Jane Roe said the plan would fail, referring to the new budget.") == ["the plan would fail"]
    found = texts(nlp, "Jane Roe said the plan would fail, adding that the budget was too small.")
    assert "the plan would fail" in found and not any("adding" in t for t in found)


def test_an_infinitive_after_the_object_is_what_the_object_was_urged_to_do(nlp):
    assert texts(nlp, "The White House urged Silicon Valley to find a compromise.") == [
        "Silicon Valley to find a compromise"]


@pytest.mark.parametrize("sentence", [
    "The Cruz campaign sent a fundraising email to supporters.",
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
    doc = nlp("All signs pointed to Obama endorsing Clinton on Thursday after the president meets with Sanders.")
    assert [q["text"] for q in doc._.quotes] == [
        "Obama endorsing Clinton on Thursday after the president meets with Sanders"]
    found = texts(nlp, "The senator condemned the plan, urging voters to reject it.")
    assert "the plan" in found and "voters to reject it" in found


def test_where_the_object_stands_is_reported_but_not_when_it_was_said(nlp):
    assert texts(nlp, "A new poll shows Ted Cruz 16 points ahead of Trump in Indiana.") == [
        "Ted Cruz 16 points ahead of Trump in Indiana"]
    assert texts(nlp, "The group attacked Bernie Sanders' immigration record ahead of next week's primary.") == [
        "Bernie Sanders' immigration record"]


def test_a_resumed_piece_as_long_as_the_first_spans_the_attribution(nlp):
    doc = nlp(HEADLINE + '"They sue," he said. "Everybody sues, right?"')
    first, second = doc._.quotes
    assert first["text"].endswith("They sue") and second["continues"] == first["id"]
    # the longer piece takes the attribution, and so, the longest quote, spans the whole quotation (span_resumed)
    assert second["text"].endswith('They sue," he said. "Everybody sues, right?') and second["parts"][1:] == [
        (second["end"] - len("Everybody sues, right?"), second["end"])] and len(second["parts"]) == 2


def test_a_resumed_piece_that_is_most_of_the_quotation_stays_without_the_attribution(nlp):
    doc = nlp(HEADLINE + '"They sue," he said. "Everybody sues all the time, everywhere, for everything, right?"')
    first, second = doc._.quotes  # the first keeps the attribution; the second, the longest, spans the whole
    assert first["text"].endswith('They sue," he said.') and 'They sue," he said. "Everybody' in second["text"]


def test_a_report_nobody_makes_absorbs_no_statement(nlp):
    doc = nlp(HEADLINE + "He vowed to repeal the law and cast doubt on the official unemployment rate, suggested that "
              "the real rate could be as high as 42 percent.")
    assert [q["text"] for q in doc._.quotes if q["cue"] == "vowed"] == ["to repeal the law"]


@pytest.fixture(scope="module")
def full_nlp():
    """The whole pipeline: the learned gate takes `released`, `posted`, `sent` with the parse it gives."""
    from storyline.nlp.pipeline import default_nlp

    return default_nlp()


def test_a_document_the_content_names_is_what_was_said(full_nlp):
    found = texts(full_nlp, "WikiLeaks released the DNC emails on Friday.")
    assert any("the DNC emails" in t for t in found)
    assert texts(full_nlp, "The senator released a video on Friday.") == []

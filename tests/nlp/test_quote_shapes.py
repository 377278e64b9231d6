"""Attributions that are not `Name + verb` (`nlp/quotes/shapes.py`): a reporter's gloss (`, referring to X`), a
quotation a name introduces with a colon, a title the parse could not read."""

import pytest

from tests.nlp.quote_support import quote_with, quotes_pipeline


@pytest.fixture(scope="module")
def glossing_nlp():
    return quotes_pipeline(glosses=True)


def test_a_gloss_is_no_quote_by_default(quotes_nlp):
    doc = quotes_nlp("“We have to awaken and energize the body of Christ,” he said, referring to faith-driven voters.")
    assert [q["cue"] for q in doc._.quotes] == ["said"]


def test_a_gloss_after_a_quotation_is_its_speakers(glossing_nlp):
    doc = glossing_nlp("“We have to awaken and energize the body of Christ,” he said, referring to the voters.")
    gloss = quote_with(doc, "the voters")
    assert gloss["text"] == "the voters" and gloss["cue"] == "referring to"
    assert gloss["speaker_text"] == "he" and not gloss["direct"]
    assert quote_with(doc, "awaken")["speaker_text"] == "he"


def test_a_gloss_leaves_the_quotation_it_follows_whole(glossing_nlp):
    doc = glossing_nlp("“Let us say they are in the majority,” Manchin said, referring to the number of seats "
                       "Democrats control. “Then I think the chances are good.”")
    [gloss] = [q for q in doc._.quotes if q["cue"] == "referring to"]
    assert gloss["text"] == "the number of seats Democrats control" and gloss["speaker_text"] == "Manchin"
    first = quote_with(doc, "in the majority")  # it spans its attribution, the gloss with it, as before,
    assert first["cue"] == "said"  # and, the longest of the quotation's quotes, the whole quotation (span_resumed)
    assert [doc.text[a:b] for a, b in first["parts"]] == ["Let us say they are in the majority",
                                                          "Then I think the chances are good."]
    assert [q["continues"] for q in doc._.quotes if q["text"] == "Then I think the chances are good."] == [first["id"]]


def test_referring_without_a_comma_is_no_gloss(glossing_nlp):
    doc = glossing_nlp("“What Alan Krueger said in the piece you are referring to is different,” she said.")
    assert [q["cue"] for q in doc._.quotes] == ["said"]


def test_a_name_before_a_colon_says_the_quotation(quotes_nlp):
    doc = quotes_nlp("Online panels are not created equal. From the report: “In general, samples with more elaborate "
                     "sampling produced more accurate results.”")
    quote = quote_with(doc, "elaborate sampling")
    assert quote["speaker_text"] == "the report" and quote["direct"]
    doc = quotes_nlp("The numbers matter for Republican contests - Philip Bump: “Two weeks ago, the strongest "
                     "territory had been the South.”")
    assert quote_with(doc, "strongest territory")["speaker_text"] == "Philip Bump"


def test_a_label_before_a_colon_says_nothing(quotes_nlp):
    doc = quotes_nlp("The vote was close in the end. UPDATE: “The count will resume tomorrow morning,” officials said.")
    assert quote_with(doc, "count will resume")["speaker_text"] == "officials"


def test_a_title_case_title_read_by_its_words(quotes_nlp):
    doc = quotes_nlp("Trump Calls On Obama To Resign.\n\nThe candidate was at a rally in Ohio on Monday.")
    quote = quote_with(doc, "Obama To Resign")
    assert quote["speaker_text"] == "Trump" and quote["cue"] == "Calls On"
    doc = quotes_nlp("Clinton blasts Trump over 'deportation force' idea.\n\nThe candidate was in Ohio on Monday.")
    assert quote_with(doc, "deportation force")["cue"] == "blasts"


def test_a_title_opened_by_a_question_or_a_clause_is_not_read(quotes_nlp):
    doc = quotes_nlp("Why Trump Calls On Obama To Resign.\n\nThe candidate was at a rally in Ohio on Monday.")
    assert doc._.quotes == []
    doc = quotes_nlp("The senator was at a rally in Ohio on Monday.\n\nTrump Calls On Obama To Resign.")
    assert doc._.quotes == []  # only the first line is the title

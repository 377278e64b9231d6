"""Attributions that are not `Name + verb` (`nlp/quotes/shapes.py`): a reporter's gloss (`, referring to X`), a
quotation a name introduces with a colon, a title the parse could not read."""

import pytest

from tests.nlp.quote_support import quote_with, quotes_pipeline


@pytest.fixture(scope="module")
def glossing_nlp():
    return quotes_pipeline(glosses=True)


def test_a_gloss_is_no_quote_by_default(quotes_nlp):
    doc = quotes_nlp("“We need to wake up and rally the whole congregation,” he said, referring to churchgoers.")
    assert [q["cue"] for q in doc._.quotes] == ["said"]


def test_a_gloss_after_a_quotation_is_its_speakers(glossing_nlp):
    doc = glossing_nlp("“We need to wake up and rally the whole congregation,” he said, referring to the voters.")
    gloss = quote_with(doc, "the voters")
    assert gloss["text"] == "the voters" and gloss["cue"] == "referring to"
    assert gloss["speaker_text"] == "he" and not gloss["direct"]
    assert quote_with(doc, "rally the whole")["speaker_text"] == "he"


def test_a_gloss_leaves_the_quotation_it_follows_whole(glossing_nlp):
    doc = glossing_nlp("“Suppose they win the majority,” Harper said, referring to the share of votes Labour "
                       "expects. “Then the odds look fine.”")
    [gloss] = [q for q in doc._.quotes if q["cue"] == "referring to"]
    assert gloss["text"] == "the share of votes Labour expects" and gloss["speaker_text"] == "Harper"
    first = quote_with(doc, "win the majority")  # it spans its attribution, the gloss with it, as before,
    assert first["cue"] == "said"  # and, the longest of the quotation's quotes, the whole quotation (span_resumed)
    assert [doc.text[a:b] for a, b in first["parts"]] == ["Suppose they win the majority",
                                                          "Then the odds look fine."]
    assert [q["continues"] for q in doc._.quotes if q["text"] == "Then the odds look fine."] == [first["id"]]


def test_referring_without_a_comma_is_no_gloss(glossing_nlp):
    doc = glossing_nlp("“What Maya Patel wrote in the column you are referring to is another matter,” she said.")
    assert [q["cue"] for q in doc._.quotes] == ["said"]


def test_a_name_before_a_colon_says_the_quotation(quotes_nlp):
    doc = quotes_nlp("Phone surveys are not all alike. From the report: “Overall, studies with more careful "
                     "weighting gave more reliable estimates.”")
    quote = quote_with(doc, "careful weighting")
    assert quote["speaker_text"] == "the report" and quote["direct"]
    doc = quotes_nlp("The margins matter for county races - Laura Chen: “Three months ago, the weakest "
                     "district had been the coast.”")
    assert quote_with(doc, "weakest district")["speaker_text"] == "Laura Chen"


def test_a_label_before_a_colon_says_nothing(quotes_nlp):
    doc = quotes_nlp("The vote was close in the end. UPDATE: “The count will resume tomorrow morning,” officials said.")
    assert quote_with(doc, "count will resume")["speaker_text"] == "officials"


def test_a_title_case_title_read_by_its_words(quotes_nlp):
    doc = quotes_nlp("Trump Calls On Obama To Resign.\n\nThe candidate was at a rally in Ohio on Monday.")
    quote = quote_with(doc, "Obama To Resign")
    assert quote["speaker_text"] == "Trump" and quote["cue"] == "Calls On"
    doc = quotes_nlp("Garcia blasts Miller over 'toll hike' plan.\n\nThe candidate was in Ohio on Monday.")
    assert quote_with(doc, "toll hike")["cue"] == "blasts"


def test_a_title_opened_by_a_question_or_a_clause_is_not_read(quotes_nlp):
    doc = quotes_nlp("Why Trump Calls On Obama To Resign.\n\nThe candidate was at a rally in Ohio on Monday.")
    assert doc._.quotes == []
    doc = quotes_nlp("The senator was at a rally in Ohio on Monday.\n\nTrump Calls On Obama To Resign.")
    assert doc._.quotes == []  # only the first line is the title

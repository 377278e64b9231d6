"""Two apostrophes as the double quotation mark (`''It is over,'' he said.`), as some archives write quotations."""

from storyline.nlp.quotes.marks import find_quotations


def quoted(text: str) -> list[str]:
    return [text[q.start : q.end] for q in find_quotations(text)]


def test_a_quotation_opening_on_a_digit_is_found() -> None:
    text = "He said free trade is ''10 times the size of the losses,'' and left."
    assert quoted(text) == ["10 times the size of the losses"]


def test_single_marks_inside_stay_inside() -> None:
    text = "''The problem with 'together' is that it promotes groupthink,'' Mr. Luntz said. ''We act alone.''"
    assert quoted(text) == ["The problem with 'together' is that it promotes groupthink", "We act alone."]


def test_three_apostrophes_close_the_single_then_the_double() -> None:
    text = "He said: ''My job is to say: 'Hey, he is one of us,''' he said. Then he left."
    assert quoted(text)[0].startswith("My job is to say: 'Hey") and quoted(text)[0].endswith("one of us,'")


def test_a_pair_before_a_parenthesis_closes_and_opens_nothing() -> None:
    text = "citing Exodus 18:21 (''select out of all the people able men''), he endorsed Mr. Cruz."
    assert quoted(text) == ["select out of all the people able men"]

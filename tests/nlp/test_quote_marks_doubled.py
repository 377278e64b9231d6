"""Two apostrophes as the double quotation mark (`''It is over,'' he said.`), as some archives write quotations."""

from storyline.nlp.quotes.marks import find_quotations


def quoted(text: str) -> list[str]:
    return [text[q.start : q.end] for q in find_quotations(text)]


def test_a_quotation_opening_on_a_digit_is_found() -> None:
    text = "She said the new dam is ''40 percent larger than the old one,'' and sat down."
    assert quoted(text) == ["40 percent larger than the old one"]


def test_single_marks_inside_stay_inside() -> None:
    text = "''The trouble with 'unity' is that it breeds conformity,'' Mr. Hale said. ''We vote alone.''"
    assert quoted(text) == ["The trouble with 'unity' is that it breeds conformity", "We vote alone."]


def test_three_apostrophes_close_the_single_then_the_double() -> None:
    text = "She said: ''My task is to tell them: 'Look, she is one of us,''' she said. Then she left."
    assert quoted(text)[0].startswith("My task is to tell them: 'Look") and quoted(text)[0].endswith("one of us,'")


def test_a_pair_before_a_parenthesis_closes_and_opens_nothing() -> None:
    text = "citing Rule 12:3 (''keep every ledger open to members''), she backed Ms. Ortiz."
    assert quoted(text) == ["keep every ledger open to members"]

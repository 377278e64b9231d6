"""The quantities extractor tries an amount at a modifier's first word (`in` of `in excess of`, `at` of `at least`)
only before one of that modifier's second words (`QuantityLexicon.phrase_openers`): the amounts found are those of
trying everywhere."""

import pytest

TEXTS = [
    "In the end at least 40 ships sailed, not more than 12 of them in excess of 300 tonnes.",
    "At home, up to 5,000 people, at most two dozen boats and no fewer than three ferries waited in.",
    "Officials on the scene said as many as 70 crossed, just over half of them at night, more than ever.",
    "The port at. In= the bay, costs rose in excess of £2m; at",
]


@pytest.fixture(scope="module")
def quantities(nlp):
    return nlp.get_pipe("storyline_quantities")


@pytest.mark.parametrize("text", TEXTS)
def test_amounts_are_those_found_by_trying_every_word(nlp, quantities, text, monkeypatch):
    doc = nlp(text)
    found = quantities.find_candidates(doc)
    monkeypatch.setattr(quantities, "opens_here", lambda lowers, i: True)
    assert found == quantities.find_candidates(doc)


def test_a_modifier_opener_starts_an_amount_only_before_its_second_word(nlp, quantities):
    doc = nlp("At home in the city, at least 40 ships and in excess of 300 boats came in.")
    lowers = [t.lower_ for t in doc]
    starts = {(t.i, t.lower_) for t in doc if quantities.may_start(lowers, t.i)}
    assert (0, "at") not in starts and (3, "in") not in starts and (doc[-2].i, "in") not in starts
    assert (6, "at") in starts and (11, "in") in starts
    assert [q["text"] for q in doc._.quantities] == ["at least 40 ships", "in excess of 300 boats"]


def test_phrase_openers_are_read_by_no_table_alone(quantities):
    lex = quantities.lexicon
    openers = lex.phrase_openers()
    assert {"least", "most"} <= openers["at"] and "excess" in openers["in"]
    alone = set(lex.number_words) | set(lex.currency_symbols) | set(lex.vague_units) | set(lex.fractions)
    assert not set(openers) & alone
    for first in openers:
        assert all(len(words) > 1 for words, _ in lex.modifiers.by_first_word[first])

"""An accusation is told by an article that only quotes the accuser naming the accused's act."""

from __future__ import annotations

from tests.fuse.test_fuse_end_to_end import build_export

ACCUSING = (
    "NEW DELHI - India accused Pakistan on Wednesday of violating the truce the two countries agreed last week. "
    "The Indian army said Pakistani troops had opened fire on its posts in Kashmir overnight."
)
ACCUSING_AGAIN = (
    "ISLAMABAD - India has accused Pakistan of breaking the ceasefire along the Line of Control, hours after it "
    "took effect. Pakistan's foreign ministry rejected the accusation as baseless."
)
QUOTING = (
    "SRINAGAR - Pakistani troops \"launched attacks on several posts\" after midnight, the Indian army said in "
    "a statement on Wednesday. Residents said the night was quiet by morning."
)


def accusations(export: dict) -> list[dict]:
    return [f for f in export["facts"] if f["kind"] == "event" and f["summary"].startswith("India → Pakistan: ACCUSE")]


def test_an_article_quoting_the_accuser_on_the_act_tells_the_accusation(tmp_path):
    export = build_export(tmp_path, [("a.txt", ACCUSING, "Delhi Post"), ("b.txt", ACCUSING_AGAIN, "Lahore Times"),
                                     ("c.txt", QUOTING, "Valley Herald")])

    facts = accusations(export)
    assert facts, [f["summary"] for f in export["facts"]]
    assert "c.txt" in facts[0]["documents"]
    assert facts[0]["independent_sources"] == 3
    quotes = {q["id"]: q for q in export["quotes"]}
    assert any(m in quotes and quotes[m]["doc"] == "c.txt" for m in facts[0]["members"])
    assert "naming a hostile act of the accused" in facts[0]["why"]


def test_the_accused_sides_words_about_the_accuser_do_not_tell_its_accusation(tmp_path):
    reversed_quote = QUOTING.replace("Pakistani troops", "Indian troops").replace("the Indian army",
                                                                                  "the Pakistani army")
    export = build_export(tmp_path, [("a.txt", ACCUSING, "Delhi Post"), ("b.txt", ACCUSING_AGAIN, "Lahore Times"),
                                     ("c.txt", reversed_quote, "Valley Herald")])

    facts = accusations(export)
    assert facts, [f["summary"] for f in export["facts"]]
    assert "c.txt" not in facts[0]["documents"]


def test_a_statement_of_the_accuser_about_another_matter_in_the_sentence_does_not_tell_it(tmp_path):
    aside = ("SRINAGAR - Pakistani troops attacked several posts overnight, but the Indian army said the clashes "
             "later stopped. Residents said the night was quiet by morning.")
    export = build_export(tmp_path, [("a.txt", ACCUSING, "Delhi Post"), ("b.txt", ACCUSING_AGAIN, "Lahore Times"),
                                     ("c.txt", aside, "Valley Herald")])

    facts = accusations(export)
    assert facts, [f["summary"] for f in export["facts"]]
    assert "c.txt" not in facts[0]["documents"]


def test_a_statement_read_with_a_second_speakers_denial_inside_it_keeps_its_own_words():
    from storyline.fuse.collection import own_words
    from storyline.model import Quote

    text = ("Pakistani troops launched attacks on several posts after midnight, but Pakistan said there was no "
            "firing anywhere")
    inner = text.index("there was")
    outer = Quote(id="q0", doc="c.txt", speaker="IND", text=text, direct=False, start=100, end=100 + len(text))
    denial = Quote(id="q1", doc="c.txt", speaker="PAK", text=text[inner:], direct=False, start=100 + inner,
                   end=100 + len(text))

    own, kept = own_words([outer, denial])
    assert own.text == "Pakistani troops launched attacks on several posts after midnight"
    assert own.end == own.start + len(own.text)
    assert kept == denial
    # one speaker's statement holding its own earlier words is left whole
    same = denial.model_copy(update={"speaker": "IND"})
    assert own_words([outer, same])[0] == outer


def test_an_accusers_statement_ending_in_the_accuseds_denial_tells_the_accusation(tmp_path):
    both = ("SRINAGAR - The Indian army said Pakistani troops launched attacks on several posts after midnight, but "
            "Pakistan said there was no firing in any location. Residents said the night was quiet by morning.")
    export = build_export(tmp_path, [("a.txt", ACCUSING, "Delhi Post"), ("b.txt", ACCUSING_AGAIN, "Lahore Times"),
                                     ("c.txt", both, "Valley Herald")])

    facts = accusations(export)
    assert facts, [f["summary"] for f in export["facts"]]
    assert "c.txt" in facts[0]["documents"]

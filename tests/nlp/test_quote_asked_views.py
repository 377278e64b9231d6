"""storyline_quotes: a question put to someone about their view (`asked the members if they believed X`, `asked
voters who they thought would win`) is what the asker asked, the asking verb its cue; the view inside the question is
no view the ones asked voiced, though its verb be a cue verb. A view stated outside a question stays theirs."""

import pytest

from storyline.nlp import actors, quotes  # noqa: F401  (registers the factories)


@pytest.fixture(scope="module")
def nlp(quotes_nlp):
    return quotes_nlp


def found(nlp, sentence: str) -> list[tuple[str, str, str]]:
    return [(q["speaker_text"], q["cue"], q["text"]) for q in nlp(sentence)._.quotes]


@pytest.mark.parametrize(("sentence", "question"), [
    ("The mayor asked the council members if they believed the harbor plan would pass.",
     "if they believed the harbor plan would pass"),
    ("The pollster asked voters who they thought would win the race.", "who they thought would win the race"),
    ("Roe asked the nurses if they planned to join the strike.", "if they planned to join the strike"),
])
def test_a_view_asked_about_is_the_askers_question(nlp, sentence, question):
    asker = sentence.split(" asked")[0]
    assert found(nlp, sentence) == [(asker, "asked", question)]


def test_the_answer_after_the_question_is_the_ones_asked(nlp):
    sentence = "Roe asked the nurses if they intended to join the strike, and they said they did."
    assert found(nlp, sentence) == [("Roe", "asked", "if they intended to join the strike"),
                                    ("they", "said", "they did")]


def test_a_view_outside_a_question_stays_a_view(nlp):
    assert found(nlp, "The council members said they believed the harbor plan would pass.") == [
        ("The council members", "said", "they believed the harbor plan would pass")]
    assert ("they", "said", "they planned to come") in found(
        nlp, "Roe asked the workers about the meeting, and they said they planned to come.")


@pytest.mark.parametrize("sentence", [
    '"Why are you still backing him?" the governor asked party leaders.',
    '"Do you think I will stop?" Roe asked reporters pointedly.',
])
def test_the_ones_a_quoted_question_is_put_to_are_no_content(nlp, sentence):
    asker = sentence.split('" ')[1].split(" asked")[0]
    assert [(speaker, text) for speaker, _, text in found(nlp, sentence)] == [(asker, sentence.split('"')[1])]


def test_an_asking_verb_with_what_it_asks_after_its_object_keeps_both(nlp):
    assert found(nlp, "The mayor asked the council to delay the vote.") == [
        ("The mayor", "asked", "the council to delay the vote")]
    assert found(nlp, "The host asked the senator just that question on Sunday.")[0][2].startswith(
        "the senator just that question")

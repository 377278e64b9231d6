"""Which attribution a content belongs to, and whose it is (issue 12, q16): a clause the parse joined before a cue
that carries a complement of its own is a sentence of its own, not what the cue reports; an infinitive on the object
of `on` is that object's."""

from spacy.language import Language


def by_speaker(nlp: Language, text: str) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for q in nlp(text)._.quotes:
        found.setdefault(q["speaker_text"], []).append(q["text"])
    return found


def test_a_clause_before_a_cue_with_an_object_and_its_infinitive_is_not_its_content(nlp: Language) -> None:
    found = by_speaker(nlp, "Smith also pleaded guilty to fraud; the FBI recorded him instructing a witness to lie "
                            "under oath.")
    assert found["the FBI"] == ["him instructing a witness to lie under oath"]


def test_a_clause_before_a_cue_with_an_object_of_its_own_is_not_its_content(nlp: Language) -> None:
    found = by_speaker(nlp, "He made the point that there was no real disagreement; he and Jones had basically said "
                            "the same thing.")
    assert found["he and Jones"] == ["the same thing"]
    assert found["He"] == ["that there was no real disagreement"]


def test_a_cue_urging_someone_to_act_reports_that_not_the_clause_before(nlp: Language) -> None:
    found = by_speaker(nlp, "The party opposes the bill, but - after the court ruled - he urged members to obey the "
                            "ruling.")
    assert found["he"] == ["members to obey the ruling"]


def test_whom_it_was_said_to_leaves_the_clause_before_as_the_content(nlp: Language) -> None:
    assert by_speaker(nlp, "The plan is dead; he told reporters on Friday.")["he"] == ["The plan is dead"]
    assert by_speaker(nlp, "The vote was rigged, she told voters.")["she"] == ["The vote was rigged"]


def test_an_infinitive_after_on_and_its_object_is_that_objects(nlp: Language) -> None:
    found = by_speaker(nlp, "The companies rely primarily on users to report objectionable material.")
    assert found == {"users": ["objectionable material"]}

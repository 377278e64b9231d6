"""Roles a passive or a victim group leaves open. Harm told with no doer named whose victims are of no country: the
state of the place it is told in is the recipient, where the sentence names one; with no place of a state the event
stays unsaid. A measure on someone lifted in the passive: its modifier imposed it and lifts it. A measure asked
against people of a place of no actor named: the state of the place."""

from tests.nlp.eventing import events, pairs


def test_victims_of_no_country_harmed_in_a_named_place_are_that_states(nlp):
    text = "A roadside blast has killed at least nine farmers in Mosul, local officials said."
    assert pairs(events(nlp, text), "ASSAULT") == {(None, "IRQ")}
    text = "At least 14 civilians in Damascus were killed on Sunday."
    assert pairs(events(nlp, text), "ASSAULT") == {(None, "SYR")}


def test_victims_harmed_in_no_place_of_a_state_stay_unsaid(nlp):
    assert not pairs(events(nlp, "A roadside blast has killed at least nine farmers, local officials said."), "ASSAULT")
    assert not pairs(events(nlp, "A roadside blast has killed at least nine farmers in the market."), "ASSAULT")


def test_a_named_doer_keeps_its_recipient(nlp):
    found = pairs(events(nlp, "Rebels killed nine farmers in Mosul on Tuesday."), "ASSAULT")
    assert found and all(source is not None for source, _ in found)


def test_a_measure_on_another_lifted_in_the_passive_is_its_modifiers(nlp):
    # roles.ender: the modifier of a measure put on someone else imposed it, and so lifts it
    assert pairs(events(nlp, "EU sanctions against Belarus were lifted in March."), "RETREAT") == {
        ("european-union", "BLR")}
    assert pairs(events(nlp, "American sanctions on Cuba were eased last year."), "RETREAT") == {("USA", "CUB")}
    # a modifier naming the one hit is no doer
    assert not pairs(events(nlp, "Iran sanctions were lifted in March."), "RETREAT")


def test_measures_asked_against_people_of_a_place_aim_at_its_state(nlp):
    text = "The EU called for sanctions against officials responsible for abuses in Belarus."
    assert pairs(events(nlp, text), "REQUEST") == {("european-union", "BLR")}
    # no place of a state: a request asking no one is none
    assert not pairs(events(nlp, "The EU called for sanctions against officials responsible for abuses."), "REQUEST")


def test_a_province_of_the_gazetteer_table_names_its_state(nlp):
    # `Sindh` and `Oromia` are in places_geonames.tsv (ISO 3166-2 provinces), not in the Phoenix places.tsv
    assert pairs(events(nlp, "Five fishermen were shot dead in Sindh early on Monday."), "ASSAULT") == {(None, "PAK")}
    assert pairs(events(nlp, "Two guards were killed in Oromia overnight, a spokesman said."), "ASSAULT") == {
        (None, "ETH")}

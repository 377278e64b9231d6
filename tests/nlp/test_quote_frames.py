"""Content extent: a phrase framing a cue's sentence is no content of it, and a cue on a noun inside a gated cue's
content does not take that content over."""

import pytest


@pytest.fixture(scope="module")
def nlp(quotes_nlp):
    return quotes_nlp


def texts(nlp, text: str) -> list[str]:
    return [q["text"] for q in nlp(text)._.quotes]


def test_a_linking_phrase_before_the_subject_is_not_what_was_reported(nlp):
    found = texts(nlp, "In fact, the senator proposed just that last year.")
    assert "In fact" not in found


def test_a_clause_before_a_sentence_final_attribution_is_still_reported(nlp):
    assert texts(nlp, "The plan will fail, the Guardian reports.") == ["The plan will fail"]


def test_a_relative_clause_cue_on_a_thing_stays_inside_the_content_of_the_cue_around_it(nlp):
    found = texts(nlp, "The mayor shared the full details of the claims, which the company denies.")
    assert "the full details of the claims, which the company denies" in found


def test_a_relative_clause_cue_on_a_person_leaves_the_act_around_it(nlp):
    found = texts(nlp, "Voters cheered Jane Roe, a retired nurse who says she is tired of the fighting.")
    assert found == ["she is tired of the fighting"]


def test_a_relative_clause_cue_on_a_group_stays_inside_the_content_of_the_cue_around_it(nlp):
    found = texts(nlp, "The governor sided with the farmers and a coalition of unions who feared the bill would cut "
                       "their wages.")
    assert "the farmers and a coalition of unions who feared the bill would cut their wages" in found


def test_a_participle_on_a_noun_stays_inside_the_content_of_the_cue_around_it(nlp):
    found = texts(nlp, "The group published research showing that young voters are drifting away.")
    assert "research showing that young voters are drifting away" in found


def test_a_participle_on_a_statements_vehicle_keeps_its_own_content(nlp):
    found = texts(nlp, "The campaign sent a press release saying the senator owes voters an explanation for his votes.")
    assert found == ["the senator owes voters an explanation for his votes"]


def test_a_list_the_parse_broke_off_stays_one_content(nlp):
    found = texts(nlp, "The senator took aim at the banking lobby, the oil industry and super PACs.")
    assert found == ["the banking lobby, the oil industry and super PACs"]


def test_a_list_of_long_noun_phrases_stays_one_content(nlp):
    found = texts(nlp, "The mayor spoke of the decline of the old port, the loss of jobs for the young and the rising "
                       "cost of housing.")
    assert found == ["the decline of the old port, the loss of jobs for the young and the rising cost of housing"]


def test_a_clause_after_the_object_is_no_list(nlp):
    assert texts(nlp, "The governor criticized the plan on Monday, and the mayor agreed.") == ["the plan"]


def test_a_second_member_after_and_stays_in_the_content(nlp):
    found = texts(nlp, "The candidate has made repeated references to the mayor's patchy attendance record and her "
                       "backing of the harbor project.")
    assert found == ["the mayor's patchy attendance record and her backing of the harbor project"]

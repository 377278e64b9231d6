"""storyline_quotes, the speaker side: who a quote is attributed to and where the speaker stands in the text."""

import pytest
from spacy.tokens import Doc, Span

from storyline.nlp import actors, quotes  # noqa: F401  (registers the factories)
from storyline.nlp.actors import local_actor
from tests.nlp.quote_support import parsed, quote_with, speaker_name


@pytest.fixture(scope="module")
def nlp(quotes_nlp):
    return quotes_nlp


def test_a_relative_clause_speaker_runs_through_its_pronoun(nlp):
    text = "The plan drew fire from Senator Jane Roe of Ohio, who said that the tax would hurt farmers."
    doc = nlp(text)
    quote = quote_with(doc, "the tax would hurt farmers")
    assert speaker_name(doc, quote) == "Jane Roe"
    said = text[quote["speaker_start"] : quote["speaker_end"]]
    assert said == quote["speaker_text"]
    assert said.startswith("Senator Jane Roe") and said.endswith(", who")


def test_a_plain_subject_speaker_is_only_its_phrase(nlp):
    doc = nlp("Senator Jane Roe of Ohio said that the tax would hurt farmers.")
    assert quote_with(doc, "the tax would hurt farmers")["speaker_text"] == "Senator Jane Roe of Ohio"


def test_a_subject_inside_the_quotation_yields_to_the_one_after_the_cue(nlp):
    doc = nlp('"She voted against every one of them. Every single bill," said Tom Baker, who had written some of '
              'those bills.')
    quote = quote_with(doc, "She voted against every one of them")
    assert quote["speaker_text"] == "Tom Baker"
    assert speaker_name(doc, quote) == "Tom Baker"


def test_a_role_noun_in_apposition_speaks_for_the_name(nlp):
    doc = nlp("Voters cheered Kim Lee, a retired teacher who says she is tired of the fighting.")
    assert speaker_name(doc, quote_with(doc, "she is tired of the fighting")) == "Kim Lee"


def test_an_outlets_journalist_speaks_for_the_outlet(nlp):
    doc = nlp("The news agency AFP reported heavy fighting on Monday. "
              "In the town, an AFP journalist said the shelling had stopped by noon.")
    quote = quote_with(doc, "the shelling had stopped")
    assert quote["speaker_text"] == "an AFP journalist"
    assert quote["speaker"] == "afp"


def test_a_spokesman_named_by_a_states_body_speaks_for_that_body(nlp):
    doc = nlp("Thailand's army said the border was calm on Monday. "
              "Later a Thai army spokesman said talks would resume on Friday.")
    army = quote_with(doc, "the border was calm")["speaker"]
    assert (local_actor(doc, army) or {}).get("kind") == "organization"
    assert quote_with(doc, "talks would resume on Friday")["speaker"] == army


def test_a_statement_before_its_cue_parsed_as_a_conjunct_is_the_content(nlp):
    doc = nlp("Police have acted “lawfully” and in “good faith”, the city’s police chief, Anna Berg, said in a "
              "statement on Friday.")
    quote = quote_with(doc, "Police have acted")
    assert quote["text"].startswith("Police have acted")
    assert speaker_name(doc, quote) == "Anna Berg"


def test_a_name_between_the_closing_mark_and_a_subjectless_cue_speaks(nlp):
    # the parser took the name into the quotation's clause and left `said` without a subject
    doc = parsed(nlp, ["“ `` PUNCT punct 19 “", "It PRP PRON nsubj 2 it", "is VBZ AUX ccomp 19 be",
                       "not RB PART neg 2 not", "the DT DET det 5 the", "case NN NOUN attr 2 case",
                       "that IN SCONJ mark 8 that", "everything NN PRON nsubj 8 everything", "is VBZ AUX acl 5 be",
                       "rosy JJ ADJ amod 13 rosy", ", , PUNCT punct 13 ,", "” '' PUNCT punct 13 ”",
                       "Mark NNP PROPN compound 13 Mark", "Bell NNP PROPN attr 8 Bell", ", , PUNCT punct 13 ,",
                       "a DT DET det 17 a", "senior JJ ADJ amod 17 senior", "adviser NN NOUN appos 13 adviser",
                       ", , PUNCT punct 13 ,", "said VBD VERB ROOT 19 say", "at IN ADP prep 19 at",
                       "a DT DET det 22 a", "forum NN NOUN pobj 20 forum", ". . PUNCT punct 19 ."], people=[(12, 14)])
    quote = quote_with(doc, "It is not the case")
    assert quote["speaker_text"] == "Mark Bell , a senior adviser"  # the name with its description
    assert speaker_name(doc, quote) == "Mark Bell"


def test_a_quotation_inside_a_noun_phrase_is_no_speaker_for_a_later_cue(nlp):
    doc = nlp("A boy in a “Keep the Harbor Open” cap waved, remarking that the crowd was enormous.")
    assert all(q["speaker_text"] != "cap" for q in doc._.quotes)


def test_a_bare_attribution_after_a_full_stop_takes_the_quotation_before_it(nlp):
    doc = nlp("The mayor spoke on Monday.\n\n“If the files are lost, we will find the missing files.” Jones said.\n\n"
              "Others disagreed.")
    quote = quote_with(doc, "we will find the missing files")
    assert quote["speaker_text"] == "Jones"


def test_a_sentence_after_a_full_stop_with_more_than_an_attribution_does_not_take_the_quotation(nlp):
    doc = nlp("“We will find the missing files.” Jones said the files were in a box.")
    assert all("we will find" not in q["text"].lower() for q in doc._.quotes)


def test_said_in_a_statement_that_reports_the_whole_clause(nlp):
    # the parser hung the reported clause on `statement` as a relative clause opened by a `that` mark
    doc = parsed(nlp, ["The DT DET det 1 the", "navy NN NOUN nsubj 2 navy", "said VBD VERB ROOT 2 say",
                       "in IN ADP prep 2 in", "a DT DET det 5 a", "statement NN NOUN pobj 3 statement",
                       "that WDT PRON mark 9 that", "rebels NNS NOUN nsubj 9 rebel", "had VBD AUX aux 9 have",
                       "attacked VBN VERB relcl 5 attack", "a DT DET det 11 a", "port NN NOUN dobj 9 port",
                       ". . PUNCT punct 2 ."])
    assert quote_with(doc, "rebels had attacked a port")["text"] == "that rebels had attacked a port"


def test_whom_a_speaker_told_is_not_the_speaker(nlp):
    # the parser hung `told` on the quotation's verb and the name on nothing in particular
    doc = parsed(nlp, ["“ `` PUNCT punct 2 “", "We PRP PRON nsubj 2 we", "were VBD AUX ROOT 2 be",
                       "wrong JJ ADJ acomp 2 wrong", "to TO PART aux 5 to", "wait VB VERB xcomp 3 wait",
                       ", , PUNCT punct 2 ,", "” '' PUNCT punct 8 ”", "Ramos NNP PROPN npadvmod 2 Ramos",
                       ", , PUNCT punct 8 ,", "58 CD NUM appos 8 58", ", , PUNCT punct 8 ,",
                       "told VBD VERB conj 2 tell", "Agence NNP PROPN compound 14 Agence",
                       "Presse NNP PROPN dobj 12 Presse", "on IN ADP prep 12 on", "Monday NNP PROPN pobj 15 Monday",
                       ". . PUNCT punct 2 ."], people=[(8, 9)], orgs=[(13, 15)])
    quote = quote_with(doc, "We were wrong to wait")
    assert quote["speaker_text"] == "Ramos , 58"


def test_citing_something_that_cannot_speak_keeps_the_speaker(nlp):
    doc = nlp("The two judges, however, argue that the statute permits a retrial, citing a case in which a sailor "
              "was acquitted.")
    assert quote_with(doc, "the statute permits a retrial")["speaker_text"] == "The two judges"


def test_citing_officials_makes_them_the_speakers(nlp):
    doc = nlp("Reuters reported that the talks had stalled, citing two officials familiar with the matter.")
    assert quote_with(doc, "the talks had stalled")["speaker_text"] == "two officials familiar with the matter"


def test_parties_agreeing_together_make_a_pact_not_a_statement(nlp):
    doc = nlp("Both sides agreed a truce would start at midnight. Chile and Peru agreed that the border would reopen. "
              "Kim Lee agreed that the plan was flawed.")
    assert [q["speaker_text"] for q in doc._.quotes] == ["Kim Lee"]


def test_quotations_broken_by_other_words_than_their_cue_stay_two_quotes(nlp):
    doc = nlp('"The water is rising fast," but the dams "can hold for a week if the rain stops tonight," he added.')
    assert sorted(q["text"] for q in doc._.quotes) == ["The water is rising fast",
                                                       "can hold for a week if the rain stops tonight"]


def test_a_quotation_broken_by_its_own_cue_is_one_quote(nlp):
    doc = nlp('"The water is rising fast," he added, "and the dams can hold for a week if the rain stops."')
    assert len(doc._.quotes) == 1 and len(doc._.quotes[0]["parts"]) == 2


def test_a_statement_the_parse_coordinated_with_a_reported_clause_is_the_reporters(nlp):
    # `condemned` hangs on `fired` (the reported clause), not on `said`
    doc = parsed(nlp, ["Norway NNP PROPN nsubj 1 Norway", "said VBD VERB ROOT 1 say", "the DT DET det 3 the",
                       "navy NN NOUN nsubj 4 navy", "fired VBD VERB ccomp 1 fire", "missiles NNS NOUN dobj 4 missile",
                       "and CC CCONJ cc 4 and", "condemned VBD VERB conj 4 condemn", "the DT DET det 9 the",
                       "drills NNS NOUN dobj 7 drill", "as IN ADP prep 7 as", "reckless JJ ADJ amod 12 reckless",
                       "acts NNS NOUN pobj 10 act", "of IN ADP prep 12 of", "war NN NOUN pobj 13 war",
                       ". . PUNCT punct 1 ."])
    quote = quote_with(doc, "the drills")
    assert quote["speaker_text"] == "Norway" and quote["cue"] == "condemned"


def test_who_issued_a_statement_says_what_it_says(nlp):
    doc = nlp("Dana Mills, the league's chairwoman, released a statement confirming that the league would expand "
              "its roster.")
    assert quote_with(doc, "the league would expand its roster")["speaker_text"] == "Dana Mills"


def test_of_two_subjects_the_parse_gave_a_cue_the_nearest_speaks(nlp):
    doc = parsed(nlp, ["In IN ADP prep 7 in", "Berea NNP PROPN pobj 0 Berea", ", , PUNCT punct 7 ,",
                       "Ohio NNP PROPN nsubj 7 Ohio", ", , PUNCT punct 7 ,", "Jane NNP PROPN compound 6 Jane",
                       "Roe NNP PROPN nsubj 7 Roe", "said VBD VERB ROOT 7 say", "the DT DET det 9 the",
                       "race NN NOUN nsubj 10 race", "was VBD AUX ccomp 7 be", "over RB ADV advmod 10 over",
                       ". . PUNCT punct 7 ."], people=[(5, 7)], places=[(1, 2)])
    assert quote_with(doc, "the race was over")["speaker_text"] == "Jane Roe"


def test_a_datelines_place_is_not_the_speaker_of_the_person_after_it(nlp):
    doc = parsed(nlp, ["LYON NNP PROPN nsubj 6 Lyon", "— : PUNCT punct 0 —", "Mayor NNP PROPN compound 5 Mayor",
                       "Jane NNP PROPN compound 5 Jane", "Roe NNP PROPN compound 5 Roe",
                       "Smith NNP PROPN appos 0 Smith",
                       "told VBD VERB ROOT 6 tell", "voters NNS NOUN dobj 6 voter", "that IN SCONJ mark 11 that",
                       "the DT DET det 10 the", "budget NN NOUN nsubj 11 budget", "was VBD AUX ccomp 6 be",
                       "balanced JJ ADJ acomp 11 balanced", ". . PUNCT punct 6 ."], people=[(3, 6)], places=[(0, 1)])
    quote = quote_with(doc, "the budget was balanced")
    assert quote["speaker_text"] == "Mayor Jane Roe Smith"


def test_a_datelines_place_in_capitals_the_recognizer_missed_is_not_the_speaker(nlp):
    rows = ["{} NNP PROPN nsubj 6 place", "— : PUNCT punct 0 —", "Mayor NNP PROPN compound 5 Mayor",
            "Jane NNP PROPN compound 5 Jane", "Roe NNP PROPN compound 5 Roe", "Smith NNP PROPN appos 0 Smith",
            "told VBD VERB ROOT 6 tell", "voters NNS NOUN dobj 6 voter", "that IN SCONJ mark 11 that",
            "the DT DET det 10 the", "budget NN NOUN nsubj 11 budget", "was VBD AUX ccomp 6 be",
            "balanced JJ ADJ acomp 11 balanced", ". . PUNCT punct 6 ."]
    doc = parsed(nlp, [rows[0].format("KESTRELBY"), *rows[1:]], people=[(3, 6)])  # no place entity: capitals
    assert quote_with(doc, "the budget was balanced")["speaker_text"] == "Mayor Jane Roe Smith"
    doc = parsed(nlp, [rows[0].format("Kestrelby"), *rows[1:]], people=[(3, 6)])  # not a dateline's capitals
    assert quote_with(doc, "the budget was balanced")["speaker_text"] == "Kestrelby — Mayor Jane Roe Smith"


def test_a_set_off_participle_in_a_reported_clause_is_the_reporters(nlp):
    doc = nlp("Jane Roe said she plans to visit Libya after Christmas, insisting that her rivals are too concerned "
              "about the election.")
    assert quote_with(doc, "her rivals are too concerned")["speaker_text"] == "Jane Roe"


def test_a_participle_after_a_quoted_clause_leaves_the_quotation_to_its_cue(nlp):
    doc = nlp('Senator Jane Roe stressed that "the path forward is to bring both chambers to the table," '
              "suggesting that the best route might be a narrow bill.")
    quoted = quote_with(doc, "the path forward")
    assert quoted["cue"] == "stressed" and quoted["speaker_text"] == "Senator Jane Roe"
    assert quote_with(doc, "the best route might be")["speaker_text"] == "Senator Jane Roe"


def test_an_unnamed_spokesperson_of_a_body_named_before_speaks_for_it(nlp):
    doc = nlp("Peru's navy said it had seized a vessel. A navy spokesperson said the crew had been detained.")
    navy = quote_with(doc, "it had seized a vessel")["speaker"]
    assert navy is not None
    assert quote_with(doc, "the crew had been detained")["speaker"] == navy


def test_an_unnamed_spokesperson_of_a_body_never_named_stays_unresolved(nlp):
    doc = nlp("Police arrested five people. A police spokesman said they were held in Lima.")
    assert quote_with(doc, "they were held in Lima")["speaker"] is None


def test_a_set_off_participle_inheriting_a_subject_that_holds_no_views_is_the_reporters(nlp):
    doc = nlp("Jane Roe said the case reminds her of an old novel, explaining that every tragedy begins with a "
              "small mistake.")
    assert quote_with(doc, "every tragedy begins")["speaker_text"] == "Jane Roe"


def test_a_participle_after_while_inheriting_a_subject_that_holds_no_views_is_the_reporters(nlp):
    # `while adding` is set off by its subordinator instead of a comma; `it` says nothing, Jane Roe does
    doc = nlp("At a town hall, Jane Roe insisted it was too early to endorse anyone while adding on school matters, "
              "“I have no doubt the mayor means well.”")
    quote = quote_with(doc, "the mayor means well")
    assert quote["speaker_text"] == "Jane Roe" and speaker_name(doc, quote) == "Jane Roe"


def test_a_name_between_the_closing_mark_and_a_cue_it_was_parsed_away_from_speaks(nlp):
    doc = nlp('"If we had taken the other offer, I would have been stuck in debt for decades," Mr. Smith, now 79 '
              'and retired in Denver, said by phone last week.')
    assert quote_with(doc, "stuck in debt")["speaker_text"] == "Mr. Smith"


@pytest.mark.parametrize(("text", "fragment", "speaker"), [
    ("The Oregon governor texted volunteers saying that the campaign would go on until the recount.",
     "the campaign would go on", "The Oregon governor"),
    ("Mayor Jane Roe wrote a letter to the governor asking that the state investigate the long lines.",
     "the state investigate", "Mayor Jane Roe"),
])
def test_a_participle_after_the_addressee_is_said_by_who_addressed_them(nlp, text, fragment, speaker):
    assert quote_with(nlp(text), fragment)["speaker_text"] == speaker


def test_a_share_of_those_polled_speaks_through_the_poll(nlp):
    doc = nlp("In a new Quinnipiac poll, 55 percent of voters said they do not trust the governor.")
    assert quote_with(doc, "they do not trust the governor")["speaker_text"] == "a new Quinnipiac poll"
    doc = nlp("One of her former supporters wrote in an email that the campaign was a tragedy.")
    assert quote_with(doc, "the campaign was a tragedy")["speaker_text"] == "One of her former supporters"


@pytest.mark.parametrize(("text", "speaker", "cue"), [
    ('"Drivers should keep their phones out of reach," opined the Daily Courier.', "the Daily Courier", "opined"),
    ("“What was the turning point that made her shift so completely?” Carter questioned.", "Carter", "questioned"),
])
def test_a_speaker_and_any_verb_closing_a_quotations_sentence_attribute_it(nlp, text, speaker, cue):
    (quote,) = nlp(text)._.quotes
    assert (quote["speaker_text"], quote["cue"], quote["direct"]) == (speaker, cue, True)


def test_a_verb_with_an_object_after_a_quotation_attributes_nothing(nlp):
    doc = nlp('The weather was mild.\n"Nobody expected the storm to come so early," the farmer sold his corn.')
    assert doc._.quotes == []


def test_who_released_a_video_says_what_the_video_says(nlp):
    doc = nlp("Senator Jane Roe has released a short video that accuses the mayor of burying the audit.")
    assert quote_with(doc, "the mayor of burying")["speaker_text"] == "Senator Jane Roe"


def test_a_day_after_the_cue_is_not_the_speaker(nlp):
    rows = ['" `` PUNCT punct 9 "', "We PRP PRON nsubj 3 we", "will MD AUX aux 3 will", "win VB VERB ccomp 9 win",
            "the DT DET det 5 the", "election NN NOUN dobj 3 election", ", , PUNCT punct 9 ,", "\" '' PUNCT punct 9 \"",
            "the DT DET det 9 the", "nominee NN NOUN ROOT 9 nominee", ", , PUNCT punct 9 ,",
            "Jane NNP PROPN compound 12 Jane", "Roe NNP PROPN appos 9 Roe", ", , PUNCT punct 9 ,",
            "tweeted VBN VERB acl 9 tweet", "Sunday NNP PROPN npadvmod 14 Sunday", ". . PUNCT punct 9 ."]
    cells = [row.split() for row in rows]
    spaces = [False, True, True, True, True, False, False, True, True, False, True, True, False, True, True, False,
              False]
    doc = Doc(nlp.vocab, words=[c[0] for c in cells], spaces=spaces, tags=[c[1] for c in cells],
              pos=[c[2] for c in cells], deps=[c[3] for c in cells], heads=[int(c[4]) for c in cells],
              lemmas=[c[5] for c in cells])
    doc.ents = [Span(doc, 11, 13, label="PERSON"), Span(doc, 15, 16, label="DATE")]
    for name in ("storyline_actors", "storyline_quotes"):
        doc = nlp.get_pipe(name)(doc)
    assert doc.text.startswith('"We will win the election," the nominee, Jane Roe, tweeted Sunday')
    assert quote_with(doc, "We will win the election")["speaker_text"] == "Jane Roe"  # the name beside the nominee


def test_who_cites_something_is_the_speaker_of_citing_it(nlp):
    doc = nlp("The mayor has barred two radio stations from her briefings, citing her dismay at their coverage.")
    (quote,) = [q for q in doc._.quotes if q["cue"] == "citing"]
    assert quote["speaker_text"] == "The mayor"


def test_of_two_subjects_of_the_verb_a_participle_inherits_from_the_nearest_speaks(nlp):
    rows = ["Speaking VBG VERB advcl 8 speak", "in IN ADP prep 0 in", "Salem NNP PROPN pobj 1 Salem",
            ", , PUNCT punct 8 ,", "New NNP PROPN compound 5 New", "Hampshire NNP PROPN nsubj 8 Hampshire",
            ", , PUNCT punct 8 ,",
            "Trump NNP PROPN nsubj 8 Trump", "went VBD VERB ROOT 8 go", "after IN ADP prep 8 after",
            "Bush NNP PROPN pobj 9 Bush", ", , PUNCT punct 8 ,", "calling VBG VERB advcl 8 call",
            "him PRP PRON dobj 12 he", "a DT DET det 16 a", "total JJ ADJ amod 16 total",
            "failure NN NOUN oprd 12 failure", ". . PUNCT punct 8 ."]
    doc = parsed(nlp, rows, people=[(7, 8)], places=[(4, 6)])
    (quote,) = [q for q in doc._.quotes if q["cue"] == "calling"]
    assert quote["speaker_text"] == "Trump"


def test_a_name_after_a_quotation_that_ended_its_sentence_speaks_only_for_its_own_verb(nlp):
    doc = nlp('"We have been accused of having no teeth to bite with and that agents are ruling over us." KA has also '
              "threatened three-time champion Edith Masai with a similar ban if reports that she feigned injury to "
              "avoid running at the championships are true.")
    assert not [q for q in doc._.quotes if q["cue"] == "reports" and q["speaker_text"] == "KA"]


def test_the_speaker_mention_is_the_relative_pronoun_after_an_apposition(nlp) -> None:
    doc = nlp("Fans clash with Rita Gomez, a popular anchor at CNN who questioned his record on safety.")
    (quote,) = doc._.quotes
    assert quote["speaker_text"].endswith("who") and quote["speaker_text"].startswith("Rita Gomez")


def test_the_speaker_mention_of_a_description_is_the_name_beside_it(nlp) -> None:
    text = "But the other guest at the forum, former Governor Sarah Miller, drew a distinction, " \
           "saying that fears about rising rents were justified."
    quote = next(q for q in nlp(text)._.quotes if q["text"].startswith("that fears"))
    assert quote["speaker_text"].endswith("Sarah Miller")
    assert text[quote["speaker_start"] : quote["speaker_end"]] == quote["speaker_text"]


def test_a_passive_subject_speaks_through_the_infinitive_it_controls(nlp):
    doc = nlp("The council met on Monday, and Jane Roe was eventually allowed to speak about the landfill plan.")
    assert quote_with(doc, "the landfill plan")["speaker_text"] == "Jane Roe"


def test_one_urged_to_speak_is_not_made_the_speaker_through_the_passive(nlp):
    doc = nlp("The council met on Monday, and Jane Roe was urged to speak out about the pipeline project.")
    assert not any(q["speaker_text"] == "Jane Roe" for q in doc._.quotes)


def test_a_name_apposed_to_a_name_inside_the_description_is_the_speaker(nlp):
    doc = nlp("Senator Mark Ellison met voters in Dayton on Monday. A spokeswoman for Sen. Ellison, Jane Roe, said "
              "the bill would pass.")
    quote = quote_with(doc, "the bill would pass")
    assert quote["speaker_text"] == "Jane Roe"
    assert speaker_name(doc, quote) == "Jane Roe"


def test_a_cue_unlike_the_verb_it_was_coordinated_with_is_the_reporters(nlp):
    doc = nlp("Mayor Jane Roe said the report was proof that the council did not understand the budget, and accused "
              "the treasurer of hiding the deficit.")
    accused = [q for q in doc._.quotes if q["cue"] == "accused"]
    assert [q["speaker_text"] for q in accused] == ["Mayor Jane Roe"]


@pytest.mark.parametrize("text", [
    "Asked whether she would back the governor if he won the primary, Jane Roe said she would.",
    "Asked about the flood barriers, Jane Roe said the city would pay for them.",
    "Jane Roe smiled when asked whom she supported in the race.",
    '"We will see," Jane Roe said when asked about the mayor\'s temper.',
    "When asked whom she supported, Jane Roe smiled and said she was waiting.",
    'Asked what the new bridge might cost, Jane Roe said: "We will know that in May, if not sooner."',
])
def test_a_question_put_by_nobody_named_is_not_the_one_asked(nlp, text):
    doc = nlp(text)
    assert doc._.quotes or text.startswith("Jane Roe smiled")
    assert not [q for q in doc._.quotes if "asked" in q["cue"].lower()]


def test_a_question_asked_by_someone_named_is_theirs(nlp):
    doc = nlp("Asked by reporter John Doe whether the levy would survive the winter, Mayor Jane Roe said the council "
              "would decide in March.")
    assert speaker_name(doc, quote_with(doc, "the levy would survive")) == "John Doe"
    assert speaker_name(doc, quote_with(doc, "the council would decide")) == "Jane Roe"


@pytest.mark.parametrize(("text", "mention"), [
    ("Jane Roe, a retired teacher who ran the library for decades, said the branch should stay open.",
     "Jane Roe, a retired teacher who ran the library for decades"),
    ("Jane Roe and John Doe, who both sit on the library board, said the branch should stay open.",
     "Jane Roe and John Doe, who both sit on the library board"),
    ("Most of the readers who signed the petition said the branch should stay open.",
     "Most of the readers who signed the petition"),
    ("Rep. Jane Roe (D-Ohio) said the branch should stay open.", "Rep. Jane Roe (D-Ohio)"),
    ("Jane Roe, who starred in “The Long Winter,” said the branch should stay open.",
     "Jane Roe, who starred in “The Long Winter,”"),
    ("Jane Roe said the branch should stay open.", "Jane Roe"),
])
def test_the_speaker_mention_runs_over_its_description_up_to_the_cue(nlp, text, mention):
    doc = nlp(text)
    quote = quote_with(doc, "the branch should stay open")
    assert quote["speaker_text"] == mention == text[quote["speaker_start"] : quote["speaker_end"]]


def test_a_noun_cue_in_a_relative_clause_runs_through_its_pronoun(nlp):
    doc = nlp("The mayor met Jane Roe, who is a vocal supporter of the new levy on farms.")
    quote = quote_with(doc, "the new levy")
    assert quote["speaker_text"] == "Jane Roe, who" and speaker_name(doc, quote) == "Jane Roe"


def test_a_participle_after_an_event_subject_is_said_by_the_clause_it_follows(nlp):
    doc = nlp('The second clash came during a lecture at the library, when students interrupted his talk, '
              'shouting "he stays, we go!"')
    assert quote_with(doc, "he stays, we go!")["speaker_text"] == "students"


def test_a_participle_after_a_cleft_is_said_by_the_clause_it_follows(nlp):
    doc = nlp("It was at the summit that Jane Roe launched her critique of the films, pointing to the director's "
              "2011 confession.")
    assert quote_with(doc, "the director's 2011 confession")["speaker_text"] == "Jane Roe"


def test_a_participle_after_a_speaking_subject_keeps_it(nlp):
    doc = nlp("Jane Roe trashed the plan on Monday when the council met, calling it a disaster for farmers.")
    assert quote_with(doc, "a disaster for farmers")["speaker_text"] == "Jane Roe"


def test_an_adverb_before_a_set_off_participle_keeps_it_the_main_subjects(nlp):
    doc = nlp("Jane Roe had a memorable exchange that might resonate in her district, sharply condemning the new fee "
              "on boats.")
    assert quote_with(doc, "the new fee on boats")["speaker_text"] == "Jane Roe"

"""storyline_quotes, speakers the parse did not give their cue as its subject: the mention that attribution corpora
(PolNeAR) mark as the source, read from the words around the cue."""

import pytest

from storyline.nlp import actors, quotes  # noqa: F401  (registers the factories)
from tests.nlp.quote_support import parsed, quote_with, speaker_name


@pytest.fixture(scope="module")
def nlp(quotes_nlp):
    return quotes_nlp


def said_by(doc, quote: dict) -> str:
    """The speaker mention as written, checked against the text at its offsets."""
    mention = doc.text[quote["speaker_start"] : quote["speaker_end"]]
    assert mention == quote["speaker_text"]
    return mention


def test_a_subject_parsed_as_an_apposition_before_the_cue_speaks(nlp):
    # the parser hung `Jane Roe` and her age on `plea` and left `said` without a subject
    doc = parsed(nlp, ["As IN ADP prep 11 as", "part NN NOUN pobj 0 part", "of IN ADP prep 1 of",
                       "her PRP$ PRON poss 4 her", "plea NN NOUN pobj 2 plea", ", , PUNCT punct 4 ,",
                       "Jane NNP PROPN compound 7 Jane", "Roe NNP PROPN appos 4 Roe", ", , PUNCT punct 4 ,",
                       "44 CD NUM appos 4 44", ", , PUNCT punct 4 ,", "said VBD VERB ROOT 11 say",
                       "that IN SCONJ mark 14 that", "she PRP PRON nsubj 14 she", "hacked VBD VERB ccomp 11 hack",
                       "the DT DET det 16 the", "accounts NNS NOUN dobj 14 account", ". . PUNCT punct 11 ."],
                 people=[(6, 8)])
    quote = quote_with(doc, "she hacked the accounts")
    assert said_by(doc, quote) == "Jane Roe"
    assert speaker_name(doc, quote) == "Jane Roe"


def test_a_name_after_the_quotations_cue_tagged_as_an_adverb_speaks_and_so_does_its_participle(nlp):
    # the tagger took `Roe` after `said` for an adverb; `explaining` hangs on `said`
    doc = parsed(nlp, ["Jane NNP PROPN compound 1 Jane", "Roe NNP PROPN nsubj 2 Roe", "vouched VBD VERB ROOT 2 vouch",
                       "for IN ADP prep 2 for", "them PRP PRON pobj 3 they", ". . PUNCT punct 2 .",
                       "“ `` PUNCT punct 14 “", "Having VBG VERB xcomp 14 have", "the DT DET det 9 the",
                       "file NN NOUN nsubj 10 file", "is VBZ AUX ccomp 7 be", "valuable JJ ADJ acomp 10 valuable",
                       ", , PUNCT punct 14 ,", "” '' PUNCT punct 14 ”", "said VBD VERB ROOT 14 say",
                       "Roe RB ADV advmod 14 Roe", ", , PUNCT punct 14 ,", "explaining VBG VERB advcl 14 explain",
                       "she PRP PRON nsubj 19 she", "worked VBD VERB ccomp 17 work", "with IN ADP prep 19 with",
                       "them PRP PRON pobj 20 they", ". . PUNCT punct 14 ."], people=[(0, 2)])
    valuable = quote_with(doc, "Having the file is valuable")
    assert said_by(doc, valuable) == "Roe"
    assert speaker_name(doc, valuable) == "Jane Roe"
    worked = quote_with(doc, "she worked with them")
    assert said_by(doc, worked) == "Roe"


def test_the_noun_after_a_closing_mark_and_its_cue_speaks(nlp):
    doc = nlp('"One man came in and said we should fight them," said the woman, who did not give her name.')
    assert said_by(doc, quote_with(doc, "One man came in")) == "the woman"


def test_a_relative_clause_with_its_own_subject_is_said_by_that_subject(nlp):
    doc = nlp("The files went to the agency, which she said held all her emails.")
    assert said_by(doc, quote_with(doc, "held all her emails")) == "she"
    doc = nlp("Tom Baker and Ann Lee, who many feel need a clear win, met on Tuesday.")
    assert said_by(doc, quote_with(doc, "need a clear win")) == "many"


def test_a_question_asked_by_someone_is_theirs(nlp):
    doc = nlp('When asked by a reporter whether the plan would work, Jane Roe said, "You tell me."')
    assert said_by(doc, quote_with(doc, "whether the plan would work")) == "a reporter"
    assert said_by(doc, quote_with(doc, "You tell me")) == "Jane Roe"


def test_an_infinitive_on_an_object_is_said_by_the_object_unless_a_reporting_verb_asks_it(nlp):
    doc = nlp("The sudden memo led critics to speculate that the bakery had closed over a rent dispute.")
    assert said_by(doc, quote_with(doc, "the bakery had closed")) == "critics"
    doc = nlp("The decision prompted Jane Roe to accuse the mayor of hypocrisy on air.")
    assert said_by(doc, quote_with(doc, "the mayor of hypocrisy")) == "Jane Roe"


def test_conjuncts_without_and_are_no_shared_subject(nlp):
    # the parser coordinated the last subject of the reported clause with the speaker
    doc = parsed(nlp, ["His PRP$ PRON poss 1 his", "support NN NOUN nsubj 3 support", "has VBZ AUX aux 3 have",
                       "shifted VBN VERB ccomp 13 shift", "from IN ADP prep 3 from", "Smith NNP PROPN pobj 4 Smith",
                       "to IN ADP prep 3 to", ", , PUNCT punct 3 ,", "now RB ADV advmod 13 now",
                       ", , PUNCT punct 13 ,", "Brown NNP PROPN nsubj 13 Brown", ", , PUNCT punct 10 ,",
                       "Wilkin NNP PROPN conj 10 Wilkin", "said VBD VERB ROOT 13 say", ". . PUNCT punct 13 ."],
                 people=[(5, 6), (10, 11), (12, 13)])
    quote = quote_with(doc, "His support has shifted")
    assert said_by(doc, quote) == "Wilkin"


def test_a_participle_under_a_negated_verb_reports_nothing(nlp):
    doc = nlp("Israel is not budging on rejecting calls from Kyiv that it should send weapons.")
    assert not any("calls from Kyiv" in q["text"] for q in doc._.quotes)


def test_an_inferential_participle_after_a_reported_clause_stays_the_writers(nlp):
    doc = nlp("The White House on Wednesday warned that deepening ties between Russia and Iran are moving beyond "
              "weapons sales, signaling that the U.S. is watching the new phase of relations.")
    assert not any(q["cue"] == "signaling" for q in doc._.quotes)


def test_a_participle_after_a_reported_clause_is_said_by_its_reporter_who_came_first(nlp):
    doc = nlp('An adviser said Brown will need to decide which camp he belongs in, saying, "Sooner or later, he is '
              'bound to speak up."')
    assert said_by(doc, quote_with(doc, "Sooner or later")) == "An adviser"
    # the reporter comes after: what the participle says is the subject's, in the reporter's account
    doc = nlp('Her liberal friends have mocked his campaign, calling Smith "an orange buffoon," Susan Roe said as she '
              'talked.')
    calling = [q for q in doc._.quotes if q["cue"] == "calling"]
    assert [said_by(doc, q) for q in calling] == ["Her liberal friends"]
    # a participle hung on a cue of its own goes with that cue, not with the cue the parse hung it under
    doc = nlp('Harris cannot claim that "in her view," Delgado added, saying it should be "left to the judge to '
              'settle the matter."')
    assert said_by(doc, quote_with(doc, "left to the judge")) == "Delgado"


def test_a_participle_hung_in_a_subordinate_clause_is_said_by_the_main_clause_subject(nlp):
    doc = nlp('"I believe we want her back," Jenkins said during a segment on her program after the governor narrowly '
              'won her runoff, remarking that Warren had already learned a hard lesson.')
    assert said_by(doc, quote_with(doc, "Warren had already learned a hard lesson")) == "Jenkins"
    # a relative clause with a subject of its own keeps it: its subject is the one acting there
    doc = nlp("Garcia gave a long interview afterward in which he kept up his attack on Miller, ridiculing his clumsy "
              "debut during the flood.")
    assert said_by(doc, quote_with(doc, "his clumsy debut")) == "he"


def test_a_cue_set_off_with_a_name_after_it_is_said_by_the_name(nlp):
    doc = nlp("Any fair reading of the general's remarks, said Jane Roe, a scholar of Brazil at the Hoover "
              "Institution, would treat this as a quiet confession of failure.")
    assert said_by(doc, quote_with(doc, "a quiet confession of failure")) == "Jane Roe"
    # what follows an ordinary cue is what was said, names in it included
    doc = nlp("One of the writers of that study, Dana Kim, said Lopez's appointment will test their finding.")
    assert "Lopez" not in said_by(doc, quote_with(doc, "will test their finding"))


@pytest.mark.parametrize("text, fragment, speaker", [
    ("Most of the applicants said they favor letting tenants withhold rent during repairs.",
     "they favor letting tenants", "Most of the applicants"),
    ("Several said they would rather city clerks manage the grants.", "they would rather", "Several"),
    ('Nearly eight in 10 farmers were anxious about the drought; most said they were "deeply anxious."',
     "deeply anxious", "most"),
])
def test_a_quantifier_standing_for_people_speaks(nlp, text, fragment, speaker):
    doc = nlp(text)
    assert said_by(doc, quote_with(doc, fragment)) == speaker


def test_a_participle_right_after_an_object_that_cannot_speak_is_said_by_the_clause_subject(nlp):
    doc = nlp("Reuters answered early Monday with a correction on the profile saying that Patel had suggested he "
              "enrolled at the college.")
    assert said_by(doc, quote_with(doc, "Patel had suggested")) == "Reuters"


def test_who_issued_a_statement_speaks_for_it_where_the_parse_gave_the_verb_no_subject(nlp):
    # the parser took the group's name for an adverb of `issued`
    doc = parsed(nlp, ["Black JJ ADJ amod 1 black", "Lives NNS NOUN compound 2 life",
                       "Matter NNP PROPN advmod 3 Matter", "issued VBD VERB ROOT 3 issue", "a DT DET det 5 a",
                       "statement NN NOUN dobj 3 statement",
                       "saying VBG VERB acl 5 say", "it PRP PRON nsubj 8 it", "took VBD VERB ccomp 6 take",
                       "the DT DET det 10 the", "action NN NOUN dobj 8 action", "for IN ADP prep 8 for",
                       "safety NN NOUN pobj 11 safety", ". . PUNCT punct 3 ."], orgs=[(0, 3)])
    assert said_by(doc, quote_with(doc, "it took the action")) == "Black Lives Matter"


def test_a_verb_coordinated_with_a_passive_one_is_said_by_the_passive_subject(nlp):
    doc = nlp('Jane Roe was joined at the podium once more by Senator Tom Udall and joked, "You are being silly."')
    assert said_by(doc, quote_with(doc, "You are being silly")) == "Jane Roe"
    doc = nlp("Union leaders were dismayed by the ruling and predicted it would shape the result of future strikes.")
    assert said_by(doc, quote_with(doc, "it would shape the result")) == "Union leaders"


def test_a_participle_hung_in_a_clause_whose_pronoun_stands_for_the_main_subject_is_the_main_subjects(nlp):
    # the pronoun is the governor: the mention the main clause makes is the source, past every such clause
    for dash in (",", " -"):
        doc = nlp(f"The governor says he will sign the bill but has withheld his support, meaning he will not "
                  f"campaign for it{dash} essentially conceding that the vote will fail.")
        assert said_by(doc, quote_with(doc, "the vote will fail")) == "The governor"
    # a pronoun that cannot stand for the main subject is someone else, who keeps the participle
    doc = nlp("The governor has withheld her support, meaning they will not get the funds, essentially conceding "
              "that the vote will fail.")
    assert said_by(doc, quote_with(doc, "the vote will fail")) == "they"
    doc = nlp("Ms. Jane Roe has withheld her support, meaning he will not get the funds, essentially conceding that "
              "the vote will fail.")
    assert said_by(doc, quote_with(doc, "the vote will fail")) == "he"


def test_a_participle_on_a_statement_in_a_phrase_on_a_verb_is_said_by_the_verbs_subject(nlp):
    doc = nlp("The senator released the figures in a statement saying that the budget was balanced.")
    assert said_by(doc, quote_with(doc, "the budget was balanced")) == "The senator"
    doc = nlp("Jane Roe made the remarks Tuesday during a speech attacking the governor's budget.")
    quote = quote_with(doc, "the governor's budget")
    assert said_by(doc, quote) == "Jane Roe" and speaker_name(doc, quote) == "Jane Roe"
    # what a vehicle shows is the vehicle's (`inferential_verbs`), not what its subject says
    doc = nlp("Both senators appeared in videos showing that they supported the plan.")
    assert said_by(doc, quote_with(doc, "they supported the plan")) == "videos"
    # a possessor says whose statement it is, next to the cue
    doc = nlp("Jane Roe went further in her statement condemning the vote.")
    assert said_by(doc, quote_with(doc, "the vote")).startswith("her")
    # a statement the verb acts on is its subject's as before (`issuer`)
    doc = nlp("The union issued a letter on Monday urging the council to reject the budget.")
    assert said_by(doc, quote_with(doc, "the council to reject")) == "The union"

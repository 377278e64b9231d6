"""storyline_quotes, the speaker mention: which words of the sentence stand for the speaker where the parse offers a
wrong one (a day before a participle, an `of` phrase after a statement noun)."""

import pytest

from storyline.nlp import actors, quotes  # noqa: F401  (registers the factories)
from tests.nlp.quote_support import parsed, quote_with, speaker_name


@pytest.fixture(scope="module")
def nlp(quotes_nlp):
    return quotes_nlp


def test_a_day_before_a_participle_on_a_document_yields_to_the_issuer(nlp):
    text = "Senator Jane Roe issued a statement Tuesday saying that she would not attend the hearing."
    doc = nlp(text)
    quote = quote_with(doc, "would not attend the hearing")
    assert quote["speaker_text"] == "Senator Jane Roe" and speaker_name(doc, quote) == "Jane Roe"
    assert text[quote["speaker_start"] : quote["speaker_end"]] == "Senator Jane Roe"
    doc = nlp("The union sent a letter last week urging the council to reject the budget.")
    assert quote_with(doc, "the council to reject")["speaker_text"] == "The union"


def test_a_day_the_participle_does_not_hang_on_a_noun_is_left_alone(nlp):
    # the participle hangs on the verb: its subject is the verb's, the day plays no part
    doc = nlp("The senator released a video on Monday claiming that the election was rigged.")
    assert quote_with(doc, "the election was rigged")["speaker_text"] == "The senator"


def test_a_statement_noun_is_held_by_its_of_phrase(nlp):
    text = "His remarks support the contention of Governor Jane Roe that the files were never secret."
    doc = nlp(text)
    quote = quote_with(doc, "the files were never secret")
    assert quote["speaker_text"] == "Governor Jane Roe" and speaker_name(doc, quote) == "Jane Roe"
    # an `of` phrase that holds no views is what the noun is about, not who made it: the one who lodged it made it
    doc = nlp("The mayor lodged a complaint of bias that the board ignored the rules.")
    assert quote_with(doc, "the board ignored the rules")["speaker_text"] == "The mayor"


def test_a_participle_on_whom_words_went_to_is_said_by_the_sender(nlp):
    doc = nlp("The senator is making a pitch to rural voters saying that the farm bill will pass.")
    assert quote_with(doc, "the farm bill will pass")["speaker_text"] == "The senator"
    doc = nlp("His office sent a letter to donors saying that the budget was tight.")
    assert quote_with(doc, "the budget was tight")["speaker_text"] == "His office"


def test_a_participle_on_whom_money_went_to_is_said_by_the_recipient(nlp):
    doc = nlp("The donor gave $5 million to a group arguing that the tax was unfair.")
    assert quote_with(doc, "the tax was unfair")["speaker_text"] == "a group"


def test_a_statement_noun_with_a_possessive_pronoun_is_the_reporting_subjects(nlp):
    text = "Senator Jane Roe reiterated her claim that the budget was balanced."
    doc = nlp(text)
    claims = [q for q in doc._.quotes if "the budget was balanced" in q["text"]]
    assert claims and all(q["speaker_text"] == "Senator Jane Roe" for q in claims)
    assert all(speaker_name(doc, q) == "Jane Roe" for q in claims)
    doc = nlp("The senators repeated their claim that the budget was balanced.")
    assert {q["speaker_text"] for q in doc._.quotes} == {"The senators"}


def test_a_possessive_pronoun_that_cannot_stand_for_the_subject_keeps_the_noun_its_own(nlp):
    # a verb that judges the claim: the claim is often another's
    doc = nlp("The mayor dismissed his claim that the budget was balanced.")
    assert [q["speaker_text"] for q in doc._.quotes if q["cue"] == "claim"] == ["his"]
    # `their` cannot stand for one senator, nor `his` for a woman the text calls Ms.
    doc = nlp("The senator repeated their claim that the budget was balanced.")
    assert [q["speaker_text"] for q in doc._.quotes if q["cue"] == "claim"] == ["their"]
    doc = nlp("Ms. Jane Roe reiterated his claim that the budget was balanced.")
    assert [q["speaker_text"] for q in doc._.quotes if q["cue"] == "claim"] == ["his"]


def test_a_name_the_parse_made_the_compound_of_a_cue_says_the_quotation(nlp):
    text = ('When a man in the crowd yelled, "Smith," Jones joked, again using a funny voice, '
            '"Amen! Come on up and sit!"')
    doc = nlp(text)
    quote = quote_with(doc, "Come on up")
    assert quote["speaker_text"] == "Jones" and text[quote["speaker_start"] : quote["speaker_end"]] == "Jones"
    # a name that is the cue's subject stays as it is
    assert quote_with(nlp('"We will win," Jane Roe said.'), "We will win")["speaker_text"] == "Jane Roe"


def test_a_verb_the_parse_took_for_a_noun_after_a_quotation_names_its_document(nlp):
    text = 'The campaign sent supporters an email on Monday. "We cannot win this without you. Please give today," ' \
        'the email read.'
    doc = nlp(text)
    quote = quote_with(doc, "We cannot win this")
    assert quote["cue"] == "read" and quote["speaker_text"] == "email"
    assert text[quote["speaker_start"] : quote["speaker_end"]] == "email"


def test_an_envoy_speaks_for_the_state_that_sends_it_not_its_host(nlp):
    doc = nlp("The Norwegian ambassador to Chile said the fishing deal would be signed soon.")
    assert quote_with(doc, "the fishing deal would be signed")["speaker"] == "NOR"
    doc = nlp("Peru's envoy to the United Nations said the vote was a mistake.")
    assert quote_with(doc, "the vote was a mistake")["speaker"] == "PER"
    # not an envoy: whom an adviser serves is whom the adviser speaks for, as before
    doc = nlp("An adviser to Governor Jane Roe said the levy would be dropped.")
    assert speaker_name(doc, quote_with(doc, "the levy would be dropped")) == "Jane Roe"


def test_a_pronoun_after_what_or_how_in_the_object_of_a_verb_yields_to_that_verbs_subject(nlp):
    # PolNeAR marks `what he calls X` as the content of the outer verb, whose subject is the source
    doc = nlp("The mayor has railed against what he calls a tax on farmers.")
    quote = quote_with(doc, "a tax on farmers")
    assert quote["speaker_text"] == "The mayor"
    doc = nlp("At the rally, Jane Roe lashed out at what she described as a smear campaign by the council.")
    quote = quote_with(doc, "a smear campaign")
    assert quote["speaker_text"] == "Jane Roe" and speaker_name(doc, quote) == "Jane Roe"
    doc = nlp("The two governors outlined how they think the party could still win the state.")
    assert quote_with(doc, "could still win the state")["speaker_text"] == "The two governors"


def test_a_pronoun_that_does_not_agree_with_the_outer_subject_keeps_its_place(nlp):
    doc = nlp("Tom Baker spoke for an hour. Then Ms. Roe laid out what he believes are the plan's main flaws.")
    assert quote_with(doc, "main flaws")["speaker_text"] == "he"
    doc = nlp("The council members outlined how she thinks the party could still win the state.")
    assert quote_with(doc, "could still win the state")["speaker_text"] == "she"


def test_a_cue_coordinated_in_a_clause_whose_subject_is_a_pronoun_is_said_by_the_main_subject(nlp):
    # PolNeAR marks the main clause's subject, the one the pronoun stands for, as the source of `called`
    doc = nlp("Jane Roe acknowledged that she too thought the plan confusing and called the venture a mess.")
    quote = next(q for q in doc._.quotes if q["cue"] == "called")
    assert quote["speaker_text"] == "Jane Roe" and speaker_name(doc, quote) == "Jane Roe"
    # a pronoun that cannot stand for the main subject keeps its place
    doc = nlp("The two governors acknowledged that she thought the plan confusing and called the venture a mess.")
    assert next(q for q in doc._.quotes if q["cue"] == "called")["speaker_text"] == "she"


def test_a_subject_the_parse_hung_on_the_object_before_its_and_speaks_for_the_second_clause(nlp):
    doc = nlp("Smith backed the bill and Jones, as she did last year, opposed the measure.")
    assert quote_with(doc, "the measure")["speaker_text"] == "Jones"
    doc = nlp("The mayor backed the plan and the governor, after a long delay, criticized it as a mistake.")
    assert quote_with(doc, "it as a mistake")["speaker_text"] == "the governor"
    doc = nlp("The mayor said he backed the plan and the governor said it was a mistake.")  # a subject of its own
    assert quote_with(doc, "it was a mistake")["speaker_text"] == "the governor"
    assert quote_with(doc, "he backed the plan")["speaker_text"] == "The mayor"


def test_a_cue_coordinated_after_a_conjunct_with_its_own_subject_is_that_subjects(nlp):
    # the parser hung `said` on the first clause's verb: the League, subject of the clause before it, said it
    doc = parsed(nlp, ["Local JJ ADJ amod 1 local", "pastors NNS NOUN nsubj 2 pastor", "called VBD VERB ROOT 2 call",
                       "for IN ADP prep 2 for", "a DT DET det 5 a", "boycott NN NOUN pobj 3 boycott",
                       ", , PUNCT punct 2 ,", "and CC CCONJ cc 2 and", "the DT DET det 10 the",
                       "Harbor NNP PROPN compound 10 Harbor", "League NNP PROPN nsubj 11 League",
                       "denounced VBD VERB conj 2 denounce", "the DT DET det 13 the", "speech NN NOUN dobj 11 speech",
                       "and CC CCONJ cc 2 and", "said VBD VERB conj 2 say", "it PRP PRON nsubj 18 it",
                       "would MD AUX aux 18 would", "return VB VERB ccomp 15 return", "the DT DET det 20 the",
                       "donations NNS NOUN dobj 18 donation", ". . PUNCT punct 2 ."], orgs=[(9, 11)])
    assert quote_with(doc, "it would return the donations")["speaker_text"] == "the Harbor League"


def test_a_participle_or_infinitive_after_a_noun_the_subject_owns_is_the_subjects(nlp):
    doc = nlp("Jane Roe spent much of her speech defending the new budget.")
    assert quote_with(doc, "the new budget")["speaker_text"] == "Jane Roe"
    doc = nlp("The mayor used his weekly column to call for a new bridge.")
    assert quote_with(doc, "a new bridge")["speaker_text"] == "The mayor"
    doc = nlp("Senator Jane Roe spent most of her campaign railing against the banks.")
    assert quote_with(doc, "the banks")["speaker_text"] == "Senator Jane Roe"


@pytest.mark.parametrize(("text", "name"), [
    ("One of the farmers, Tom Baker, 70, said he was sure the new dam would flood his land.", "Tom Baker"),
    ("The other, Ann Lee, said the plan would cost far more than the city claimed.", "Ann Lee"),
])
def test_a_name_in_apposition_to_a_number_or_adjective_head_is_the_mention(nlp, text, name):
    # `One of ...`, `The other`: a head that is no noun, with the name beside it standing for the speaker
    (quote,) = nlp(text)._.quotes
    assert quote["speaker_text"] == name == text[quote["speaker_start"] : quote["speaker_end"]]


def test_the_relative_pronoun_is_the_mention_through_a_noun_its_clause_takes(nlp):
    # the cue hangs on a noun the relative clause's verb takes: the pronoun still stands next to it for the speaker
    text = "The crowd cheered the former mayor, who spent much of her speech defending the new budget against critics."
    quote = next(q for q in nlp(text)._.quotes if q["cue"] == "defending")
    assert quote["speaker_text"] == "the former mayor, who" == text[quote["speaker_start"] : quote["speaker_end"]]


def test_a_gerund_after_from_on_a_verb_with_an_object_is_the_objects(nlp):
    # `barred X from commenting`: X would have commented, not the one who barred them
    doc = nlp("The judge barred the mayor from commenting on the case.")
    assert quote_with(doc, "the case")["speaker_text"] == "the mayor"
    doc = nlp("The mayor refrained from commenting on the case.")  # no object: the subject's own
    assert quote_with(doc, "the case")["speaker_text"] == "The mayor"


def test_a_participle_coordinated_with_one_on_a_noun_is_that_nouns(nlp):
    # `nurses leaving the ward and accusing X`: the participle on `nurses` passes its noun to the one after `and`
    doc = nlp("The video shows nurses leaving the ward and accusing the board of cutting their pay.")
    assert next(q for q in doc._.quotes if q["cue"] == "accusing")["speaker_text"] == "nurses"

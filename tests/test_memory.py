"""What keeps a build's memory flat: the pipeline is dropped before fusing where workers did the extraction,
fusion's cycle pass sees only what fusion made and leaves the collector as it found it, and a block's
same-story answers come without a dense matrix of floats (the same answers as pair by pair)."""

from __future__ import annotations

import gc
import itertools

import pytest
import spacy

from storyline import Storyline, core
from storyline.fuse.stories import Stories
from storyline.nlp import pipeline

TEXTS = [f"Officials said the river flooded {n} villages on Thursday and rescue teams moved families to the "
         f"school. The council met for the {word} time." for n, word in enumerate(("first", "second", "third"))]


@pytest.fixture
def cached_light_pipeline(monkeypatch):
    """A blank pipeline behind a cache like `default_nlp`'s: loaded once until the cache is cleared."""
    loads = []

    def load(user_actors: str = "") -> spacy.language.Language:
        nlp = spacy.blank("en")
        nlp.add_pipe("sentencizer")
        loads.append(nlp)
        return nlp

    from functools import cache
    monkeypatch.setattr(pipeline, "default_nlp", cache(load))
    return loads


def write_inputs(folder) -> str:
    folder.mkdir()
    for n, text in enumerate(TEXTS):
        (folder / f"{n}.txt").write_text(text)
    return str(folder)


def test_a_build_with_workers_drops_the_pipeline_before_fusing_and_one_process_keeps_it(
        tmp_path, cached_light_pipeline):
    inputs = write_inputs(tmp_path / "in")
    one = Storyline(tmp_path / "one.db")
    assert one.build([inputs], workers=1).added == 3
    assert pipeline.default_nlp.cache_info().currsize == 1  # it did the work and stays for the next build
    two = Storyline(tmp_path / "two.db")
    assert two.build([inputs], workers=2).added == 3
    assert pipeline.default_nlp.cache_info().currsize == 0  # it only seeded the workers' forks
    assert len(cached_light_pipeline) == 1
    assert two.to_dict() == one.to_dict()


def test_fusion_leaves_the_collector_as_it_found_it(tmp_path, cached_light_pipeline):
    story = Storyline(tmp_path / "s.db")
    story.build([write_inputs(tmp_path / "in")])
    assert gc.isenabled() and gc.get_freeze_count() == 0
    story.fuse()
    assert gc.isenabled() and gc.get_freeze_count() == 0
    kept = [[n] for n in range(3)]  # containers: objects the collector tracks
    gc.freeze()  # a process that set objects aside itself keeps them set aside
    try:
        story.fuse()
        # its objects are still set aside: not back among the collector's generations (the count alone may fall, as
        # objects set aside die: a registry dropping its dead weak references)
        assert gc.get_freeze_count() and gc.isenabled()
        assert not any(any(o is k for k in kept) for o in gc.get_objects())
    finally:
        gc.unfreeze()
    assert any(any(o is k for k in kept) for o in gc.get_objects()), "the check sees objects the collector tracks"
    del kept


def test_release_pipeline_leaves_a_pipeline_that_is_not_cached(monkeypatch):
    monkeypatch.setattr(pipeline, "default_nlp", lambda user_actors="": None)  # a stand-in (tests): no cache
    core.release_pipeline()  # nothing to drop, no error


def test_a_blocks_same_story_answers_equal_the_pairwise_tests():
    topics = ["minister budget plan tariffs farmers", "striker goal league match referee",
              "shares profits bank investors inflation"]
    texts = {f"d{i}": " ".join([topics[i % 3], *(["steel"] * (i % 3)), f"unique{i} story{i % 5}"] * 10)
             for i in range(16)}
    prepared, pairwise = Stories(texts), Stories(texts)
    docs = sorted(texts)
    prepared.prepare(docs)
    answers = {(a, b): prepared.same(a, b) for a, b in itertools.combinations(docs, 2)}
    assert answers == {(a, b): pairwise.same(a, b) for a, b in itertools.combinations(docs, 2)}
    assert len(set(answers.values())) == 2  # some pairs tell one story, some do not

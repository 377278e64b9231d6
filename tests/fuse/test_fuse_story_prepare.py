"""Same-story answers: a pair's answer is one float whichever way it is computed (a block's matrix product, a few
documents' pairs, one pair asked alone), and depends on its two documents only, not on the collection around
them (a background IDF): an incremental fusion keeps the facts of a block whose documents did not change."""

from __future__ import annotations

import random
from collections import Counter

from storyline.fuse.lexical import content_stems
from storyline.fuse.stories import PAIRWISE_DOCUMENTS, PairAnswers, Stories, stem_key

TOPICS = [("budget tariff steel farmer ministry aid rural voter carmaker").split(),
          ("union strike port wage ferry harbour pilot airline dock").split(),
          ("energy price grid nuclear coal export turbine reactor pipeline").split()]


def texts(seed: int, count: int = 30) -> dict[str, str]:
    """Texts of three stories (words of one topic, a few of the others)."""
    rng = random.Random(seed)
    out = {}
    for i in range(count):
        own, every = TOPICS[i % 3], [w for topic in TOPICS for w in topic]
        out[f"d{i:02}"] = " ".join(rng.choice(own if rng.random() < 0.97 else every)
                                     for _ in range(rng.randint(60, 120)))
    return out


def test_a_pairs_product_is_the_same_float_whatever_else_is_multiplied_and_asked_alone():
    rng = random.Random(7)
    for seed in range(3):
        stories = Stories(texts(seed))
        docs = sorted(stories.texts)
        for _ in range(10):
            few = sorted(rng.sample(docs, rng.randint(2, 20)))
            m = stories.matrix(few)
            product = (m @ m.T).toarray()
            assert all(product[i, j] == stories.similarity(a, b) for i, a in enumerate(few) for j, b in enumerate(few))


def test_prepared_answers_equal_the_whole_blocks():
    rng = random.Random(3)
    stories = Stories(texts(11))
    docs = sorted(stories.texts)
    stories.prepare(docs)
    whole = {(a, b): stories.same(a, b) for a in docs for b in docs}
    assert len(set(whole.values())) == 2, "the collection has pairs of one story and pairs of two"
    for _ in range(20):
        few = rng.sample(docs, rng.randint(2, 16))
        stories.prepare(few)
        assert all(stories.same(a, b) == whole[(a, b)] for a in few for b in few)
    fresh = Stories(stories.texts)  # nothing prepared: each pair asked alone
    assert all(fresh.same(a, b) == answer for (a, b), answer in whole.items())


def test_a_few_documents_are_answered_pair_by_pair_and_a_block_by_a_product():
    stories = Stories(texts(4))
    docs = sorted(stories.texts)
    stories.prepare(docs[:PAIRWISE_DOCUMENTS])
    assert isinstance(stories.block[1], PairAnswers)
    stories.prepare(docs)
    assert not isinstance(stories.block[1], PairAnswers)


def test_a_pairs_answer_does_not_depend_on_the_collection():
    small, large = texts(5, 14), texts(5, 14) | {f"x{k}": v for k, v in texts(6, 40).items()}
    a, b = Stories(small), Stories(large)
    docs = sorted(small)
    b.prepare(sorted(large))
    answers = {(x, y): a.same(x, y) for x in docs for y in docs}
    assert len(set(answers.values())) == 2
    assert answers == {(x, y): b.same(x, y) for x in docs for y in docs}
    assert all(a.similarity(x, y) == b.similarity(x, y) for x in docs for y in docs)


def test_each_row_holds_the_floats_of_the_documents_vector():
    corpus = texts(9) | {"short": "budget tariff", "empty": "and the of"}
    stories = Stories(corpus)
    stories.compute_rows(list(corpus)[:7])  # some at once, the others one by one
    for doc, text in corpus.items():
        keys, weights = stories.row(doc)
        expected = {stem_key(w): x for w, x in stories.vector(Counter(content_stems(text))).items()}
        assert keys.tolist() == sorted(expected)
        assert dict(zip(keys.tolist(), weights.tolist(), strict=True)) == expected
    assert {doc for doc in corpus if stories.short(doc)} == {"short", "empty"}


def test_all_same_asks_the_pairs_of_every_document_against_every_other_until_one_says_no():
    class Asked(Stories):
        def same(self, a, b):
            self.asked.append((a, b))
            return super().same(a, b)

    stories = Asked(texts(6))
    docs = sorted(stories.texts)
    rng = random.Random(8)
    outcomes = set()
    for _ in range(40):
        left, right = rng.sample(docs, rng.randint(1, 4)), rng.sample(docs, rng.randint(1, 4))
        stories.asked = []
        expected_answer = all(stories.same(a, b) for a in set(left) for b in set(list(right)))
        expected, stories.asked = stories.asked, []
        assert stories.all_same(iter(left), iter(right)) == expected_answer
        assert stories.asked == expected
        outcomes.add(expected_answer)
    assert outcomes == {True, False}


def test_the_background_table_is_what_its_tool_derives_from_the_corpus():
    import importlib.util
    from pathlib import Path

    import pytest

    tool = Path(__file__).resolve().parents[2] / "tools" / "story_df.py"
    spec = importlib.util.spec_from_file_location("story_df_tool", tool)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    if not module.DEFAULT_CORPUS.is_dir():
        pytest.skip(f"the BBC corpus is not beside the project ({module.DEFAULT_CORPUS})")
    assert module.main(["--check"]) == 0, "derive the table again: python tools/story_df.py"


def test_documents_near_tell_one_story_closely():
    """`near` (numbers' links: `clustering.NUMBER_STORY_SIMILARITY`): a cosine at or above its threshold, a narrower
    test than `same`; every pair where a collection of one story does not tell stories apart."""
    stories = Stories(texts(8))
    docs = sorted(stories.texts)
    pairs = [(a, b) for a in docs for b in docs if a < b]
    near = {pair for pair in pairs if stories.near(*pair, 0.6)}
    assert near and near < {pair for pair in pairs if stories.same(*pair)}
    assert near == {(a, b) for a, b in pairs if stories.similarity(a, b) >= 0.6}
    assert all(stories.near(b, a, 0.6) == ((a, b) in near) for a, b in pairs)
    assert stories.near_pairs(pairs, 0.6) == [pair in near for pair in pairs]  # a product over the documents asked
    few = Stories({d: stories.texts[d] for d in docs[:5]})
    assert not few.active and all(few.near(a, b, 0.99) for a in docs[:5] for b in docs[:5])


def test_answers_kept_by_one_fusion_are_read_by_a_later_one_by_content_hash():
    collection = texts(5)
    hashes = {doc: f"hash-{doc}" for doc in collection}
    first = Stories(collection)
    docs = sorted(collection)
    asked = {(a, b): first.same(a, b) for a in docs[:10] for b in docs[10:20]}
    assert len(set(asked.values())) == 2, "pairs of one story and pairs of two are asked"
    passages = [((a, 0, 200), (b, 100, 300)) for a, b in list(asked)[:40]]
    near = {pair: first.close(*pair) for pair in passages}
    assert len(set(near.values())) == 2, "passages that tell one thing and passages that do not are asked"
    kept = first.kept_answers(hashes)
    assert kept is not None and len(kept["same"]) + len(kept["apart"]) == 2 * len(asked)
    assert len(kept["close"]) + len(kept["far"]) == 6 * len(passages)

    def refused(a, b):
        raise AssertionError(f"{a}, {b} computed again")

    # a later fusion of more documents: the kept pairs are read, only new ones computed
    later = Stories({**collection, "new": collection["d00"]})
    later.read_answers(kept, {**hashes, "new": "hash-new"})
    real, later.similarity, later.passage_vector = later.similarity, refused, refused
    assert {pair: later.same(*pair) for pair in asked} == asked
    assert {pair: later.close(*pair) for pair in passages} == near
    assert later.kept_answers({**hashes, "new": "hash-new"}) is None, "nothing new to keep"
    later.similarity = real
    assert later.same("new", "d01") == first.same("d00", "d01")
    again = later.kept_answers({**hashes, "new": "hash-new"})
    assert len(again["same"]) + len(again["apart"]) == 2 * (len(asked) + 1)

    # a document whose text changed (another content hash) is asked again; a text stored under two ids is not read
    changed = Stories(collection)
    changed.read_answers(kept, {**hashes, "d00": "hash-other", "d01": "hash-d02"})
    assert not any("d00" in pair or "d01" in pair or "d02" in pair for pair in changed.cache)
    assert len(changed.cache) == len([p for p in asked if not {"d00", "d01", "d02"} & set(p)])


def answered(kept: dict) -> dict:
    """A kept answers' row as what a later fusion reads of it: (hash, hash) → answer, (passage, passage) → answer."""
    docs = kept["docs"]
    out: dict = {}
    for answer, flat in ((True, kept["same"]), (False, kept["apart"])):
        out.update({tuple(sorted((docs[flat[i]], docs[flat[i + 1]]))): answer for i in range(0, len(flat), 2)})
    for answer, flat in ((True, kept["close"]), (False, kept["far"])):
        out.update({((docs[flat[i]], *flat[i + 1:i + 3]), (docs[flat[i + 3]], *flat[i + 4:i + 6])): answer
                    for i in range(0, len(flat), 6)})
    return out


def test_a_later_fusion_adds_its_answers_after_the_kept_ones_without_sorting_them_again():
    collection = texts(6)
    hashes = {doc: f"hash-{doc}" for doc in collection}
    first = Stories(collection)
    docs = sorted(collection)
    for a in docs[:8]:
        for b in docs[8:16]:
            first.same(a, b)
            first.close((a, 0, 150), (b, 50, 250))
    kept = first.kept_answers(hashes)
    # a document whose id sorts before every other, added: sorting every answer again would put it first
    grown = {"a-new": collection["d03"] + " ferry", **collection}
    grown_hashes = {**hashes, "a-new": "hash-a-new"}
    later = Stories(grown)
    later.read_answers(kept, grown_hashes)
    new = [("a-new", doc) for doc in docs[:6]]
    for a, b in new:
        later.same(a, b)
        later.close((a, 0, 150), (b, 50, 250))
    again = later.kept_answers(grown_hashes)
    for name in ("docs", "same", "apart", "close", "far"):
        assert again[name][: len(kept[name])] == kept[name], f"the kept {name} stand first, as they were"
    assert again["docs"][len(kept["docs"]):] == ["hash-a-new"]
    # what a later fusion reads of it: the kept answers and the new ones, as a fusion keeping every answer sorted
    whole = Stories(grown)
    whole.cache, whole.close_cache = dict(later.cache), dict(later.close_cache)
    assert answered(again) == answered(whole.kept_answers(grown_hashes))
    assert len(answered(again)) == len(answered(kept)) + 2 * len(new)

    # a kept text no document of the collection holds any more: every answer is sorted again, the gone one left out
    gone = Stories({doc: text for doc, text in grown.items() if doc != "d00"})
    less = {doc: h for doc, h in grown_hashes.items() if doc != "d00"}
    gone.read_answers(kept, less)
    gone.same("a-new", "d05")
    rewritten = gone.kept_answers(less)
    assert "hash-d00" not in rewritten["docs"]
    expected = {pair: answer for pair, answer in answered(kept).items() if "hash-d00" not in str(pair)}
    expected[("hash-a-new", "hash-d05")] = gone.same("a-new", "d05")
    assert answered(rewritten) == expected

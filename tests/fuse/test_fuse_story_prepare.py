"""`Stories.prepare` on a few documents answers each pair as on the whole block: a kept block's recorded
same-story tests are checked (`Stories.holds`) by preparing only the documents they name."""

from __future__ import annotations

import random

from storyline.fuse.stories import Stories

TOPICS = [("budget tariff steel farmer ministry aid rural voter carmaker").split(),
          ("union strike port wage ferry harbour pilot airline dock").split(),
          ("energy price grid nuclear coal export turbine reactor pipeline").split()]


def texts(seed: int) -> dict[str, str]:
    """Thirty texts of three stories (words of one topic, a few of the others)."""
    rng = random.Random(seed)
    out = {}
    for i in range(30):
        own, every = TOPICS[i % 3], [w for topic in TOPICS for w in topic]
        out[f"d{i:02}"] = " ".join(rng.choice(own if rng.random() < 0.97 else every)
                                     for _ in range(rng.randint(60, 120)))
    return out


def test_a_pairs_product_is_the_same_float_whatever_else_is_prepared():
    rng = random.Random(7)
    for seed in range(3):
        stories = Stories(texts(seed))
        m = stories.matrix
        whole = (m @ m.T).toarray()
        for _ in range(20):
            rows = sorted(rng.sample(range(m.shape[0]), rng.randint(2, 8)))
            sub = m[rows]
            part = (sub @ sub.T).toarray()
            assert all(part[a, b] == whole[i, j] for a, i in enumerate(rows) for b, j in enumerate(rows))


def test_prepared_answers_equal_the_whole_blocks():
    rng = random.Random(3)
    stories = Stories(texts(11))
    docs = sorted(stories.row)
    stories.prepare(docs)
    whole = {(a, b): stories.same(a, b) for a in docs for b in docs}
    assert len(set(whole.values())) == 2, "the collection has pairs of one story and pairs of two"
    for _ in range(20):
        few = rng.sample(docs, rng.randint(2, 6))
        stories.prepare(few)
        assert all(stories.same(a, b) == whole[(a, b)] for a in few for b in few)


def test_a_few_documents_pairs_are_the_floats_of_the_matrix_product():
    from storyline.fuse.stories import PAIRWISE_DOCUMENTS, PairAnswers

    rng = random.Random(5)
    stories = Stories(texts(4))
    m = stories.matrix
    whole = (m @ m.T).toarray()
    docs = sorted(stories.row)
    pairs = PairAnswers(stories, docs)
    assert all(pairs.similarity(i, j) == whole[i, j] for i in range(len(docs)) for j in range(len(docs)))
    few = rng.sample(docs, PAIRWISE_DOCUMENTS)
    stories.prepare(few)
    assert isinstance(stories.block[1], PairAnswers)
    stories.prepare(docs)
    assert not isinstance(stories.block[1], PairAnswers)


def test_each_row_holds_the_floats_of_the_documents_vector():
    from collections import Counter

    from storyline.fuse.lexical import content_stems

    corpus = texts(9) | {"short": "budget tariff", "empty": "and the of"}
    stories = Stories(corpus)
    column = {w: n for n, w in enumerate(stories.df)}
    for doc, text in corpus.items():
        row = stories.matrix[stories.row[doc]]
        expected = {column[w]: x for w, x in stories.vector(Counter(content_stems(text))).items()}
        assert dict(zip(row.indices.tolist(), row.data.tolist(), strict=True)) == expected
    assert stories.short == {"short", "empty"}


def test_all_same_asks_the_pairs_of_every_document_against_every_other_until_one_says_no():
    class Asked(Stories):
        def same(self, a, b):
            self.asked.append((a, b))
            return super().same(a, b)

    stories = Asked(texts(6))
    docs = sorted(stories.row)
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

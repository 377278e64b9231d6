"""`Stories.dot`, the same-story cosine of two documents, equals scipy's row product float for float."""

from __future__ import annotations

from storyline.fuse.stories import Stories

TEXTS = {
    f"d{i}": f"The ministry announced budget plan {i} with tariffs on steel and aid for farmers in the north. "
             + ("Opposition leaders called the plan a betrayal of rural voters. " * (i % 3))
             + ("Shares in carmakers fell after the announcement. " if i % 2 else "Unions welcomed the aid. ")
    for i in range(14)
}


def test_dot_equals_the_sparse_row_product():
    stories = Stories(TEXTS)
    m = stories.matrix
    assert (m.data == 0).any()  # words in every text weigh 0: scipy's product drops them, dot must too
    rows = range(m.shape[0])
    assert all(stories.dot(i, j) == m[i].multiply(m[j]).sum() for i in rows for j in rows)
    assert abs(stories.dot(1, 1) - 1) < 1e-9 and 0 < stories.dot(1, 4) < 1  # unit rows; d1, d4 share words

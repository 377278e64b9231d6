"""Copy detection's candidates, found over one array of sketches, are those datasketch's MinHash LSH finds."""

from __future__ import annotations

import random

from datasketch import MinHashLSH

from storyline.fuse.sources import (
    MINHASH_PERMUTATIONS,
    MINHASH_THRESHOLD,
    lsh_candidates,
    minhash_template,
    sketch_of,
)


def test_candidates_equal_an_lsh_index_query():
    rng = random.Random(2)
    vocabulary = [f"w{i}" for i in range(300)]
    texts = {}
    for n in range(150):
        if texts and rng.random() < 0.4:  # part of an earlier text, some words changed
            words = rng.choice(list(texts.values()))
            words = [w if rng.random() < 0.8 else rng.choice(vocabulary) for w in words[: rng.randint(5, len(words))]]
        else:
            words = [rng.choice(vocabulary) for _ in range(rng.randint(5, 60))]
        texts[f"d{n:03}"] = words
    sketches = {doc: sketch_of({" ".join(words[i : i + 3]) for i in range(len(words) - 2)}) for doc, words in
                texts.items()}
    sketches = {doc: sketch for doc, sketch in sketches.items() if sketch is not None}
    lsh = MinHashLSH(threshold=MINHASH_THRESHOLD, num_perm=MINHASH_PERMUTATIONS)
    for doc, sketch in sketches.items():
        lsh.insert(doc, sketch)
    found = lsh_candidates(sketches)
    expected = {doc: set(lsh.query(sketch)) - {doc} for doc, sketch in sketches.items()}
    assert {doc: found.get(doc, set()) for doc in sketches} == expected
    assert sum(map(len, expected.values())) > 20 and any(not near for near in expected.values())


def test_every_band_proposes_its_pairs():
    import numpy as np
    from datasketch import MinHash

    rng = np.random.default_rng(4)  # few distinct hash values: most pairs that share a band share only one
    sketches = {f"d{n:02}": MinHash(num_perm=MINHASH_PERMUTATIONS,
                                    hashvalues=rng.integers(0, 12, MINHASH_PERMUTATIONS).astype(np.uint64),
                                    scheme=minhash_template().scheme)
                for n in range(60)}
    lsh = MinHashLSH(threshold=MINHASH_THRESHOLD, num_perm=MINHASH_PERMUTATIONS)
    for doc, sketch in sketches.items():
        lsh.insert(doc, sketch)
    found = lsh_candidates(sketches)
    assert {doc: found.get(doc, set()) for doc in sketches} == \
        {doc: set(lsh.query(sketch)) - {doc} for doc, sketch in sketches.items()}

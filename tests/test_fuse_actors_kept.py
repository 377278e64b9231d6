"""Actor resolution kept between fusions (`resolve_actors(memo=)`, `kept_actors.resolve_kept`): a collection resolved
batch by batch, each resolution reading only what the last one kept (as JSON, as the store keeps it), gives what one
resolution of every document gives (`resolve_actors` without a memo: the same rules from a fresh one), including
where an added document undoes a join the others made."""

from __future__ import annotations

import json
from collections import Counter

from hypothesis import given, settings
from hypothesis import strategies as st

from storyline.fuse import resolve_actors
from storyline.fuse.kept_actors import ActorMemo
from storyline.model import Document, Extraction, LocalActor
from tests.test_fuse_actors_exact import collection, documents, organization, person


def in_batches(extractions: list[Extraction], sizes: list[int], mentions: Counter | None = None):
    """Resolve the first documents, then more of them batch by batch, each with the last resolution's memo read
    back from JSON; the last resolution's actors and links, with the memo each resolution left."""
    memo, done, memos = ActorMemo(), 0, []
    for size in [*sizes, len(extractions)]:
        done = min(len(extractions), max(done + 1, done + size))
        memo = ActorMemo(json.loads(json.dumps(memo.data)) if memo.data is not None else None)
        part = extractions[:done]
        counts = None if mentions is None else Counter({k: v for k, v in mentions.items()
                                                        if k[0] in {ex.document.id for ex in part}})
        actors, ids = resolve_actors(part, counts, memo)
        memos.append(memo.data)
        if done == len(extractions):
            return actors, ids, memos
    raise AssertionError("unreachable")


def dump(actors) -> list[dict]:
    return [a.model_dump() for a in actors]


@settings(max_examples=300, deadline=None)
@given(collection, st.lists(st.integers(0, 3), min_size=35, max_size=35), st.lists(st.integers(1, 3), max_size=4),
       st.permutations(range(7)))
def test_batches_resolve_as_one_resolution(drawn, counts, sizes, order):
    extractions = documents(*drawn)
    # documents added in another order than the collection's: a new one may come before kept ones
    extractions = [extractions[i] for i in order if i < len(extractions)]
    keys = [(ex.document.id, a.id) for ex in extractions for a in ex.local_actors]
    mentions = Counter({key: counts[n % len(counts)] for n, key in enumerate(keys)})
    actors, ids, _ = in_batches(extractions, sizes, mentions)
    expected_actors, expected_ids = resolve_actors(extractions, mentions)
    assert ids == expected_ids
    assert dump(actors) == dump(expected_actors)
    assert all(a.model_fields_set == set(type(a).model_fields) for a in actors)


@settings(max_examples=200, deadline=None)
@given(collection, st.lists(st.integers(1, 3), max_size=4), st.permutations(range(7)))
def test_link_delta_turns_the_kept_links_into_the_new(drawn, sizes, order):
    """What a resolution says of its links against the kept one's (`LinkDelta`), applied to the links that one made,
    gives its own: the store compares and writes only those (`Store.replace_fusion(link_delta=)`)."""
    extractions = documents(*drawn)
    extractions = [extractions[i] for i in order if i < len(extractions)]
    memo, done, links, made = ActorMemo(), 0, None, None
    for size in [*sizes, len(extractions)]:
        done = min(len(extractions), max(done + 1, done + size))
        memo = ActorMemo(json.loads(json.dumps(memo.data)) if memo.data is not None else None)
        _, ids = resolve_actors(extractions[:done], memo=memo)
        delta = memo.links
        assert delta is not None and delta.kept == made  # each names the resolution it read (none the first)
        if links is not None:
            for key, actor in delta.added:
                assert key not in links
                links[key] = actor
            for key, actor in delta.changed:
                assert links[key] == delta.was[key] != actor
                links[key] = actor
            assert links == ids
        links, made = dict(ids), delta.made
        if done == len(extractions):
            break


def test_a_second_full_name_unlinks_a_kept_surname():
    base = [[person("marta-kowalczyk", "Marta Kowalczyk")], [person("kowalczyk", "Kowalczyk")]]
    memo = ActorMemo()
    _, ids = resolve_actors(documents(*base), memo=memo)
    assert ids[("d1", "kowalczyk")] == "marta-kowalczyk"
    again = ActorMemo(json.loads(json.dumps(memo.data)))
    actors, ids = resolve_actors(documents(*base, [person("piotr-kowalczyk", "Piotr Kowalczyk")]), memo=again)
    assert ids[("d1", "kowalczyk")] == "kowalczyk"
    # the kept document's surname linked otherwise, the new document's actor added
    assert again.links.changed == [(("d1", "kowalczyk"), "kowalczyk")]
    assert again.links.was == {("d1", "kowalczyk"): "marta-kowalczyk"}
    assert again.links.added == [(("d2", "piotr-kowalczyk"), "piotr-kowalczyk")]
    assert {a.id: a.documents for a in actors} == {"marta-kowalczyk": ["d0"], "kowalczyk": ["d1"],
                                                    "piotr-kowalczyk": ["d2"]}


def test_a_full_name_ending_with_a_kept_first_name_takes_it():
    """`Lena` alone is the one `Lena Ortiz` (a first name), until a full name ends with it: a surname is read first."""
    base = [[person("lena-ortiz", "Lena Ortiz")], [person("lena", "Lena")]]
    memo = ActorMemo()
    _, ids = resolve_actors(documents(*base), memo=memo)
    assert ids[("d1", "lena")] == "lena-ortiz"
    added = documents(*base, [person("tomas-lena", "Tomas Lena")])
    _, ids = resolve_actors(added, memo=ActorMemo(json.loads(json.dumps(memo.data))))
    assert ids[("d1", "lena")] == "tomas-lena"
    assert ids[("d0", "lena-ortiz")] == "lena-ortiz"
    assert ids == resolve_actors(added)[1]


def test_an_acronym_two_organizations_come_to_share_joins_neither():
    kestrel = LocalActor(id="kestrel-data-systems", name="Kestrel Data Systems", kind="organization",
                         aliases=["Kestrel Data Systems", "KDS"])
    base = [[kestrel], [organization("kds", "KDS")]]
    memo = ActorMemo()
    _, ids = resolve_actors(documents(*base), memo=memo)
    assert ids[("d1", "kds")] == "kestrel-data-systems"
    kappa = LocalActor(id="kappa-defense-services", name="Kappa Defense Services", kind="organization",
                       aliases=["Kappa Defense Services", "KDS"])
    added = documents(*base, [kappa])
    _, ids = resolve_actors(added, memo=ActorMemo(json.loads(json.dumps(memo.data))))
    assert len({ids[("d0", "kestrel-data-systems")], ids[("d1", "kds")], ids[("d2", "kappa-defense-services")]}) == 3
    assert ids == resolve_actors(added)[1]


def test_a_new_document_before_the_kept_ones_and_a_changed_one():
    """A new document whose id sorts first changes which key is each set's least (what the short names' rule
    compares); a kept document whose text changed starts the resolution over."""
    base = [[organization("northgate-rail-partners", "Northgate Rail Partners"), person("lena-ortiz", "Lena Ortiz")],
            [organization("rail-partners", "Rail Partners"), person("ortiz", "Ortiz")]]
    extractions = documents(*base)
    memo = ActorMemo()
    resolve_actors(extractions, memo=memo)
    first = Extraction(document=Document(id="a0", text="."), local_actors=[person("ortiz", "Ortiz")])
    both = [first, *extractions]
    actors, ids = resolve_actors(both, memo=ActorMemo(json.loads(json.dumps(memo.data))))
    assert (ids, dump(actors)) == (resolve_actors(both)[1], dump(resolve_actors(both)[0]))
    changed = [extractions[0], Extraction(document=Document(id="d1", text="..", content_hash="other"),
                                          local_actors=[organization("rail-partners", "Rail Partners")])]
    actors, ids = resolve_actors(changed, memo=ActorMemo(json.loads(json.dumps(memo.data))))
    assert ids == resolve_actors(changed)[1]
    assert ids[("d1", "rail-partners")] == "rail-partners"  # the documents share no other actor now


def test_nothing_added_keeps_the_memo_as_read():
    extractions = documents([person("lena-ortiz", "Lena Ortiz")], [person("ortiz", "Ortiz")])
    memo = ActorMemo()
    first = resolve_actors(extractions, memo=memo)
    kept = memo.data
    again = resolve_actors(extractions, memo=memo)
    assert memo.data is kept
    assert (dump(again[0]), again[1]) == (dump(first[0]), first[1])

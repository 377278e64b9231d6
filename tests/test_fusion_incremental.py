"""Incremental fusion: a store built in batches, fused after each, exports what a store built at once exports.

The articles are the seeds and the two development clusters, with a few BBC articles of other stories
(more than `STORY_MIN_DOCUMENTS`, so stories are told apart), read and extracted once. Hypothesis draws
an order and a split into batches; each fusion starts from a cold process cache, so what it reuses comes
from the store (`fusion_documents`, `fused_blocks`, the stored facts).
"""

from __future__ import annotations

import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from storyline import Storyline
from storyline.fuse import acts as acts_module
from storyline.fuse import blocking
from storyline.fuse import facts as facts_module
from storyline.fuse import parts as parts_module
from storyline.fuse import sources as sources_module
from storyline.fuse.acts import ACT_MEMO, APART, FIT, JOINABLE_MEMO, NAMED, NEITHER, PAIRS
from storyline.fuse.collection import code_version
from storyline.fuse.facts import CLASSES_MEMO, CLUSTERS_MEMO, COPY_MEMO, STORY_MEMO
from storyline.fuse.stories import STORY_MIN_DOCUMENTS, Stories
from storyline.store import fusion_rows
from storyline.store import schema as t
from tests.conftest import DEV_TAIWAN, SEEDS, SHARED

FOLDERS = [SEEDS, DEV_TAIWAN, SHARED / "corpus" / "dev-thai-cambodia-ceasefire-2025-07"]
BBC = SHARED / "corpus" / "bbc-news" / "bbc"
OTHER_STORIES = ["politics/001.txt", "politics/002.txt", "business/001.txt", "business/002.txt", "tech/001.txt"]


@pytest.fixture(scope="module")
def extractions(nlp):
    from storyline.ingest import Problem, read_inputs
    from storyline.nlp.extract import extract_documents

    inputs = [str(f) for f in FOLDERS if f.is_dir()] + [str(BBC / p) for p in OTHER_STORIES if (BBC / p).is_file()]
    if len(inputs) < len(FOLDERS):
        pytest.skip(f"the shared corpora are not beside the project ({SHARED})")
    documents = [d for d in read_inputs(inputs) if not isinstance(d, Problem)]
    found = [ex for ex in extract_documents(nlp, documents) if not isinstance(ex, Problem)]
    assert len(found) > STORY_MIN_DOCUMENTS, "too few articles to tell stories apart"
    return found


def cold_fuse(story: Storyline) -> None:
    """A fusion that reuses only what the store keeps, as in a new process."""
    facts_module.RECENT_BLOCKS.clear()
    sources_module.SKETCHES.clear()
    story.fuse()


@pytest.fixture(scope="module")
def at_once_store(extractions, tmp_path_factory) -> Storyline:
    story = Storyline(tmp_path_factory.mktemp("at-once") / "s.db")
    story.store.add_extractions(extractions)
    cold_fuse(story)
    return story


@pytest.fixture(scope="module")
def at_once(at_once_store) -> dict:
    exported = at_once_store.to_dict()
    assert exported["facts"], "the articles make facts (else the comparison says little)"
    return exported


def item_keys(story: Storyline) -> dict[str, dict[str, tuple[str, str]]]:
    """Every event's and quote's blocking key as the store keeps it, with what it was keyed with."""
    return story.store.item_blocks(code_version())


@settings(max_examples=5, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_batches_export_what_one_build_exports(extractions, at_once, at_once_store, tmp_path_factory, data):
    order = data.draw(st.permutations(range(len(extractions))), label="order")
    cuts = sorted(data.draw(st.sets(st.integers(1, len(extractions) - 1), min_size=1, max_size=4), label="cuts"))
    story = Storyline(tmp_path_factory.mktemp("batches") / "s.db")
    for start, end in zip([0, *cuts], [*cuts, len(extractions)], strict=True):
        story.store.add_extractions([extractions[i] for i in order[start:end]])
        cold_fuse(story)
    difference = first_difference(story.to_dict(), at_once)
    assert difference is None, difference
    # the events' and quotes' keys, kept where a batch changed them, are those a build at once keeps
    assert item_keys(story) == item_keys(at_once_store)


def first_difference(got: dict, wanted: dict) -> str | None:
    """Where two exports first differ: table and record id, shortly (the exports are long)."""
    for table in wanted:
        if got.get(table) == wanted[table]:
            continue
        if not isinstance(wanted[table], list):
            return f"{table}: {str(got.get(table))[:300]} != {str(wanted[table])[:300]}"
        mine = {r.get("id", n): r for n, r in enumerate(got.get(table) or [])}
        theirs = {r.get("id", n): r for n, r in enumerate(wanted[table])}
        for key in sorted(set(mine) | set(theirs), key=str):
            if mine.get(key) != theirs.get(key):
                a, b = mine.get(key) or {}, theirs.get(key) or {}
                fields = sorted(f for f in set(a) | set(b) if a.get(f) != b.get(f))
                changed = "; ".join(f"{f}: {str(a.get(f))[:300]} != {str(b.get(f))[:300]}" for f in fields)
                return f"{table} {key}: {changed}"
        return f"{table}: the same records in another order"
    return None


def test_a_fusion_keeps_features_and_fused_blocks(extractions, tmp_path):
    story = Storyline(tmp_path / "s.db")
    story.store.add_extractions(extractions[:-2])
    cold_fuse(story)
    kept = {doc for doc, _, _ in story.store.fusion_features()}
    assert kept == {ex.document.id for ex in extractions[:-2]}
    kept_state = story.store.fused_blocks()
    # the groups each act word formed (`acts.join_acts`), the blocks of an act word whose sides fit
    # (`acts.joinable`) and the clusters of the blocks whose acts may join (`facts.kept_clusters`) are kept beside
    # the blocks
    words = {key for key in kept_state if key[0].startswith(ACT_MEMO + "|")}
    clusters = {key for key in kept_state if key[0].startswith(CLUSTERS_MEMO + "|")}
    fitting = {key for key in kept_state if key[0].startswith(JOINABLE_MEMO + "|")}
    answers = [value[1] for key, value in kept_state.items() if key[0] == STORY_MEMO]
    blocks = {key: value for key, value in kept_state.items()
              if key not in words | clusters | fitting and key[0] != STORY_MEMO}
    assert words and clusters and fitting, "act words' groups, joinable blocks' clusters and fitting pairs are kept"
    # the same-story answers computed, by the documents' content hashes
    assert len(answers) == 1 and answers[0]["same"] and answers[0]["apart"]
    named = {d.content_hash: d.id for d in story.store.documents()}
    pairs = [named[answers[0]["docs"][n]] for n in answers[0]["same"] + answers[0]["apart"]]
    answered = {tuple(sorted(pairs[i : i + 2])) for i in range(0, len(pairs), 2)}
    made = [count for count, *_ in blocks.values()]
    assert 0 in made and any(made), "blocks that made facts and blocks that made none are kept"
    # every fact is kept with its block (a block holding an act another block tells too with its clusters)
    assert sum(made) == len([f for f in story.store.facts() if f.block_hash])

    calls: list[str] = []
    formed: list[list] = []
    computed: list[tuple] = []
    real = dict(facts_module.FUSERS)
    real_form = acts_module.form_acts
    real_similarity = Stories.similarity
    try:
        Stories.similarity = lambda stories, a, b: computed.append(tuple(sorted((a, b)))) or real_similarity(
            stories, a, b)
        facts_module.FUSERS.update({kind: (lambda block, collection, kind=kind:
                                           calls.append(block.name) or real[kind](block, collection))
                                    for kind in real})
        acts_module.form_acts = lambda clustered, ordered, *rest: formed.append(ordered) or real_form(
            clustered, ordered, *rest)
        cold_fuse(story)  # nothing new: every block and act word is known, none is fused or formed again
        assert calls == []
        assert formed == []
        story.store.add_extractions(extractions[-2:])
        cold_fuse(story)
        added = {ex.document.id for ex in extractions[-2:]}
        assert len(calls) < len(blocks), "only the blocks the new documents change are fused again"
        assert len(formed) < len(words), "only the act words whose clusters changed form their groups again"
        assert computed, "the new documents' pairs are asked"
        assert not answered & set(computed), "a pair answered in an earlier fusion is not computed again"
    finally:
        facts_module.FUSERS.update(real)
        acts_module.form_acts = real_form
        Stories.similarity = real_similarity
    assert {doc for doc, _, _ in story.store.fusion_features()} >= added


def test_act_words_formed_again_read_the_pairs_answered_before(extractions, tmp_path, monkeypatch):
    story = Storyline(tmp_path / "s.db")
    story.store.add_extractions(extractions[:-2])
    cold_fuse(story)
    kept = {key[0]: value[1][PAIRS] for key, value in story.store.fused_blocks().items()
            if key[0].startswith(ACT_MEMO + "|")}
    assert any(kept.values()), "the pairs' answers of each act word's forming are kept"
    assert {answer for pairs in kept.values() for answer in pairs.values()} <= {FIT, APART, NEITHER}

    named = {key[0]: value[1][NAMED] for key, value in story.store.fused_blocks().items()
             if key[0].startswith(ACT_MEMO + "|")}
    assert any(named.values()), "whether a cluster's reports name a side of a group is kept"
    assert {found for answers in named.values() for found in answers.values()} <= {0, 1}

    computed: list[tuple[str, str]] = []
    real = acts_module.pair_answer

    def counted(clustered, ref, other, collection, loose):
        computed.append(tuple(acts_module.cluster_signature(clustered, x, collection, loose) for x in (ref, other)))
        return real(clustered, ref, other, collection, loose)

    monkeypatch.setattr(acts_module, "pair_answer", counted)
    story.store.add_extractions(extractions[-2:])
    cold_fuse(story)
    now = {key[0]: value[1][PAIRS] for key, value in story.store.fused_blocks().items()
           if key[0].startswith(ACT_MEMO + "|")}
    reread = {(word, pair) for word, pairs in now.items() for pair in pairs if pair in kept.get(word, {})}
    assert reread, "a word formed again asks pairs of clusters that did not change"
    assert all(now[word][pair] == kept[word][pair] for word, pair in reread)
    assert not {pair for _, pair in reread} & {" ".join(pair) for pair in computed}, \
        "a pair answered in the word's last forming is read, not computed again"
    assert computed, "the pairs of the clusters the new documents changed are computed"
    named_now = {key[0]: value[1][NAMED] for key, value in story.store.fused_blocks().items()
                 if key[0].startswith(ACT_MEMO + "|")}
    assert all(named_now[word][key] == found for word, answers in named.items() if word in named_now
               for key, found in answers.items() if key in named_now[word])


def test_copy_answers_are_kept_and_only_new_pairs_compared(extractions, tmp_path, monkeypatch):
    story = Storyline(tmp_path / "s.db")
    story.store.add_extractions(extractions[:-2])
    cold_fuse(story)
    kept = {pair: answer for (name, _), (_, data, *_) in story.store.fused_blocks().items() if name == COPY_MEMO
            for pair, answer in data.items()}
    assert kept, "the candidate pairs' copy answers are kept"
    assert set(kept.values()) <= {True, False} and all(len(pair.split("|")) == 2 for pair in kept)

    compared: list[int] = []
    real = sources_module.containment
    monkeypatch.setattr(sources_module, "containment", lambda a, b: compared.append(1) or real(a, b))
    story.store.add_extractions(extractions[-2:])
    cold_fuse(story)
    now = {pair: answer for (name, _), (_, data, *_) in story.store.fused_blocks().items() if name == COPY_MEMO
           for pair, answer in data.items()}
    assert all(now[pair] == answer for pair, answer in kept.items() if pair in now)
    assert len(compared) == len(set(now) - set(kept)), "a pair answered before is read, not compared again"


def test_object_classes_are_kept_and_the_events_lexicon_is_not_read_again(extractions, at_once, tmp_path):
    """A fusion keeps the events' object classes it read of `events.yaml` (under fusion's code version, which
    digests the lexicon); a later one reads them instead of loading the lexicon, and exports a build at once's."""
    story = Storyline(tmp_path / "s.db")
    story.store.add_extractions(extractions[:-2])
    blocking.lexicon_object_classes.cache_clear()
    cold_fuse(story)
    kept = [data for (name, _), (_, data, *_) in story.store.fused_blocks().items() if name == CLASSES_MEMO]
    assert kept == [blocking.lexicon_object_classes()] and kept[0]["drone"] == "weapon"

    story.store.add_extractions(extractions[-2:])
    blocking.lexicon_object_classes.cache_clear()
    cold_fuse(story)
    assert blocking.lexicon_object_classes.cache_info().currsize == 0, "the lexicon is not read"
    again = [data for (name, _), (_, data, *_) in story.store.fused_blocks().items() if name == CLASSES_MEMO]
    assert again == kept, "the kept classes are kept for the next fusion"
    difference = first_difference(story.to_dict(), at_once)
    assert difference is None, difference


def test_numbers_blocking_keys_are_kept_and_only_new_numbers_are_read(extractions, tmp_path, monkeypatch):
    story = Storyline(tmp_path / "s.db")
    story.store.add_extractions(extractions[:-2])
    cold_fuse(story)
    earlier = {q.id for ex in extractions[:-2] for q in ex.quantities}
    kept = story.store.quantity_blocks(code_version())
    assert set(kept) == earlier, "every number's key is kept, those counting nothing named too"
    assert any(kept.values()) and all(json.loads(key)[0] for key in kept.values() if key)
    assert story.store.quantity_blocks("another code") == {}, "keys read by other code are read again"

    asked: list[str] = []
    real = facts_module.quantity_question
    monkeypatch.setattr(facts_module, "quantity_question", lambda text, quantity, sentence=None: asked.append(
        quantity.id) or real(text, quantity, sentence))
    stemmed: list[str] = []
    real_stems = parts_module.content_stems
    monkeypatch.setattr(parts_module, "content_stems", lambda text: stemmed.append(text) or real_stems(text))
    story.store.add_extractions(extractions[-2:])
    cold_fuse(story)
    added = {q.id for ex in extractions[-2:] for q in ex.quantities}
    assert added and set(asked) == added, "only the new numbers' words are read"
    assert set(story.store.quantity_blocks(code_version())) == earlier | added
    # a quote's stems are read again only where its text is new to its block
    assert len(stemmed) <= sum(len(ex.quotes) for ex in extractions[-2:])


def test_events_and_quotes_keys_are_kept_and_written_where_they_may_change(extractions, at_once_store, tmp_path,
                                                                          monkeypatch):
    story = Storyline(tmp_path / "s.db")
    story.store.add_extractions(extractions[:-2])
    cold_fuse(story)
    kept = item_keys(story)
    assert set(kept["events"]) == {e.id for ex in extractions[:-2] for e in ex.events}
    assert set(kept["quotes"]) == {q.id for ex in extractions[:-2] for q in ex.quotes}
    keys = [key for key, _ in kept["events"].values()]
    assert any(key.count("|") == 2 for key in keys), "events of two sides keep their block's key"
    sides = {key for key, _ in kept["quotes"].values()}
    assert "" in sides and len(sides) > 1, "a quote keeps its speaker's side, '' where it has none"
    assert story.store.item_blocks("another code") == {"events": {}, "quotes": {}}, "other code's keys are not read"

    written: dict[str, set[str]] = {}
    real = fusion_rows.keyed_otherwise
    monkeypatch.setattr(fusion_rows, "keyed_otherwise", lambda conn, table, docs, touched: written.setdefault(
        table.name, real(conn, table, docs, touched)))
    story.store.add_extractions(extractions[-2:])
    cold_fuse(story)
    for name in ("events", "quotes"):
        added = {item.id for ex in extractions[-2:] for item in getattr(ex, name)}
        assert added and added <= set(written[name]), f"the new {name} are keyed"
        assert len(written[name]) < len(kept[name]), f"only the {name} whose key may have changed are compared"
    assert item_keys(story) == item_keys(at_once_store), "the keys kept equal a build at once's"


def test_batches_export_what_one_build_exports_on_each_backend(extractions, at_once, db_url):
    """The kept features, blocks and story tests read back from SQLite and PostgreSQL alike."""
    story = Storyline(db_url)
    half = len(extractions) // 2
    for batch in (extractions[half:], extractions[:half]):  # the later half first: copies found both ways
        story.store.add_extractions(batch)
        cold_fuse(story)
    story.store.engine.dispose()
    difference = first_difference(Storyline(db_url).to_dict(), at_once)
    assert difference is None, difference


def test_kept_features_read_back_as_computed_in_less_memory():
    """A document's features round-trip through the store's JSON unchanged (sketch, stems in order, credits),
    the sketch as one array and each stem as one string every document shares."""
    import json

    import numpy as np

    from storyline.fuse.incremental import DocumentFeatures, document_features
    from storyline.model import Document

    texts = ["Ministers met in Brussels on Monday to discuss the trade talks, officials said (Reuters).",
             "Officials in Brussels said the trade talks resumed on Monday after ministers met again."]
    computed = [document_features(Document(id=str(n), text=text)) for n, text in enumerate(texts)]
    kept = [DocumentFeatures.from_data(json.loads(json.dumps(f.to_data()))) for f in computed]
    for new, old in zip(kept, computed, strict=True):
        assert isinstance(new.sketch, np.ndarray) and list(new.sketch) == list(old.sketch)
        assert (new.minhash().hashvalues == old.minhash().hashvalues).all()
        assert list(new.stems.items()) == list(old.stems.items())
        assert new.credits == old.credits
        assert new.sentences == old.sentences and all(isinstance(span, tuple) for span in new.sentences)
    shared = set(kept[0].stems) & set(kept[1].stems)
    assert len(shared) >= 3
    first = {s: s for s in kept[0].stems}
    assert all(next(k for k in kept[1].stems if k == s) is first[s] for s in shared)
    assert DocumentFeatures.from_data({**computed[0].to_data(), "version": -1}) is None
    assert DocumentFeatures.from_data({**computed[0].to_data(), "version": 2}) is None, "a digest of the code too"


def test_kept_stems_are_parsed_only_for_the_documents_whose_vectors_are_computed():
    """Kept features hold each document's stems as the store keeps them until asked: telling a text short reads
    the kept count of its content words, and only a document whose vector is computed has its stems parsed."""
    import json

    from storyline.fuse.incremental import DocumentFeatures, KeptStems, document_features
    from storyline.model import Document

    texts = {"long": " ".join(["Farmers in the northern valley harvested wheat, barley and apples this autumn, "
                               "and merchants carried the grain to markets along the river."] * 8),
             "brief": "The council met on Tuesday."}
    computed = {d: document_features(Document(id=d, text=text)) for d, text in texts.items()}
    kept = {d: DocumentFeatures.from_data(json.loads(json.dumps(f.to_data()))) for d, f in computed.items()}
    assert all(isinstance(f.kept_stems, str) for f in kept.values())
    assert {d: f.words for d, f in kept.items()} == {d: sum(f.stems.values()) for d, f in computed.items()}
    stories = Stories(texts, stems=KeptStems(kept), words={d: f.words for d, f in kept.items()})
    fresh = Stories(texts)
    assert [stories.short(d) for d in texts] == [fresh.short(d) for d in texts] == [False, True]
    assert all(isinstance(f.kept_stems, str) for f in kept.values()), "a short test parses no stems"
    assert list(stories.row("long")[0]) == list(fresh.row("long")[0])
    assert isinstance(kept["long"].kept_stems, dict) and isinstance(kept["brief"].kept_stems, str)


def test_kept_vectors_are_the_floats_stories_computes_and_are_not_computed_again():
    """A document's vector kept with its features (keys and weights) is bit for bit the one `Stories` computes
    from its text, alone or with other documents; given kept vectors, `Stories` computes none."""
    import json

    from storyline.fuse.incremental import DocumentFeatures, KeptRows, document_features
    from storyline.model import Document

    texts = {"river": "Farmers along the river sold barley and apples at the autumn market; merchants shipped "
                      "the grain north by barge, and the barley price rose for a third week.",
             "bridge": "Engineers closed the old bridge after inspectors found cracks in two of its steel "
                       "beams; the council said repairs would take the engineers until spring.",
             "empty": "..."}
    fresh = Stories(texts)
    fresh.compute_rows(list(texts))  # several at once
    kept = {d: DocumentFeatures.from_data(json.loads(json.dumps(document_features(Document(id=d, text=t))
                                                                 .to_data()))) for d, t in texts.items()}
    assert all(isinstance(f.kept_row, str) for f in kept.values()), "stored as text, decoded when asked"
    for doc in texts:
        keys, weights = kept[doc].row
        assert keys.tobytes() == fresh.rows[doc][0].tobytes() and weights.tobytes() == fresh.rows[doc][1].tobytes()
    stories = Stories(texts, rows=KeptRows(kept))
    stories.counts = lambda doc: pytest.fail(f"stems of {doc} read")
    assert stories.similarity("river", "bridge") == fresh.similarity("river", "bridge")
    assert stories.matrix(list(texts)).toarray().tolist() == fresh.matrix(list(texts)).toarray().tolist()
    assert not stories.vocabulary


def test_the_items_keyed_with_a_changed_actor_are_compared_again(extractions, tmp_path):
    story = Storyline(tmp_path / "s.db")
    story.store.add_extractions(extractions)
    cold_fuse(story)
    events = story.store.events_where()
    quotes = story.store.quotes_where()
    event = next(e for e in events if e.source and e.target)  # canonical ids, as the store reads them
    quote = next(q for q in quotes if q.speaker)
    with story.store.engine.connect() as conn:
        assert fusion_rows.keyed_otherwise(conn, t.events, (), ()).keys() <= {
            e.id for e in events if not e.source or not e.target}, "an event keyed with linked sides is not compared"
        assert fusion_rows.keyed_otherwise(conn, t.quotes, (), ()) == {}, "no quote is compared where nothing changed"
        by_source = fusion_rows.keyed_otherwise(conn, t.events, (), {event.source})
        assert event.id in by_source and all(e.id in by_source for e in events if event.source in (e.source, e.target))
        assert quote.id in fusion_rows.keyed_otherwise(conn, t.quotes, (), {quote.speaker})
        in_doc = fusion_rows.keyed_otherwise(conn, t.quotes, {quote.doc}, ())
        assert set(in_doc) == {q.id for q in quotes if q.doc == quote.doc}


def add_last_counting_reads(extractions, fact: dict, tmp_path, monkeypatch, method: str) -> tuple[Storyline, str, list]:
    """Fuse a store of every document but the fact's last one, then add that one and fuse again, with each id the
    second fusion passes to `Store.<method>` recorded: the store, the added document and the ids read."""
    from storyline.store.store import Store

    added = fact["documents"][-1]
    story = Storyline(tmp_path / "s.db")
    story.store.add_extractions([ex for ex in extractions if ex.document.id != added])
    cold_fuse(story)
    read: list[str] = []
    real = getattr(Store, method)

    def counted(self: Store, ids: list[str]):
        read.extend(ids)
        return real(self, ids)

    monkeypatch.setattr(Store, method, counted)
    story.store.add_extractions([ex for ex in extractions if ex.document.id == added])
    cold_fuse(story)
    return story, added, read


def test_a_new_number_reads_the_old_numbers_of_its_part_and_no_others(extractions, at_once, tmp_path, monkeypatch):
    """Numbers keyed by an earlier fusion are not read with the collection (`Store.extractions`): a block of them
    keeps its facts on their ids and documents. A document whose number joins an old fact's part makes that part
    fused again: its old numbers are read (by id), and the export is a build at once's."""

    numbers = {q.id: ex.document.id for ex in extractions for q in ex.quantities}
    told = [f for f in at_once["facts"] if f["kind"] == "quantity" and len(set(f["documents"])) >= 3]
    assert told, "some number is told by three documents (else a new one joins no old part)"
    fact = told[0]
    story, added, read = add_last_counting_reads(extractions, fact, tmp_path, monkeypatch, "quantities_by_id")
    old_members = {m for m in fact["members"] if numbers.get(m) != added}
    assert old_members and old_members <= set(read), "the old numbers of the part the new one joins are read"
    assert not any(numbers[n] == added for n in read), "the new document's numbers are read with it, not by id"
    earlier = sum(1 for doc in numbers.values() if doc != added)
    assert len(set(read)) < earlier / 2, "the numbers of the parts left as they were are not read"
    difference = first_difference(story.to_dict(), at_once)
    assert difference is None, difference


def test_a_new_quote_reads_the_quotes_of_the_documents_it_reaches_and_few_others(extractions, at_once, tmp_path,
                                                                                 monkeypatch):
    """Quotes keyed by an earlier fusion under the kept actor resolution are not read with the collection
    (`Store.extractions(unread_quotes=)`): one whose key holds stands in its block by it. A document whose quote joins
    an old fact's part makes that part fused again: the quotes of its documents are read, and the export is a build
    at once's."""

    quotes = {q.id: ex.document.id for ex in extractions for q in ex.quotes}
    told = [f for f in at_once["facts"] if f["kind"] == "quote" and len(set(f["documents"])) >= 3
            and all(m in quotes for m in f["members"])]
    assert told, "some statement is told by three documents (else a new one joins no old part)"
    fact = told[0]
    story, added, read = add_last_counting_reads(extractions, fact, tmp_path, monkeypatch, "quotes_of")
    old_documents = {quotes[m] for m in fact["members"] if m in quotes} - {added}
    assert old_documents and old_documents <= set(read), "the documents of the part the new quote joins are read"
    assert added not in read, "the new document's quotes are read with it"
    earlier = {doc for doc in quotes.values() if doc != added}
    assert len(set(read)) < len(earlier) / 2, "the quotes of the documents left as they were are not read"
    difference = first_difference(story.to_dict(), at_once)
    assert difference is None, difference


def test_numbers_left_unread_keep_their_units_links(extractions, tmp_path):
    """Two facts of one measure in two units are linked after every fusion (`units.link_units`), from the numbers'
    kept keys and, for the pair compared, their records read by id: a fusion that reads none of them links the same."""
    from storyline.fuse.units import LINK_NOTE

    story = Storyline(tmp_path / "s.db")
    story.store.add_extractions(extractions[:-1])
    cold_fuse(story)
    before = {f.id: (f.why, f.conflicts) for f in story.store.facts("quantity")}
    story.store.add_extractions(extractions[-1:])
    cold_fuse(story)
    after = {f.id: (f.why, f.conflicts) for f in story.store.facts("quantity")}
    linked = [i for i, (why, conflicts) in before.items()
              if LINK_NOTE in (why or "") or any(c.kind == "unit" for c in conflicts)]
    assert linked, "the articles hold one measure in two units"
    assert all(after.get(i) == before[i] for i in linked)


def test_document_signatures_are_kept_where_their_links_and_actors_did_not_change(monkeypatch):
    """A document's signature (its links and what it reads of their actors) is read as the last fusion kept it
    (`facts.SIGNATURES_MEMO`) unless a new document changed one of its links (a second full name unlinks a surname)
    or the name, kind or country of an actor it names (a member with a country joins it); each equals a fusion at
    once's."""
    from storyline.fuse import collection as collection_module
    from storyline.fuse.facts import SIGNATURES_MEMO
    from storyline.fuse.fusion import fuse
    from storyline.model import LocalActor
    from tests.test_fuse_actors_exact import documents, person

    base = [[person("marta-kowalczyk", "Marta Kowalczyk")], [person("kowalczyk", "Kowalczyk")],
            [person("ines-duarte", "Ines Duarte")], [person("duarte", "Duarte"), person("ines-duarte", "Ines Duarte")]]
    more = [*base, [person("piotr-kowalczyk", "Piotr Kowalczyk")],
            [LocalActor(id="ines-duarte", name="Ines Duarte", kind="person", country="PRT")]]

    def signatures(fused: dict) -> dict[str, str]:
        return {doc: kept[0] for (name, _), (_, data, *_) in fused.items() if name == SIGNATURES_MEMO
                for doc, kept in data["docs"].items()}

    fused: dict = {}
    fuse(documents(*base), fused=fused)
    fused = {key: (made, json.loads(json.dumps(data))) for key, (made, data, *_) in fused.items()}  # as stored
    signed: list[str] = []
    real = collection_module.Collection._signature
    monkeypatch.setattr(collection_module.Collection, "_signature",
                        lambda self, ex, *rest: signed.append(ex.document.id) or real(self, ex, *rest))
    fuse(documents(*more), fused=fused)
    # d1 linked otherwise, d2's and d3's actor now of a country; d0's actor lost a member and kept what it reads
    assert sorted(signed) == ["d1", "d2", "d3", "d4", "d5"]
    at_once: dict = {}
    fuse(documents(*more), fused=at_once)
    assert signatures(fused) == signatures(at_once)

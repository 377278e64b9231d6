"""An event joins a cluster whose documents mostly tell its story, not only one whose every document does."""

from __future__ import annotations

from storyline.fuse.blocking import EventItem
from storyline.fuse.clustering import EventCluster, stories_agree
from storyline.model import Event


class PairStories:
    """Same-story answers given as the set of document pairs that tell one story; no two passages do."""

    def __init__(self, pairs: set[frozenset[str]]):
        self.pairs = pairs
        self.asked: list[tuple[str, str]] = []

    def same(self, a: str, b: str) -> bool:
        self.asked.append((a, b))
        return a == b or frozenset((a, b)) in self.pairs

    def close(self, a: tuple, b: tuple) -> bool:
        return False


def item(doc: str, n: int = 0) -> EventItem:
    event = Event(id=f"{doc}#ev{n}", doc=doc, type="ASSAULT", start=0, end=20, trigger="attacked")
    return EventItem(event, "a", "b", "AAA", "BBB", None)


def told(doc: str, *others: str) -> set[frozenset[str]]:
    return {frozenset((doc, o)) for o in others}


def test_majority_of_the_clusters_documents_is_enough():
    members = [item(d) for d in ("d1", "d2", "d3", "d4")]
    stories = PairStories(told("d5", "d1", "d2", "d3"))
    assert stories_agree(stories, [item("d5")], members)  # one of four pairs under the threshold
    assert not stories_agree(PairStories(told("d5", "d1")), [item("d5")], members)  # one of four only


def test_a_document_counts_once_whatever_its_events():
    # d1 tells three events: it is one document against d2's and d4's, not three votes of five
    members = [item("d1", 0), item("d1", 1), item("d1", 2), item("d2"), item("d4")]
    assert not stories_agree(PairStories(told("d5", "d1")), [item("d5")], members)
    assert stories_agree(PairStories(told("d5", "d1", "d2")), [item("d5")], members)


def test_the_items_own_document_is_no_vote():
    members = [item("d1", 0), item("d2")]
    assert not stories_agree(PairStories(set()), [item("d1", 1)], members)
    assert stories_agree(PairStories(set()), [item("d1", 1)], [item("d1", 0)])


def test_cluster_accepts_an_event_most_of_its_documents_share_a_story_with():
    cluster = EventCluster(stories=PairStories(told("d4", "d1", "d2") | told("d1", "d2", "d3") | told("d2", "d3")))
    for doc in ("d1", "d2", "d3"):
        assert cluster.accepts(item(doc))
        cluster.add(item(doc))
    assert cluster.accepts(item("d4"))  # d3 and d4 fall under the threshold, d1 and d2 hold
    lone = EventCluster(stories=PairStories(told("d4", "d1")))
    for doc in ("d1", "d2", "d3"):
        lone.items.append(item(doc))
    assert not lone.accepts(item("d4"))

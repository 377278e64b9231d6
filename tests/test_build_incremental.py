"""A build that adds no document keeps a current fusion; any added document, or other fusion code, fuses again."""

from __future__ import annotations

from storyline import Storyline
from storyline.fuse import state
from tests.test_store import extraction


def counting_fusions(story: Storyline, monkeypatch) -> list[int]:
    calls: list[int] = []
    real = story.fuse
    monkeypatch.setattr(story, "fuse", lambda: calls.append(1) or real())
    return calls


def test_a_build_that_adds_nothing_keeps_a_current_fusion(db_url, monkeypatch, tmp_path):
    story = Storyline(db_url)
    story.store.add_extractions([extraction("a.txt", "Kirby spoke."), extraction("b.txt", "Kirby spoke again.")])
    calls = counting_fusions(story, monkeypatch)
    story.build([str(tmp_path / "nothing-*.txt")])
    assert len(calls) == 1, "a store never fused is fused"
    assert story.fusion_is_current() and story.store.actors()
    story.build([str(tmp_path / "nothing-*.txt")])
    assert len(calls) == 1, "nothing added, fusion current: no fusion"
    story.store.add_extraction(extraction("c.txt", "Kirby spoke once more."))
    assert not story.fusion_is_current()
    story.build([str(tmp_path / "nothing-*.txt")])
    assert len(calls) == 2 and story.fusion_is_current()
    assert {d for a in story.store.actors() for d in a.documents} == {"a.txt", "b.txt", "c.txt"}


def test_other_fusion_code_makes_the_stored_fusion_stale(tmp_path, monkeypatch):
    story = Storyline(tmp_path / "s.db")
    story.store.add_extractions([extraction("a.txt", "Kirby spoke.")])
    story.fuse()
    assert story.fusion_is_current()
    monkeypatch.setattr(state, "fusion_version", lambda: "another-version")
    assert not story.fusion_is_current()

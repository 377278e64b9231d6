"""Fusion through the whole pipeline: articles written here, read by the real model, fused into facts."""

from __future__ import annotations

import json

from storyline import Storyline

WIRE = (
    "MOSCOW (Reuters) - Iran has sent about 450 drones to Russia since August, a senior Ukrainian "
    "official said on Tuesday. The official, who requested that his name be withheld, said the shipments crossed the "
    "Caspian Sea by boat and included delta-wing attack drones. Tehran rejects the accusation."
)
SYNDICATED = "Daily Ledger\n\n" + WIRE.replace("MOSCOW (Reuters) - ", "") + "\n\nVia Reuters"
INDEPENDENT = (
    "KYIV - Iran has shipped thousands of drones to Russia, Ukraine's air force commander told "
    "reporters on Wednesday, speaking at a briefing in the capital. He said his crews shot down most "
    "of them over the weekend and asked Western allies for more air defense systems."
)


def build_export(tmp_path, articles: list[tuple[str, str, str]]) -> dict:
    """Articles (file name, text, outlet) published the same day, built and exported."""
    folder = tmp_path / "articles"
    folder.mkdir()
    meta = []
    for name, text, outlet in articles:
        (folder / name).write_text(text, encoding="utf-8")
        meta.append({"file": name, "outlet": outlet, "published": "2022-11-02"})
    (folder / "meta.jsonl").write_text("".join(json.dumps(m) + "\n" for m in meta), encoding="utf-8")
    story = Storyline(tmp_path / "story.db")
    story.build([str(folder)])
    return story.to_dict()


def test_a_wire_story_its_copy_and_an_independent_report(tmp_path):
    export = build_export(tmp_path, [("wire.txt", WIRE, "Reuters"), ("copy.txt", SYNDICATED, "Daily Ledger"),
                                     ("own.txt", INDEPENDENT, "Kyiv Courier")])

    aid = [f for f in export["facts"] if f["kind"] == "event" and f["summary"].startswith("Iran → Russia: AID")]
    assert aid, [f["summary"] for f in export["facts"]]
    assert aid[0]["documents"] == ["copy.txt", "own.txt", "wire.txt"]
    assert aid[0]["independent_sources"] == 2
    (copied,) = [f for f in export["facts"] if f["kind"] == "quantity" and "450" in f["summary"]]
    assert copied["documents"] == ["copy.txt", "wire.txt"]
    assert copied["independent_sources"] == 1 and copied["circular"]
    assert any("Reuters" in origin for origin in copied["origins"])


def test_a_verbatim_copy_under_another_outlet_is_a_document_and_no_new_source(tmp_path):
    export = build_export(tmp_path, [("wire.txt", WIRE, "Reuters"), ("verbatim.txt", WIRE, "Daily Ledger"),
                                     ("own.txt", INDEPENDENT, "Kyiv Courier")])

    assert sorted(d["id"] for d in export["documents"]) == ["own.txt", "verbatim.txt", "wire.txt"]
    (copied,) = [f for f in export["facts"] if f["kind"] == "quantity" and "450" in f["summary"]]
    assert copied["documents"] == ["verbatim.txt", "wire.txt"]
    assert copied["independent_sources"] == 1 and copied["circular"]

"""Over the three development clusters: no conflict between members that answer different questions.

A conflict's two members answer different questions where the gold annotation puts each of them in a
question (a gold fact it is a member of, a gold conflict that lists its text) and those questions are
disjoint: `at least 38 people` killed against `nearly 300,000` displaced."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

SHARED = Path(__file__).resolve().parents[2].parent / "shared"

CLUSTERS = ["seeds", "dev-taiwan-drills-2022-08", "dev-thai-cambodia-ceasefire-2025-07"]


def span_of(text: str, part: str) -> tuple[int, int] | None:
    at = text.find(part)
    return (at, at + len(part)) if at >= 0 else None


def overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    """Most of one span lies in the other and the two are of comparable length: a quote that merely holds
    a number (`the last shipment included about 450 drones`) is not the number's question."""
    shared = min(a[1], b[1]) - max(a[0], b[0])
    lengths = sorted((a[1] - a[0], b[1] - b[0]))
    return shared > 0 and shared >= 0.5 * lengths[0] and shared >= 0.25 * lengths[1]


def gold_questions(gold: dict, texts: dict[str, str]) -> list[tuple[str, tuple[int, int], set[str]]]:
    """(document, span, questions) of every gold quantity and quote that a gold fact or conflict places; a
    fact's members also answer the questions of the conflicts that list one of them."""
    member_of: dict[str, set[str]] = {}
    for fact in gold.get("facts", []):
        for member in fact.get("members", []):
            member_of.setdefault(member, set()).add(fact["id"])
    placed = []
    for item in [*gold.get("quantities", []), *gold.get("quotes", [])]:
        span = span_of(texts.get(item["doc"], ""), item["text"])
        if span and item["id"] in member_of:
            placed.append((item["doc"], span, set(member_of[item["id"]])))
    conflicts = []
    for n, conflict in enumerate(gold.get("conflicts", [])):
        for doc, text in conflict["doc_texts"]:
            span = span_of(texts.get(doc, ""), text)
            if span:
                conflicts.append((doc, span, {f"conflict-{n}"}))
    # a gold fact one of whose members a gold conflict lists answers that conflict's question in every
    # document (the accusation `deliberately violating a ceasefire` answers `did they attack after it?`)
    answers: dict[str, set[str]] = {}
    for doc, span, facts in placed:
        for c_doc, c_span, question in conflicts:
            if c_doc == doc and overlaps(span, c_span):
                for fact in facts:
                    answers.setdefault(fact, set()).update(question)
    placed = [(doc, span, facts.union(*(answers.get(f, set()) for f in facts))) for doc, span, facts in placed]
    return placed + conflicts


@pytest.mark.parametrize("name", CLUSTERS)
def test_no_conflict_between_members_answering_different_questions(cluster_story, name):
    export = cluster_story(name).to_dict()
    gold = json.loads((SHARED / "eval" / "gold" / f"{name}.json").read_text(encoding="utf-8"))
    texts = {d["id"]: d["text"] for d in export["documents"]}
    placed = gold_questions(gold, texts)
    spans = {x["id"]: (x["doc"], (x["start"], x["end"])) for x in [*export["quantities"], *export["quotes"]]}

    def questions(member: str) -> set[str]:
        if member not in spans:
            return set()
        doc, span = spans[member]
        return {q for d, s, qs in placed if d == doc and overlaps(s, span) for q in qs}

    checked, false = 0, []
    for fact in export["facts"]:
        for conflict in fact.get("conflicts", []):
            qa, qb = questions(conflict["a"]), questions(conflict["b"])
            if qa and qb:
                checked += 1
                if not qa & qb:
                    false.append((fact["summary"], conflict))
    assert checked, "no conflict of the cluster could be checked against the gold"
    assert false == []
    assert all(f.get("why") for f in export["facts"]), "every fact says why its members were merged"
    assert all(c.get("question") for f in export["facts"] for c in f["conflicts"]), "every conflict its question"

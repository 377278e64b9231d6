"""Measures given in two units: `800-kilometre (500-mile) border` is one length told twice.

Numbers of different units sit in different blocks (their item is the unit), so each unit keeps its own
fact. Afterwards, facts of one dimension (`fusion.yaml` units: length, mass, area…) whose members share a
sentence somewhere (the figure and its conversion) are compared in the dimension's base unit: where they
agree (within `UNIT_TOLERANCE`, for rounding) each fact's explanation names the other; where they do not,
each gets a conflict.
"""

from __future__ import annotations

from functools import cache
from itertools import combinations

from storyline.fuse.blocking import fusion_lexicon
from storyline.fuse.collection import Collection
from storyline.model import Conflict, Fact, Quantity

UNIT_TOLERANCE = 0.1
"""Relative difference of two converted figures still taken as one value (`800 km` is 497 miles: `500-mile`)."""


@cache
def unit_table() -> dict[str, tuple[str, float]]:
    """Unit code → (dimension, size in the dimension's base unit)."""
    return {unit: (spec[0], float(spec[1])) for unit, spec in fusion_lexicon().get("units", {}).items()}


def figure(q: Quantity) -> float | None:
    return q.low if q.low is not None else q.high


LINK_NOTE = "; one measure with "
"""How a fact's explanation names its measure in another unit (cut off before linking again)."""
CROSS_KINDS = ("unit", "actor")
"""Conflicts made across facts after the blocks (`units.py`, `blame.py`), remade by every fusion."""


def unlinked(facts: list[Fact]) -> list[Fact]:
    """The facts without what a previous fusion linked across them: a fact kept from an unchanged block
    is linked again, not twice."""
    out = []
    for fact in facts:
        if any(c.kind in CROSS_KINDS for c in fact.conflicts) or LINK_NOTE in (fact.why or ""):
            fact = fact.model_copy(deep=True)
            fact.conflicts = [c for c in fact.conflicts if c.kind not in CROSS_KINDS]
            fact.why = (fact.why or "").split(LINK_NOTE)[0] or None
        out.append(fact)
    return out


def link_units(facts: list[Fact], collection: Collection) -> list[Fact]:
    """The facts, those about one measure in two units explained (or set in conflict) against each other."""
    table = unit_table()
    measured: dict[str, list[tuple[int, str]]] = {}
    for n, fact in enumerate(facts):
        unit = quantity_unit(fact, collection)
        if unit in table:
            measured.setdefault(table[unit][0], []).append((n, unit))
    out = list(facts)
    for dimension, group in measured.items():
        for (i, unit_a), (j, unit_b) in combinations(group, 2):
            if unit_a == unit_b:
                continue
            # records read only here: a fact kept from an unchanged block holds numbers fusion did not read
            a_members = collection.number_records(out[i].members)
            b_members = collection.number_records(out[j].members)
            pair = same_sentence(a_members, b_members, collection)
            if not pair:
                continue
            qa, qb = pair
            va, vb = figure(qa), figure(qb)
            if va is None or vb is None:
                continue
            base_a, base_b = va * table[unit_a][1], vb * table[unit_b][1]
            in_b = base_a / table[unit_b][1]
            out[i], out[j] = out[i].model_copy(deep=True), out[j].model_copy(deep=True)
            if abs(base_a - base_b) <= UNIT_TOLERANCE * max(abs(base_a), abs(base_b)):
                note = f"{LINK_NOTE}{qb.text!r}, the same {dimension} ({qa.text!r} is about {in_b:,.0f} {unit_b})"
                out[i].why = (out[i].why or "") + note
                out[j].why = (out[j].why or "") + f"{LINK_NOTE}{qa.text!r}, the same {dimension}"
            else:
                conflict = Conflict(a=qa.id, b=qb.id, kind="unit", question=f"What {dimension}?",
                                    why=f"{qa.text!r} is about {in_b:,.0f} {unit_b}, not {qb.text!r}")
                out[i].conflicts.append(conflict)
    return out


def quantity_unit(fact: Fact, collection: Collection) -> str | None:
    """The unit of a number fact's members, where they share one (read of their kept keys where not read:
    `Collection.number_unit`)."""
    if fact.kind != "quantity":
        return None
    units = {collection.number_unit(m) for m in fact.members if collection.is_number(m)}
    return units.pop() if len(units) == 1 else None


def same_sentence(a: list[Quantity], b: list[Quantity], collection: Collection) -> tuple[Quantity, Quantity] | None:
    """A member of each given in one sentence of one document: the figure and its conversion."""
    for qa in a:
        sentence = collection.sentence_of(qa.doc, qa.start, qa.end)
        for qb in b:
            if qb.doc == qa.doc and sentence[0] <= qb.start < sentence[1]:
                return qa, qb
    return None

"""The export keeps `spec/output-contract.md` exactly: every listed key exists in the models."""

from __future__ import annotations

import re

import pytest

from storyline.model import Actor, Document, Event, Export, Fact, Quantity, Quote, TimeExpression
from tests.conftest import SHARED

CONTRACT = SHARED / "spec" / "output-contract.md"
MODELS = {
    "Document": Document, "Actor": Actor, "Quote": Quote, "Event": Event, "Quantity": Quantity,
    "Time": TimeExpression, "Fact": Fact,
}


def contract_fields() -> dict[str, set[str]]:
    """Field names per object, read from the contract's tables (`| id, doc | str | … |`)."""
    if not CONTRACT.exists():
        pytest.skip(f"no contract at {CONTRACT}")
    fields: dict[str, set[str]] = {}
    section = None
    for line in CONTRACT.read_text(encoding="utf-8").splitlines():
        heading = re.match(r"## (\w+)", line)
        if heading:
            section = heading.group(1)
            continue
        cell = re.match(r"\|\s*([a-z_, ]+?)\s*\|", line)
        if section in MODELS and cell and cell.group(1) != "field":
            fields.setdefault(section, set()).update(x.strip() for x in cell.group(1).split(","))
    return fields


def test_every_contract_field_is_in_the_model():
    fields = contract_fields()
    assert set(fields) == set(MODELS)
    for name, wanted in fields.items():
        assert wanted <= set(MODELS[name].model_fields), f"{name} lacks {wanted - set(MODELS[name].model_fields)}"


def test_export_top_level_keys_and_schema_name():
    data = Export().to_dict()
    assert data["schema"] == "storyline/1"
    assert list(data) == ["schema", "documents", "actors", "quotes", "events", "quantities", "times", "facts"]

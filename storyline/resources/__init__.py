"""Lexicons and gazetteers as data files (YAML), loaded once and cached."""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

import yaml

RESOURCES = Path(__file__).parent
LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
"""libyaml's safe loader where PyYAML has it (the same data, parsed ~7x faster), else the pure-Python one."""


@cache
def load_resource(name: str) -> Any:
    """Load `storyline/resources/<name>` (or any YAML path) once.

    :param name: a file name inside `storyline/resources/`, or a path to a user file
    :raises FileNotFoundError: where neither exists
    """
    path = Path(name)
    if not path.is_absolute() and not path.exists():
        path = RESOURCES / name
    with path.open(encoding="utf-8") as handle:
        return yaml.load(handle, Loader=LOADER)  # noqa: S506 (a safe loader)

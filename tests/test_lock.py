"""The dependency locks: every pin of pyproject.toml is in requirements/*.txt at the same version, with hashes.

`make setup` installs from these files with `--require-hashes`; after adding or changing a dependency
in pyproject.toml, `make lock` brings them up to date (this test says which pin is missing).
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
REQUIREMENTS = ROOT / "requirements"
PIN = re.compile(r"^([A-Za-z0-9][A-Za-z0-9._-]*)==([^\s\\;]+)")


def name(raw: str) -> str:
    return re.sub(r"[-_.]+", "-", raw).lower()


def locked(file: str) -> dict[str, tuple[str, list[str]]]:
    """Package → (version, hashes) of a lock file."""
    entries: dict[str, tuple[str, list[str]]] = {}
    current = None
    for line in (REQUIREMENTS / file).read_text(encoding="utf-8").splitlines():
        if match := PIN.match(line):
            current = name(match[1])
            entries[current] = (match[2], [])
        if current and not line.lstrip().startswith("#"):
            entries[current][1].extend(re.findall(r"--hash=(sha256:[0-9a-f]{64})", line))
    return entries


def pyproject_pins(extra: str | None = None) -> dict[str, str]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    specs = project["optional-dependencies"][extra] if extra else project["dependencies"]
    pins = {}
    for spec in specs:
        match = re.match(r"^([A-Za-z0-9._-]+)(?:\[[^\]]*\])?\s*==\s*([^\s;]+)", spec)
        assert match, f"pyproject.toml: {spec!r} is not pinned with =="
        pins[name(match[1])] = match[2]
    return pins


@pytest.mark.parametrize(("file", "extras"), [("runtime.txt", []), ("dev.txt", ["dev"]),
                                              ("bench.txt", ["dev", "bench"])])
def test_every_pin_of_pyproject_is_locked_at_its_version(file, extras):
    lock = locked(file)
    wanted = pyproject_pins() | {k: v for extra in extras for k, v in pyproject_pins(extra).items()}
    stale = {pkg: (version, lock.get(pkg, ("missing",))[0]) for pkg, version in wanted.items()
             if lock.get(pkg, ("missing",))[0] != version}
    assert not stale, f"requirements/{file} is stale (pyproject pin, locked): {stale}: run `make lock`"


@pytest.mark.parametrize("file", ["runtime.txt", "dev.txt", "bench.txt", "build.txt", "model.txt"])
def test_every_locked_package_carries_a_hash(file):
    lock = locked(file)
    assert lock, f"requirements/{file} pins nothing"
    assert not [pkg for pkg, (_, hashes) in lock.items() if not hashes]


@pytest.mark.parametrize(("narrower", "wider"), [("runtime.txt", "dev.txt"), ("dev.txt", "bench.txt")])
def test_the_locks_agree(narrower, wider):
    wide = locked(wider)
    assert {pkg: version for pkg, (version, _) in locked(narrower).items()
            if wide.get(pkg, ("",))[0] != version} == {}

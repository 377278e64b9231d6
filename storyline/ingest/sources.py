"""Command-line arguments to the files to read, each with its document id and sidecar metadata.

An argument is a file, a folder (read recursively, in sorted order), a glob (`data/*.html`,
`data/**/*.txt`) or `-` for JSON Lines on stdin. Inside a folder and among a glob's matches,
files storyline does not read are skipped silently: hidden files and folders, `README*`,
`meta.jsonl` and files with other extensions (notes, licences, images sit next to articles). A
folder or glob with nothing readable, a file named directly with another extension and a path
that does not exist are Problems. Globs match files only, so `data/**` reads each file once.

A document id is the file's path relative to the common parent of all the build's inputs (POSIX
separators): for one folder, the path inside it (`politics/001.txt`); for one file or one folder's
glob, the file's name (`001.txt`); for `tech/ business/`, `tech/001.txt` and `business/001.txt`.
The common parent of a folder is the folder, of a file (named or matched) its folder.

A `meta.jsonl` sidecar gives metadata to the files of its own folder, one line per file:
`{"file": "001.txt", "title": ..., "url": ..., "outlet": ..., "published": ...}`, and may give the
file's document id (`"id": "reuters-0412"`) in place of its path.
"""

from __future__ import annotations

import glob
import os
from collections.abc import Collection, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from storyline.ingest.jsonlines import is_valid_unicode, json_lines, metadata
from storyline.ingest.problems import Problem

SIDECAR = "meta.jsonl"
STDIN = "-"


@dataclass(frozen=True)
class Source:
    """One input to read: a file, or stdin where `path` is None."""

    shown: str
    """The path as the user would write it, for Problems."""
    path: Path | None
    doc_id: str | None = None
    """The id of a text or HTML file's document."""
    meta: dict[str, str] = field(default_factory=dict)
    """Metadata from the folder's `meta.jsonl`."""
    id_given: bool = False
    """Whether `doc_id` is the one the sidecar gives (else it is the file's path)."""


class Sidecars:
    """The `meta.jsonl` files met so far, each read once; its Problems are reported once."""

    def __init__(self) -> None:
        self._folders: dict[Path, dict[str, dict[str, str]]] = {}
        self._resolved: dict[Path, Path] = {}
        """Each folder as given -> its absolute path without symbolic links, resolved once (a folder's files each
        ask: two system calls per component of the path)."""

    def _key(self, folder: Path) -> Path:
        key = self._resolved.get(folder)
        if key is None:
            key = self._resolved[folder] = folder.resolve()
        return key

    def load(self, folder: Path, shown: str) -> list[Problem]:
        """Read the sidecar of `folder` the first time it is asked for.

        :param folder: the folder that may hold a `meta.jsonl`
        :param shown: that folder as the user would write it
        """
        key = self._key(folder)
        if key in self._folders:
            return []
        self._folders[key] = entries = {}
        path, shown_path = folder / SIDECAR, os.path.join(shown, SIDECAR)
        if not path.is_file():
            return []
        try:
            with path.open("rb") as handle:
                items = list(json_lines(handle, shown_path))
        except OSError as exc:
            return [Problem(shown_path, None, f"cannot read the sidecar: {exc.strerror}")]
        problems = []
        for item in items:
            if isinstance(item, Problem):
                problems.append(item)
            elif isinstance(name := item[1].get("file"), str) and name.strip():
                entries[os.path.normpath(name.strip())] = metadata(item[1]) | _given_id(item[1])
            else:
                problems.append(Problem(shown_path, item[0], "no string `file` naming the file it describes"))
        return problems

    def meta(self, file: Path) -> dict[str, str]:
        """The sidecar metadata of a file whose folder was loaded, else `{}`.

        :param file: a file inside a loaded folder
        """
        return self._folders.get(self._key(file.parent), {}).get(file.name, {})


def _given_id(entry: dict) -> dict[str, str]:
    """The sidecar entry's `id`, where it is a usable one (a non-empty string of valid Unicode)."""
    doc_id = entry.get("id")
    if isinstance(doc_id, int) and not isinstance(doc_id, bool):
        doc_id = str(doc_id)
    if isinstance(doc_id, str) and doc_id.strip() and is_valid_unicode(doc_id):
        return {"id": doc_id.strip()}
    return {}


def expand_args(args: list[str], suffixes: Collection[str]) -> Iterator[Source | Problem]:
    """The files the arguments name, in argument order, with the Problems met on the way.

    Example: `list(expand_args(["corpus/"], {".txt"}))` → `[Source("corpus/politics/001.txt", ...), ...]`

    :param args: files, folders, globs and `-`
    :param suffixes: the lowercase file extensions there is a reader for
    :raises: nothing: a bad argument is a Problem
    """
    sidecars = Sidecars()
    matches = {arg: _matches(arg, suffixes) for arg in args if _is_glob(arg)}
    base = _common_parent(args, matches)
    for arg in args:
        path = Path(arg)
        if arg == STDIN:
            yield Source(STDIN, None)
        elif path.is_dir():
            yield from _folder(arg, path, suffixes, sidecars, base)
        elif path.is_file():
            yield from _named_file(arg, path, suffixes, sidecars, base)
        elif path.exists():
            yield Problem(arg, None, "not a regular file or folder")
        elif arg in matches:
            yield from _glob(arg, matches[arg], suffixes, sidecars, base)
        else:
            yield Problem(arg, None, "no such file or directory")


def _is_glob(arg: str) -> bool:
    return arg != STDIN and not os.path.exists(arg) and glob.has_magic(arg)


def _common_parent(args: list[str], matches: dict[str, list[str]]) -> str | None:
    """The deepest folder holding every input: ids are paths relative to it (None: no file input)."""
    folders = []
    for arg in args:
        if arg in matches:
            folders += [os.path.dirname(os.path.abspath(match)) for match in matches[arg]]
        elif arg != STDIN and os.path.isdir(arg):
            folders.append(os.path.abspath(arg))
        elif arg != STDIN and os.path.isfile(arg):
            folders.append(os.path.dirname(os.path.abspath(arg)))
    try:
        return os.path.commonpath(folders) if folders else None
    except ValueError:  # paths on different drives have no common parent
        return None


def doc_id_of(file: Path, base: str | None) -> str:
    """A file's document id: its path relative to `base` (POSIX separators), else its name.

    Example: `doc_id_of(Path("bbc/tech/001.txt"), "/abs/bbc")` → `"tech/001.txt"` (run from `/abs`)
    """
    if base is None:
        return file.name
    return Path(os.path.relpath(os.path.abspath(file), base)).as_posix()


def _readable(name: str, suffixes: Collection[str]) -> bool:
    """Whether a file met in a folder or glob is an input (see the module docstring)."""
    if name.startswith(".") or name.upper().startswith("README") or name == SIDECAR:
        return False
    return Path(name).suffix.lower() in suffixes


def _what_is_read(suffixes: Collection[str]) -> str:
    return f"storyline reads {', '.join(sorted(suffixes))}"


def _file(shown: str, path: Path, doc_id: str, sidecars: Sidecars) -> Iterator[Source | Problem]:
    yield from sidecars.load(path.parent, os.path.dirname(shown) or ".")
    meta = dict(sidecars.meta(path))
    given = meta.pop("id", None)
    yield Source(shown, path, given or doc_id, meta, id_given=given is not None)


def _named_file(
    arg: str, path: Path, suffixes: Collection[str], sidecars: Sidecars, base: str | None
) -> Iterator[Source | Problem]:
    if path.name == SIDECAR:
        yield Problem(arg, None, "a metadata sidecar, not documents: give its folder or its files")
    elif path.suffix.lower() not in suffixes:
        yield Problem(arg, None, f"unsupported file type ({_what_is_read(suffixes)})")
    else:
        yield from _file(arg, path, doc_id_of(path, base), sidecars)


def _folder(
    arg: str, root: Path, suffixes: Collection[str], sidecars: Sidecars, base: str | None
) -> Iterator[Source | Problem]:
    files = []
    for folder, subfolders, names in os.walk(root):
        subfolders[:] = [name for name in subfolders if not name.startswith(".")]
        files += [Path(folder, name) for name in names if _readable(name, suffixes)]
    if not files:
        yield Problem(arg, None, f"no readable files in this folder ({_what_is_read(suffixes)})")
    for file in sorted(files, key=lambda file: file.relative_to(root).as_posix()):
        yield from _file(os.path.join(arg, file.relative_to(root)), file, doc_id_of(file, base), sidecars)


def _matches(pattern: str, suffixes: Collection[str]) -> list[str]:
    """The readable files a glob matches, sorted."""
    return sorted(
        match
        for match in glob.glob(pattern, recursive=True)
        if os.path.isfile(match) and _readable(os.path.basename(match), suffixes)
    )


def _glob(
    pattern: str, matches: list[str], suffixes: Collection[str], sidecars: Sidecars, base: str | None
) -> Iterator[Source | Problem]:
    if not matches:
        yield Problem(pattern, None, f"no readable files match this pattern ({_what_is_read(suffixes)})")
    for match in matches:
        yield from _file(match, Path(match), doc_id_of(Path(match), base), sidecars)

"""Follow a folder that grows: every new or changed article is built into the store as it arrives.

`watch_folder` builds the folder once, then waits for file changes (watchfiles) and builds the
folder again after each burst of them. Builds are incremental, so a rebuild reads the folder but
extracts only the documents not stored yet, with the same ids a `storyline build FOLDER` gives; it
reports each document it adds and each input it skips, one line each.

Example:

    from threading import Event
    stop = Event()
    watch_folder(Storyline("story.db"), "incoming/", print, stop=stop)   # stop.set() ends it
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from threading import Event

from storyline.core import BuildSummary, Storyline
from storyline.ingest.readers import READERS


def build_once(story: Storyline, folder: str | Path, log: Callable[[str], None], **build_options) -> BuildSummary:
    """Build `folder` into the story's store and log one line per document added and per input skipped."""
    before = story.store.document_ids()
    summary = story.build([str(folder)], on_problem=lambda p: log(f"skipped {p}"), **build_options)
    for doc_id in sorted(story.store.document_ids() - before):
        log(f"added {doc_id}")
    return summary


def is_article(path: str) -> bool:
    """A file a reader exists for (not the editor's swap files, notes or images next to articles)."""
    name = Path(path).name
    return Path(path).suffix.lower() in READERS and not name.startswith((".", "~"))


def watch_folder(
    story: Storyline,
    folder: str | Path,
    log: Callable[[str], None],
    stop: Event | None = None,
    debounce_ms: int = 1_000,
    **build_options,
) -> None:
    """Build `folder`, then build again after each burst of changes to its articles, until `stop` is set.

    :param story: the store to build into
    :param folder: the folder to follow (recursively)
    :param log: called with one line per document added, input skipped, and rebuild
    :param stop: set it to end the watch (Ctrl+C ends it too)
    :param debounce_ms: changes closer together than this are one burst
    :param build_options: passed to `Storyline.build` (`workers`, `actors_file`)
    """
    from watchfiles import watch

    folder = Path(folder)
    build_once(story, folder, log, **build_options)
    log(f"watching {folder} for new articles (Ctrl+C stops)")
    for changes in watch(folder, stop_event=stop, debounce=debounce_ms, yield_on_timeout=False,
                         watch_filter=lambda _change, path: is_article(path)):
        log(f"{len(changes)} file change(s) in {folder}: building")
        build_once(story, folder, log, **build_options)

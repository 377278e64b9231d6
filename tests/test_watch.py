"""`storyline watch`: new articles in a followed folder are added as they arrive, one log line each."""

from __future__ import annotations

import threading
import time

from storyline import Storyline
from storyline.watch import is_article, watch_folder


def _wait_for(lines: list[str], needle: str, seconds: float = 120) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if any(needle in line for line in lines):
            return True
        time.sleep(0.2)
    return False


def test_new_files_are_added_as_they_arrive(tmp_path):
    folder = tmp_path / "incoming"
    folder.mkdir()
    (folder / "first.txt").write_text("Chile sent 12 firefighters to Portugal on Monday.", encoding="utf-8")
    story = Storyline(tmp_path / "watch.db")
    lines: list[str] = []
    stop = threading.Event()
    thread = threading.Thread(target=watch_folder, args=(story, folder, lines.append),
                              kwargs={"stop": stop, "debounce_ms": 200}, daemon=True)
    thread.start()
    try:
        assert _wait_for(lines, "watching"), lines
        assert "added first.txt" in lines
        (folder / "second.txt").write_text("Peru thanked Chile for the aid on Tuesday.", encoding="utf-8")
        (folder / "notes.swp").write_text("not an article", encoding="utf-8")
        (folder / "empty.txt").write_text("", encoding="utf-8")
        assert _wait_for(lines, "added second.txt"), lines
        assert _wait_for(lines, "empty.txt"), lines
    finally:
        stop.set()
        thread.join(timeout=30)
    assert not thread.is_alive()
    assert story.store.document_ids() == {"first.txt", "second.txt"}
    assert any(line.startswith("skipped") and "empty.txt" in line for line in lines)
    assert not any("notes.swp" in line for line in lines)


def test_only_article_files_trigger_a_build():
    assert is_article("/a/b/story.txt") and is_article("feed.XML")
    assert not is_article("/a/.story.txt.swp") and not is_article("/a/~lock.txt") and not is_article("pic.jpg")

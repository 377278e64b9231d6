"""How long the dossier of a built store takes to open in headless chromium.

Writes the store's dossier, then opens it and a one-line reference page in the same browser,
`--repeat` times each, and prints the median time to the `load` event and to DOMContentLoaded,
the dossier's size, and its ratio to the reference page (which shows what the machine's load
adds). The dossier's plots are drawn after `load` (they wait until the text is shown).

    storyline build ../shared/corpus/bbc-news/bbc --db /tmp/bbc.db --workers 2
    python benchmarks/dossier_open.py --db /tmp/bbc.db
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.web.conftest import CHROMIUM, CHROMIUM_ARGS  # noqa: E402  one browser setup for tests and benchmarks


def open_times(browser, path: Path, repeat: int) -> tuple[float, float]:
    """Median seconds to DOMContentLoaded and to load of the file at `path`."""
    ready, loaded = [], []
    for _ in range(repeat):
        page = browser.new_page(viewport={"width": 1280, "height": 900})
        start = time.monotonic()
        page.goto(path.as_uri(), wait_until="load", timeout=300_000)
        loaded.append(time.monotonic() - start)
        ready.append(page.evaluate("performance.getEntriesByType('navigation')[0].domContentLoadedEventEnd") / 1000)
        page.close()
    return statistics.median(ready), statistics.median(loaded)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", required=True, help="a built store")
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()

    from playwright.sync_api import sync_playwright

    from storyline import Storyline
    from storyline.report import write_dossier

    folder = Path(tempfile.mkdtemp(prefix="dossier-open-"))
    started = time.monotonic()
    dossier = write_dossier(Storyline(args.db).export(), folder / "dossier.html")
    written = time.monotonic() - started
    reference = folder / "reference.html"
    reference.write_text("<!doctype html><title>reference</title><h1>reference</h1>", encoding="utf-8")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        ref_ready, ref_load = open_times(browser, reference, args.repeat)
        ready, load = open_times(browser, dossier, args.repeat)
        browser.close()
    size = dossier.stat().st_size / 1e6
    print(f"dossier: {size:.1f} MB, written in {written:.1f} s")
    print(f"open (median of {args.repeat}): DOMContentLoaded {ready * 1000:.0f} ms, load {load * 1000:.0f} ms")
    print(f"reference page: DOMContentLoaded {ref_ready * 1000:.0f} ms, load {ref_load * 1000:.0f} ms")
    print(f"dossier load minus reference: {(load - ref_load) * 1000:.0f} ms")


if __name__ == "__main__":
    main()

"""The dossier in headless chromium: plots drawn once the page has shown its text, lazy blocks
inflated when opened, and evidence links into a lazy article landing on the highlighted words."""

from __future__ import annotations

import functools
import http.server
import threading

import pytest

from storyline.report import dossier, render_dossier


@pytest.fixture(scope="module")
def lazy_dossier_url(seeds_story, tmp_path_factory):
    """The seeds dossier with every block past the first lazy, served on 127.0.0.1."""
    folder = tmp_path_factory.mktemp("dossier")
    limits = dict(dossier.LIMITS)
    small = {"top_facts": 1, "top_conflicts": 1, "top_speakers": 1, "speaker_quotes": 1, "eager_rows": 1,
             "eager_documents": 1}
    dossier.LIMITS.update(small)
    try:
        (folder / "index.html").write_text(render_dossier(seeds_story.export()), encoding="utf-8")
    finally:
        dossier.LIMITS.update(limits)
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(folder))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/index.html"
    server.shutdown()


def test_plots_are_drawn_after_load(page, lazy_dossier_url):
    page.goto(lazy_dossier_url)
    page.wait_for_selector("#timeline-plot .main-svg")
    page.wait_for_selector("#network-plot .main-svg")
    assert page.evaluate("typeof window.Plotly") == "object"


def test_lazy_blocks_inflate_when_opened(page, lazy_dossier_url, seeds_story):
    page.goto(lazy_dossier_url)
    facts = seeds_story.store.facts()
    assert page.locator("#facts article.fact").count() == 1
    page.locator('details[data-template="more-facts"] > summary').click()
    page.wait_for_function(f"document.querySelectorAll('#facts article.fact').length === {len(facts)}")
    assert page.locator("script#more-facts").count() == 0


def test_a_link_into_a_lazy_article_lands_on_its_words(page, lazy_dossier_url, seeds_story, screenshot):
    page.goto(lazy_dossier_url)
    export = seeds_story.export()
    last = export.documents[-1]
    quote = next(q for q in export.quotes if q.doc == last.id)
    from storyline.report.anchors import anchor_id

    anchor = anchor_id("quote", quote.id)
    assert page.locator(f"#{anchor}").count() == 0  # still packed
    page.evaluate("href => { const a = document.createElement('a'); a.href = href; a.textContent = 'go';"
                  " document.body.prepend(a); a.click(); }", f"#{anchor}")
    mark = page.locator(f"mark#{anchor}")
    mark.wait_for()
    assert mark.is_visible()
    assert mark.inner_text().replace("\n", " ").strip() == last.text[quote.start:quote.end].replace("\n", " ").strip()
    screenshot(page, "dossier-lazy-link", full_page=False)

"""Screenshots of the dossier and the web explorer on the seeds and the development clusters
(tests/artifacts/), each page checked for what a reader trusts at a glance."""

from __future__ import annotations

import pytest

from storyline.report import render_dossier
from storyline.web import urls
from tests.conftest import CLUSTERS


@pytest.mark.parametrize("name", CLUSTERS)
def test_dossier_and_explorer_screenshots(name, cluster_story, serve_store, page, screenshot):
    story = cluster_story(name)
    export = story.export()
    page.set_content(render_dossier(export), wait_until="load")
    assert page.locator("h1").first.is_visible()
    outlets = int(page.locator("dt", has_text="outlets").locator("xpath=../dd").inner_text())
    assert outlets >= len({d.outlet for d in export.documents if d.outlet})
    for card in page.locator("article.fact").all()[:50]:
        badges = card.locator(".badge.bad").all_text_contents()
        assert len(badges) == len(set(badges)), badges
    screenshot(page, f"dossier-{name}")
    screenshot(page, f"dossier-{name}-top", full_page=False)
    if page.locator("#conflicts").count():
        page.locator("#conflicts").scroll_into_view_if_needed()
        screenshot(page, f"dossier-{name}-conflicts", full_page=False)
    if page.locator("#timeline .plot").count():
        page.locator("#timeline").scroll_into_view_if_needed()
        screenshot(page, f"dossier-{name}-timeline", full_page=False)

    site = serve_store(story.store.url)
    page.goto(site + "/")
    assert page.locator("h1").first.is_visible()
    screenshot(page, f"web-{name}")
    screenshot(page, f"web-{name}-top", full_page=False)
    doc = export.documents[0]
    page.goto(site + urls.document(doc.id))
    assert page.locator("mark").count() > 0
    screenshot(page, f"web-document-{name}")

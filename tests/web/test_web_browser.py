"""End to end in headless chromium: an analyst clicks from the overview to a fact, an actor and a
document, checks the highlighted evidence, filters a table and searches. Screenshots of each step
land in tests/artifacts/."""

from __future__ import annotations

import re

import pytest

from storyline.report.anchors import anchor_id
from storyline.web import urls

# The exact text each anchored highlight covers: the marks that carry `data-span` of one item
# (a highlight cut by a crossing one continues in a second mark), concatenated.
MARKED_TEXT = """anchors => anchors.map(a =>
  Array.from(document.querySelectorAll(`mark[data-span="${CSS.escape(a)}"]`))
    .map(m => m.textContent).join(""))"""


@pytest.fixture(scope="module")
def site(serve_store, seeds_story) -> str:
    return serve_store(seeds_story.store.url)


def api(page, site: str, url: str) -> dict:
    response = page.request.get(site + urls.api(url))
    assert response.ok, url
    return response.json()


def check_document_highlights(page, site: str, doc_id: str) -> int:
    """Every quote, event and quantity of the document is marked over exactly its characters."""
    data = api(page, site, urls.document(doc_id))
    text = data["document"]["text"]
    expected = {}
    for kind, key in (("quote", "quotes"), ("event", "events"), ("quantity", "quantities")):
        for item in data[key]:
            if 0 <= item["start"] <= item["end"] <= len(text):
                expected[anchor_id(kind, item["id"])] = text[item["start"]: item["end"]]
    marked = page.evaluate(MARKED_TEXT, list(expected))
    assert dict(zip(expected, marked, strict=True)) == expected
    return len(expected)


def test_overview_to_fact_to_actor_to_document(page, site, screenshot):
    page.goto(site + "/")
    assert page.locator("h1").first.is_visible()
    overview = api(page, site, "/")
    if page.locator(".plot").count():
        page.wait_for_selector(".js-plotly-plot .main-svg")
        assert page.evaluate("typeof window.Plotly") == "object"
    screenshot(page, "01-overview")

    facts = overview["facts"]
    assert facts, "the seeds store has facts"
    fact = next((f for f in facts if f["actors"]), facts[0])
    page.locator(f'#facts a.fact-link[href="{urls.fact(fact["id"])}"]').click()
    page.wait_for_url(re.compile(r"/facts/"))
    assert fact["summary"] in page.locator("article.fact h3").inner_text()
    evidence = api(page, site, urls.fact(fact["id"]))["evidence"]
    marks = page.locator(".evidence mark.hl").all_text_contents()
    assert marks == [e["text"][e["start"] - e["context_start"]:][: e["end"] - e["start"]] for e in evidence]
    screenshot(page, "02-fact")

    if fact["actors"]:
        page.locator("#actors a.actor-link").first.click()
    else:
        page.locator("nav.topnav a", has_text="Actors").click()
        page.locator("a.actor-link").first.click()
    page.wait_for_url(re.compile(r"/actors/"))
    actor_id = page.url.split("/actors/", 1)[1]
    actor = api(page, site, "/actors/" + actor_id)["actor"]
    assert page.locator("h1").inner_text().startswith(actor["name"])
    screenshot(page, "03-actor")

    evidence_links = page.locator('main a[href*="/documents/"][href*="#"]')
    if not evidence_links.count():  # an actor without events or quotes: open an article naming it
        evidence_links = page.locator('#documents a[href*="/documents/"]')
    evidence_links.first.click()
    page.wait_for_url(re.compile(r"/documents/"))
    doc_id = api(page, site, page.url.split(site, 1)[1].split("#")[0])["document"]["id"]
    assert check_document_highlights(page, site, doc_id) > 0
    if "#" in page.url:
        target = page.url.split("#", 1)[1]
        assert page.evaluate("id => document.getElementById(id).matches(':target')", target)
        assert page.locator(f"#{target}").is_visible()
    screenshot(page, "04-document", full_page=False)  # where the evidence link lands


def test_filter_the_events_table(page, site, screenshot):
    page.goto(site + "/")
    page.locator("nav.topnav a", has_text="Events").click()
    page.wait_for_url(re.compile(r"/events"))
    everything = api(page, site, urls.events(size=200))
    chosen = min(e["type"] for e in everything["items"])
    page.select_option("select[name=type]", chosen)
    page.get_by_role("button", name="Filter").click()
    page.wait_for_url(re.compile(rf"type={chosen}"))
    filtered = api(page, site, urls.events(type=chosen))
    assert 0 < filtered["total"] <= everything["total"]
    cells = page.locator("table.events tbody tr td:first-child strong").all_inner_texts()
    assert cells and set(cells) == {chosen}
    assert page.locator(".pager .total").first.inner_text().startswith(f"{filtered['total']} event")
    screenshot(page, "05-events-filtered")
    page.get_by_role("link", name="clear").click()
    page.wait_for_url(re.compile(r"/events$"))


def test_search_and_land_on_the_sentence(page, site, screenshot):
    first = api(page, site, urls.documents(size=1))["items"][0]
    text = api(page, site, urls.document(first["id"]))["document"]["text"]
    word = next(w for w in re.findall(r"[A-Za-z]{6,}", text))
    page.goto(site + "/")
    page.locator("nav.topnav input[name=q]").fill(word)
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"/search\?q="))
    hits = api(page, site, urls.search(q=word))["items"]
    assert hits
    marked = page.locator(".hits mark.hl-hit").all_text_contents()
    assert marked and {m.lower() for m in marked} == {word.lower()}
    screenshot(page, "06-search")
    page.locator("a.hit-link").first.click()
    page.wait_for_url(re.compile(r"#hit$"))
    assert page.locator("#hit").text_content() == hits[0]["text"]
    screenshot(page, "06-search-hit", full_page=False)
    assert page.evaluate("document.getElementById('hit').matches(':target')")


def test_filters_work_without_javascript(browser, site):
    context = browser.new_context(java_script_enabled=False)
    tab = context.new_page()
    tab.goto(site + urls.quotes())
    stance = "assert"
    tab.select_option("select[name=stance]", stance)
    tab.get_by_role("button", name="Filter").click()
    tab.wait_for_url(re.compile(rf"stance={stance}"))
    total = api(tab, site, urls.quotes(stance=stance))["total"]
    assert tab.locator(".pager .total").first.inner_text().startswith(f"{total} quote")
    context.close()


def test_not_found_page(page, site, screenshot):
    response = page.goto(site + urls.fact("no-such-fact"))
    assert response.status == 404
    assert "Not found" in page.locator("h1").inner_text()
    screenshot(page, "08-not-found")


def test_markup_in_articles_never_runs(page, serve_store, hostile_store, screenshot):
    site = serve_store(hostile_store.url)
    dialogs: list[str] = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    doc = "odd dir/a#1 <x>.txt"
    for url in (urls.overview(), urls.document(doc), urls.fact("fact-evil"), urls.actor("evil"),
                urls.events(), urls.quotes(), urls.search(q="script")):
        page.goto(site + url)
        page.wait_for_load_state("load")
    page.goto(site + urls.document(doc))
    assert "<script>alert(1)</script>" in page.locator(".doctext").inner_text()
    assert page.evaluate("document.querySelectorAll('main script, main img').length") == 0
    assert not dialogs
    screenshot(page, "07-escaped")

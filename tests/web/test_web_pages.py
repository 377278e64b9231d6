"""The explorer's pages and their JSON twins on the seeds store: links, filters, paging, errors.

The seeds store's content changes as the extractors improve, so these tests check behaviour
(every link resolves, filters narrow, JSON and HTML agree) rather than particular values.
"""

from __future__ import annotations

import re
from html import unescape

import pytest
from markupsafe import escape

from storyline.web import urls

PAGES = ["/", "/facts", "/actors", "/documents", "/events", "/quotes", "/search", "/search?q=drones"]


def links(html: str, prefix: str) -> list[str]:
    """Every href in `html` that starts with `prefix`, unescaped, fragments kept."""
    return [unescape(h) for h in re.findall(r'href="([^"]+)"', html) if unescape(h).startswith(prefix)]


@pytest.mark.parametrize("path", PAGES)
def test_every_page_renders_and_has_a_json_twin(client, path):
    page = client.get(path)
    assert page.status_code == 200
    assert page.headers["content-type"].startswith("text/html")
    assert page.text.lstrip().lower().startswith("<!doctype html>")
    twin = urls.api(path)
    assert f'<{twin}>; rel="alternate"' in page.headers["link"]
    data = client.get(twin)
    assert data.status_code == 200
    assert isinstance(data.json(), dict)
    assert "context" not in data.json()


def test_overview_counts_match_the_lists(client):
    overview = client.get("/api/overview").json()
    for name in ("facts", "events", "quotes", "actors", "documents"):
        assert client.get(f"/api/{name}").json()["total"] == overview["counts"][name]
    assert overview["facts"] == client.get("/api/facts", params={"size": len(overview["facts"]) or 1}).json()[
        "items"][: len(overview["facts"])]


def test_every_link_on_the_overview_fact_and_actor_pages_resolves(client):
    seen: set[str] = set()
    overview = client.get("/").text
    pages = [overview]
    facts = links(overview, "/facts/")
    assert facts, "the overview links to facts"
    fact_page = client.get(facts[0]).text
    pages.append(fact_page)
    actor_links = links(fact_page, "/actors/") or links(client.get("/actors").text, "/actors/")
    pages.append(client.get(actor_links[0]).text)
    for html in pages:
        for href in links(html, "/"):
            path = href.split("#")[0]
            if path in seen or path.startswith("/static/"):
                continue
            seen.add(path)
            assert client.get(path).status_code == 200, href


def test_evidence_links_point_at_an_anchor_on_the_document_page(client):
    event = client.get("/api/events", params={"size": 1}).json()["items"][0]
    html = client.get("/events", params={"size": 1}).text
    evidence = [h for h in links(html, "/documents/") if "#" in h]
    assert evidence
    path, anchor = evidence[0].split("#")
    document = client.get(path).text
    assert f'id="{anchor}"' in document
    assert event["doc"] == client.get(urls.api(path)).json()["document"]["id"]


def test_document_page_marks_each_event_trigger_source_and_target(client):
    event = next(e for e in client.get("/api/events", params={"size": 50}).json()["items"]
                 if e.get("source_start") is not None and e.get("target_start") is not None)
    document = client.get(urls.api(urls.document(event["doc"]))).json()["document"]
    html = client.get(urls.document(event["doc"])).text
    for side in ("trigger", "source", "target"):
        words = document["text"][event[f"{side}_start"]: event[f"{side}_end"]]
        assert f'class="hl hl-{side}"' in html
        assert re.search(rf'<mark class="hl hl-{side}"[^>]*>{re.escape(str(escape(words)))}</mark>', html), side


def test_fact_page_shows_each_member_in_its_sentence(client):
    fact = client.get("/api/facts", params={"size": 1}).json()["items"][0]
    page = client.get(urls.api(urls.fact(fact["id"]))).json()
    assert page["fact"]["id"] == fact["id"]
    assert page["evidence"]
    for e in page["evidence"]:
        doc = client.get(urls.api(urls.document(e["doc"]))).json()["document"]
        assert doc["text"][e["context_start"]: e["context_start"] + len(e["text"])] == e["text"]
        assert e["context_start"] <= e["start"] <= e["end"] <= e["context_start"] + len(e["text"])
    html = client.get(urls.fact(fact["id"])).text
    assert html.count('class="hl hl-') >= len(page["evidence"])


@pytest.mark.parametrize("name, field, values", [
    ("events", "type", None),
    ("events", "status", None),
    ("quotes", "stance", ["assert", "deny"]),
    ("facts", "kind", ["event", "quantity", "quote"]),
    ("actors", "kind", ["country", "person", "organization", "group"]),
])
def test_a_filter_narrows_the_list_to_matching_rows(client, name, field, values):
    everything = client.get(f"/api/{name}", params={"size": 200}).json()
    values = values or sorted({row[field] for row in everything["items"]})
    totals = 0
    for value in values:
        page = client.get(f"/api/{name}", params={field: value, "size": 200}).json()
        assert all(row[field] == value for row in page["items"])
        assert page["total"] <= everything["total"]
        totals += page["total"]
        html = client.get(f"/{name}", params={field: value}).text
        assert f"<option selected>{value}</option>" in html
    assert totals == everything["total"]


def test_actor_filter_and_role(client):
    actor = client.get("/api/actors", params={"size": 1}).json()["items"][0]
    for role, fields in (("any", ("source", "target")), ("source", ("source",)), ("target", ("target",))):
        page = client.get("/api/events", params={"actor": actor["name"], "role": role, "size": 200}).json()
        assert actor["id"] in page["actor_ids"]
        assert all(any(e[f] in page["actor_ids"] for f in fields) for e in page["items"])
    unknown = client.get("/events", params={"actor": "nobody at all"})
    assert "No actor is called" in unknown.text
    assert client.get("/api/events", params={"actor": "nobody at all"}).json()["total"] == 0


def test_date_and_outlet_filters(client):
    assert client.get("/api/events", params={"since": "2999-01-01"}).json()["total"] == 0
    assert client.get("/api/quotes", params={"until": "1900-01-01"}).json()["total"] == 0
    assert client.get("/api/documents", params={"outlet": "No Such Outlet"}).json()["total"] == 0
    everything = client.get("/api/documents").json()["total"]
    assert client.get("/api/documents", params={"since": "", "outlet": ""}).json()["total"] == everything


def test_paging(client):
    total = client.get("/api/events").json()["total"]
    first = client.get("/api/events", params={"size": 2}).json()
    second = client.get("/api/events", params={"size": 2, "page": 2}).json()
    assert first["pages"] == (total + 1) // 2
    assert {e["id"] for e in first["items"]}.isdisjoint(e["id"] for e in second["items"])
    assert client.get("/api/events", params={"size": 2, "page": 9999}).json()["items"] == []
    html = client.get("/events", params={"size": 2}).text
    assert 'rel="next"' in html and "page=2" in html and "size=2" in html


def test_search_links_to_the_passage(client):
    sentence = client.get("/api/search", params={"q": "Iran"}).json()
    assert sentence["total"] >= len(sentence["items"]) > 0
    hit = sentence["items"][0]
    assert "iran" in hit["text"].lower()
    html = client.get("/search", params={"q": "Iran"}).text
    assert 'class="hl hl-hit"' in html
    target = links(html, "/documents/")[0]
    assert target.endswith("#hit")
    document = client.get(target.split("#")[0])
    assert 'id="hit"' in document.text
    assert client.get("/api/search", params={"q": 'U.S. "quoted -minus'}).status_code == 200


def test_missing_records_are_clean_404s(client):
    for path in ("/facts/nope", "/actors/nope", "/documents/nope.txt", "/no/such/page"):
        page = client.get(path)
        assert page.status_code == 404
        assert "Not found" in page.text and "<!doctype html>" in page.text.lower()
    api = client.get("/api/facts/nope")
    assert api.status_code == 404 and api.json() == {"detail": "No fact 'nope'."}


@pytest.mark.parametrize("query", [
    {"size": 100_000}, {"page": 0}, {"type": "BOGUS"}, {"since": "yesterday"}, {"actor": "x" * 500},
])
def test_bad_parameters_are_clean_422s(client, query):
    page = client.get("/events", params=query)
    assert page.status_code == 422
    assert "Invalid request" in page.text
    assert client.get("/api/events", params=query).status_code == 422


def test_search_text_is_bounded(client):
    assert client.get("/search", params={"q": "drone " * 100}).status_code == 422


def test_there_are_no_write_endpoints(client):
    schema = client.get("/api/openapi.json").json()
    assert {m for ops in schema["paths"].values() for m in ops} == {"get"}
    twins = {"/api/facts", "/api/actors", "/api/events", "/api/quotes", "/api/documents", "/api/search"}
    assert twins <= set(schema["paths"])
    for method in ("post", "put", "delete", "patch"):
        assert getattr(client, method)("/events").status_code == 405


def test_plots_come_from_this_server(client):
    html = client.get("/").text
    assert not re.search(r'(src|href)="(https?:)?//', html), "no CDN or remote asset"
    if "Plotly.newPlot" in html:
        assert '<script src="/static/plotly.min.js">' in html
    js = client.get("/static/plotly.min.js")
    assert js.status_code == 200 and "javascript" in js.headers["content-type"]
    policy = dict(d.strip().split(" ", 1) for d in client.get("/").headers["content-security-policy"].split(";"))
    assert policy["script-src"].startswith("'self'")
    assert "unsafe-inline" not in policy["script-src"] and "unsafe-eval" not in policy["script-src"]


def test_the_document_page_highlights_its_time_expressions(client):
    documents = client.get("/api/documents").json()["items"]
    shown = None
    for ref in documents:
        data = client.get(urls.api(urls.document(ref["id"]))).json()
        if data["times"]:
            shown = (ref["id"], data["times"])
            break
    assert shown, "some seed document names a time"
    doc_id, times = shown
    html = client.get(urls.document(doc_id)).text
    assert html.count('class="hl hl-time"') >= len(times)
    first = times[0]
    assert f'title="{first["type"]} {first["value"] or "?"}' in unescape(html)
    rows = [h for h in links(html, "#") if h.startswith("#time-")]
    assert len(rows) == len(times)
    assert all(f'id="{h[1:]}"' in html for h in rows)

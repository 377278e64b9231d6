"""Safety: article text is untrusted. Every page escapes it, ids with odd characters round-trip,
the store is opened read-only."""

from __future__ import annotations

import re
import warnings

import pytest
import sqlalchemy as sa

from storyline.web import create_app, urls
from storyline.web.security import source_hash

HOSTILE = "<script>alert(1)</script>"  # as in the `hostile_store` fixture

with warnings.catch_warnings():
    warnings.filterwarnings("ignore", message=".*httpx2")
    from fastapi.testclient import TestClient

DOC_ID = "odd dir/a#1 <x>.txt"


@pytest.fixture(scope="module")
def hostile(hostile_store):
    with TestClient(create_app(hostile_store.url)) as test_client:
        yield test_client


PATHS = [
    urls.overview(), urls.facts(), urls.fact("fact-evil"), urls.actors(), urls.actor("evil"),
    urls.documents(), urls.document(DOC_ID), urls.document(DOC_ID, start=0, end=10), urls.events(),
    urls.quotes(),
    urls.search(q="script alert"), urls.events(actor=HOSTILE), urls.fact(HOSTILE), urls.actor(HOSTILE),
]


@pytest.mark.parametrize("path", PATHS)
def test_markup_in_the_store_is_shown_as_text(hostile, path):
    page = hostile.get(path)
    assert page.status_code in (200, 404)
    assert "<script>alert" not in page.text
    assert "<img src=x" not in page.text
    assert 'href="javascript:' not in page.text
    if page.status_code == 200 and path != urls.overview():
        assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page.text


def test_the_document_shows_its_text_verbatim(hostile):
    data = hostile.get(urls.api(urls.document(DOC_ID))).json()
    assert data["document"]["id"] == DOC_ID
    assert HOSTILE in data["document"]["text"]
    html = hostile.get(urls.document(DOC_ID)).text
    assert "&lt;img src=x onerror=alert(3)&gt;" in html


def test_odd_ids_round_trip_through_the_url_helper(hostile):
    assert urls.document(DOC_ID) == "/documents/odd%20dir%2Fa%231%20%3Cx%3E.txt"
    assert hostile.get(urls.document(DOC_ID)).status_code == 200
    assert hostile.get(urls.actor("evil")).status_code == 200


def test_the_store_is_read_only(hostile):
    store = hostile.app.state.store
    with pytest.raises(sa.exc.OperationalError, match="readonly"), store.engine.begin() as conn:
        conn.exec_driver_sql("DELETE FROM documents")
    assert store.count("documents") == 1


def test_a_local_server_refuses_foreign_host_headers(hostile_store):
    app = create_app(hostile_store.url, allowed_hosts=["127.0.0.1", "localhost"])
    with TestClient(app, base_url="http://127.0.0.1") as local:
        assert local.get("/").status_code == 200
        assert local.get("/", headers={"host": "attacker.example"}).status_code == 400


# ---- path traversal, oversized requests, the Content-Security-Policy

TRAVERSALS = ["../../../../etc/passwd", "..%2F..%2F..%2F..%2Fetc%2Fpasswd", "%2e%2e/%2e%2e/%2e%2e/etc/passwd",
              "..\\..\\..\\etc\\passwd", "....//....//etc/passwd", "/etc/passwd", "%2Fetc%2Fpasswd",
              "..%252F..%252Fetc%252Fpasswd", "%00../../etc/passwd", "../storyline/web/app.py",
              "..%2F..%2Fpyproject.toml"]
PATH_ROUTES = ["/facts/", "/actors/", "/documents/", "/api/facts/", "/api/actors/", "/api/documents/",
               "/static/"]
SECRETS = ("root:x:0:0", "[build-system]", "def create_app", "fastapi import")


@pytest.mark.parametrize("route", PATH_ROUTES)
@pytest.mark.parametrize("attempt", TRAVERSALS)
def test_no_path_parameter_reaches_a_file(hostile, route, attempt):
    response = hostile.get(route + attempt)
    assert response.status_code in (400, 404), (route + attempt, response.status_code)
    assert not any(secret in response.text for secret in SECRETS)


def test_a_traversal_in_the_static_files_never_leaves_their_folder(hostile):
    assert hostile.get("/static/app.css").status_code == 200
    for attempt in ("/static/../app.py", "/static/..%2Fapp.py", "/static/%2e%2e/app.py",
                    "/static/../../../pyproject.toml"):
        response = hostile.get(attempt)
        assert response.status_code == 404 and "def create_app" not in response.text, attempt


@pytest.mark.parametrize("path", ["/search", "/api/search", "/documents/x", "/api/events"])
def test_an_over_long_address_is_414_with_a_reason(hostile, path):
    response = hostile.get(path, params={"q": "drones " * 1000})
    assert response.status_code == 414
    reason = response.json()["detail"] if path.startswith("/api") else response.text
    assert "longer than 4096 bytes" in reason
    assert "drones drones" not in response.text  # the input is not echoed back
    assert response.headers["x-content-type-options"] == "nosniff"


def test_an_over_long_parameter_within_the_address_limit_is_422(hostile):
    assert hostile.get("/api/search", params={"q": "x" * 201}).status_code == 422
    assert hostile.get("/search", params={"q": "x" * 201}).status_code == 422


def test_a_request_body_is_refused(hostile):
    response = hostile.request("GET", "/api/overview", content=b"x" * 5000)
    assert response.status_code == 413 and "only answers GET" in response.json()["detail"]
    assert hostile.request("GET", "/", content=b"x" * 5000).status_code == 413
    assert hostile.post("/api/overview", content=b"{}").status_code == 405


def test_oversized_headers_are_431(hostile):
    response = hostile.get("/api/overview", headers={"x-padding": "x" * 20_000})
    assert response.status_code == 431 and "larger than 16384 bytes" in response.json()["detail"]
    assert hostile.get("/", headers={"x-padding": "x" * 20_000}).status_code == 431


def test_an_unreadable_content_length_is_400(hostile):
    response = hostile.get("/api/overview", headers={"content-length": "lots"})
    assert response.status_code == 400


INLINE_SCRIPT = re.compile(r"<script\b([^>]*)>(.*?)</script>", re.S)


def policy_of(response) -> dict[str, list[str]]:
    directives = [d.split() for d in response.headers["content-security-policy"].split(";") if d.strip()]
    return {d[0]: d[1:] for d in directives}


@pytest.mark.parametrize("path", PATHS)
def test_every_page_runs_only_the_inline_code_it_was_drawn_with(hostile, client, path):
    for app_client in (hostile, client):
        response = app_client.get(path)
        assert response.headers["x-content-type-options"] == "nosniff"
        policy = policy_of(response)
        assert policy["default-src"] == ["'none'"] and policy["object-src"] == ["'none'"]
        assert policy["frame-ancestors"] == ["'none'"] and policy["base-uri"] == ["'none'"]
        assert "'unsafe-inline'" not in policy["script-src"] and "'unsafe-eval'" not in policy["script-src"]
        inline = [body for attributes, body in INLINE_SCRIPT.findall(response.text) if "src=" not in attributes]
        assert inline, "the page has its own script (evidence links into closed sections)"
        assert {source_hash(body) for body in inline} <= set(policy["script-src"])
        if "Plotly.newPlot" not in response.text:
            assert "'unsafe-inline'" not in policy["style-src-elem"] + policy["style-src-attr"]


def test_an_altered_inline_script_would_not_run(client):
    response = client.get("/")
    body = INLINE_SCRIPT.findall(response.text)[-1][1]
    assert source_hash(body + " ") not in policy_of(response)["script-src"]


def test_json_and_static_files_carry_a_policy_with_no_sources(client):
    for path in ("/api/overview", "/static/app.css", "/static/plotly.min.js"):
        response = client.get(path)
        assert policy_of(response)["default-src"] == ["'none'"], path
        assert response.headers["x-content-type-options"] == "nosniff"

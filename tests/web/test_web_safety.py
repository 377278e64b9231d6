"""Safety: article text is untrusted. Every page escapes it, ids with odd characters round-trip,
the store is opened read-only."""

from __future__ import annotations

import warnings

import pytest
import sqlalchemy as sa

from storyline.web import create_app, urls

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

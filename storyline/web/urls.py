"""The one URL helper: every link the explorer prints is built here, so routes can move in one place.

Ids are percent-encoded whole (`business/001.txt` → `business%2F001.txt`, `a.txt#q3` → `a.txt%23q3`):
the routes take them as `{id:path}`, so slashes, dots and `#` in ids all round-trip.
"""

from __future__ import annotations

from urllib.parse import quote, urlencode

API = "/api"


def _id(raw: str) -> str:
    return quote(raw, safe="")


def _with(path: str, params: dict) -> str:
    """`path` with the non-empty `params` as its query string."""
    query = urlencode({k: v for k, v in params.items() if v not in (None, "")}, doseq=True)
    return f"{path}?{query}" if query else path


def overview() -> str:
    return "/"


def facts(**params) -> str:
    return _with("/facts", params)


def fact(fact_id: str) -> str:
    return f"/facts/{_id(fact_id)}"


def actors(**params) -> str:
    return _with("/actors", params)


def actor(actor_id: str) -> str:
    return f"/actors/{_id(actor_id)}"


def documents(**params) -> str:
    return _with("/documents", params)


def document(doc_id: str, **params) -> str:
    """A document's page; `start` and `end` mark a passage (a search hit) to highlight as `#hit`."""
    return _with(f"/documents/{_id(doc_id)}", params)


def events(**params) -> str:
    return _with("/events", params)


def quotes(**params) -> str:
    return _with("/quotes", params)


def search(**params) -> str:
    return _with("/search", params)


def static(name: str) -> str:
    return f"/static/{name}"


def api(url: str) -> str:
    """The JSON twin of a page's URL: `/events?type=AID` → `/api/events?type=AID`, `/` → `/api/overview`."""
    path, sep, query = url.partition("?")
    return f"{API}{'/overview' if path == '/' else path}{sep}{query}"

"""The explorer's FastAPI app: the one route table, the template environment, error pages.

Every page is listed once in `PAGES`: its HTML path, its JSON twin under `/api`, the builder in
`pages` that both share, and its template. Only GET routes exist, the store is opened with writes
forbidden, and all text goes through Jinja's autoescaping (the report's environment, overlaid
with a loader that looks in `web/templates` first and then reuses the report's partials).

No `from __future__ import annotations` here: FastAPI reads the views' annotations at run time,
and `html_view`'s refer to the builder it wraps.
"""

from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from functools import cache
from pathlib import Path
from typing import Annotated, Any

import plotly
from fastapi import Depends, FastAPI, Request
from fastapi.exception_handlers import http_exception_handler, request_validation_exception_handler
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, HTMLResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from jinja2 import ChoiceLoader, Environment, FileSystemLoader
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException
from starlette.middleware.trustedhost import TrustedHostMiddleware

from storyline import __version__
from storyline.report.dossier import TEMPLATES as REPORT_TEMPLATES
from storyline.report.dossier import environment as report_environment
from storyline.store import Store

from . import figures, pages, urls
from .security import STATIC_POLICY, InlinePolicy, request_too_large

TEMPLATES = Path(__file__).parent / "templates"
STATIC = Path(__file__).parent / "static"
PLOTLY_JS = Path(plotly.__file__).parent / "package_data" / "plotly.min.js"

PAGES: tuple[tuple[str, str, Callable[..., pages.Page], str], ...] = (
    # HTML path, JSON twin, builder, template
    ("/", "/api/overview", pages.overview, "overview.html"),
    ("/facts", "/api/facts", pages.facts, "facts.html"),
    ("/facts/{fact_id:path}", "/api/facts/{fact_id:path}", pages.fact, "fact.html"),
    ("/actors", "/api/actors", pages.actors, "actors.html"),
    ("/actors/{actor_id:path}", "/api/actors/{actor_id:path}", pages.actor, "actor.html"),
    ("/documents", "/api/documents", pages.documents, "documents.html"),
    ("/documents/{doc_id:path}", "/api/documents/{doc_id:path}", pages.document, "document.html"),
    ("/events", "/api/events", pages.events, "events.html"),
    ("/quotes", "/api/quotes", pages.quotes, "quotes.html"),
    ("/search", "/api/search", pages.search, "search.html"),
)

LOOPBACK = ("127.0.0.1", "localhost")
SECURITY_HEADERS = {
    # Everything comes from this server: plotly.js included, no CDN, no third-party requests. Pages
    # set their own policy (`render`: the hashes of their inline code); anything else gets this one.
    "Content-Security-Policy": STATIC_POLICY,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
}


@cache
def environment() -> Environment:
    """The report's environment (autoescape, filters), looking in `web/templates` first."""
    env = report_environment().overlay(
        loader=ChoiceLoader([FileSystemLoader(TEMPLATES), FileSystemLoader(REPORT_TEMPLATES)]),
        auto_reload=False,  # installed templates do not change under a running server
    )
    env.globals = {**env.globals, "urls": urls}
    return env


def render(request: Request, template: str, page: pages.Page, status_code: int = 200) -> HTMLResponse:
    """One page as HTML, with a `Link` header to its JSON twin (as Datasette does)."""
    json_url = urls.api(request.url.path + (f"?{request.url.query}" if request.url.query else ""))
    return _html(template, page, json_url, request.url.path, status_code,
                 {"Link": f'<{json_url}>; rel="alternate"; type="application/json"'})


def _html(template: str, page: pages.Page, json_url: str, path: str, status_code: int,
          headers: dict[str, str] | None = None) -> HTMLResponse:
    """A page as HTML with its own Content-Security-Policy: only the inline code it was drawn with runs."""
    env = environment()
    policy = InlinePolicy(env)
    lk = page.lookup()
    html = env.get_template(template).render(page=page, lk=lk, json_url=json_url, path=path, csp=policy,
                                             **page.extras(lk))
    return HTMLResponse(html, status_code=status_code,
                        headers={**(headers or {}), "Content-Security-Policy": policy.header()})


def refuse(request: Request, status_code: int, reason: str) -> Response:
    """A request too large to answer: a clear 4xx, JSON under /api, a plain page elsewhere, the input not echoed."""
    if _is_api(request):
        return JSONResponse({"detail": reason}, status_code=status_code)
    title = {413: "Request too large", 414: "Address too long", 431: "Headers too large"}.get(status_code,
                                                                                            "Bad request")
    return _html("error.html", ErrorPage(status=status_code, title=title, problems=[reason]), urls.api("/"),
                 "", status_code)


def html_view(build: Callable[..., pages.Page], template: str) -> Callable[..., HTMLResponse]:
    """The HTML page of a builder: FastAPI resolves the builder's parameters, the view renders."""

    def view(request: Request, page: Annotated[pages.Page, Depends(build)]) -> HTMLResponse:
        return render(request, template, page)

    view.__name__ = f"{build.__name__}_page"
    return view


class ErrorPage(pages.Page):
    status: int
    title: str
    problems: list[str]


def _is_api(request: Request) -> bool:
    return request.url.path == urls.API or request.url.path.startswith(urls.API + "/")


async def http_error(request: Request, exc: Exception) -> Response:
    """404 and friends: JSON under /api, a plain page elsewhere."""
    assert isinstance(exc, HTTPException)
    if _is_api(request):
        return await http_exception_handler(request, exc)
    title = {404: "Not found", 405: "Method not allowed"}.get(exc.status_code, "Error")
    page = ErrorPage(status=exc.status_code, title=title, problems=[str(exc.detail)])
    response = render(request, "error.html", page, status_code=exc.status_code)
    response.headers.update(exc.headers or {})  # `Allow` on a 405
    return response


async def validation_error(request: Request, exc: Exception) -> Response:
    """422: which parameter was wrong and why, without echoing the input back."""
    assert isinstance(exc, RequestValidationError)
    if _is_api(request):
        return await request_validation_exception_handler(request, exc)
    problems = [f"{'.'.join(str(x) for x in e['loc'][1:]) or 'request'}: {e['msg']}" for e in exc.errors()]
    page = ErrorPage(status=422, title="Invalid request", problems=problems)
    return render(request, "error.html", page, status_code=422)


def plotly_js() -> FileResponse:
    """plotly.js from the installed plotly package: the plots need no network."""
    return FileResponse(PLOTLY_JS, media_type="text/javascript")


def create_app(db: str | Path | Store, allowed_hosts: list[str] | None = None) -> FastAPI:
    """The explorer over one store, read-only.

    Example: `uvicorn.run(create_app("storyline.db"), host="127.0.0.1", port=8000)`

    :param db: the store's path or URL, or an open `Store`; writes are forbidden on it from now on
    :param allowed_hosts: `Host` headers to answer (guards a local server against DNS rebinding);
        None answers any
    """
    store = (db if isinstance(db, Store) else Store(db)).forbid_writes()

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        figures.overview_figures(store)  # draw the overview's plots before the first visitor
        yield

    app = FastAPI(title="storyline explorer", version=__version__, lifespan=lifespan,
                  docs_url=None, redoc_url=None, openapi_url=f"{urls.API}/openapi.json",
                  description="Read-only JSON twins of the explorer's pages; the same filters as the pages.")
    app.state.store = store
    for path, api_path, build, template in PAGES:
        app.add_api_route(api_path, build, methods=["GET"], tags=["storyline"],
                          summary=(build.__doc__ or "").split("\n")[0])
        app.add_api_route(path, html_view(build, template), methods=["GET"], response_class=HTMLResponse,
                          include_in_schema=False)
    app.add_api_route(urls.static("plotly.min.js"), plotly_js, methods=["GET"], include_in_schema=False)
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    app.add_exception_handler(HTTPException, http_error)
    app.add_exception_handler(RequestValidationError, validation_error)

    @app.middleware("http")
    async def security_headers(request: Request, call_next: Callable[[Request], Any]) -> Response:
        target = len(request.scope.get("raw_path") or b"") + len(request.scope.get("query_string") or b"")
        header_bytes = sum(len(name) + len(value) for name, value in request.scope.get("headers") or [])
        too_large = request_too_large(target, request.headers, header_bytes)
        if too_large:
            response = refuse(request, *too_large)
        else:
            await run_in_threadpool(store.refresh)  # a build committed since the last request shows now
            response = await call_next(request)
        for name, value in SECURITY_HEADERS.items():
            response.headers.setdefault(name, value)
        return response

    if allowed_hosts:
        app.add_middleware(TrustedHostMiddleware, allowed_hosts=allowed_hosts)
    return app


def serve(db: str | Path | Store, host: str = "127.0.0.1", port: int = 8000) -> None:
    """Serve the explorer until interrupted; only this machine can reach it unless `host` says otherwise.

    Example: `serve("storyline.db")` then open http://127.0.0.1:8000/

    :param db: the store's path or URL, or an open `Store`
    :param host: interface to bind; `0.0.0.0` exposes the store to the network
    :param port: TCP port
    """
    import uvicorn

    local = host in LOOPBACK
    uvicorn.run(create_app(db, allowed_hosts=list(LOOPBACK) if local else None), host=host, port=port,
                log_level="warning")


"""Web explorer latency: p50/p95 per page of `storyline serve` over a real store, from 127.0.0.1.

Serves the store read-only on a free local port (the same app as `storyline serve`), picks real
targets from it (the best corroborated facts, the most mentioned actors, a seeded sample of
articles, the commonest event type, words to search), then runs a bounded loop: for each page,
`--warmup` untimed requests and `--requests` timed ones over one keep-alive connection, each
read to the last byte. Prints p50/p95 per page and exits 1 when a p95 is over `--budget` ms.

Build the store once, e.g. from the 2,225 BBC articles:
    storyline build ../shared/corpus/bbc-news/bbc --db /tmp/bbc.db --workers 2

usage: python benchmarks/web.py --db /tmp/bbc.db [--requests 60] [--warmup 3] [--budget 200]
"""

from __future__ import annotations

import argparse
import http.client
import json
import random
import socket
import statistics
import sys
import threading
import time
from pathlib import Path

HOST = "127.0.0.1"  # the load never leaves this machine


class Client:
    """One keep-alive HTTP connection to the local server."""

    def __init__(self, port: int):
        self.connection = http.client.HTTPConnection(HOST, port, timeout=60)

    def get(self, path: str) -> tuple[int, bytes]:
        self.connection.request("GET", path)
        response = self.connection.getresponse()
        return response.status, response.read()

    def json(self, path: str) -> dict:
        status, body = self.get(path)
        if status != 200:
            raise SystemExit(f"{path}: HTTP {status}")
        return json.loads(body)


def start_server(db: str) -> tuple[int, object]:
    """The explorer on a free port of 127.0.0.1, in a background thread."""
    import uvicorn

    from storyline.web import create_app

    with socket.socket() as s:
        s.bind((HOST, 0))
        port = s.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(create_app(db), host=HOST, port=port, log_level="warning"))
    threading.Thread(target=server.run, daemon=True).start()
    deadline = time.monotonic() + 120
    while not server.started:
        if time.monotonic() > deadline:
            raise SystemExit("the server did not start")
        time.sleep(0.05)
    return port, server


def targets(client: Client, seed: int) -> dict[str, list[str]]:
    """Page name → the URLs it is measured on, taken from the store itself."""
    from storyline.web import urls

    rng = random.Random(seed)
    overview = client.json(urls.api(urls.overview()))
    facts = [f["id"] for f in overview["facts"]] or ["missing"]
    actors = [a["id"] for a in client.json(urls.api(urls.actors(size=20)))["items"]] or ["missing"]
    documents = client.json(urls.api(urls.documents(size=200)))
    docs = [d["id"] for d in documents["items"]]
    if documents["total"] > 200:
        pages = rng.sample(range(2, documents["pages"] + 1), min(5, documents["pages"] - 1))
        for p in pages:
            docs += [d["id"] for d in client.json(urls.api(urls.documents(size=200, page=p)))["items"]]
    docs = rng.sample(docs, min(20, len(docs))) or ["missing"]
    events = client.json(urls.api(urls.events(size=200)))["items"]
    common = max({e["type"] for e in events}, key=[e["type"] for e in events].count) if events else "AID"
    words = ["government", "market", "film", "minister", "growth", "election", "club", "phone"]
    last_events = max(1, client.json(urls.api(urls.events()))["pages"])
    return {
        "overview": [urls.overview()],
        "facts": [urls.facts(), urls.facts(conflicted="true"), urls.facts(kind="event")],
        "fact": [urls.fact(f) for f in facts],
        "actors": [urls.actors(), urls.actors(kind="person"), urls.actors(name="bank")],
        "actor": [urls.actor(a) for a in actors],
        "documents": [urls.documents(), urls.documents(page=2)],
        "document": [urls.document(d) for d in docs],
        "events": [urls.events(), urls.events(type=common), urls.events(actor=actors[0]),
                   urls.events(page=last_events), urls.events(status="denied")],
        "quotes": [urls.quotes(), urls.quotes(stance="deny"), urls.quotes(speaker=actors[0])],
        "search": [urls.search(q=w) for w in words],
        "api events": [urls.api(urls.events(type=common))],
        "api fact": [urls.api(urls.fact(f)) for f in facts],
    }


def measure(client: Client, urls_: list[str], requests: int, warmup: int) -> list[float]:
    """Milliseconds of `requests` GETs cycling through `urls_`, after `warmup` untimed rounds."""
    for url in urls_ * warmup:
        client.get(url)
    times = []
    for i in range(requests):
        url = urls_[i % len(urls_)]
        started = time.perf_counter()
        status, _ = client.get(url)
        times.append((time.perf_counter() - started) * 1000)
        if status != 200:
            raise SystemExit(f"{url}: HTTP {status}")
    return times


def percentile(values: list[float], p: int) -> float:
    """The `p`th percentile of `values` (inclusive method, as the budget is read)."""
    return statistics.quantiles(values, n=100, method="inclusive")[p - 1] if len(values) > 1 else values[0]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--db", required=True, help="the store: a SQLite file or a SQLAlchemy URL")
    parser.add_argument("--requests", type=int, default=60, help="timed requests per page (bounded)")
    parser.add_argument("--warmup", type=int, default=3, help="untimed rounds over each page's URLs")
    parser.add_argument("--budget", type=float, default=200.0, help="p95 budget per page, in ms")
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args(argv)
    if "://" not in args.db and not Path(args.db).exists():
        raise SystemExit(f"no store at {args.db}: build it first (`storyline build PATHS --db {args.db}`)")
    args.requests = max(2, min(args.requests, 1000))

    started = time.perf_counter()
    port, server = start_server(args.db)
    client = Client(port)
    print(f"store: {args.db} — server up in {time.perf_counter() - started:.1f} s on {HOST}:{port}")
    plan = targets(client, args.seed)
    over = []
    print(f"{'page':<12} {'urls':>4} {'n':>5} {'p50 ms':>8} {'p95 ms':>8} {'max ms':>8}")
    for page, urls_ in plan.items():
        times = measure(client, urls_, args.requests, args.warmup)
        p50, p95 = statistics.median(times), percentile(times, 95)
        flag = "" if p95 < args.budget else f"  over {args.budget:.0f} ms"
        if flag:
            over.append(page)
        print(f"{page:<12} {len(urls_):>4} {len(times):>5} {p50:>8.1f} {p95:>8.1f} {max(times):>8.1f}{flag}")
    server.should_exit = True  # type: ignore[attr-defined]
    if over:
        print(f"p95 over budget: {', '.join(over)}")
        return 1
    print(f"every page under {args.budget:.0f} ms at p95")
    return 0


if __name__ == "__main__":
    sys.exit(main())

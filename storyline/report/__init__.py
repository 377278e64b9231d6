"""The HTML dossier: one offline file showing a story's facts, conflicts, actors and evidence."""

from .dossier import render_dossier, write_dossier

__all__ = ["render_dossier", "write_dossier"]

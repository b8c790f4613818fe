"""Service commands of the CLI (``serve``, ``worker``, ``keys``), registered on the main app."""

from __future__ import annotations

import typer


def register(app: typer.Typer) -> None:
    """Add the service commands to ``app``."""

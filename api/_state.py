"""What the app holds between requests (models load once, at start-up)."""

from __future__ import annotations

from dataclasses import dataclass

from fastapi import Request

from textinsight.analyzer import Analyzer
from textinsight.settings import Settings


@dataclass
class AppState:
    """Settings and the loaded analyzer."""

    settings: Settings
    analyzer: Analyzer | None = None


def state(request: Request) -> AppState:
    """The app state of the current request."""
    return request.app.state.textinsight  # type: ignore[no-any-return]

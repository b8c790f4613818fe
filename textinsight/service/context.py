"""What a job handler may use of the worker that runs it (a leaf module, so that the handlers
in ``topics.py`` and ``taxonomies.py`` need not import ``worker.py``, which dispatches to them)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from ..settings import Settings
    from .analyzers import AnalyzerSet
    from .jobs import JobStore


class WorkerContext(Protocol):
    """The running worker as its job handlers see it (:class:`~.worker.Worker` is one)."""

    @property
    def settings(self) -> Settings: ...

    @property
    def store(self) -> JobStore: ...

    @property
    def holder(self) -> str:
        """The lease holder every commit and finish is fenced on."""
        ...

    @property
    def analyzers(self) -> AnalyzerSet: ...

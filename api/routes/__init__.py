"""One router per resource.

``RESOURCES`` is the registry: ``api/main.py`` includes the ``router`` of each module named
here, in this order. A new resource is its module (routes, and its schemas when only it uses
them), its service function, and one line here. ``docs`` and ``dashboard`` are not listed:
they install themselves (static files, middleware); ``common`` holds the routes' helpers.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from fastapi import APIRouter

RESOURCES = (
    "health",
    "analyze",
    "models",
    "jobs",
    "topic_models",
    "taxonomies",
    "streams",
)


def routers() -> list[APIRouter]:
    """The routers of :data:`RESOURCES`, in order (each module imported here, not before)."""
    return [import_module(f"{__name__}.{name}").router for name in RESOURCES]

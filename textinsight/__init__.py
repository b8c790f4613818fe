"""textinsight: customer-experience insight from Danish, Norwegian, Swedish and English feedback.

The public surface is listed in ``__all__``; everything else is internal.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"
__all__ = ["Analyzer", "Pipeline", "Settings", "TextInsightError", "analyze", "__version__"]

if TYPE_CHECKING:
    from .analyzer import Analyzer, analyze
    from .errors import TextInsightError
    from .pipeline import Pipeline
    from .settings import Settings

_LAZY = {
    "Analyzer": "analyzer",
    "analyze": "analyzer",
    "Pipeline": "pipeline",
    "Settings": "settings",
    "TextInsightError": "errors",
}


def __getattr__(name: str) -> Any:
    """Import public names on first use, so ``import textinsight`` stays cheap."""
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(f".{_LAZY[name]}", __name__), name)
    raise AttributeError(name)

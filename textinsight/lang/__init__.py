"""Per-language data (abbreviations, speaker words), kept in small data-only modules."""

from __future__ import annotations

from types import ModuleType

from . import da, en, nb, sv

SUPPORTED = ("da", "nb", "sv", "en")
_MODULES: dict[str, ModuleType] = {"da": da, "nb": nb, "nn": nb, "sv": sv, "en": en}


def data(code: str) -> ModuleType | None:
    """The data module of a supported language code, or None."""
    return _MODULES.get(code)

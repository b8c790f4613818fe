"""First names and surnames from Faker's maintained locale lists (the locales of the language
packs), and the stop words a name is checked against."""

from __future__ import annotations

import importlib

from .. import lang as langpacks
from .words import AMBIGUOUS, name_locales

__all__ = ["AMBIGUOUS", "first_names", "last_names", "stop_words"]


def _names(attr_names: tuple[str, ...]) -> set[str]:
    out: set[str] = set()
    for loc in name_locales():
        provider = importlib.import_module(f"faker.providers.person.{loc}").Provider
        for attr in attr_names:
            value = getattr(provider, attr, None)
            if value:
                out.update(value.keys() if isinstance(value, dict) else value)
    return {n for n in out if n.isalpha() or "-" in n}


@langpacks.cached
def first_names() -> frozenset[str]:
    """Lower-cased first names."""
    names = _names(("first_names", "first_names_male", "first_names_female"))
    return frozenset(n.lower() for n in names)


@langpacks.cached
def last_names() -> frozenset[str]:
    """Lower-cased surnames."""
    return frozenset(n.lower() for n in _names(("last_names",)))


@langpacks.cached
def stop_words(lang: str) -> frozenset[str]:
    """spaCy's stop words of the language's pack and of English (feedback mixes them)."""
    import spacy

    words: set[str] = set(spacy.blank("en").Defaults.stop_words)
    pack = langpacks.pack(lang)
    if pack is not None and pack.spacy not in ("en", "xx"):
        words |= set(spacy.blank(pack.spacy).Defaults.stop_words)
    return frozenset(w.lower() for w in words)

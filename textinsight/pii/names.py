"""First names and surnames from Faker's maintained locale lists (da, nb, sv, en)."""

from __future__ import annotations

import importlib
from functools import lru_cache

LOCALES = ("da_DK", "no_NO", "sv_SE", "en_GB", "en_US")

# Names that are also everyday words in one of the four languages; they count as names only
# with stronger evidence (a surname after them, a title before them, a speaker tag).
AMBIGUOUS = frozenset(
    "per bo dag tor sten mai mark will may june rose grace hope faith joy frank bill art "
    "carl karl ben max love mona ask vi alle lise bent ole hans eva ida elin liv nor by "
    "sol storm sky hall stig ulf ove rune glad ro ruth ray guy rich dean lane april pat "
    "nick rob jack rose victoria august ville said can pus lykke rosa jo".split()
)


def _names(attr_names: tuple[str, ...]) -> set[str]:
    out: set[str] = set()
    for loc in LOCALES:
        provider = importlib.import_module(f"faker.providers.person.{loc}").Provider
        for attr in attr_names:
            value = getattr(provider, attr, None)
            if value:
                out.update(value.keys() if isinstance(value, dict) else value)
    return {n for n in out if n.isalpha() or "-" in n}


@lru_cache(maxsize=1)
def first_names() -> frozenset[str]:
    """Lower-cased first names."""
    names = _names(("first_names", "first_names_male", "first_names_female"))
    return frozenset(n.lower() for n in names)


@lru_cache(maxsize=1)
def last_names() -> frozenset[str]:
    """Lower-cased surnames."""
    return frozenset(n.lower() for n in _names(("last_names",)))


@lru_cache(maxsize=8)
def stop_words(lang: str) -> frozenset[str]:
    """spaCy's stop words of the language and of English (feedback mixes them)."""
    import spacy

    words: set[str] = set(spacy.blank("en").Defaults.stop_words)
    if lang in ("da", "nb", "sv"):
        words |= set(spacy.blank(lang).Defaults.stop_words)
    return frozenset(w.lower() for w in words)

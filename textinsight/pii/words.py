"""The recognizers' word lists, built from the language packs (the union over all of them).

Regular expressions that hold pack words are ``LazyRegex``: compiled on first use (nothing
is read at import) and rebuilt when ``textinsight.lang.use_pack_dirs`` changes the packs.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from typing import Any

from .. import lang as langpacks

# phone numbers of the neighbours, recognised whatever the language of the text
NEIGHBOUR_PHONE_REGIONS = ("FI", "DE")

AMBIGUOUS = langpacks.WordSet("ambiguous_names")  # names that are also everyday words
ROLE = langpacks.WordSet("role_tags")  # speaker, role and form-field words: never a name
NOT_A_NAME = langpacks.WordSet("not_a_name")  # "I'm Danish": no person
MONTHS = langpacks.WordSet("months")  # "3 Jan" is a date
NOT_STREETS = langpacks.WordSet("not_streets")  # "Interview 7" is no address


def languages() -> tuple[str, ...]:
    """The languages the recognizers are built for: the base packs."""
    return langpacks.supported()


def language_of(code: str) -> str:
    """The recognizers' language for a text's language code (a variant reads as its base;
    a language without a pack as English)."""
    pack = langpacks.pack(code)
    return pack.base if pack is not None else "en"


def spacy_code(code: str) -> str:
    """spaCy's language of a pack (its blank pipeline tokenizes for context words)."""
    pack = langpacks.pack(code)
    return pack.spacy if pack is not None else "xx"


@langpacks.cached
def phone_regions() -> tuple[str, ...]:
    """``phonenumbers`` regions: those of the packs, then the neighbours'."""
    regions = [r for p in langpacks.packs().values() for r in p.phone_regions]
    return tuple(dict.fromkeys([*regions, *NEIGHBOUR_PHONE_REGIONS]))


@langpacks.cached
def name_locales() -> tuple[str, ...]:
    """Faker locales whose first names and surnames are read."""
    return tuple(dict.fromkeys(loc for p in langpacks.packs().values() for loc in p.name_locales))


def phone_words() -> str:
    """Words that announce a phone number ("ring meg på", "tlf.", "call me on", "nås på")."""
    return f"(?:{langpacks.alternation('phone_words_re')})"


def street_words() -> str:
    """Street-name endings ("gade", "vägen", "road")."""
    return f"(?:{langpacks.alternation('street_words_re')})"


def reference_words() -> str:
    """Words after which a number is a reference ("ordre", "ticket", "ärende")."""
    return langpacks.alternation("reference_words_re")


class LazyRegex:
    """A compiled regular expression whose source is built from the packs on first use."""

    def __init__(self, build: Callable[[], str], flags: int = 0) -> None:
        self._build, self._flags = build, flags
        self._seen: tuple[int, re.Pattern[str]] | None = None

    @property
    def rx(self) -> re.Pattern[str]:
        """The compiled expression (compiled again when the packs have changed)."""
        if self._seen is None or self._seen[0] != langpacks.generation():
            self._seen = (langpacks.generation(), re.compile(self._build(), self._flags))
        return self._seen[1]

    @property
    def pattern(self) -> str:
        """The expression's source."""
        return self.rx.pattern

    def search(self, text: str, *args: Any) -> re.Match[str] | None:
        """``re.Pattern.search``."""
        return self.rx.search(text, *args)

    def match(self, text: str, *args: Any) -> re.Match[str] | None:
        """``re.Pattern.match``."""
        return self.rx.match(text, *args)

    def fullmatch(self, text: str, *args: Any) -> re.Match[str] | None:
        """``re.Pattern.fullmatch``."""
        return self.rx.fullmatch(text, *args)

    def finditer(self, text: str, *args: Any) -> Iterator[re.Match[str]]:
        """``re.Pattern.finditer``."""
        return self.rx.finditer(text, *args)

    def sub(self, repl: Any, text: str, count: int = 0) -> str:
        """``re.Pattern.sub``."""
        return self.rx.sub(repl, text, count)

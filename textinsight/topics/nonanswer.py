"""Survey non-answers ("Ingen kommentarer", "N/A", "-", "ok"): set aside before clustering.

A survey export is full of them, and clustered they become the biggest topic. A text is a
non-answer when, lower-cased and stripped of punctuation, emoji and spaces, it is empty, or it
is one of the stock phrases below in any of the four languages.
"""

from __future__ import annotations

import re

_PHRASES = {
    # English
    "na", "n a", "none", "nothing", "no", "nope", "ok", "okay", "k", "fine", "good", "nil",
    "no comment", "no comments", "nothing to add", "nothing to say", "nothing else",
    "nothing more", "nothing more to add", "dont know", "don t know", "idk", "not applicable",
    "no thanks", "no thank you", "none thanks", "x", "xx", "xxx", "test", "yes", "nothing really",
    # Danish
    "ingen", "ingen kommentar", "ingen kommentarer", "intet", "intet at tilføje",
    "intet at bemærke", "intet yderligere", "ikke noget", "nej", "nej tak", "ved ikke",
    "ingenting", "ingen bemærkninger", "ingen kommentarer tak", "ja", "nix",
    # Norwegian Bokmål
    "ingenting å tilføye", "ingenting å si", "ikke noe", "nei", "nei takk",
    "vet ikke", "ingen merknader", "ingenting mer", # Swedish
    "inga kommentarer", "inget", "inget att tillägga", "inget att säga",
    "inget mer", "nej tack", "vet ej", "vet inte", "inga synpunkter",
    "inga", "nä", "nää",
}  # fmt: skip
_STRIP = re.compile(r"[^\w]+|_")


def normalise(text: str) -> str:
    """Lower-case words separated by single spaces (punctuation and emoji removed)."""
    return " ".join(_STRIP.sub(" ", text.lower()).split())


def is_non_answer(text: str) -> bool:
    """True for an empty answer, a bare mark, or a stock 'nothing to say' phrase."""
    norm = normalise(text)
    return not norm or norm.isdigit() or norm in _PHRASES

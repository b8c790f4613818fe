"""Survey non-answers ("Ingen kommentarer", "N/A", "-", "ok"): set aside before clustering,
and given no labels.

A survey export is full of them, and clustered they become the biggest topic. A text is a
non-answer when, lower-cased and stripped of punctuation, emoji and spaces, it is empty, or it
is one of the stock phrases of any language pack (``non_answers``). The label stages read
:func:`is_unlabelled_answer`: the same, less the stock answers that still rate the service
(``rated_answers``: "ok", "fine", "good"), which the sentiment model reads as it finds them.
"""

from __future__ import annotations

import re

from . import lang as langpacks

_PHRASES = langpacks.WordSet("non_answers")  # lower case, words separated by single spaces
_RATED = langpacks.WordSet("rated_answers")
_STRIP = re.compile(r"[^\w]+|_")


def normalise(text: str) -> str:
    """Lower-case words separated by single spaces (punctuation and emoji removed)."""
    return " ".join(_STRIP.sub(" ", text.lower()).split())


def is_non_answer(text: str) -> bool:
    """True for an empty answer, a bare mark, or a stock 'nothing to say' phrase."""
    norm = normalise(text)
    return not norm or norm.isdigit() or norm in _PHRASES


def is_unlabelled_answer(text: str) -> bool:
    """True for a non-answer that says nothing about the service either: neutral sentiment,
    feedback type ``other``, no pillar or touchpoint (issue 11)."""
    return is_non_answer(text) and normalise(text) not in _RATED

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


_BLANK_MARKS = frozenset("-–—_.,·*/\\?!\"' \t\r\n")  # a bare mark; not ":(" or "👎"


def is_unlabelled_answer(text: str) -> bool:
    """True for a non-answer that says nothing about the service either: neutral sentiment,
    feedback type ``other``, no pillar or touchpoint (issue 11). Unlike :func:`is_non_answer`
    (which sets aside for topics whatever carries no words), an emoji, an emoticon or a bare
    number ("👎", ":(", "10") still rates, and a rated stock answer ("ok", "fine") too: those
    stay the models'."""
    norm = normalise(text)
    if not norm:
        return all(c in _BLANK_MARKS for c in text)
    return norm in _PHRASES and norm not in _RATED

"""Checks a finding must pass after detection, shared by the recognizers of numbers.

Presidio runs every recognizer, boosts scores by context words and drops a finding that
another of its kind contains; only then are these checks made, through the ``finish`` method
of the recognizer that made the finding (``PiiDetector.detect`` calls it). Made any earlier,
a number that a longer, rejected candidate contained would come through on its own.
"""

from __future__ import annotations

import re

from presidio_analyzer import RecognizerResult

from ..words import LazyRegex, reference_words

# case matters in the patterns of our recognizers: "Gade 3" is an address, "gade 3" prose
FLAGS = re.DOTALL | re.MULTILINE

# A number right after a reference word (the packs' ``reference_words_re``), or after a word
# ending in "nummer / nr / number" that names no personal number, is a reference, not
# personal data.
_NUMBER_WORD = (
    r"\w+(?<!cpr)(?<!cpr-)(?<!person)(?<!pers)(?<!fødsels)(?<!födelse)(?<!telefon)(?<!tlf)"
    r"(?<!jobb)(?<!job)(?<!fastnet)(?<!hjemme)(?<!arbejds)(?<!kontakt)(?<!privat)(?<!direkte)"
    r"(?<!sms)(?<!tel)(?<!fastnät)(?<!hem)(?<!arbets)(?<!jobb-)"
    r"(?<!mobil)(?<!konto)(?<!account)(?<!clearing)(?<!reg)(?<!d-)(?<!samordnings)"
    r"(?<!identitets)(?<!id-)(?:nummer|nummeret|numret|nr|number|no)"
)
_REFERENCE_TAIL = (
    r"(?:en|et|n|s|er|erne|arna|ene)?(?:-(?:nummer\w*|numret|nr|number))?\.?:?"
    r"(?:\s*[,:]?\s*(?:er|is|är|var|was|min|mitt|mit|my|your|jeres|deres|er nu|is now|"
    r"nummer|number|nr|no)\b)*[\s,:#]*$"
)
NOT_PERSONAL = LazyRegex(
    lambda: rf"(?<!\w)(?:{reference_words()}|{_NUMBER_WORD}|nr|no|#){_REFERENCE_TAIL}",
    re.IGNORECASE,
)
# a country calling code right before a number makes it a phone number
_COUNTRY_CODE = re.compile(r"(?:\+|00)\d{1,3}[ -]?(?:\(0\)[ -]?)?$")
_PAIR = {"(": ")", "[": "]", ")": "(", "]": "["}


def before(text: str, result: RecognizerResult, width: int = 30) -> str:
    """The ``width`` characters before a finding."""
    return text[max(0, result.start - width) : result.start]


def after_reference(text: str, result: RecognizerResult) -> bool:
    """A reference word comes right before the finding ("ordre 20123456", "case no. ...")."""
    return NOT_PERSONAL.search(before(text, result)) is not None


def inside_code(text: str, result: RecognizerResult) -> bool:
    """A letter or digit touches the finding, directly or across a hyphen: it is part of a
    longer code ("1Z223EW9927795006", "HH-4481-2290-B")."""
    head, tail = text[max(0, result.start - 2) : result.start], text[result.end : result.end + 2]
    head = head[:-1] if head.endswith("-") else head
    tail = tail[1:] if tail.startswith("-") else tail
    return (head[-1:].isalnum()) or (tail[:1].isalnum())


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Drop an unbalanced bracket at either end of a span ("(05061876245")."""
    while (
        start < end
        and text[start] in "(["
        and (text.count(_PAIR[text[start]], start, end) < text.count(text[start], start, end))
    ):
        start += 1
    while (
        end > start
        and text[end - 1] in ")]"
        and (text.count(_PAIR[text[end - 1]], start, end) < text.count(text[end - 1], start, end))
    ):
        end -= 1
    return start, end


def country_code_start(text: str, start: int) -> int | None:
    """Where a country calling code written right before ``start`` begins ("+44 ", "0045")."""
    cc = _COUNTRY_CODE.search(text, max(0, start - 8), start)
    return cc.start() if cc is not None else None


def trimmed(text: str, result: RecognizerResult) -> RecognizerResult:
    """The finding without unbalanced brackets at its ends."""
    start, end = trim(text, result.start, result.end)
    return RecognizerResult(result.entity_type, start, end, result.score)


class Finishing:
    """A recognizer whose findings are checked once more after Presidio's own steps."""

    def finish(self, text: str, result: RecognizerResult) -> RecognizerResult | None:
        """The finding as reported, or None to drop it (by default: brackets trimmed)."""
        return trimmed(text, result)

"""The rules that decide whether a word of the text is a person's name.

``PersonNameRecognizer.analyze`` walks the words; each word becomes a ``Candidate`` holding the
evidence around it (a title before it, a known first name, a role word, a cue after it, ...),
each piece computed on first use. The rules are read in this order:

1. ``NOT_A_NAME``: any one of them and the word is skipped;
2. ``NAME``: at least one of them must hold;
3. ``VETO``: any one of them and the word is skipped after all.

What follows (the surnames after the word, an initial before it, a brand it belongs to) is
the recognizer's ``_extent`` and ``_brand``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any, Generic, Protocol, TypeVar

from ..words import AMBIGUOUS, MONTHS, ROLE
from . import person_words as pw

T = TypeVar("T")


class evidence(Generic[T]):  # lower case: a decorator, as ``property``
    """A property computed on first use and then kept on the instance (``cached_property``
    without its lock, which Python 3.11 takes on every first read)."""

    def __init__(self, fn: Callable[[Any], T]) -> None:
        self.fn, self.name, self.__doc__ = fn, fn.__name__, fn.__doc__

    def __get__(self, obj: Any, cls: Any = None) -> T:
        if obj is None:
            return self  # type: ignore[return-value]  # read on the class: the descriptor
        value = obj.__dict__[self.name] = self.fn(obj)
        return value


class NameReader(Protocol):
    """What the rules ask of the recognizer: its name lists and its costlier checks."""

    last: frozenset[str]
    stop: frozenset[str]

    def _first(self, w: str) -> bool: ...
    def _possessive(self, w: str) -> bool: ...
    def _sentence_start(self, text: str, pos: int) -> bool: ...
    def _speaker_tag(self, text: str, m: Any) -> bool: ...
    def _surname_next(self, text: str, cur: Any, nxt: Any, loose: bool = False) -> bool: ...
    def _unlisted(self, text: str, m: Any, w: str, core: str, words: list[Any], i: int) -> bool: ...
    def _role(
        self, text: str, pos: int, before: str, core: str, after: str, upper: bool
    ) -> bool: ...


class Candidate:
    """A word that may be (the start of) a name, with the evidence around it."""

    def __init__(self, rec: NameReader, text: str, words: list[Any], i: int, word: str) -> None:
        self.rec, self.text, self.words, self.i = rec, text, words, i
        self.m = words[i]
        self.word = word  # without the "@" of a handle
        self.low = word.lower()
        self.upper = word[0].isupper()

    @evidence
    def before(self) -> str:
        """The 30 characters before the word."""
        return self.text[max(0, self.m.start() - 30) : self.m.start()]

    @evidence
    def after(self) -> str:
        """The 20 characters after the word."""
        return self.text[self.m.end() : self.m.end() + 20]

    @evidence
    def bare_initial(self) -> re.Match[str] | None:
        """An initial without its period after a title ("Miss P Shah")."""
        return pw.TITLED_INITIAL.search(self.before)

    @evidence
    def core(self) -> str:
        """``before`` without an initial ("Mrs J. Whitfield": the cue before "J.")."""
        if self.bare_initial is not None:
            return self.before[: self.bare_initial.start(1)]
        return pw.INITIAL_BEFORE.sub("", self.before)

    @evidence
    def titled(self) -> bool:
        """A title right before ("fru", "Mr")."""
        return pw.TITLED.search(self.core) is not None

    @evidence
    def named(self) -> bool:
        """ "hedder / heter / named / my name is" right before."""
        return pw.NAMED_BEFORE.search(self.core) is not None

    @evidence
    def first(self) -> bool:
        """A first name of the name lists (or its genitive, "Bents")."""
        return self.rec._first(self.word) or self.rec._possessive(self.word)

    @evidence
    def initial(self) -> bool:
        """A surname after an initial ("J. Holm")."""
        return pw.INITIAL_BEFORE.search(self.before) is not None and self.low in self.rec.last

    @evidence
    def sentence_start(self) -> bool:
        """The word opens a sentence."""
        return self.rec._sentence_start(self.text, self.m.start())

    @evidence
    def common(self) -> bool:
        """An everyday word as well as a name ("Per", "Hope"), or a stop word."""
        return self.low in AMBIGUOUS or self.low in self.rec.stop

    @evidence
    def cue(self) -> bool:
        """Thanks, a relation or "til / with" before, or a workplace after ("Mette fra
        kundeservice"); for a common word opening a sentence only the stricter forms count
        ("Per i dag ..." is no name, "Ole fra kundeservice" is)."""
        cue = pw.CUE_BEFORE.search(self.core) is not None or pw.CUE_AFTER.match(self.after)
        if cue and self.common and self.sentence_start:
            return (
                pw.CUE_BEFORE.search(self.before) is not None
                or re.match(r"^\s+(?:fra|från|from|at|hos)\s", self.after) is not None
            )
        return bool(cue)

    @evidence
    def tag(self) -> bool:
        """A speaker tag of a transcript ("Karin: ...")."""
        return self.upper and self.rec._speaker_tag(self.text, self.m)

    @evidence
    def surname_next(self) -> bool:
        """A first name followed by a surname."""
        return (
            self.i + 1 < len(self.words)
            and self.first
            and self.rec._surname_next(self.text, self.m, self.words[self.i + 1])
        )

    @evidence
    def unlisted(self) -> bool:
        """A capitalised word in no list where the sentence says it is a name."""
        return (
            self.upper
            and not self.first
            and not self.common
            and not self.tag
            and self.rec._unlisted(self.text, self.m, self.word, self.core, self.words, self.i)
        )

    @evidence
    def strong(self) -> bool:
        """Evidence enough for any capitalised word."""
        return (
            self.titled
            or self.named
            or self.tag
            or self.surname_next
            or self.initial
            or self.unlisted
        )

    @evidence
    def basic(self) -> bool:
        """A name without reading the role words: strong evidence, a listed first name that
        is no everyday word, or a first name with a cue."""
        return self.upper and (
            self.strong or (self.first and not self.common) or (self.first and self.cue)
        )

    @evidence
    def role(self) -> bool:
        """A role, relation, form field or sign-off right before (read only where the name
        lists and the cheaper cues did not decide)."""
        return not self.basic and self.rec._role(
            self.text, self.m.start(), self.before, self.core, self.after, self.upper
        )

    @evidence
    def plain(self) -> bool:
        """Not a stop word and not a street name."""
        return self.low not in self.rec.stop and not pw.STREET_WORD.match(self.word)


Rule = Callable[[Candidate], bool]


# -- 1. never a name -------------------------------------------------------------------------
def unknown_lower_case(c: Candidate) -> bool:
    """A lower-case word is a name only when it is a known first name."""
    return not c.upper and not c.rec._first(c.word)


def title_or_code(c: Candidate) -> bool:
    """A title ("Mr"), a contraction ("Don't"), an acronym ("CPR", "SMS"), a word with a
    digit ("H0203"), or a chatbot's name ("Nora (chatbot):")."""
    return bool(
        re.fullmatch(pw.TITLE, c.word)
        or c.after.startswith(("'t", "’t"))
        or (len(c.word) <= 3 and c.word.isupper())
        or any(ch.isdigit() for ch in c.word)
        or pw.BOT_AFTER.match(c.after)
    )


def date(c: Candidate) -> bool:
    """A month after a day ("3 Jan")."""
    return c.low in MONTHS and re.search(r"\d\.?\s$", c.before) is not None


NOT_A_NAME: tuple[Rule, ...] = (unknown_lower_case, title_or_code, date)


# -- 2. a name -------------------------------------------------------------------------------
def strong_evidence(c: Candidate) -> bool:
    """Capitalised, with a title, "hedder / named", a speaker tag, a surname after it, an
    initial before it, or a cue that names a word in no list ("I'm Priya Shah")."""
    return c.upper and c.strong


def listed_first_name(c: Candidate) -> bool:
    """A capitalised first name of the name lists that is no everyday word."""
    return c.upper and c.first and not c.common


def first_name_with_cue(c: Candidate) -> bool:
    """A capitalised first name with a cue ("tak til Per", "Ole fra kundeservice")."""
    return c.upper and c.first and c.cue


def named_by_role(c: Candidate) -> bool:
    """A capitalised word after a role, relation, form field or sign-off ("Farmasøyten
    Nasrin", "Kontaktperson: Åsmund"): not a stop word or a street, and an everyday-word name
    only inside a sentence."""
    return c.upper and c.role and c.plain and (not c.sentence_start or c.low not in AMBIGUOUS)


def lower_case_first_name(c: Candidate) -> bool:
    """A lower-case first name that is no everyday word, after thanks or a role ("tak til
    mette", "min søn mikkel") or before "fra / at <Place>"."""
    return (
        not c.upper
        and c.first
        and c.plain
        and c.low not in AMBIGUOUS
        and (
            pw.THANKS.search(c.before) is not None
            or c.role
            or pw.AT_PLACE.match(c.after) is not None
        )
    )


NAME: tuple[Rule, ...] = (
    strong_evidence,
    listed_first_name,
    first_name_with_cue,
    named_by_role,
    lower_case_first_name,
)


# -- 3. not a name after all -----------------------------------------------------------------
def role_word(c: Candidate) -> bool:
    """The word is itself a role ("Kunde:", "Agent", "Montøren"), unless a title comes first."""
    return (c.low in ROLE and not c.titled) or pw.ROLE_WORD.fullmatch(c.word) is not None


def chatbot(c: Candidate) -> bool:
    """A bot or an assistant is named right before it (and no title or "hedder" is)."""
    return pw.BOT_BEFORE.search(c.before) is not None and not (c.titled or c.named)


VETO: tuple[Rule, ...] = (role_word, chatbot)


def is_name(c: Candidate) -> bool:
    """The rules, in their order."""
    return (
        not any(rule(c) for rule in NOT_A_NAME)
        and any(rule(c) for rule in NAME)
        and not any(rule(c) for rule in VETO)
    )

"""Person names without a trained NER model (rules in ``person_rules``, words and patterns
in ``person_words``)."""

from __future__ import annotations

import re
from typing import Any

from presidio_analyzer import EntityRecognizer, RecognizerResult

from .. import names as namelists
from ..words import AMBIGUOUS, NOT_A_NAME, ROLE
from . import person_words as pw
from .filters import Finishing
from .person_rules import Candidate, is_name


class PersonNameRecognizer(Finishing, EntityRecognizer):
    """Person names without a trained NER model: first names and surnames from Faker's
    lists, titles ("fru Hansen", "Mr Patel"), "hedder / heter / named X", thanks and kinship
    words before a name ("tak til", "my husband,"), a workplace after it ("Mette fra
    kundeservice"), @handles that start with a first name, and speaker tags of transcripts.
    A first name that is also a common word, or a lower-cased one, needs such evidence; a name
    joined to "&" or a hyphenated product word, or after "på/at <...>", is a shop or a brand."""

    def __init__(self, supported_language: str) -> None:
        super().__init__(
            supported_entities=["PERSON"],
            supported_language=supported_language,
            name=f"PersonNameRecognizer_{supported_language}",
        )
        self.first = namelists.first_names()
        self.last = namelists.last_names()
        self.stop = namelists.stop_words(supported_language)

    def load(self) -> None:
        """Nothing to load (lists are read lazily)."""

    def _first(self, w: str) -> bool:
        parts = w.split("-")
        return all(p.lower() in self.first for p in parts)

    def _sentence_start(self, text: str, pos: int) -> bool:
        before = text[:pos].rstrip(" \t\"'(«“")
        return not before or before[-1] in ".!?:\n/"

    def _speaker_tag(self, text: str, m: Any) -> bool:
        """``Karin: ...`` at a line or turn start: a name-like tag of one to three words."""
        line_start = max(text.rfind("\n", 0, m.start()), text.rfind(" / ", 0, m.start()) + 2)
        head = text[line_start + 1 if line_start >= 0 else 0 : m.start()]
        if head.strip(" \t[]0123456789:.-") != "":  # noqa: B005
            return False
        tag = re.match(
            r"([A-ZÆØÅÄÖ][\w\-]*(?: [A-ZÆØÅÄÖ][\w\-]*){0,2})\s?(?:\(\w+\))?:\s", text[m.start() :]
        )
        if tag is None or m.group().lower() in ROLE:
            return False
        # a tag that is a known name, or that opens at least two turns of the text
        return (
            self._first(m.group())
            or m.group().lower() in self.last
            or (len(re.findall(rf"(?:^|\n|/ ){re.escape(tag.group(1))}:", text)) >= 2)
        )

    def _handle(self, w: str) -> bool:
        """@handles that start with a first name (``@jonas.berg``, ``@tomharding``)."""
        h = w[1:].lower()
        parts = re.split(r"[._]", h)
        if len(parts) > 1:
            return parts[0] in self.first
        return any(h[:k] in self.first for k in range(3, min(len(h) - 2, 9) + 1))

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: Any = None
    ) -> list[RecognizerResult]:
        """Spans of person names: each word through the rules of ``person_rules``, a found
        name extended over its surnames, then names joined to found ones by "and" and names
        in no list found again elsewhere in the text."""
        spans: list[tuple[int, int, float]] = []
        words = list(pw.WORD.finditer(text))
        i = 0
        while i < len(words):
            m = words[i]
            w = m.group()
            if w.startswith("@"):
                kind = self._handle_kind(w)
                if kind == "name":
                    spans.append((m.start() + 1, m.end(), 0.6))
                if kind != "word":
                    i += 1
                    continue
                w = w[1:]
            c = Candidate(self, text, words, i, w)
            if not is_name(c):
                i += 1
                continue
            start, end, j = self._extent(c)
            if self._brand(text, start, end) and not (c.titled or c.named or c.tag):
                i = j + 1
                continue
            score = 0.85 if (c.strong or c.cue or c.role or j > i) else 0.6
            if spans and text[spans[-1][1] : start] == " ":  # "Per Arne": one name
                start, score = spans.pop()[0], max(score, 0.85)
            elif (
                i > 0
                and text[words[i - 1].end() : start] == " "
                and (
                    words[i - 1].group()[0].isupper()
                    and self._first(words[i - 1].group())
                    and (score >= 0.85 or not self._sentence_start(text, words[i - 1].start()))
                )
            ):
                start = words[i - 1].start()  # "Per Arne", "Ida Marie": the ambiguous half too
            spans.append((start, end, score))
            i = j + 1
        spans = self._coordinated(text, words, spans)
        spans = self._again(text, words, spans)
        return [RecognizerResult("PERSON", a, b, s) for a, b, s in spans]

    def _handle_kind(self, w: str) -> str:
        """An @handle is a "name" when it starts with a first name (``@jonas.berg``), a
        "brand" when capitalised without one (``@Nordlink``), else a "word" to read on."""
        if self._handle(w) and not w[1:2].isupper():
            return "name"
        camel = re.findall(r"[A-ZÆØÅÄÖ][a-zæøåäöü]+", w[1:])
        if w[1:2].isupper() and not (camel and self._first(camel[0])):
            return "brand"
        return "word"

    def _extent(self, c: Candidate) -> tuple[int, int, int]:
        """Start and end of the name a word opens, and the index of its last word: an
        initial before it joins ("J. Holm", "Miss P Shah"), and so do the surnames after it
        (any capitalised word when a role, title or tag made it a name)."""
        m, words = c.m, c.words
        start, end, j = m.start() + (m.group() != c.word), m.end(), c.i
        ini = pw.INITIAL_BEFORE.search(c.before) or (c.bare_initial if c.titled else None)
        if ini is not None and (c.initial or (c.upper and (c.strong or c.role or c.cue))):
            start = m.start() - len(ini.group(ini.lastindex or 0))
        # a cue made it a name, not a list
        loose = c.upper and (c.role or c.titled or c.named or c.tag or c.unlisted)
        while j + 1 < len(words) and self._surname_next(c.text, words[j], words[j + 1], loose):
            j += 1
            end = words[j].end()
        return start, end, j

    def _unlisted(self, text: str, m: Any, w: str, core: str, words: list[Any], i: int) -> bool:
        """A name in no list, where the sentence says it is one: "I'm Priya Shah", "thank you
        Priya" — when the word looks like a name (no brand ending, no nationality, no role)."""
        low = w.lower()
        if (
            len(w) < 3
            or w.isupper()
            or low in NOT_A_NAME
            or low in ROLE
            or pw.ROLE_WORD.fullmatch(w)
            or pw.STREET_WORD.match(w)
            or pw.BRANDISH.fullmatch(w)
            or pw.COMPANY_AFTER.match(text, m.end())
        ):
            return False
        if pw.UNLISTED_CUE.search(core):
            return True
        if pw.SELF_BEFORE.search(core) is None:
            return False
        # "I'm Priya Shah", "I'm Priya, ...", "I'm Priya and ...": not "I'm Danish" or
        # "I'm Very upset" (a capitalised word that goes on as a sentence)
        after = text[m.end() : m.end() + 12]
        nxt = words[i + 1].group() if i + 1 < len(words) else ""
        return (
            bool(re.match(r"\s*(?:[,.;:!?)\n]|$)", after))
            or (
                text[m.end() : m.end() + 1] == " "
                and nxt[:1].isupper()
                and nxt.lower() not in self.stop
            )
            or bool(re.match(r"\s+(?i:and|og|och|from|fra|från|here|her|speaking)\b", after))
        )

    def _again(
        self, text: str, words: list[Any], spans: list[tuple[int, int, float]]
    ) -> list[tuple[int, int, float]]:
        """A name in no list that a cue showed to be one is a name wherever else the text uses
        it ("I'm Priya Shah ... Priya said")."""
        learned = set()
        for a, b, score in spans:
            for t in pw.WORD.finditer(text, a, b):
                tok = t.group()
                if (
                    score >= 0.85
                    and tok[:1].isupper()
                    and len(tok) >= 3
                    and not tok.isupper()
                    and tok.lower() not in self.first
                    and tok.lower() not in self.stop
                    and tok.lower() not in ROLE
                    and not pw.ROLE_WORD.fullmatch(tok)
                ):
                    learned.add(tok)
        if not learned:
            return spans
        extra = [
            (m.start(), m.end(), 0.7)
            for m in words
            if m.group() in learned
            and not any(a <= m.start() and m.end() <= b for a, b, _ in spans)
            and not self._brand(text, m.start(), m.end())
        ]
        merged: list[tuple[int, int, float]] = []
        for a, b, score in sorted(spans + extra):
            if merged and text[merged[-1][1] : a] == " ":  # "Priya Shah": one name
                merged[-1] = (merged[-1][0], b, max(merged[-1][2], score))
            else:
                merged.append((a, b, score))
        return merged

    def _coordinated(
        self, text: str, words: list[Any], spans: list[tuple[int, int, float]]
    ) -> list[tuple[int, int, float]]:
        """A name joined by "og / och / and" to a found name is a name too ("Mo and Jess",
        "signe og ahmed"), when it looks like one: the same casing, not a common word."""
        found = {(a, b) for a, b, _ in spans}
        starts = {a for a, _, _ in spans}
        ends = {b for _, b, _ in spans}
        extra = []
        for k, m in enumerate(words):
            w = m.group()
            if (m.start(), m.end()) in found or w.startswith("@") or w.lower() in self.stop:
                continue
            if w.lower() in ROLE or w.lower() in AMBIGUOUS or pw.STREET_WORD.match(w):
                continue
            nxt = words[k + 2] if k + 2 < len(words) else None  # name, "and", name
            prv = words[k - 2] if k > 1 else None
            partner = None
            if (
                nxt is not None
                and nxt.start() in starts
                and pw.AND.match(text, m.end(), nxt.start())
            ):
                partner = nxt
            elif prv is not None and prv.end() in ends and pw.AND.match(text, prv.end(), m.start()):
                partner = prv
            if partner is not None and partner.group()[0].isupper() == w[0].isupper():
                if w[0].isupper() and self._sentence_start(text, m.start()) and not self._first(w):
                    continue
                extra.append((m.start(), m.end(), 0.6))
        return sorted(spans + extra)

    def _brand(self, text: str, start: int, end: int) -> bool:
        """A place or a brand made of a name: "Karl Johans gate", "Marks & Spencer",
        "Clas Ohlson-lampen", "på Clas Ohlson"."""
        after = text[end : end + 30]
        before = text[max(0, start - 12) : start]
        return bool(
            pw.NOT_AFTER.match(after)
            or re.match(r"^\s*&|^-[a-zæøåäö]", after)
            or pw.COMPANY_AFTER.match(text, end)
            or re.search(r"&\s*$", before)
            or pw.PLACE_BEFORE.search(before)
        )

    def _role(self, text: str, pos: int, before: str, core: str, after: str, upper: bool) -> bool:
        """A role, relation, form field or sign-off right before the word (the costly check,
        made only where the name lists and cheaper cues did not decide)."""
        rc = pw.ROLE_CUE.search(core)
        if (
            rc is not None
            and rc.group()[0].isupper()
            and not self._sentence_start(text, pos - len(before) + rc.start())
        ):
            rc = None  # "Mormors Køkken": a capitalised role word inside a proper name
        return (
            rc is not None
            or pw.SIGNOFF.search(core) is not None
            or (upper and pw.FAMILY_AFTER.match(after) is not None)
        )

    def _possessive(self, w: str) -> bool:
        """A first name with the Nordic genitive s ("Bents", "Frejas")."""
        return len(w) > 3 and w.endswith("s") and w[0].isupper() and self._first(w[:-1])

    def _surname_next(self, text: str, cur: Any, nxt: Any, loose: bool = False) -> bool:
        between = text[cur.end() : nxt.start()]
        w = nxt.group()
        if (
            between == " "
            and not w[0].isupper()
            and not cur.group()[0].isupper()
            and w in self.last
            and w not in self.stop
        ):
            return True  # "berit lundh"
        if between not in (" ", "-") or not w[0].isupper() or w.startswith("@"):
            return False
        if pw.STREET_WORD.match(w):
            return False
        low = w.lower()
        acronym = len(w) <= 3 and w.isupper()
        if loose and low not in self.stop and low not in ROLE and not acronym:
            return not pw.NOT_AFTER.match(text[nxt.start() :])
        if low in self.last or low.endswith(
            (
                "sen",
                "son",
                "sson",
                "strøm",
                "ström",
                "berg",
                "lund",
                "gaard",
                "gård",
                "dal",
                "dahl",
                "vik",
            )
        ):
            return True
        # any capitalised, non-function word right after a known first name
        prev = cur.group().lstrip("@").lower()
        return (
            self._first(prev)
            and prev not in self.stop
            and prev not in AMBIGUOUS
            and low not in self.stop
            and low not in ROLE
            and not pw.NOT_AFTER.match(text[nxt.start() :])
        )

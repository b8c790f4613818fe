"""Phone numbers outside the allocated ranges, where a reader sees one anyway."""

from __future__ import annotations

import re
from typing import Any

from presidio_analyzer import EntityRecognizer, RecognizerResult

from ..words import LazyRegex, phone_words
from .phone_recognizer import finish_phone


class PossiblePhoneRecognizer(EntityRecognizer):
    """Numbers that have a phone number's shape (``phonenumbers``' POSSIBLE leniency) but are
    not in an allocated range — new ranges, Ofcom's drama numbers — accepted only with the
    evidence a reader uses: a country code written before them, or a word announcing a phone
    number right before them. Allocated numbers come from ``NordicPhoneRecognizer``."""

    CUE = LazyRegex(lambda: rf"(?<!\w)(?i:{phone_words()})\b")
    _PREFIX = re.compile(r"(?:\+|(?<!\d)00)\d")

    def __init__(self, supported_language: str, regions: tuple[str, ...]) -> None:
        super().__init__(
            supported_entities=["PHONE_NUMBER"],
            supported_language=supported_language,
            name=f"PossiblePhoneRecognizer_{supported_language}",
        )
        self.regions = regions

    def load(self) -> None:
        """Nothing to load."""

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: Any = None
    ) -> list[RecognizerResult]:
        """Spans of possible, unallocated phone numbers with a country code or a cue."""
        import phonenumbers

        found: dict[tuple[int, int], RecognizerResult] = {}
        for lo, hi in self._windows(text):
            part = text[lo:hi]
            for region in self.regions:
                for m in phonenumbers.PhoneNumberMatcher(
                    part, region, leniency=phonenumbers.Leniency.POSSIBLE
                ):
                    start, end = lo + m.start, lo + m.end
                    if phonenumbers.is_valid_number(m.number) or (start, end) in found:
                        continue
                    if sum(ch.isdigit() for ch in m.raw_string) < 8 or re.fullmatch(
                        r"\d{6}[-+]\d{4}", m.raw_string
                    ):
                        continue  # prices and counts are "possible" numbers; 6+4 is ID-shaped
                    prefixed = m.raw_string.startswith(("+", "00"))
                    if prefixed or self.CUE.search(text[max(0, start - 25) : start]):
                        found[(start, end)] = RecognizerResult("PHONE_NUMBER", start, end, 0.5)
        return list(found.values())

    def _windows(self, text: str) -> list[tuple[int, int]]:
        """The only stretches where an accepted number can be: after "+" / "00", or up to 25
        characters after a phone word (parsing the whole text is the costly part)."""
        spans = [(m.start(), m.start() + 24) for m in self._PREFIX.finditer(text)]
        spans += [(m.end(), m.end() + 50) for m in self.CUE.finditer(text)]
        merged: list[tuple[int, int]] = []
        for lo, hi in sorted(spans):
            while lo > 0 and text[lo - 1] in "0123456789 -()+":
                lo -= 1  # never cut a number: "4471 0098 1123" is one
            while hi < len(text) and text[hi] in "0123456789 -()":
                hi += 1
            if merged and lo <= merged[-1][1]:
                merged[-1] = (merged[-1][0], max(merged[-1][1], hi))
            else:
                merged.append((lo, min(hi, len(text))))
        return merged

    def finish(self, text: str, result: RecognizerResult) -> RecognizerResult | None:
        """See ``finish_phone``."""
        return finish_phone(text, result)

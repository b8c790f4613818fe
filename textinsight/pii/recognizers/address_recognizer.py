"""Street addresses with a house number, floor, postcode and town."""

from __future__ import annotations

import re

from presidio_analyzer import Pattern, PatternRecognizer

from ..words import NOT_STREETS, street_words
from .filters import FLAGS, Finishing

_CAP = r"[A-ZÆØÅÄÖÜ][\wæøåäöüé'’.\-]*"
_FLOOR = (
    r"(?:\d{1,2}\.?\s?(?:sal|th|tv|mf|etasje|etg|tr|floor)\b\.?(?:\s?(?:th|tv|mf)\b\.?)?"
    r"|st\.?\s?(?:th|tv|mf)\b\.?|lgh\.?\s?\d{4}|[A-Z]\b)"
)
_POSTTOWN = (
    r"(?:\d{4}|\d{3}\s\d{2})\s[A-ZÆØÅÄÖ][\wæøåäö]+"
    r"(?:\s(?:[A-ZÆØ]{1,2}|Øst|Vest|Syd|Nord|Centrum|Sentrum)\b)?"
)
_UK_POSTCODE = r"[A-Z]{1,2}\d[A-Z\d]?\s\d[A-Z]{2}"


class AddressRecognizer(Finishing, PatternRecognizer):
    """Street addresses with a house number, optionally with floor, postcode and town
    (Nordic: "Ryesgade 31, 2. th, 2200 København N"; UK: "Flat 3, 27 Marlborough Road,
    Bristol BS6 5QT")."""

    @staticmethod
    def build_patterns() -> list[Pattern]:
        """The patterns, with the street words of the language packs."""
        street = street_words()
        return [
            Pattern(
                "nordic",
                rf"(?<![\w])(?:(?:{_CAP}|[IVX]+['’]s) ){{0,3}}[A-ZÆØÅÄÖ]?[\wæøåäöü'\-]*"
                rf"(?i:{street})\b\.?\s\d{{1,4}}(?:\s?[A-Za-z]\b)?"
                rf"(?:,?\s{_FLOOR})*(?:(?:,\s{_CAP})?,?\s{_POSTTOWN})?",
                0.6,
            ),
            # any street name when a postcode and town follow ("Bakkedraget 9, 9370 Hals")
            Pattern(
                "nordic_postcode",
                rf"(?<![\w])(?:{_CAP} ){{0,2}}{_CAP}\s\d{{1,4}}(?:\s?[A-Za-z]\b)?"
                rf"(?:,?\s{_FLOOR})*(?:,\s{_CAP})?,?\s{_POSTTOWN}",
                0.55,
            ),
            Pattern(
                "english",
                rf"(?<![\w])(?:(?:Flat|Apartment|Apt\.?) \d+[A-Z]?,\s)?"
                rf"(?:(?:{_CAP} )+(?:House|Court|Building|Mansions|Lodge|Cottage),\s)?"
                rf"\d{{1,4}}[A-Za-z]? (?:{_CAP} ){{1,3}}"
                rf"(?i:{street})\b(?:(?:,\s[A-Z][a-z]+(?:\s[A-Z][a-z]+)?){{1,2}}\s{_UK_POSTCODE})?",
                0.6,
            ),
        ]

    def __init__(self, supported_language: str) -> None:
        super().__init__(
            supported_entity="STREET_ADDRESS",
            patterns=self.build_patterns(),
            supported_language=supported_language,
            global_regex_flags=FLAGS,
        )

    def validate_result(self, pattern_text: str) -> bool | None:
        """Not a word that only ends like a street ("Interview 7 – …", "Review 2", "Alle 3")."""
        m = re.search(r"([\wæøåäöü'\-]+)\.?\s\d", pattern_text)
        if m is not None and m.group(1).lower() in NOT_STREETS:
            return False
        return None

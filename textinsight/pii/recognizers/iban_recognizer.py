"""IBANs with their mod-97 check (grouped by spaces or not).

Presidio ships an ``IbanRecognizer``; it is not used here: its rule is a different one (a
hyphen may join the groups, each country's layout is checked, shorter matches are tried when
a longer one fails), so it would change which spans are found, which this layout must not do.
"""

from __future__ import annotations

from presidio_analyzer import Pattern, PatternRecognizer, RecognizerResult

from ..validators import iban_valid
from .bank_account_recognizer import finish_account
from .filters import FLAGS


class IbanRecognizer(PatternRecognizer):
    """IBANs with their mod-97 check (grouped or not)."""

    PATTERNS = [
        Pattern("iban", r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?\b", 0.5)
    ]

    def __init__(self, supported_language: str) -> None:
        super().__init__(
            supported_entity="IBAN_CODE",
            patterns=self.PATTERNS,
            supported_language=supported_language,
            global_regex_flags=FLAGS,
        )

    def validate_result(self, pattern_text: str) -> bool:
        """Mod 97."""
        return iban_valid(pattern_text)

    def finish(self, text: str, result: RecognizerResult) -> RecognizerResult | None:
        """See ``finish_account``."""
        return finish_account(text, result)

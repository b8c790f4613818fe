"""Bank accounts: Danish reg.+konto, Norwegian 11-digit accounts (mod 11), Swedish
clearing+account, UK sort code + account."""

from __future__ import annotations

import re

from presidio_analyzer import Pattern, PatternRecognizer, RecognizerResult

from ..validators import no_account_valid
from .filters import FLAGS, after_reference, country_code_start, inside_code, trim


def finish_account(text: str, result: RecognizerResult) -> RecognizerResult | None:
    """An account (or IBAN) unless a reference word comes first or it is part of a longer
    code; with a country code written before it, it is a phone number ("+44 7700 900123")."""
    if after_reference(text, result) or inside_code(text, result):
        return None
    start, end = trim(text, result.start, result.end)
    cc = country_code_start(text, start)
    if cc is not None:
        return RecognizerResult("PHONE_NUMBER", cc, end, result.score)
    return RecognizerResult(result.entity_type, start, end, result.score)


class BankAccountRecognizer(PatternRecognizer):
    """Danish reg.+konto, Norwegian 11-digit accounts (mod 11), Swedish clearing+account,
    and UK sort code + account numbers."""

    PATTERNS = [
        Pattern("no", r"(?<![\d.])\d{4}[. ]?\d{2}[. ]?\d{5}(?!\.?\d)", 0.5),
        Pattern("dk", r"(?<![\d-])\d{4}[ -]\d{6,10}(?![\d-])", 0.3),
        Pattern(
            "se",
            r"(?<![\d-])[1-9]\d{3}(?:-\d)?[, ]\s?\d{1,3}(?: ?\d{3}){2,3}(?:-\d)?"
            r"(?![\d-])",
            0.3,
        ),
        Pattern("se2", r"(?<![\d-])[1-9]\d{3}(?:-\d)?[, ]\s?(?:\d ?){6,9}\d(?:-\d)?(?![\d-])", 0.3),
        Pattern("uk", r"(?<!\d)\d{2}-\d{2}-\d{2}[ ,]+\d{8}(?!\d)", 0.5),
    ]
    CONTEXT = ["konto", "kontonummer", "kontonr", "reg", "reg.nr", "registreringsnummer",
               "account", "clearing", "clearingnummer", "bankkonto", "sort", "overfør",
               "overføre", "betal", "indbetal", "sätt", "insättning"]  # fmt: skip

    def __init__(self, supported_language: str) -> None:
        super().__init__(
            supported_entity="BANK_ACCOUNT",
            patterns=self.PATTERNS,
            context=self.CONTEXT,
            supported_language=supported_language,
            global_regex_flags=FLAGS,
        )

    def validate_result(self, pattern_text: str) -> bool | None:
        """Norwegian numbers must pass modulus 11; others are decided by context."""
        digits = re.sub(r"\D", "", pattern_text)
        if re.fullmatch(r"\d{4}[. ]?\d{2}[. ]?\d{5}", pattern_text):
            return no_account_valid(digits)
        return None

    def finish(self, text: str, result: RecognizerResult) -> RecognizerResult | None:
        """See ``finish_account``."""
        return finish_account(text, result)

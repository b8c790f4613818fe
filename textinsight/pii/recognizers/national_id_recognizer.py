"""Nordic identity numbers: Danish CPR, Norwegian fødselsnummer / D-nummer, Swedish
personnummer / samordningsnummer.

Presidio ships a ``SePersonnummerRecognizer``; it is not used: it takes any 6–8 digits
followed by 4 (``\\b(\\d{6,8})([-+]?)\\d{4}\\b``, no space between the parts, no check
that the date exists) and knows neither the CPR nor the fødselsnummer, whose date and check
digits the validators below test.
"""

from __future__ import annotations

import re

from presidio_analyzer import Pattern, PatternRecognizer, RecognizerResult

from ..validators import cpr_mod11, cpr_valid, fnr_valid, personnummer_valid
from .filters import FLAGS, after_reference, before, inside_code, trimmed

# words that name an identity number: a number after them is never a mere reference
_ID_CUE = re.compile(
    r"(?i:cpr|person(?:lig)?\s?(?:nummer|nr|no)|pers\.?\s?nr|personnummer|fødselsnummer\w*|"
    r"fødselsnr|fnr|pnr|d-nummer|samordningsnummer|national insurance|ni (?:number|no)|"
    r"personal (?:id|number)|identitetsnummer|id[- ]?(?:nummer|number|nr|no))"
)


def finish_national_id(text: str, result: RecognizerResult) -> RecognizerResult | None:
    """An identity number unless a reference word comes first (and no word naming an
    identity number comes right before it), or it is part of a longer code."""
    if after_reference(text, result) and not _ID_CUE.search(before(text, result)[-16:]):
        return None
    if inside_code(text, result):
        return None
    return trimmed(text, result)


class NationalIdRecognizer(PatternRecognizer):
    """Danish CPR, Norwegian fødselsnummer / D-nummer, Swedish personnummer and
    samordningsnummer — each accepted only when its date and check digits are valid."""

    PATTERNS = [
        Pattern("cpr", r"(?<![\d-])\d{6}[- ]?\d{4}(?![\d-])", 0.6),
        Pattern("fnr", r"(?<![\d-])\d{6} ?\d{5}(?![\d-])", 0.6),
        Pattern("personnummer", r"(?<![\d-])(?:19|20)?\d{6}[-+ ]?\d{4}(?![\d-])", 0.6),
    ]
    CONTEXT = ["cpr", "cpr-nummer", "personnummer", "fødselsnummer", "personnr", "pnr",
               "personal", "id", "samordningsnummer", "d-nummer", "fnr"]  # fmt: skip

    def __init__(self, supported_language: str) -> None:
        super().__init__(
            supported_entity="NATIONAL_ID",
            patterns=self.PATTERNS,
            context=self.CONTEXT,
            supported_language=supported_language,
            global_regex_flags=FLAGS,
        )

    def validate_result(self, pattern_text: str) -> bool:
        """True when any of the three national checks passes."""
        digits = re.sub(r"\D", "", pattern_text)
        if len(digits) == 11:
            return fnr_valid(digits)
        if len(digits) == 12:
            return personnummer_valid(digits)
        if personnummer_valid(digits):
            return True
        # a dash-less 10-digit number is only a CPR when it also passes modulus 11
        return cpr_valid(digits) and ("-" in pattern_text or cpr_mod11(digits))

    def finish(self, text: str, result: RecognizerResult) -> RecognizerResult | None:
        """See ``finish_national_id``."""
        return finish_national_id(text, result)

"""UK National Insurance numbers: Presidio's ``UkNinoRecognizer`` (HMRC's prefix rules: no
D, F, I, Q, U, V; no O second; not BG, GB, KN, NK, NT, TN, ZZ; spaces optional) as a
``NATIONAL_ID``, plus the numbers grouped in pairs as HMRC writes them ("QQ 12 34 56 C"),
where only the pairs that are never issued are refused.

Presidio's pattern also takes the letters in lower case, which the pattern it replaced did
not; on every text of ``data/pii`` and the transcripts both give the same spans
(``tests/pii/test_recognizers.py``)."""

from __future__ import annotations

from presidio_analyzer import Pattern, RecognizerResult
from presidio_analyzer.predefined_recognizers import UkNinoRecognizer as PresidioUkNino

from .filters import FLAGS
from .national_id_recognizer import finish_national_id


class UkNinoRecognizer(PresidioUkNino):
    """Presidio's NINO recognizer as a ``NATIONAL_ID``, with HMRC's grouping in pairs."""

    PATTERNS = [
        *(Pattern(p.name, p.regex, p.score) for p in PresidioUkNino.PATTERNS),
        # written in HMRC's own grouping, letters outside the first-letter rules are taken
        # too ("QQ 12 34 56 C", the prefix HMRC's examples and forms use); never the pairs
        # that are not issued at all
        Pattern(
            "nino_grouped", r"\b(?!BG|GB|KN|NK|NT|TN|ZZ)[A-Z]{2} \d{2} \d{2} \d{2} [A-D]\b", 0.6
        ),
    ]

    def __init__(self, supported_language: str) -> None:
        super().__init__(
            patterns=self.PATTERNS,
            supported_language=supported_language,
            supported_entity="NATIONAL_ID",
        )
        self.global_regex_flags = FLAGS  # as our patterns: the grouped form in capitals only

    def finish(self, text: str, result: RecognizerResult) -> RecognizerResult | None:
        """See ``finish_national_id``."""
        return finish_national_id(text, result)

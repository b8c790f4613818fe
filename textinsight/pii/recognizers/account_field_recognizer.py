"""Bank numbers given as a labelled field ("sort code 20-45-77, account 41882630")."""

from __future__ import annotations

import re
from typing import Any

from presidio_analyzer import EntityRecognizer, RecognizerResult

from .bank_account_recognizer import finish_account


class AccountFieldRecognizer(EntityRecognizer):
    """A bank number given as a labelled field: "sort code 20-45-77, account 41882630",
    "Clearingnummer 8105-9, kontonummer 914 772 305-1", "kontonr. 1234 5678901"."""

    FIELD = re.compile(
        r"(?i:sort[ -]?code|clearing(?:nummer|nr)?|reg(?:istrerings)?(?:\.|nummer|nr)?\.?|"
        r"konto(?:nummer|nr)?|bankkonto(?:nummer|nr)?|account(?: number| no)?|acc(?:ount)? no)"
        r"\.?:?\s*(?:(?:är|er|is)\s+)?(\d[\d -]{2,17}\d(?:-\d)?)(?![\d-])"
    )

    def __init__(self, supported_language: str) -> None:
        super().__init__(
            supported_entities=["BANK_ACCOUNT"],
            supported_language=supported_language,
            name=f"AccountFieldRecognizer_{supported_language}",
        )

    def load(self) -> None:
        """Nothing to load."""

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: Any = None
    ) -> list[RecognizerResult]:
        """The number after each field label (at least four digits)."""
        out = []
        for m in self.FIELD.finditer(text):
            value = m.group(1).rstrip(" -")
            if sum(ch.isdigit() for ch in value) >= 4:
                out.append(
                    RecognizerResult("BANK_ACCOUNT", m.start(1), m.start(1) + len(value), 0.6)
                )
        return out

    def finish(self, text: str, result: RecognizerResult) -> RecognizerResult | None:
        """See ``finish_account``."""
        return finish_account(text, result)

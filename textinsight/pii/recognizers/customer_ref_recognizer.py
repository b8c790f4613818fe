"""Numbers that identify one customer (customer, policy, membership, agreement numbers)."""

from __future__ import annotations

import re
from typing import Any

from presidio_analyzer import EntityRecognizer, RecognizerResult

from .filters import Finishing

# identifiers that point to one customer (GDPR personal data): customer, policy, membership
_CUSTOMER_CUE = (
    r"kunde-?(?:nummer(?:et)?|nr|id)|kund-?(?:nummer|numret|nr|id)|customer (?:number|no|id|ref)|"
    r"client (?:number|no|id|ref)|account (?:ref|reference)|"
    r"polic(?:y|e)(?: number| no|nummer(?:et)?|nr)?|polis(?:e)?(?:nummer|nr|numret)|"
    r"forsikrings(?:nummer(?:et)?|nr)|försäkrings(?:nummer|numret|nr)|"
    r"medlems(?:nummer(?:et)?|numret|nr)|member(?:ship)? (?:number|no|id)|"
    r"(?:avtale|aftale|avtals|kontrakt|kontrakts|abonnements|abonnemangs)(?:nummer|numret|nr)|"
    r"(?:agreement|contract|subscriber|subscription) (?:number|no)"
)
# order and invoice numbers: personal data only when the settings say so (pii_order_refs)
_ORDER_CUE = (
    r"ordre(?:nummer(?:et)?|nr)?|order(?: number| no|nummer|numret|nr)?|bestilling(?:snummer|snr)?|"
    r"beställning(?:snummer|snr)?|faktura(?:nummer(?:et)?|numret|nr)?|invoice(?: number| no)?"
)
_REF_VALUE = (
    r"[.:,]*\s*(?:(?:is|er|är|was|var|nr|no|nummer|number|min|mitt|mit|mi|my|#)[.:,]*\s*)*"
    r"((?:[A-Z]{1,4}[- ]?)?\d[\d]*(?:[-/. ]\d+)*(?:-?[A-Z]{1,3})?)(?![\w-])"
)


class CustomerRefRecognizer(Finishing, EntityRecognizer):
    """A number that identifies one customer, written after its label: "kundenr. 5512-0934",
    "kundnummer 1004-58872", "policy number CR-44719020", "medlemsnummer 88213" (at least
    four digits); with ``order_refs`` also order and invoice numbers."""

    def __init__(self, supported_language: str, order_refs: bool = False) -> None:
        super().__init__(
            supported_entities=["CUSTOMER_REF"],
            supported_language=supported_language,
            name=f"CustomerRefRecognizer_{supported_language}",
        )
        cue = _CUSTOMER_CUE + ("|" + _ORDER_CUE if order_refs else "")
        self.pattern = re.compile(
            rf"(?<!\w)(?i:(?:my |min |mitt |mit |vårt |vores |our )?"
            rf"(?:{cue}))\b{_REF_VALUE}"
        )

    def load(self) -> None:
        """Nothing to load."""

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: Any = None
    ) -> list[RecognizerResult]:
        """The identifier after each label."""
        out = []
        for m in self.pattern.finditer(text):
            value = m.group(1).rstrip(" .-/")
            if sum(ch.isdigit() for ch in value) >= 4:
                out.append(
                    RecognizerResult("CUSTOMER_REF", m.start(1), m.start(1) + len(value), 0.7)
                )
        return out

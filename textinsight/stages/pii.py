"""Find personal data and, when asked, redact it before any later stage sees the text."""

from __future__ import annotations

from collections import OrderedDict
from pathlib import Path
from typing import Any

from ..pii.engine import PiiDetector
from ..pii.redact import Policy, Pseudonyms, redact
from ..types import Document


class PiiStage:
    """Stage: ``Document.pii``; with a policy, ``Document.text`` becomes the redacted text.

    It runs before segmentation, so sentence offsets and the models all see the redacted text
    and the raw text is kept nowhere downstream.
    """

    name = "pii"
    requires: tuple[str, ...] = ("text",)
    assigns: tuple[str, ...] = ("pii", "text")

    def __init__(self, detector: PiiDetector, policy: Policy | None = None) -> None:
        self.detector = detector
        self.policy = policy
        self.pseudonyms = Pseudonyms()  # documents without a run: one table for the process
        self._runs: OrderedDict[str, Pseudonyms] = OrderedDict()  # per request / job

    @classmethod
    def load(
        cls, cache_dir: Path, policy: Policy | None = None, order_refs: bool = False
    ) -> PiiStage:
        """Build the detector (``order_refs``: order and invoice numbers count as personal)."""
        return cls(PiiDetector.build(cache_dir, order_refs), policy)

    def __call__(self, docs: list[Document]) -> list[Document]:
        """Detect (and redact) personal data in every analysed document."""
        for doc in docs:
            if not doc.ok:
                if self.policy is not None:
                    doc.text = ""  # a record that failed validation keeps no raw text
                    self._redact_meta(doc, "en")
                continue
            code = doc.language.code if doc.language else "en"
            spans = self.detector.detect(doc.text, code)
            if self.policy is not None:
                doc.text, spans = redact(doc.text, spans, self.policy, self.table(doc.run))
                self._redact_meta(doc, code)
            doc.pii = spans
        return docs

    def table(self, run: str | None) -> Pseudonyms:
        """The pseudonym table of a run: a CLI run uses one for the process; the service gives
        each request and each job its own, so numbering never crosses callers or tenants."""
        if run is None:
            return self.pseudonyms
        table = self._runs.get(run)
        if table is None:
            table = self._runs[run] = Pseudonyms()
            while len(self._runs) > 1000:
                self._runs.popitem(last=False)
        self._runs.move_to_end(run)
        return table

    def _redact_meta(self, doc: Document, code: str) -> None:
        """Pass-through columns may hold names and e-mail addresses too (survey exports do)."""
        assert self.policy is not None
        for key, value in doc.meta.items():
            if isinstance(value, str) and value:
                spans = self.detector.detect(value, code)
                if spans:
                    doc.meta[key] = redact(value, spans, self.policy, self.table(doc.run))[0]


def pseudonym_table(pipeline: Any, run: str | None = None) -> Pseudonyms | None:
    """The pseudonym table a pipeline uses for ``run``, when it redacts with pseudonyms (batch
    runs and jobs save it, so a resumed run or a job taken over goes on with its numbering)."""
    stage = pipeline.get("pii")
    if not isinstance(stage, PiiStage) or stage.policy != "pseudonym":
        return None
    return stage.table(run)

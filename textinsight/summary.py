"""The one-screen summary printed at the end of a run."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from .heads import label_specs


@dataclass
class RunSummary:
    """Counts gathered from written records."""

    records: int = 0
    errors: Counter[str] = field(default_factory=Counter)
    languages: Counter[str] = field(default_factory=Counter)
    segments: int = 0
    sentiment: Counter[str] = field(default_factory=Counter)
    heads: dict[str, Counter[str]] = field(default_factory=dict)  # record key -> label counts
    topics: Counter[str] = field(default_factory=Counter)
    pii: Counter[str] = field(default_factory=Counter)
    rows_read: int | None = None  # lines of input behind the records, when the run counted

    def input_note(self) -> str | None:
        """A sentence when the rows read and the records written differ, else None."""
        if self.rows_read is None or self.rows_read == self.records:
            return None
        malformed = self.errors.get("malformed_row", 0)
        return (
            f"{self.rows_read} input rows were read for {self.records} records: quoted "
            f"fields with line breaks join rows ({malformed} of them flagged "
            "malformed_row)"
        )

    def add(self, rec: dict[str, Any]) -> None:
        """Count one record."""
        self.records += 1
        if rec.get("error"):
            self.errors[rec["error"]["code"]] += 1
            return
        if "language" in rec:
            self.languages[rec["language"]["code"]] += 1
        self.segments += len(rec.get("sentences") or [])
        if "sentiment" in rec:
            self.sentiment[rec["sentiment"]["label"]] += 1
        for spec in label_specs():
            value = rec.get(spec.key)
            if value is None:
                continue
            counts = self.heads.setdefault(spec.key, Counter())
            if spec.kind == "multi":
                counts.update(x["id"] for x in value)
            else:
                counts[value["label"]] += 1
        if "topic" in rec:
            self.topics[rec["topic"].get("label") or str(rec["topic"]["id"])] += 1
        self.pii.update(p["kind"] for p in rec.get("pii", []))

    def render(self, top: int = 6) -> str:
        """A short human-readable report."""
        ok = self.records - sum(self.errors.values())
        n_err = sum(self.errors.values())
        lines = [
            f"records: {self.records} written, {ok} analysed, {n_err} with errors; "
            f"{self.segments} sentences/turns"
        ]

        def row(title: str, c: Counter[str]) -> None:
            if c:
                items = ", ".join(f"{k} {v}" for k, v in c.most_common(top))
                lines.append(f"{title:<14}{items}")

        note = self.input_note()
        if note is not None:
            lines.append(f"{'input':<14}{note}")
        row("errors", self.errors)
        row("languages", self.languages)
        row("sentiment", self.sentiment)
        for key, counts in self.heads.items():
            row(key.replace("_", " "), counts)
        row("topics", self.topics)
        row("personal data", self.pii)
        return "\n".join(lines)

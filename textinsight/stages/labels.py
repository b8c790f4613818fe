"""Multi-label stages (CX pillars, touchpoints, or a custom taxonomy) and the feedback type."""

from __future__ import annotations

from pathlib import Path

import numpy as np

from ..heads import LinearHead
from ..types import Document, LabelScore


def above(p: np.ndarray, head: LinearHead) -> list[LabelScore]:
    """Labels at or above their thresholds, most confident first."""
    hits = [
        LabelScore(c, round(float(v), 4))
        for c, v, t in zip(head.classes_, p, head.thresholds_, strict=True)
        if v >= t
    ]
    return sorted(hits, key=lambda x: -x.confidence)


class MultiLabelStage:
    """Stage: sigmoid head per label on segment vectors; a document carries a label when its
    own vector or any of its segments passes the label's calibrated threshold."""

    requires: tuple[str, ...] = ("segment_embeddings", "embedding")

    def __init__(self, name: str, head: LinearHead) -> None:
        self.name = name
        self.assigns: tuple[str, ...] = (f"labels.{name}",)
        self.head = head

    @classmethod
    def load(cls, name: str, directory: Path) -> MultiLabelStage:
        """Load the head from a model directory."""
        return cls(name, LinearHead.load(directory))

    def predict(self, vectors: np.ndarray) -> np.ndarray:
        """Per-label probabilities."""
        return self.head.predict_proba(vectors)

    def __call__(self, docs: list[Document]) -> list[Document]:
        """Label every analysed document and its segments (one matrix product per batch)."""
        todo = [d for d in docs if d.ok and d.embedding is not None
                and d.segment_embeddings is not None]  # fmt: skip
        if not todo:
            return docs
        doc_p = self.predict(np.stack([d.embedding for d in todo]))  # type: ignore[misc]
        seg_all = self.predict(np.concatenate([d.segment_embeddings for d in todo]))  # type: ignore[misc]
        a = 0
        for doc, dp in zip(todo, doc_p, strict=True):
            seg_p = seg_all[a : a + len(doc.segments)]
            a += len(doc.segments)
            doc.labels[self.name] = above(np.maximum(dp, seg_p.max(axis=0)), self.head)
            for seg, sp in zip(doc.segments, seg_p, strict=True):
                seg.labels[self.name] = above(sp, self.head)
        return docs


class FeedbackTypeStage:
    """Stage: one of praise / complaint / suggestion / question / other per document."""

    name = "feedback_type"
    requires: tuple[str, ...] = ("embedding",)
    assigns: tuple[str, ...] = ("feedback_type",)

    def __init__(self, head: LinearHead) -> None:
        self.head = head

    @classmethod
    def load(cls, directory: Path) -> FeedbackTypeStage:
        """Load the head from a model directory."""
        return cls(LinearHead.load(directory))

    def predict(self, vectors: np.ndarray) -> np.ndarray:
        """Class probabilities."""
        return self.head.predict_proba(vectors)

    def __call__(self, docs: list[Document]) -> list[Document]:
        """Set ``feedback_type`` on every analysed document."""
        todo = [d for d in docs if d.ok and d.embedding is not None]
        if todo:
            probs = self.predict(np.stack([d.embedding for d in todo]))  # type: ignore[misc]
            for doc, p in zip(todo, probs, strict=True):
                k = int(np.argmax(p))
                doc.feedback_type = LabelScore(self.head.classes_[k], round(float(p[k]), 4))
        return docs

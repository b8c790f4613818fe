"""Multi-label stages (CX pillars, touchpoints, or a custom taxonomy) and the feedback type."""

from __future__ import annotations

from pathlib import Path

import numpy as np

from ..heads import LinearHead
from ..types import Document, LabelScore
from .segment import is_interviewer


def above(p: np.ndarray, head: LinearHead) -> list[LabelScore]:
    """Labels at or above their thresholds, most confident first."""
    hits = [
        LabelScore(c, round(float(v), 4))
        for c, v, t in zip(head.classes_, p, head.thresholds_, strict=True)
        if v >= t
    ]
    return sorted(hits, key=lambda x: -x.confidence)


class MultiLabelStage:
    """Stage: sigmoid head per label on segment vectors.

    A short document (up to ``few_segments`` parts) carries a label when its own vector or any
    of its segments passes the label's calibrated threshold. A longer one (a transcript, a
    long comment) carries it only when the segments that pass hold at least ``min_share`` of
    its text and number at least two (the mean vector of forty turns sits half-way to every
    label, so it is no evidence on its own): one stray sentence in a
    forty-turn interview is evidence on that sentence, not a label of the whole document.
    The interviewer's turns are questions, never evidence.
    """

    requires: tuple[str, ...] = ("segment_label_embeddings", "label_embedding")
    few_segments = 3
    min_share = 0.1

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

    def document_scores(self, dp: np.ndarray, seg_p: np.ndarray, doc: Document) -> np.ndarray:
        """Per-label document scores from the document's and its segments' probabilities."""
        best = np.maximum(dp, seg_p.max(axis=0))
        if len(seg_p) <= self.few_segments:
            return best
        w = np.array([0.0 if is_interviewer(s) else max(s.end - s.start, 1)
                      for s in doc.segments], dtype=np.float64)  # fmt: skip
        hits = (seg_p >= self.head.thresholds_) & (w[:, None] > 0)
        share = (hits * w[:, None]).sum(0) / max(w.sum(), 1.0)
        backed = (hits.sum(0) >= 2) & (share >= self.min_share)
        return np.where(backed, best, 0.0)

    def __call__(self, docs: list[Document]) -> list[Document]:
        """Label every analysed document and its segments (one matrix product per batch)."""
        todo = [d for d in docs if d.ok and d.label_embedding is not None
                and d.segment_label_embeddings is not None]  # fmt: skip
        if not todo:
            return docs
        doc_p = self.predict(np.stack([d.label_embedding for d in todo]))  # type: ignore[misc]
        seg_all = self.predict(np.concatenate([d.segment_label_embeddings for d in todo]))  # type: ignore[misc]
        a = 0
        for doc, dp in zip(todo, doc_p, strict=True):
            seg_p = seg_all[a : a + len(doc.segments)]
            a += len(doc.segments)
            doc.labels[self.name] = above(self.document_scores(dp, seg_p, doc), self.head)
            for seg, sp in zip(doc.segments, seg_p, strict=True):
                seg.labels[self.name] = above(sp, self.head)
        return docs


class FeedbackTypeStage:
    """Stage: one of praise / complaint / suggestion / question / other per document."""

    name = "feedback_type"
    requires: tuple[str, ...] = ("label_embedding",)
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
        todo = [d for d in docs if d.ok and d.label_embedding is not None]
        if todo:
            probs = self.predict(np.stack([d.label_embedding for d in todo]))  # type: ignore[misc]
            for doc, p in zip(todo, probs, strict=True):
                k = int(np.argmax(p))
                doc.feedback_type = LabelScore(self.head.classes_[k], round(float(p[k]), 4))
        return docs

"""Sentiment per sentence (or turn) and per document, with ``mixed`` when sentences disagree."""

from __future__ import annotations

from pathlib import Path

import numpy as np

from ..heads import LinearHead
from ..types import Document, Sentiment

CLASSES = ("negative", "neutral", "positive")


def to_sentiment(p: np.ndarray, classes: list[str]) -> Sentiment:
    """A label, score P(pos) - P(neg), and rounded probabilities from one probability row."""
    probs = {c: round(float(v), 4) for c, v in zip(classes, p, strict=True)}
    score = probs.get("positive", 0.0) - probs.get("negative", 0.0)
    return Sentiment(classes[int(np.argmax(p))], round(score, 4), probs)


class SentimentStage:
    """Stage: a softmax head on segment vectors and on the document vector.

    A document is ``mixed`` when at least one segment is confidently positive and another
    confidently negative (both at or above ``mixed_threshold``); its probabilities are then
    those of the document vector, its score their difference.
    """

    name = "sentiment"
    requires: tuple[str, ...] = ("segment_embeddings", "embedding")
    assigns: tuple[str, ...] = ("sentiment", "segments.sentiment")

    def __init__(self, head: LinearHead, mixed_threshold: float = 0.6) -> None:
        self.head = head
        self.mixed_threshold = mixed_threshold

    @classmethod
    def load(cls, directory: Path) -> SentimentStage:
        """Load the head from a model directory."""
        import json

        head = LinearHead.load(directory)
        manifest = json.loads((directory / "manifest.json").read_text())
        return cls(head, float(manifest.get("mixed_threshold", 0.6)))

    def predict(self, vectors: np.ndarray) -> np.ndarray:
        """Class probabilities for each vector."""
        return self.head.predict_proba(vectors)

    def is_mixed(self, seg_probs: np.ndarray) -> bool:
        """True when one segment is confidently positive and another confidently negative."""
        cls = self.head.classes_
        pos, neg = seg_probs[:, cls.index("positive")], seg_probs[:, cls.index("negative")]
        return bool((pos >= self.mixed_threshold).any() and (neg >= self.mixed_threshold).any())

    def __call__(self, docs: list[Document]) -> list[Document]:
        """Label every analysed document and its segments."""
        todo = [d for d in docs if d.ok and d.embedding is not None]
        if not todo:
            return docs
        doc_p = self.predict(np.stack([d.embedding for d in todo]))  # type: ignore[misc]
        seg_all = self.predict(np.concatenate([d.segment_embeddings for d in todo]))  # type: ignore[misc]
        cls = self.head.classes_
        a = 0
        for doc, p in zip(todo, doc_p, strict=True):
            seg_p = seg_all[a : a + len(doc.segments)]
            a += len(doc.segments)
            for seg, sp in zip(doc.segments, seg_p, strict=True):
                seg.sentiment = to_sentiment(sp, cls)
            doc.sentiment = to_sentiment(p, cls)
            if len(doc.segments) > 1 and self.is_mixed(seg_p):
                doc.sentiment.label = "mixed"
        return docs

"""Embed every segment once; the document vector is their length-weighted mean."""

from __future__ import annotations

import numpy as np

from ..encoder.encoder import Encoder
from ..types import Document


class Embedder:
    """Stage: one encoder pass over all segments of a batch of documents.

    Every later stage (sentiment, pillars, touchpoints, topics) reads these vectors, so the
    encoder runs once per segment however many labels are predicted.
    """

    name = "embed"
    requires: tuple[str, ...] = ("segments",)
    assigns: tuple[str, ...] = ("segment_embeddings", "embedding")

    def __init__(self, encoder: Encoder) -> None:
        self.encoder = encoder

    def predict(self, texts: list[str]) -> np.ndarray:
        """Embeddings of ``texts``."""
        return self.encoder.encode(texts)

    def __call__(self, docs: list[Document]) -> list[Document]:
        """Fill ``segment_embeddings`` and ``embedding`` of each document without an error."""
        texts: list[str] = []
        spans: list[tuple[Document, int, int]] = []
        for doc in docs:
            if not doc.ok or not doc.segments:
                continue
            a = len(texts)
            texts.extend(s.model_text or doc.segment_text(s) for s in doc.segments)
            spans.append((doc, a, len(texts)))
        if not texts:
            return docs
        vectors = self.predict(texts)
        for doc, a, b in spans:
            seg = vectors[a:b]
            doc.segment_embeddings = seg
            weights = np.array([max(s.end - s.start, 1) for s in doc.segments], dtype=np.float32)
            mean = (seg * weights[:, None]).sum(0)
            doc.embedding = mean / max(float(np.linalg.norm(mean)), 1e-12)
        return docs

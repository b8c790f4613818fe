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
    assigns: tuple[str, ...] = (
        "segment_embeddings", "embedding", "segment_label_embeddings", "label_embedding"
    )

    def __init__(self, encoder: Encoder) -> None:
        self.encoder = encoder

    def predict(self, texts: list[str]) -> tuple[np.ndarray, np.ndarray]:
        """(general, label) embeddings of ``texts``."""
        return self.encoder.encode_views(texts)

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
        vectors, label_vectors = self.predict(texts)
        for doc, a, b in spans:
            weights = np.array([max(s.end - s.start, 1) for s in doc.segments], dtype=np.float32)
            doc.segment_embeddings, doc.embedding = _pool(vectors[a:b], weights)
            if label_vectors is vectors:
                doc.segment_label_embeddings = doc.segment_embeddings
                doc.label_embedding = doc.embedding
            else:
                pooled = _pool(label_vectors[a:b], weights)
                doc.segment_label_embeddings, doc.label_embedding = pooled
        return docs


def _pool(seg: np.ndarray, weights: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Segment vectors and their length-weighted, L2-normalised mean."""
    mean = (seg * weights[:, None]).sum(0)
    return seg, mean / max(float(np.linalg.norm(mean)), 1e-12)

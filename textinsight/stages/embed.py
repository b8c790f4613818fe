"""Embed every segment once; the document vector is their length-weighted mean.

Identical segment texts are encoded once: within a batch, and across batches and runs of the
process through a bounded LRU (``embed_cache_entries``). The key is a hash of the exact text
the encoder sees, trimmed of leading and trailing white space as the encoder itself trims it
(so "Nej", " Nej" and "Nej\n" share one entry; "nej" and "Nej!" do not). Only the 16-byte
hash is kept, never the text, so the cache holds nothing raw under ``never_store_raw``.
"""

from __future__ import annotations

import hashlib
from collections import OrderedDict

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
        "segment_embeddings",
        "embedding",
        "segment_label_embeddings",
        "label_embedding",
    )

    def __init__(self, encoder: Encoder, cache_entries: int = 20_000) -> None:
        self.encoder = encoder
        self.cache_entries = cache_entries
        self._cache: OrderedDict[bytes, tuple[np.ndarray, np.ndarray]] = OrderedDict()

    def predict(self, texts: list[str]) -> tuple[np.ndarray, np.ndarray]:
        """(general, label) embeddings of ``texts``; each distinct text is encoded once."""
        keys = [_key(t) for t in texts]
        rows: dict[bytes, tuple[np.ndarray, np.ndarray]] = {}
        todo: dict[bytes, str] = {}
        for k, t in zip(keys, texts, strict=True):
            hit = self._cache.get(k)
            if hit is not None:
                self._cache.move_to_end(k)
                rows[k] = hit
            elif k not in todo:
                todo[k] = t
        if todo:
            general, label = self.encoder.encode_views(list(todo.values()))
            same = label is general
            for i, k in enumerate(todo):
                g = general[i].copy()  # a copy: a cached row must not pin its whole batch
                rows[k] = (g, g if same else label[i].copy())
                if self.cache_entries:
                    self._cache[k] = rows[k]
            while len(self._cache) > self.cache_entries:
                self._cache.popitem(last=False)
        general = np.stack([rows[k][0] for k in keys]).astype(np.float32, copy=False)
        if all(rows[k][0] is rows[k][1] for k in keys):
            return general, general
        return general, np.stack([rows[k][1] for k in keys]).astype(np.float32, copy=False)

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


def _key(text: str) -> bytes:
    """The cache key of a segment text: a 16-byte hash of the trimmed text."""
    return hashlib.blake2b(text.strip().encode("utf-8", "surrogatepass"), digest_size=16).digest()


def _pool(seg: np.ndarray, weights: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Segment vectors and their length-weighted, L2-normalised mean."""
    mean = (seg * weights[:, None]).sum(0)
    return seg, mean / max(float(np.linalg.norm(mean)), 1e-12)

"""The keyword re-ranking as a BERTopic representation model.

BERTopic's c-TF-IDF gives each topic 30 candidate words; :class:`KeywordReranker` (a
``bertopic.representation.BaseRepresentation``) turns them into the topic's keywords by the
label rules of :mod:`textinsight.topics.keywords`:

1. a word spread over most topics (and a word built on such a word) is no topic's own;
2. the rest are ranked by cosine to the topic's centroid in the encoder's raw space, with the
   common direction removed on both sides (the mean of the candidates' vectors from the
   words, the corpus mean from the centroids), a KeyBERT-style ranking that reuses the
   document vectors instead of encoding the documents again;
3. a near-translation of a word already picked is skipped (raw word vectors), and word forms
   of one stem count once.

The batch fit passes it to BERTopic as ``representation_model`` (``update_topics`` on the
final topics); the online fit calls :meth:`KeywordReranker.extract_topics` once at the end
with the stream's candidates and centroids. Without a word encoder, steps 1 and 3 still apply.

This module imports BERTopic at import time: import it inside the function that fits.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

import numpy as np
from bertopic.representation import BaseRepresentation

from .keywords import WordEmbeddings, dedupe_keywords, rerank, widespread_words

Keywords = list[tuple[str, float]]


def _normalise(x: np.ndarray) -> np.ndarray:
    return x / np.maximum(np.linalg.norm(x, axis=1, keepdims=True), 1e-12)


def _spread_out(words: list[str], spread: set[str]) -> list[str]:
    """``words`` without the widespread ones and the words built on them."""
    return [w for w in words if not any(s == w or (len(s) >= 5 and s in w) for s in spread)]


class KeywordReranker(BaseRepresentation):
    """Keywords from c-TF-IDF candidates: widespread words out, re-ranked by the topic
    centroid, translations and word forms once (see the module's docstring).

    ``encode_words``: the pipeline's encoder for single words (None: no re-ranking);
    ``top_n``: how many ranked words are deduplicated; ``keep``: how many keywords a topic
    keeps. Centroids come from :meth:`use_embeddings` (the fit's raw vectors, row ``i`` =
    document ``ID`` ``i``) or :meth:`use_centroids` (given per topic)."""

    def __init__(
        self,
        encode_words: Callable[[list[str]], np.ndarray] | None = None,
        top_n: int = 20,
        keep: int = 10,
    ) -> None:
        self.encode_words = encode_words
        self.top_n = top_n
        self.keep = keep
        self.embeddings_: np.ndarray | None = None
        self.global_mean_: np.ndarray | None = None
        self.centroids_: Mapping[int, np.ndarray] | None = None

    def use_embeddings(self, embeddings: np.ndarray, global_mean: np.ndarray) -> KeywordReranker:
        """Centroids from the raw vectors of each topic's documents, less ``global_mean``."""
        self.embeddings_, self.global_mean_, self.centroids_ = embeddings, global_mean, None
        return self

    def use_centroids(self, centroids: Mapping[int, np.ndarray]) -> KeywordReranker:
        """Given centroids (raw space, the common direction removed), per topic."""
        self.embeddings_, self.global_mean_, self.centroids_ = None, None, centroids
        return self

    def release(self) -> None:
        """Forget the vectors (the fitted BERTopic model keeps a reference to this object)."""
        self.embeddings_ = self.global_mean_ = self.centroids_ = None

    def _centroid(self, topic: int, ids: np.ndarray) -> np.ndarray | None:
        if self.centroids_ is not None:
            c = self.centroids_.get(topic)
        elif self.embeddings_ is not None and self.global_mean_ is not None and len(ids):
            c = self.embeddings_[ids].mean(0) - self.global_mean_
        else:
            c = None
        if c is None:
            return None
        return (c / max(float(np.linalg.norm(c)), 1e-12)).astype(np.float32)

    def extract_topics(
        self, topic_model: Any, documents: Any, c_tf_idf: Any, topics: Mapping[int, Keywords]
    ) -> dict[int, Keywords]:
        """BERTopic's hook: ``topics`` (c-TF-IDF candidates per topic) → keywords per topic;
        the outlier topic (-1) keeps its candidates. ``documents``: BERTopic's frame with
        ``Document`` (keyword text), ``Topic`` and ``ID`` (the row of :meth:`use_embeddings`)."""
        ids = sorted(int(t) for t in topics if int(t) != -1)
        members = {t: np.sort(documents.loc[documents.Topic == t, "ID"].to_numpy()) for t in ids}
        docs = {t: documents.loc[documents.Topic == t, "Document"].tolist() for t in ids}
        spread = widespread_words([docs[t] for t in ids])
        cands = {t: _spread_out([w for w, _ in topics[t] if w and w != "_"], spread) for t in ids}
        scores = {t: dict(topics[t]) for t in ids}
        words = WordEmbeddings(self.encode_words) if self.encode_words is not None else None
        if words is not None and ids:
            every = sorted({w for c in cands.values() for w in c})
            word_mean = words(every).mean(0) if every else 0.0
        out: dict[int, Keywords] = {t: list(v) for t, v in topics.items() if int(t) == -1}
        for t in ids:
            cand = cands[t]
            centroid = self._centroid(t, members[t]) if words is not None else None
            if words is not None and centroid is not None:
                ranked = rerank(
                    cand,
                    centroid,
                    lambda ws: _normalise(words(ws) - word_mean),
                    top_n=self.top_n,
                    duplicate_embed=lambda ws: _normalise(words(ws)),  # translations: raw
                )
            else:
                ranked = [(w, float(scores[t].get(w, 0.0))) for w in cand[: self.top_n]]
            score = dict(ranked)
            out[t] = [(w, score[w]) for w in dedupe_keywords([w for w, _ in ranked])[: self.keep]]
        return out

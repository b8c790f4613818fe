"""Online topic fitting: the path past one machine's memory or for a never-ending stream.

The batch fit (:func:`textinsight.topics.model.fit`) holds every embedding and runs UMAP and
HDBSCAN over all of them; 100,000 comments fit in about 1.5 GB, so a few million is where
it stops. Past that, BERTopic's online mode learns from chunks with ``partial_fit``:
``IncrementalPCA`` instead of UMAP, ``MiniBatchKMeans`` (a fixed number of topics) instead of
HDBSCAN, and an ``OnlineCountVectorizer`` whose counts decay so that old words fade.

The stream is read three times (each pass holds one chunk): the language means for centring,
``partial_fit`` per chunk, and a last pass that assigns every unit and sums each topic's
members into its topic embedding. The result is the same :class:`TopicModel` as the batch fit,
saved and applied the same way (cosine to the topic embeddings).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import asdict
from typing import Any

import numpy as np

from ..errors import InvalidInput
from .keywords import WordEmbeddings, dedupe_keywords, lemma_text, rerank, unique_labels
from .model import FitParams, TopicModel, Unit, _normalise, quiet_bertopic
from .nonanswer import is_non_answer


def _usable(chunk: list[Unit]) -> list[Unit]:
    return [u for u in chunk if u.embedding is not None and not is_non_answer(u.text)]


def fit_online(
    chunks: Callable[[], Iterable[list[Unit]]],
    n_topics: int,
    params: FitParams | None = None,
    encode_words: Callable[[list[str]], np.ndarray] | None = None,
    decay: float = 0.01,
) -> tuple[TopicModel, dict[str, Any]]:
    """Fit from ``chunks()`` (called once per pass; each call yields lists of units)."""
    from bertopic import BERTopic
    from bertopic.vectorizers import OnlineCountVectorizer
    from sklearn.cluster import MiniBatchKMeans
    from sklearn.decomposition import IncrementalPCA

    params = params or FitParams()
    if params.erasure not in ("none", "mean"):  # LEACE / INLP need every vector at once
        raise InvalidInput(f"the online fit erases the language by its mean or not at all, "
                           f"not {params.erasure!r}")  # fmt: skip
    center = params.erasure == "mean"
    # pass 1: language means
    sums: dict[str, np.ndarray] = {}
    counts: Counter[str] = Counter()
    for chunk in chunks():
        for u in _usable(chunk):
            assert u.embedding is not None
            if u.lang not in sums:
                sums[u.lang] = np.zeros(len(u.embedding), dtype=np.float64)
            sums[u.lang] += u.embedding
            counts[u.lang] += 1
    if not counts:
        raise ValueError("no texts to cluster")
    total = sum(counts.values())
    global_mean: np.ndarray = np.sum(list(sums.values()), axis=0) / total
    lang_means = {k: sums[k] / counts[k] if counts[k] >= 5 else global_mean for k in sums}
    tm = TopicModel([], np.zeros((0, len(global_mean))), lang_means, global_mean, [], -1.0,
                    {"center_languages": center})  # fmt: skip

    def project(us: list[Unit]) -> np.ndarray:
        x = np.stack([u.embedding for u in us])  # type: ignore[misc]
        x = tm.project(x, [u.lang for u in us]) if center else _normalise(x)
        return x.astype(np.float64)  # one dtype for every chunk (MiniBatchKMeans insists)

    # pass 2: partial fits
    quiet_bertopic()
    bt = BERTopic(
        umap_model=IncrementalPCA(n_components=params.n_components),
        hdbscan_model=MiniBatchKMeans(n_clusters=n_topics, random_state=params.seed, n_init=3),
        vectorizer_model=OnlineCountVectorizer(token_pattern=r"\S+", lowercase=False,
                                               decay=decay),  # fmt: skip
        language="multilingual", top_n_words=30, verbose=False,
    )  # fmt: skip
    seen = 0
    for chunk in chunks():
        us = _usable(chunk)
        if len(us) < max(n_topics, params.n_components):
            continue  # too small for the incremental parts; its units are assigned in pass 3
        docs = [lemma_text(u.keyword_text or u.text, u.lang) or "_" for u in us]
        bt.partial_fit(docs, embeddings=project(us))
        seen += len(us)

    # pass 3: assign every unit, sum the topic embeddings, and keep keyword candidates
    dim = len(global_mean)
    topic_sum = np.zeros((n_topics, dim), dtype=np.float64)
    raw_sum = np.zeros((n_topics, dim), dtype=np.float64)
    sizes = np.zeros(n_topics, dtype=np.int64)
    for chunk in chunks():
        us = _usable(chunk)
        if not us:
            continue
        x = project(us)
        labels = bt.hdbscan_model.predict(bt.umap_model.transform(x))
        for k, t in enumerate(labels):
            topic_sum[t] += x[k]
            raw_sum[t] += us[k].embedding - global_mean  # type: ignore[operator]
            sizes[t] += 1
    ids = [int(t) for t in range(n_topics) if sizes[t] > 0]
    cents = _normalise(topic_sum[ids].astype(np.float32))
    words = WordEmbeddings(encode_words) if encode_words is not None else None
    topics: list[dict[str, Any]] = []
    for t in ids:
        cand = [w for w, _ in (bt.get_topic(t) or []) if w and w != "_"]
        if words is not None and cand:
            c = raw_sum[t] / max(float(np.linalg.norm(raw_sum[t])), 1e-12)
            kws = [w for w, _ in rerank(cand, c.astype(np.float32), words, top_n=20)]
        else:
            kws = cand[:20]
        topics.append({"topic": t, "size": int(sizes[t]), "keywords": dedupe_keywords(kws)[:10]})
    labels = unique_labels([r["keywords"] for r in topics],
                           fallback=[f"topic {r['topic']}" for r in topics])  # fmt: skip
    for r, label in zip(topics, labels, strict=True):
        r["label"] = label
    model = TopicModel(ids, cents, lang_means, global_mean, topics, -1.0,
                       {"center_languages": center, "seed": params.seed,
                        "params": {**asdict(params), "online": True,
                                   "n_topics": n_topics}})  # fmt: skip
    return model, {"units": total, "partial_fit_units": seen, "topics": len(ids)}

"""Online topic fitting: the path past one machine's memory or for a never-ending stream.

The batch fit (:func:`textinsight.topics.model.fit`) holds every embedding and runs UMAP and
HDBSCAN over all of them; 100,000 comments fit in about 1.5 GB, so a few million is where
it stops. Past that, BERTopic's online mode learns from chunks with ``partial_fit``:
``IncrementalPCA`` instead of UMAP, ``MiniBatchKMeans`` (a fixed number of topics) instead of
HDBSCAN, and an ``OnlineCountVectorizer`` whose counts decay so that old words fade.

The fit is the named steps of :data:`ONLINE_STEPS`; the stream is read three times (each pass
holds one chunk): the language means for centring, ``partial_fit`` per chunk, and a pass that
assigns every unit and sums each topic's members into its topic embedding (keeping a bounded
sample of each topic's keyword texts). The keywords come from the batch fit's representation
model (:class:`textinsight.topics.representation.KeywordReranker`) on the last c-TF-IDF's
candidates, the labels from the batch fit's rule. The result is the same :class:`TopicModel`
as the batch fit, saved and applied the same way (cosine to the topic embeddings); its
breakdowns are counted by the caller's last pass (:mod:`textinsight.topics.run`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import asdict, dataclass, field
from typing import Any

import numpy as np

from ..errors import InvalidInput
from ..nonanswer import is_non_answer
from .erase import Eraser
from .keywords import lemma_text
from .model import FitParams, TopicModel
from .steps import label_topics, normalise, quiet_bertopic, run_steps
from .units import Unit

SAMPLE = 2_000  # keyword texts kept per topic for the widespread-word rule


def _usable(chunk: list[Unit]) -> list[Unit]:
    return [u for u in chunk if u.embedding is not None and not is_non_answer(u.text)]


def _keyword_text(u: Unit) -> str:
    return lemma_text(u.keyword_text or u.text, u.lang) or "_"


@dataclass
class OnlineState:
    """What the online steps share: the stream and each step's result."""

    chunks: Callable[[], Iterable[list[Unit]]]
    n_topics: int
    params: FitParams
    encode_words: Callable[[list[str]], np.ndarray] | None = None
    decay: float = 0.01
    total: int = 0
    global_mean: np.ndarray = field(default_factory=lambda: np.zeros(0))
    lang_means: dict[str, np.ndarray] = field(default_factory=dict)
    eraser: Eraser | None = None  # None: no centring
    bertopic: Any = None
    seen: int = 0  # units the partial fits learnt from
    topic_sum: np.ndarray = field(default_factory=lambda: np.zeros((0, 0)))
    raw_sum: np.ndarray = field(default_factory=lambda: np.zeros((0, 0)))
    sizes: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=np.int64))
    sample: dict[int, list[str]] = field(default_factory=dict)  # keyword texts per topic
    ids: list[int] = field(default_factory=list)
    cents: np.ndarray = field(default_factory=lambda: np.zeros((0, 0), np.float32))
    described: list[dict[str, Any]] = field(default_factory=list)
    seconds: dict[str, float] = field(default_factory=dict)

    def project(self, us: list[Unit]) -> np.ndarray:
        """Units' vectors centred by language (when centring) and unit-length, as float64
        (one dtype for every chunk: MiniBatchKMeans insists)."""
        x = np.stack([u.embedding for u in us])  # type: ignore[misc]
        x = (
            normalise(self.eraser.transform(x, [u.lang for u in us]))
            if self.eraser
            else normalise(x)
        )
        return x.astype(np.float64)


def language_means(s: OnlineState) -> None:
    """Pass 1: each language's mean vector (a language with fewer than 5 texts takes the
    global mean), for centring."""
    sums: dict[str, np.ndarray] = {}
    counts: dict[str, int] = {}
    for chunk in s.chunks():
        for u in _usable(chunk):
            assert u.embedding is not None
            if u.lang not in sums:
                sums[u.lang] = np.zeros(len(u.embedding), dtype=np.float64)
                counts[u.lang] = 0
            sums[u.lang] += u.embedding
            counts[u.lang] += 1
    if not counts:
        raise ValueError("no texts to cluster")
    s.total = sum(counts.values())
    s.global_mean = np.sum(list(sums.values()), axis=0) / s.total
    s.lang_means = {k: sums[k] / counts[k] if counts[k] >= 5 else s.global_mean for k in sums}
    if s.params.erasure == "mean":
        s.eraser = Eraser("mean", s.lang_means, s.global_mean)


def partial_fit(s: OnlineState) -> None:
    """Pass 2: BERTopic's ``partial_fit`` per chunk (IncrementalPCA, MiniBatchKMeans with
    ``n_topics``, a decaying OnlineCountVectorizer on the keyword texts); a chunk too small
    for the incremental parts is only assigned, in pass 3."""
    from bertopic import BERTopic
    from bertopic.vectorizers import OnlineCountVectorizer
    from sklearn.cluster import MiniBatchKMeans
    from sklearn.decomposition import IncrementalPCA

    p = s.params
    quiet_bertopic()
    s.bertopic = BERTopic(
        umap_model=IncrementalPCA(n_components=p.n_components),
        hdbscan_model=MiniBatchKMeans(n_clusters=s.n_topics, random_state=p.seed, n_init=3),
        vectorizer_model=OnlineCountVectorizer(
            token_pattern=r"\S+", lowercase=False, decay=s.decay
        ),
        language="multilingual",
        top_n_words=30,
        verbose=False,
    )
    for chunk in s.chunks():
        us = _usable(chunk)
        if len(us) < max(s.n_topics, p.n_components):
            continue
        s.bertopic.partial_fit([_keyword_text(u) for u in us], embeddings=s.project(us))
        s.seen += len(us)


def topic_sums(s: OnlineState) -> None:
    """Pass 3: every unit's topic by the fitted parts; each topic's members summed (erased
    space: the topic embedding; raw space less the global mean: the keywords' centroid), and
    up to :data:`SAMPLE` keyword texts kept per topic."""
    bt, dim = s.bertopic, len(s.global_mean)
    s.topic_sum = np.zeros((s.n_topics, dim), dtype=np.float64)
    s.raw_sum = np.zeros((s.n_topics, dim), dtype=np.float64)
    s.sizes = np.zeros(s.n_topics, dtype=np.int64)
    for chunk in s.chunks():
        us = _usable(chunk)
        if not us:
            continue
        x = s.project(us)
        labels = bt.hdbscan_model.predict(bt.umap_model.transform(x))
        for k, t in enumerate(labels):
            s.topic_sum[t] += x[k]
            s.raw_sum[t] += us[k].embedding - s.global_mean
            s.sizes[t] += 1
            kept = s.sample.setdefault(int(t), [])
            if len(kept) < SAMPLE:
                kept.append(_keyword_text(us[k]))
    s.ids = [int(t) for t in range(s.n_topics) if s.sizes[t] > 0]
    s.cents = normalise(s.topic_sum[s.ids].astype(np.float32))


def represent(s: OnlineState) -> None:
    """Keywords: the last c-TF-IDF's candidates of each topic through the batch fit's
    :class:`~textinsight.topics.representation.KeywordReranker` (centroids: the raw sums;
    the widespread-word rule on each topic's sample)."""
    import pandas as pd

    from .representation import KeywordReranker

    bt = s.bertopic
    texts = [(d, t) for t in s.ids for d in s.sample.get(t, [])]
    frame = pd.DataFrame(
        {"Document": [d for d, _ in texts], "Topic": [t for _, t in texts], "ID": range(len(texts))}
    )
    reranker = KeywordReranker(s.encode_words).use_centroids({t: s.raw_sum[t] for t in s.ids})
    words = reranker.extract_topics(
        bt, frame, bt.c_tf_idf_, {t: list(bt.get_topic(t) or []) for t in s.ids}
    )
    s.described = [{"topic": t, "keywords": [w for w, _ in words[t]]} for t in s.ids]


def label(s: OnlineState) -> None:
    """One short label per topic, by the batch fit's rule
    (:func:`textinsight.topics.steps.label_topics`)."""
    label_topics(s.described)


ONLINE_STEPS = (language_means, partial_fit, topic_sums, represent, label)


def fit_online(
    chunks: Callable[[], Iterable[list[Unit]]],
    n_topics: int,
    params: FitParams | None = None,
    encode_words: Callable[[list[str]], np.ndarray] | None = None,
    decay: float = 0.01,
) -> tuple[TopicModel, dict[str, Any]]:
    """Fit from ``chunks()`` (called once per pass; each call yields lists of units) by the
    steps of :data:`ONLINE_STEPS`; the model's topics have their size (pass 3), keywords and
    label, not yet their breakdowns. Returns the model and counts (``seconds`` per step)."""
    params = params or FitParams()
    if params.erasure not in ("none", "mean"):  # LEACE / INLP need every vector at once
        raise InvalidInput(
            f"the online fit erases the language by its mean or not at all, not {params.erasure!r}"
        )
    s = OnlineState(chunks, n_topics, params, encode_words, decay)
    run_steps(ONLINE_STEPS, s)
    topics = [
        {
            "topic": d["topic"],
            "label": d["label"],
            "size": int(s.sizes[d["topic"]]),
            "keywords": d["keywords"],
        }
        for d in s.described
    ]
    center = s.eraser is not None
    eraser = s.eraser or Eraser("none", {}, s.global_mean)
    model = TopicModel(
        s.ids,
        s.cents,
        s.lang_means,
        s.global_mean,
        topics,
        -1.0,
        {
            "center_languages": center,
            "seed": params.seed,
            "params": {**asdict(params), "online": True, "n_topics": n_topics},
            "seconds": {"steps": dict(s.seconds)},
        },
        eraser=eraser,
    )
    return model, {
        "units": s.total,
        "partial_fit_units": s.seen,
        "topics": len(s.ids),
        "seconds": dict(s.seconds),
    }


def assign_units(model: TopicModel, units: Sequence[Unit]) -> list[int]:
    """Each unit's topic by the model's one rule (-2: set aside, as the batch fit does)."""
    ids = [-2] * len(units)
    ok = [k for k, u in enumerate(units) if u.embedding is not None and not is_non_answer(u.text)]
    if ok:
        got, _ = model.assign(
            np.stack([units[k].embedding for k in ok]),  # type: ignore[misc]
            [units[k].lang for k in ok],
        )
        for k, t in zip(ok, got.tolist(), strict=True):
            ids[k] = int(t)
    return ids

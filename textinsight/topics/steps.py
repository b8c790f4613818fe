"""The batch topic fit as a sequence of named steps, listed once in :data:`BATCH_STEPS`.

Each step is a function of the fit's :class:`FitState` (it reads what earlier steps left
there and adds its own part); :func:`run_steps` runs them in order and records each one's
seconds, which the model's report keeps (``model.json`` ``seconds.steps``). The online fit
(:mod:`textinsight.topics.online`) has its own steps for what streams differently and shares
the representation (:class:`textinsight.topics.representation.KeywordReranker`), the labels
(:func:`label_topics`) and the breakdowns (:mod:`textinsight.topics.breakdown`).
"""

from __future__ import annotations

import logging
import time
import warnings
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from typing import Any

import numpy as np

from ..errors import InvalidInput
from ..nonanswer import is_non_answer
from .breakdown import Breakdown
from .erase import METHODS, Eraser, balanced_neighbours
from .erase import erase_language as fit_eraser
from .keywords import lemma_text, unique_labels
from .units import Unit


@dataclass
class FitParams:
    """How a model is fitted; ``plain=True`` is BERTopic's defaults on the same embeddings."""

    seed: int = 42
    min_topic_size: int | None = None  # None: scaled with the corpus (see min_size)
    n_neighbors: int = 15
    n_components: int = 5
    center_languages: bool = True  # False: no language erasure at all (whatever the method)
    language_erasure: str = "mean"  # one of erase.METHODS; see textinsight.topics.erase
    erasure_iterations: int = 8  # INLP iterations (``inlp`` methods)
    balance_languages: bool = True  # UMAP's neighbours: a fixed share from every language
    balance_max_units: int = 30_000  # above: UMAP's own (approximate) graph; the balanced one
    # is exact, O(n²) dot products (13 s at 20,000 on the shared two-core machine)
    reduce_outliers: bool = True
    outlier_quantile: float = 0.0  # see outlier_floor: the similarity floor for joining a topic
    plain: bool = False

    @property
    def erasure(self) -> str:
        """The language erasure this fit uses (``none`` under ``plain`` or without centring)."""
        if self.plain or not self.center_languages:
            return "none"
        if self.language_erasure not in METHODS:
            raise InvalidInput(
                f"language erasure {self.language_erasure!r}: one of {', '.join(METHODS)}"
            )
        return self.language_erasure

    def min_size(self, n: int) -> int:
        """The smallest topic: given, else about n/400 within [5, 50] (10 under ``plain``)."""
        if self.min_topic_size is not None:
            return self.min_topic_size
        if self.plain:
            return 10
        return int(min(50, max(5, round(n / 400))))


@dataclass
class FitReport:
    """Counts a researcher needs to trust a fit, and the seconds of each step."""

    units: int
    documents: int
    non_answers: int
    failed: int
    clustered: int
    topics: int
    outliers_before: int
    outliers_after: int
    refit_agreement: float = 0.0
    params: dict[str, Any] = field(default_factory=dict)
    seconds: dict[str, float] = field(default_factory=dict)  # per step, in order

    @property
    def outlier_share_before(self) -> float:
        return self.outliers_before / max(self.clustered, 1)

    @property
    def outlier_share_after(self) -> float:
        return self.outliers_after / max(self.clustered, 1)


def normalise(x: np.ndarray) -> np.ndarray:
    """Rows scaled to unit length (a zero row stays zero)."""
    return x / np.maximum(np.linalg.norm(x, axis=1, keepdims=True), 1e-12)


class _DoneOnPurpose(logging.Filter):
    """Drops BERTopic's warnings about what textinsight does on purpose, which a user cannot
    act on: assigning topics by its own outlier rule (``update_topics(topics=...)``), and
    saving without an embedding model (the pipeline's encoder embeds, not BERTopic's)."""

    MESSAGES = (
        "Using a custom list of topic assignments",
        "You are saving a BERTopic model without explicitly defining an embedding model",
    )

    def filter(self, record: logging.LogRecord) -> bool:
        """False for the two warnings above."""
        message = record.getMessage()
        return not any(m in message for m in self.MESSAGES)


def quiet_bertopic() -> None:
    """Install :class:`_DoneOnPurpose` on BERTopic's logger (once); called where a BERTopic
    model is built, never at import."""
    logger = logging.getLogger("BERTopic")
    if not any(isinstance(f, _DoneOnPurpose) for f in logger.filters):
        logger.addFilter(_DoneOnPurpose())


def label_topics(described: list[dict[str, Any]], plain: bool = False) -> None:
    """Set each described topic's ``label``: its first three keywords, unique across topics
    (:func:`textinsight.topics.keywords.unique_labels`); under ``plain`` the three joined."""
    labels = unique_labels(
        [d["keywords"] for d in described], fallback=[f"topic {d['topic']}" for d in described]
    )
    for d, label in zip(described, labels, strict=True):
        d["label"] = label if not plain else " · ".join(d["keywords"][:3])


@dataclass
class FitState:
    """What the batch steps share: the input, then each step's result."""

    units: list[Unit]
    params: FitParams
    encode_words: Callable[[list[str]], np.ndarray] | None = None
    label_keys: Sequence[str] | None = None  # breakdown fields (None: every one carried)
    report: FitReport | None = None
    keep: list[int] = field(default_factory=list)  # the units clustered
    assignment: list[int] = field(default_factory=list)  # per unit; -2 set aside
    emb: np.ndarray = field(default_factory=lambda: np.zeros((0, 0), np.float32))  # raw
    langs: list[str] = field(default_factory=list)
    global_mean: np.ndarray = field(default_factory=lambda: np.zeros(0, np.float32))
    eraser: Eraser = field(default_factory=Eraser)
    x: np.ndarray = field(default_factory=lambda: np.zeros((0, 0), np.float32))  # erased
    docs: list[str] = field(default_factory=list)  # keyword texts (c-TF-IDF's documents)
    knn: tuple[np.ndarray, np.ndarray] | None = None
    bertopic: Any = None
    topics: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=int))  # per kept
    core: list[int] = field(default_factory=list)  # HDBSCAN's topics
    core_cents: np.ndarray = field(default_factory=lambda: np.zeros((0, 0), np.float32))
    floor: float = 0.0
    ids: list[int] = field(default_factory=list)  # the final topics
    cents: np.ndarray = field(default_factory=lambda: np.zeros((0, 0), np.float32))
    described: list[dict[str, Any]] = field(default_factory=list)  # topic, keywords, label
    breakdown: Breakdown | None = None
    described_topics: list[dict[str, Any]] = field(default_factory=list)  # topics.json
    seconds: dict[str, float] = field(default_factory=dict)


Step = Callable[[FitState], None]


def set_aside(s: FitState) -> None:
    """Non-answers and failed records are set aside (topic -2); the rest are clustered, on
    their raw embeddings. Too few texts is an error."""
    units, params = s.units, s.params
    s.assignment = [-2] * len(units)
    s.keep = [
        i for i, u in enumerate(units) if u.embedding is not None and not is_non_answer(u.text)
    ]
    n_failed = sum(1 for u in units if u.embedding is None)
    s.report = FitReport(
        len(units),
        len({u.doc_id for u in units}),
        len(units) - len(s.keep) - n_failed,
        n_failed,
        len(s.keep),
        0,
        0,
        0,
        params=asdict(params),
    )
    if len(s.keep) < max(10, 2 * params.min_size(len(s.keep))):
        raise InvalidInput(
            f"{len(s.keep)} texts to cluster (after setting aside non-answers): too few for topics"
        )
    s.emb = np.stack([units[i].embedding for i in s.keep]).astype(np.float32)  # type: ignore[misc]
    s.langs = [units[i].lang for i in s.keep]


def erase_language(s: FitState) -> None:
    """The language erased from the vectors (:mod:`textinsight.topics.erase`), fitted on
    these vectors; ``x`` is the erased, unit-length space topics live in."""
    p = s.params
    s.global_mean = s.emb.mean(0)
    s.eraser = fit_eraser(s.emb, s.langs, p.erasure, p.erasure_iterations, p.seed)
    s.x = normalise(s.eraser.transform(s.emb, s.langs))


def keyword_texts(s: FitState) -> None:
    """The documents c-TF-IDF reads: lemmas of the content words in each text's language
    (personal data blanked); the texts themselves under ``plain``."""
    texts = [s.units[i].keyword_text or s.units[i].text for i in s.keep]
    docs = (
        texts
        if s.params.plain
        else [lemma_text(t, lang) for t, lang in zip(texts, s.langs, strict=True)]
    )
    s.docs = [d if d.strip() else "_" for d in docs]


def neighbours(s: FitState) -> None:
    """UMAP's neighbour graph with every language's share fixed
    (:func:`textinsight.topics.erase.balanced_neighbours`); None (UMAP's own graph) without
    erasure, with one language, or above ``balance_max_units``."""
    p, n = s.params, len(s.keep)
    if p.balance_languages and p.erasure != "none" and n <= p.balance_max_units:
        s.knn = balanced_neighbours(s.x, s.langs, min(p.n_neighbors, n - 1))


def _bertopic(params: FitParams, n: int, knn: tuple[np.ndarray, np.ndarray] | None = None) -> Any:
    from bertopic import BERTopic
    from hdbscan import HDBSCAN
    from sklearn.feature_extraction.text import CountVectorizer
    from umap import UMAP

    size = params.min_size(n)
    umap = UMAP(
        n_neighbors=params.n_neighbors,
        n_components=params.n_components,
        min_dist=0.0,
        metric="cosine",
        random_state=params.seed,
        n_jobs=1,  # seeded: one thread
        low_memory=True,
        **({"precomputed_knn": (*knn, None)} if knn else {}),
    )
    if params.plain:
        hdb = HDBSCAN(
            min_cluster_size=size,
            metric="euclidean",
            cluster_selection_method="eom",
            prediction_data=True,
        )
        vec = CountVectorizer()
    else:
        hdb = HDBSCAN(
            min_cluster_size=size,
            min_samples=max(2, size // 2),
            metric="euclidean",
            cluster_selection_method="leaf",
            prediction_data=False,
        )
        vec = CountVectorizer(token_pattern=r"\S+", lowercase=False)
    quiet_bertopic()
    # language="multilingual": BERTopic would otherwise strip every non-ASCII letter (æ, ø, å,
    # ä, ö) from the keyword text before c-TF-IDF
    return BERTopic(
        umap_model=umap,
        hdbscan_model=hdb,
        vectorizer_model=vec,
        top_n_words=30,
        language="english" if params.plain else "multilingual",
        min_topic_size=size,
        calculate_probabilities=False,
        verbose=False,
    )


def cluster(s: FitState) -> None:
    """BERTopic's fit on the erased vectors: UMAP (seeded, 5 dimensions, on the balanced
    graph when there is one), then HDBSCAN (``leaf``; -1: outlier)."""
    s.bertopic = _bertopic(s.params, len(s.keep), s.knn)
    with warnings.catch_warnings():  # our graph has no search index; UMAP never transforms
        warnings.filterwarnings("ignore", message=r"precomputed_knn\[2\]")
        topics, _ = s.bertopic.fit_transform(s.docs, embeddings=s.x)
    s.topics = np.asarray(topics)
    assert s.report is not None
    s.report.outliers_before = int((s.topics == -1).sum())


def _centroids(x: np.ndarray, topics: np.ndarray, ids: list[int]) -> np.ndarray:
    """Unit-length mean vector of each topic in ``ids``."""
    if not ids:
        return np.zeros((0, x.shape[1]), dtype=np.float32)
    return normalise(np.stack([x[topics == t].mean(0) for t in ids]))


def outlier_floor(s: FitState) -> None:
    """The similarity floor for joining a topic: as close to its centroid as the topic's
    loosest core member (or the ``outlier_quantile`` of its members); 0 under ``plain``.
    The same floor decides for new documents."""
    x, topics = s.x, s.topics
    s.core = sorted(int(t) for t in set(topics.tolist()) if t != -1)
    s.core_cents = _centroids(x, topics, s.core)
    core_sims = np.array(
        [float(x[k] @ s.core_cents[s.core.index(int(t))]) for k, t in enumerate(topics) if t != -1]
    )
    floor = float(np.quantile(core_sims, s.params.outlier_quantile)) if len(core_sims) else 0.0
    s.floor = 0.0 if s.params.plain else floor


def reduce_outliers(s: FitState) -> None:
    """BERTopic's ``reduce_outliers`` (embeddings strategy) by cosine to the same centroids
    the assignment uses: an outlier joins its nearest topic when at or above the floor."""
    bt, topics = s.bertopic, s.topics
    if s.params.reduce_outliers and (topics == -1).any() and s.core:
        bt.topic_embeddings_ = np.vstack([s.x.mean(0, keepdims=True), s.core_cents])
        s.topics = np.asarray(
            bt.reduce_outliers(
                s.docs,
                list(topics),
                strategy="embeddings",
                embeddings=s.x,
                threshold=s.floor,
            )
        )
    assert s.report is not None
    s.report.outliers_after = int((s.topics == -1).sum())


def represent(s: FitState) -> None:
    """Keywords of the final topics: BERTopic's c-TF-IDF (30 candidates) on the keyword
    texts, re-ranked by :class:`~textinsight.topics.representation.KeywordReranker` as
    BERTopic's ``representation_model`` (c-TF-IDF's own order under ``plain``)."""
    from .representation import KeywordReranker

    bt = s.bertopic
    reranker = None
    if not s.params.plain:
        reranker = KeywordReranker(s.encode_words).use_embeddings(s.emb, s.global_mean)
    bt.update_topics(
        s.docs,
        topics=list(s.topics),
        vectorizer_model=bt.vectorizer_model,
        top_n_words=30,
        representation_model=reranker,
    )
    if reranker is not None:
        reranker.release()
    s.ids = sorted(int(t) for t in set(s.topics.tolist()) if t != -1)
    s.described = [
        {"topic": t, "keywords": [w for w, _ in (bt.get_topic(t) or []) if w and w != "_"][:10]}
        for t in s.ids
    ]


def topic_embeddings(s: FitState) -> None:
    """Topic embeddings from the final members, in the space new documents are assigned in;
    BERTopic's own (saved with it) set to the same vectors."""
    bt, ids = s.bertopic, s.ids
    s.cents = _centroids(s.x, s.topics, ids)
    if bt.topic_embeddings_ is not None and ids:
        rows = [s.cents[ids.index(t)] if t in ids else s.x.mean(0) for t in sorted(bt.get_topics())]
        bt.topic_embeddings_ = np.stack(rows)


def label(s: FitState) -> None:
    """One short label per topic (:func:`label_topics`), also set as BERTopic's custom
    labels."""
    label_topics(s.described, s.params.plain)
    s.bertopic.set_topic_labels({d["topic"]: d["label"] for d in s.described})


def describe(s: FitState) -> None:
    """``topics.json``: per topic its size, keywords, representative ids and texts (nearest
    its centroid), and the breakdowns (:mod:`textinsight.topics.breakdown`); largest first."""
    for k, i in enumerate(s.keep):
        s.assignment[i] = int(s.topics[k])
    units, x, assignment = s.units, s.x, s.assignment
    pos = {i: k for k, i in enumerate(s.keep)}
    s.breakdown = Breakdown(s.label_keys, sorted({k for u in units for k in u.classes}))
    s.breakdown.add(units, assignment)
    members_of: dict[int, list[int]] = {d["topic"]: [] for d in s.described}
    for i, a in enumerate(assignment):
        if a in members_of:
            members_of[a].append(i)
    out: list[dict[str, Any]] = []
    for d in s.described:
        t = d["topic"]
        members = members_of[t]
        cent = x[[pos[i] for i in members]].mean(0)
        order = sorted(members, key=lambda i: -float(x[pos[i]] @ cent))
        rep_ids: list[str] = []
        for i in order:
            if units[i].doc_id not in rep_ids:
                rep_ids.append(units[i].doc_id)
            if len(rep_ids) == 5:
                break
        out.append(
            {
                "topic": t,
                "label": d["label"],
                "size": len(members),
                "keywords": d["keywords"],
                "representative_ids": rep_ids,
                "representative_texts": [units[i].text[:200] for i in order[:3]],
                **s.breakdown.fields(t),
            }
        )
    out.sort(key=lambda r: (-r["size"], r["topic"]))
    s.described_topics = out


# the batch fit, in order (TopicModel is made from the state afterwards: model.fit)
BATCH_STEPS: tuple[Step, ...] = (
    set_aside, erase_language, keyword_texts, neighbours, cluster, outlier_floor,
    reduce_outliers, represent, topic_embeddings, label, describe,
)  # fmt: skip


def run_steps(steps: Sequence[Callable[[Any], None]], state: Any) -> None:
    """Run ``steps`` on ``state`` in order, recording each one's seconds in
    ``state.seconds`` (by the step's name)."""
    for step in steps:
        t0 = time.perf_counter()
        step(state)
        state.seconds[step.__name__] = round(time.perf_counter() - t0, 3)

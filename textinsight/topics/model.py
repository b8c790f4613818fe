"""Fit, save, load and apply a topic model (BERTopic underneath).

Design decisions, each for a reason a user can see:

- **One encoder pass.** The model is fitted on the embeddings the pipeline computed; documents
  are never encoded twice. Only keyword candidates (single words) are embedded, for ranking.
- **Across languages.** The same complaint in Danish and English sits closer to its own language
  than to the other in e5's space. Before clustering, the language is erased from the vectors
  (:mod:`textinsight.topics.erase`: each language's mean subtracted, and/or the directions
  that predict the language projected out); the erasure is fitted on the fit's own vectors,
  saved with the model and applied to new documents too.
- **One assignment rule.** A BERTopic model saved as safetensors drops UMAP and HDBSCAN and
  assigns new documents by cosine similarity to the topic embeddings. We use that rule for
  every assignment after the fit - in memory and after loading - with the topic embeddings
  recomputed from the final (outlier-reduced) members and an outlier floor calibrated on the
  fit, so a saved-and-loaded model answers exactly as the fitted one.
- **Reproducible.** UMAP gets the seed (it then runs single-threaded) and HDBSCAN is
  deterministic, so the same input in the same order with the same seed gives the same topics.
"""

from __future__ import annotations

import json
import logging
import warnings
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from ..errors import InvalidInput, ModelError
from ..stages.segment import INTERVIEWER
from ..types import Document
from .erase import METHODS, Eraser, balanced_neighbours, erase_language
from .keywords import (
    WordEmbeddings,
    dedupe_keywords,
    lemma_text,
    rerank,
    unique_labels,
    widespread_words,
)
from .nonanswer import is_non_answer

FORMAT_VERSION = 1


@dataclass(slots=True)
class Unit:
    """What is clustered: a document, or one segment (turn) of a transcript."""

    doc_id: str
    text: str
    lang: str
    embedding: np.ndarray | None
    segment: tuple[int, int] | None = None
    sentiment: str | None = None
    pillars: tuple[str, ...] = ()
    touchpoints: tuple[str, ...] = ()
    date: str | None = None
    cls: str | None = None
    keyword_text: str | None = None  # the text with personal data blanked, for keywords
    classes: dict[str, str] = field(default_factory=dict)  # --class-column values




def _blank(text: str, spans: Iterable[Any], start: int = 0, end: int | None = None) -> str:
    """``text[start:end]`` with personal-data spans replaced by spaces (names stay out of
    keywords and labels even when the text itself is not redacted)."""
    end = len(text) if end is None else end
    chars = list(text[start:end])
    for p in spans:
        for k in range(max(p.start, start), min(p.end, end)):
            chars[k - start] = " "
    return "".join(chars)


def _date(value: Any) -> str | None:
    """An ISO day ("2026-01-03") from a date-like value (a datetime, "2026/01/03 10:00"), a
    year-month when the value has no day, else None."""
    if value is None:
        return None
    s = str(value)
    if len(s) >= 7 and s[:4].isdigit() and s[4] in "-/." and s[5:7].isdigit():
        if len(s) >= 10 and s[7] == s[4] and s[8:10].isdigit() and not s[10:11].isdigit():
            return f"{s[:4]}-{s[5:7]}-{s[8:10]}"
        return f"{s[:4]}-{s[5:7]}"
    return None


def month_of(date: str | None) -> str | None:
    """"2026-01" for a unit's date."""
    return date[:7] if date else None


def week_of(date: str | None) -> str | None:
    """The ISO week ("2026-W02") of a unit's date; None without a day."""
    import datetime as dt

    if not date or len(date) < 10:
        return None
    try:
        year, week, _ = dt.date.fromisoformat(date[:10]).isocalendar()
    except ValueError:
        return None
    return f"{year}-W{week:02d}"


def _classes(meta: dict[str, Any], keys: Sequence[str]) -> dict[str, str]:
    """The values of the ``--class-column`` keys (missing or empty: absent)."""
    out = {}
    for k in keys:
        v = meta.get(k)
        if v is not None and str(v).strip() != "":
            out[k] = str(v).strip()
    return out


def units_from_docs(docs: Iterable[Document], date_key: str | None = "date",
                    by_turn: bool = True,
                    class_keys: Sequence[str] = ()) -> list[Unit]:  # fmt: skip
    """Clustering units: transcripts (documents segmented into turns) by turn, others whole;
    each carries its date and the values of ``class_keys`` (input columns) for breakdowns."""
    units: list[Unit] = []
    for d in docs:
        if not d.ok or d.embedding is None:
            units.append(Unit(d.id, d.text, "und", None))  # kept so it gets an assignment
            continue
        lang = d.language.code if d.language else "und"
        date = _date(d.meta.get(date_key)) if date_key else None
        classes = _classes(d.meta, class_keys) if class_keys else {}
        pii = d.pii or []
        turns = by_turn and sum(s.kind == "turn" for s in d.segments) > 1
        if turns and d.segment_embeddings is not None:
            n_before = len(units)
            for s, v in zip(d.segments, d.segment_embeddings, strict=True):
                if s.kind != "turn" or (s.speaker and s.speaker.strip().lower() in INTERVIEWER):
                    continue  # a header line, or the interviewer's question
                units.append(Unit(
                    d.id, d.segment_text(s), lang, v, (s.start, s.end),
                    s.sentiment.label if s.sentiment else None,
                    tuple(x.id for x in s.labels.get("pillars", [])),
                    tuple(x.id for x in s.labels.get("touchpoints", [])), date,
                    keyword_text=_blank(d.text, pii, s.start, s.end) if pii else None,
                    classes=classes,
                ))  # fmt: skip
            if len(units) > n_before:
                continue
        units.append(Unit(
            d.id, d.text, lang, d.embedding, None,
            d.sentiment.label if d.sentiment else None,
            tuple(x.id for x in d.labels.get("pillars", [])),
            tuple(x.id for x in d.labels.get("touchpoints", [])), date,
            keyword_text=_blank(d.text, pii) if pii else None, classes=classes,
        ))  # fmt: skip
    return units


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
    outlier_quantile: float = 0.0  # see fit(): the similarity floor for joining a topic
    plain: bool = False

    @property
    def erasure(self) -> str:
        """The language erasure this fit uses (``none`` under ``plain`` or without centring)."""
        if self.plain or not self.center_languages:
            return "none"
        if self.language_erasure not in METHODS:
            raise InvalidInput(f"language erasure {self.language_erasure!r}: one of "
                               f"{', '.join(METHODS)}")  # fmt: skip
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
    """Counts a researcher needs to trust a fit."""

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

    @property
    def outlier_share_before(self) -> float:
        return self.outliers_before / max(self.clustered, 1)

    @property
    def outlier_share_after(self) -> float:
        return self.outliers_after / max(self.clustered, 1)


def _normalise(x: np.ndarray) -> np.ndarray:
    return x / np.maximum(np.linalg.norm(x, axis=1, keepdims=True), 1e-12)


class TopicModel:
    """Topic embeddings, keywords and labels, plus the language means; assigns new units."""

    def __init__(self, topic_ids: list[int], topic_embeddings: np.ndarray,
                 lang_means: dict[str, np.ndarray], global_mean: np.ndarray,
                 topics: list[dict[str, Any]], floor: float, meta: dict[str, Any],
                 bertopic: Any = None, eraser: Eraser | None = None) -> None:  # fmt: skip
        self.topic_ids = topic_ids
        self.topic_embeddings = topic_embeddings.astype(np.float32)
        self.lang_means = lang_means
        self.global_mean = global_mean
        self.topics = topics
        self.floor = floor
        self.meta = meta
        self.bertopic = bertopic
        if eraser is None:  # a model from before erasure: the language means, if centred
            method = "mean" if meta.get("center_languages", True) and lang_means else "none"
            eraser = Eraser(method, lang_means if method == "mean" else {}, global_mean)
        self.eraser = eraser
        self._labels = {t["topic"]: t["label"] for t in topics}

    # ----------------------------------------------------------------------------- apply
    def project(self, embeddings: np.ndarray, langs: Sequence[str]) -> np.ndarray:
        """Language-erased, unit-length vectors (the space topics live in)."""
        return _normalise(self.eraser.transform(embeddings, langs))

    def assign(self, embeddings: np.ndarray, langs: Sequence[str]) -> tuple[np.ndarray, np.ndarray]:
        """(topic ids, similarities) by cosine to the topic embeddings; below the floor: -1."""
        if len(embeddings) == 0 or not self.topic_ids:
            return np.full(len(embeddings), -1), np.zeros(len(embeddings), dtype=np.float32)
        sims = self.project(embeddings, langs) @ self.topic_embeddings.T
        best = sims.argmax(1)
        score = sims[np.arange(len(best)), best]
        ids = np.array(self.topic_ids)[best]
        ids[score < self.floor] = -1
        return ids, score

    def label(self, topic: int) -> str | None:
        """The short label of a topic (None for -1)."""
        return self._labels.get(topic)

    def assign_documents(self, docs: list[Document]) -> None:
        """Set ``Document.topic`` (and each turn's topic for transcripts)."""
        from ..types import TopicScore

        units = units_from_docs(docs, date_key=None)
        ok = [u for u in units if u.embedding is not None and not is_non_answer(u.text)]
        if ok:
            vecs = np.stack([u.embedding for u in ok])  # type: ignore[misc]
            ids, sims = self.assign(vecs, [u.lang for u in ok])
        else:
            ids, sims = np.zeros(0, dtype=int), np.zeros(0)
        by_doc: dict[str, list[tuple[Unit, int, float]]] = defaultdict(list)
        for u, t, s in zip(ok, ids.tolist(), sims.tolist(), strict=True):
            by_doc[u.doc_id].append((u, t, s))
        for d in docs:
            items = by_doc.get(d.id, [])
            if not d.ok:
                continue
            if not items:
                d.topic = TopicScore(-1, None, 0.0)
                continue
            if items[0][0].segment is not None:  # a transcript: per turn, then the main topic
                seg_topic = {u.segment: t for u, t, _ in items}
                for s in d.segments:
                    s.topic = seg_topic.get((s.start, s.end), -1)
                counts = Counter(t for _, t, _ in items if t != -1)
                d.topics = [TopicScore(t, self.label(t), round(n / len(items), 4))
                            for t, n in counts.most_common()]  # fmt: skip
                main = counts.most_common(1)[0][0] if counts else -1
                conf = max((s for _, t, s in items if t == main), default=0.0)
                d.topic = TopicScore(main, self.label(main), round(float(conf), 4))
            else:
                _, t, s = items[0]
                d.topic = TopicScore(t, self.label(t), round(float(s), 4))

    # ------------------------------------------------------------------------- persist
    def save(self, out: Path) -> None:
        """safetensors + JSON only (no pickle): our arrays, and BERTopic's own safetensors."""
        from safetensors.numpy import save_file

        out.mkdir(parents=True, exist_ok=True)
        tensors = {"topic_embeddings": self.topic_embeddings,
                   "global_mean": self.global_mean.astype(np.float32)}  # fmt: skip
        for lang, v in self.lang_means.items():
            tensors[f"lang_mean.{lang}"] = v.astype(np.float32)
        tensors.update(self.eraser.tensors())
        save_file(tensors, str(out / "model.safetensors"))
        meta = {**self.meta, "format": FORMAT_VERSION, "topic_ids": self.topic_ids,
                "floor": self.floor, "language_erasure": self.eraser.method,
                "erased_directions": self.eraser.rank}  # fmt: skip
        (out / "model.json").write_text(json.dumps(meta, indent=2, ensure_ascii=False) + "\n")
        (out / "topics.json").write_text(
            json.dumps(self.topics, indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
        )
        if self.bertopic is not None:
            self.bertopic.save(str(out / "bertopic"), serialization="safetensors",
                               save_ctfidf=True, save_embedding_model=False)  # fmt: skip

    @classmethod
    def load(cls, path: Path) -> TopicModel:
        """Load a model saved by :meth:`save` (BERTopic's part is not needed to assign)."""
        from safetensors.numpy import load_file

        path = Path(path)
        if not (path / "model.json").exists():
            raise ModelError(f"{path} is not a textinsight topic model (no model.json)")
        meta = json.loads((path / "model.json").read_text())
        if meta.get("format") != FORMAT_VERSION:
            raise ModelError(f"{path}: topic model format {meta.get('format')} is not supported")
        t = load_file(str(path / "model.safetensors"))
        langs = {k.split(".", 1)[1]: v for k, v in t.items() if k.startswith("lang_mean.")}
        topics = json.loads((path / "topics.json").read_text(encoding="utf-8"))
        method = meta.get("language_erasure")
        eraser = None if method is None else \
            Eraser.from_tensors(method, t, langs, t["global_mean"])  # fmt: skip
        return cls(list(meta["topic_ids"]), t["topic_embeddings"], langs, t["global_mean"],
                   topics, float(meta["floor"]), meta, eraser=eraser)  # fmt: skip

    def load_bertopic(self, path: Path) -> Any:
        """BERTopic's own saved model (topic embeddings, c-TF-IDF), for BERTopic's tools."""
        from bertopic import BERTopic

        return BERTopic.load(str(Path(path) / "bertopic"))


# --------------------------------------------------------------------------------- fit
class _DoneOnPurpose(logging.Filter):
    """Drops BERTopic's warnings about what textinsight does on purpose, which a user cannot
    act on: assigning topics by its own outlier rule (``update_topics(topics=...)``), and
    saving without an embedding model (the pipeline's encoder embeds, not BERTopic's)."""

    MESSAGES = ("Using a custom list of topic assignments",
                "You are saving a BERTopic model without explicitly defining an embedding model")

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


def _bertopic(params: FitParams, n: int, knn: tuple[np.ndarray, np.ndarray] | None = None
              ) -> Any:  # fmt: skip
    from bertopic import BERTopic
    from hdbscan import HDBSCAN
    from sklearn.feature_extraction.text import CountVectorizer
    from umap import UMAP

    size = params.min_size(n)
    umap = UMAP(n_neighbors=params.n_neighbors, n_components=params.n_components, min_dist=0.0,
                metric="cosine", random_state=params.seed, n_jobs=1,  # seeded: one thread
                low_memory=True, **({"precomputed_knn": (*knn, None)} if knn else {}))  # fmt: skip
    if params.plain:
        hdb = HDBSCAN(min_cluster_size=size, metric="euclidean",
                      cluster_selection_method="eom", prediction_data=True)  # fmt: skip
        vec = CountVectorizer()
    else:
        hdb = HDBSCAN(min_cluster_size=size, min_samples=max(2, size // 2), metric="euclidean",
                      cluster_selection_method="leaf", prediction_data=False)  # fmt: skip
        vec = CountVectorizer(token_pattern=r"\S+", lowercase=False)
    quiet_bertopic()
    # language="multilingual": BERTopic would otherwise strip every non-ASCII letter (æ, ø, å,
    # ä, ö) from the keyword text before c-TF-IDF
    return BERTopic(umap_model=umap, hdbscan_model=hdb, vectorizer_model=vec, top_n_words=30,
                    language="english" if params.plain else "multilingual",
                    min_topic_size=size, calculate_probabilities=False, verbose=False)  # fmt: skip


def fit(units: list[Unit], params: FitParams,
        encode_words: Callable[[list[str]], np.ndarray] | None = None,
        ) -> tuple[TopicModel, list[int], FitReport]:  # fmt: skip
    """Fit on ``units``; return the model, one topic per unit (-1 outlier, -2 set aside: a
    non-answer or a failed record) and the report."""
    assignment = [-2] * len(units)
    keep = [i for i, u in enumerate(units)
            if u.embedding is not None and not is_non_answer(u.text)]  # fmt: skip
    n_failed = sum(1 for u in units if u.embedding is None)
    n_docs = len({u.doc_id for u in units})
    report = FitReport(len(units), n_docs, len(units) - len(keep) - n_failed, n_failed, len(keep),
                       0, 0, 0, params=asdict(params))  # fmt: skip
    if len(keep) < max(10, 2 * params.min_size(len(keep))):
        raise InvalidInput(f"{len(keep)} texts to cluster (after setting aside non-answers): "
                           "too few for topics")  # fmt: skip
    emb = np.stack([units[i].embedding for i in keep]).astype(np.float32)  # type: ignore[misc]
    langs = [units[i].lang for i in keep]
    global_mean = emb.mean(0)
    eraser = erase_language(emb, langs, params.erasure, params.erasure_iterations, params.seed)
    lang_means = eraser.lang_means
    x = _normalise(eraser.transform(emb, langs))

    texts = [units[i].keyword_text or units[i].text for i in keep]
    docs = [lemma_text(t, lang) for t, lang in zip(texts, langs, strict=True)] if not params.plain \
        else texts  # fmt: skip
    docs = [d if d.strip() else "_" for d in docs]
    knn = None
    if params.balance_languages and params.erasure != "none" and \
            len(keep) <= params.balance_max_units:  # fmt: skip
        knn = balanced_neighbours(x, langs, min(params.n_neighbors, len(keep) - 1))
    bt = _bertopic(params, len(keep), knn)
    with warnings.catch_warnings():  # our graph has no search index; UMAP never transforms
        warnings.filterwarnings("ignore", message=r"precomputed_knn\[2\]")
        topics, _ = bt.fit_transform(docs, embeddings=x)
    topics = np.asarray(topics)
    report.outliers_before = int((topics == -1).sum())
    # the floor: as close to a topic as its loosest core member (or a quantile of its members)
    core = sorted(int(t) for t in set(topics.tolist()) if t != -1)
    core_cents = _normalise(np.stack([x[topics == t].mean(0) for t in core])) if core else \
        np.zeros((0, x.shape[1]), dtype=np.float32)  # fmt: skip
    core_sims = np.array([float(x[k] @ core_cents[core.index(int(t))])
                          for k, t in enumerate(topics) if t != -1])  # fmt: skip
    floor = float(np.quantile(core_sims, params.outlier_quantile)) if len(core_sims) else 0.0
    if params.plain:
        floor = 0.0
    if params.reduce_outliers and (topics == -1).any() and core:
        # BERTopic's reduction, by cosine to the same centroids our assignment uses
        bt.topic_embeddings_ = np.vstack([x.mean(0, keepdims=True), core_cents])
        topics = np.asarray(bt.reduce_outliers(
            docs, list(topics), strategy="embeddings", embeddings=x, threshold=floor,
        ))  # fmt: skip
        bt.update_topics(docs, topics=list(topics), vectorizer_model=bt.vectorizer_model,
                         top_n_words=30)  # fmt: skip
    report.outliers_after = int((topics == -1).sum())

    # topic embeddings from the final members, in the space we assign in
    ids = sorted(int(t) for t in set(topics.tolist()) if t != -1)
    cents = _normalise(np.stack([x[topics == t].mean(0) for t in ids])) if ids else \
        np.zeros((0, x.shape[1]), dtype=np.float32)  # fmt: skip
    if bt.topic_embeddings_ is not None and ids:
        # keep BERTopic's saved topic embeddings equal to the ones we assign with
        rows = [cents[ids.index(t)] if t in ids else x.mean(0) for t in sorted(bt.get_topics())]
        bt.topic_embeddings_ = np.stack(rows)

    words = WordEmbeddings(encode_words) if encode_words is not None else None
    described: list[dict[str, Any]] = []
    cands = {t: [w for w, _ in (bt.get_topic(t) or []) if w and w != "_"] for t in ids}
    if not params.plain:  # label rules (keywords.py): nothing spread over most topics
        spread = widespread_words([[docs[k] for k in np.flatnonzero(topics == t)] for t in ids])
        # ... nor a word built on such a word ("nordlinkfail" where "nordlink" is everywhere)
        cands = {t: [w for w in c if not any(s == w or (len(s) >= 5 and s in w) for s in spread)]
                 for t, c in cands.items()}  # fmt: skip
    if words is not None and not params.plain and ids:
        # rank in the raw space with the common direction removed on both sides
        every = sorted({w for c in cands.values() for w in c})
        word_mean = words(every).mean(0) if every else 0.0
        raw_cents = [emb[topics == t].mean(0) - global_mean for t in ids]
    for k, (t, _c) in enumerate(zip(ids, cents, strict=True)):
        cand = cands[t]
        if words is not None and not params.plain:
            c = raw_cents[k] / max(float(np.linalg.norm(raw_cents[k])), 1e-12)
            kws = [w for w, _ in rerank(
                cand, c, lambda ws: _normalise(words(ws) - word_mean), top_n=20,
                duplicate_embed=lambda ws: _normalise(words(ws)),  # translations: raw vectors
            )]  # fmt: skip
        else:
            kws = cand[:20]
        if not params.plain:
            kws = dedupe_keywords(kws)
        described.append({"topic": t, "keywords": kws[:10]})
    labels = unique_labels([d["keywords"] for d in described],
                           fallback=[f"topic {d['topic']}" for d in described])  # fmt: skip
    for d, label in zip(described, labels, strict=True):
        d["label"] = label if not params.plain else " · ".join(d["keywords"][:3])

    for k, i in enumerate(keep):
        assignment[i] = int(topics[k])
    model = TopicModel(ids, cents, lang_means, global_mean, [], floor,
                       {"center_languages": params.erasure != "none", "seed": params.seed,
                        "params": asdict(params)}, bt, eraser)  # fmt: skip
    model._labels = {d["topic"]: d["label"] for d in described}
    # how well the one assignment rule reproduces the fit on its own training units
    again, _ = model.assign(emb, langs)
    report.refit_agreement = round(float((again == topics).mean()), 4)
    report.topics = len(ids)
    model.topics = describe(units, assignment, described, x, keep)
    return model, assignment, report


def describe(units: list[Unit], assignment: list[int], described: list[dict[str, Any]],
             x: np.ndarray, keep: list[int]) -> list[dict[str, Any]]:  # fmt: skip
    """topics.json: per topic size, keywords, representative ids, breakdowns, time."""
    pos = {i: k for k, i in enumerate(keep)}
    keys = sorted({k for u in units for k in u.classes})
    out: list[dict[str, Any]] = []
    for d in described:
        t = d["topic"]
        members = [i for i, a in enumerate(assignment) if a == t]
        cent = x[[pos[i] for i in members]].mean(0)
        order = sorted(members, key=lambda i: -float(x[pos[i]] @ cent))
        rep_ids: list[str] = []
        for i in order:
            if units[i].doc_id not in rep_ids:
                rep_ids.append(units[i].doc_id)
            if len(rep_ids) == 5:
                break
        mem = [units[i] for i in members]
        out.append({
            "topic": t, "label": d["label"], "size": len(members), "keywords": d["keywords"],
            "representative_ids": rep_ids,
            "representative_texts": [units[i].text[:200] for i in order[:3]],
            "documents": len({u.doc_id for u in mem}),
            "languages": dict(Counter(u.lang for u in mem).most_common()),
            "sentiment": dict(Counter(u.sentiment for u in mem if u.sentiment).most_common()),
            "pillars": dict(Counter(p for u in mem for p in u.pillars).most_common()),
            "touchpoints": dict(Counter(p for u in mem for p in u.touchpoints).most_common()),
            "over_time": dict(sorted(Counter(month_of(u.date) for u in mem if u.date).items())),
            "over_week": dict(sorted(Counter(w for u in mem if (w := week_of(u.date))).items())),
        })  # fmt: skip
        if keys:  # --class-column: counts per value of each column
            out[-1]["classes"] = {k: dict(Counter(u.classes[k] for u in mem
                                                  if k in u.classes).most_common())
                                  for k in keys}  # fmt: skip
    out.sort(key=lambda r: (-r["size"], r["topic"]))
    return out

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
- **Named steps.** :func:`fit` runs the steps listed once in
  :data:`textinsight.topics.steps.BATCH_STEPS` (set aside, erase the language, keyword texts,
  neighbours, cluster, outlier floor, reduce outliers, represent, topic embeddings, label,
  describe) and reports each one's seconds.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from dataclasses import asdict
from pathlib import Path
from typing import Any

import numpy as np

from ..errors import ModelError
from ..nonanswer import is_non_answer
from ..types import Document
from .erase import Eraser
from .steps import (
    BATCH_STEPS,
    FitParams,
    FitReport,
    FitState,
    normalise,
    quiet_bertopic,
    run_steps,
)
from .units import Unit, _date, month_of, units_from_docs, week_of

__all__ = ["FitParams", "FitReport", "TopicModel", "Unit", "_date", "fit", "month_of",
           "quiet_bertopic", "units_from_docs", "week_of"]  # fmt: skip

FORMAT_VERSION = 1


class TopicModel:
    """Topic embeddings, keywords and labels, plus the language means; assigns new units."""

    def __init__(
        self,
        topic_ids: list[int],
        topic_embeddings: np.ndarray,
        lang_means: dict[str, np.ndarray],
        global_mean: np.ndarray,
        topics: list[dict[str, Any]],
        floor: float,
        meta: dict[str, Any],
        bertopic: Any = None,
        eraser: Eraser | None = None,
    ) -> None:
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
        return normalise(self.eraser.transform(embeddings, langs))

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
                d.topics = [
                    TopicScore(t, self.label(t), round(n / len(items), 4))
                    for t, n in counts.most_common()
                ]
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
        tensors = {
            "topic_embeddings": self.topic_embeddings,
            "global_mean": self.global_mean.astype(np.float32),
        }
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
            self.bertopic.save(
                str(out / "bertopic"),
                serialization="safetensors",
                save_ctfidf=True,
                save_embedding_model=False,
            )

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
        eraser = None if method is None else Eraser.from_tensors(method, t, langs, t["global_mean"])
        return cls(
            list(meta["topic_ids"]),
            t["topic_embeddings"],
            langs,
            t["global_mean"],
            topics,
            float(meta["floor"]),
            meta,
            eraser=eraser,
        )

    def load_bertopic(self, path: Path) -> Any:
        """BERTopic's own saved model (topic embeddings, c-TF-IDF), for BERTopic's tools."""
        from bertopic import BERTopic

        return BERTopic.load(str(Path(path) / "bertopic"))


# --------------------------------------------------------------------------------- fit
def fit(
    units: list[Unit],
    params: FitParams,
    encode_words: Callable[[list[str]], np.ndarray] | None = None,
    label_keys: Sequence[str] | None = None,
) -> tuple[TopicModel, list[int], FitReport]:
    """Fit on ``units`` by the steps of :data:`textinsight.topics.steps.BATCH_STEPS`; return
    the model, one topic per unit (-1 outlier, -2 set aside: a non-answer or a failed record)
    and the report (with each step's seconds). ``label_keys``: the label fields broken down
    per topic (None: every one the units carry)."""
    s = FitState(units, params, encode_words, label_keys)
    run_steps(BATCH_STEPS, s)
    assert s.report is not None and s.breakdown is not None
    model = TopicModel(
        s.ids,
        s.cents,
        s.eraser.lang_means,
        s.global_mean,
        s.described_topics,
        s.floor,
        {
            "center_languages": params.erasure != "none",
            "seed": params.seed,
            "params": asdict(params),
            "per_class": s.breakdown.per_class(),
            "seconds": {"steps": dict(s.seconds)},
        },
        s.bertopic,
        s.eraser,
    )
    # how well the one assignment rule reproduces the fit on its own training units
    again, _ = model.assign(s.emb, s.langs)
    s.report.refit_agreement = round(float((again == s.topics).mean()), 4)
    s.report.topics = len(s.ids)
    s.report.seconds = dict(s.seconds)
    return model, s.assignment, s.report

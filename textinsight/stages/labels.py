"""The label head stage: one linear head (single or multi-label) on the label vectors, at
document and/or sentence level as its manifest says, writing ``Document.labels[key]`` or
``Document.choices[key]`` (and the same on each segment)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np

from ..aggregator import Aggregator, Evidence, pick, read_aggregators, respondent_vector
from ..errors import ModelError
from ..heads import HeadKind, HeadSpec, Level, LinearHead, read_spec
from ..types import Document, LabelScore
from .segment import respondent_weights, unlabelled_parts


def above(
    p: np.ndarray, head: LinearHead, thresholds: np.ndarray | None = None
) -> list[LabelScore]:
    """Labels at or above their thresholds (the head's, unless given), most confident first."""
    limits = head.thresholds_ if thresholds is None else thresholds
    hits = [
        LabelScore(c, round(float(v), 4))
        for c, v, t in zip(head.classes_, p, limits, strict=True)
        if v >= t
    ]
    return sorted(hits, key=lambda x: -x.confidence)


def best(p: np.ndarray, head: LinearHead) -> LabelScore:
    """The most probable class and its probability."""
    k = int(np.argmax(p))
    return LabelScore(head.classes_[k], round(float(p[k]), 4))


def spec_of(head: LinearHead, name: str, level: Level) -> HeadSpec:
    """A spec for a head built in code (tests, fitted taxonomies): key and group = name."""
    kind: HeadKind = "multi" if head.kind == "sigmoid" else "single"
    thresholds = tuple(float(t) for t in head.thresholds_)
    return HeadSpec(name, name, kind, level, tuple(head.classes_), thresholds, name)


class HeadStage:
    """Stage: one label head, configured by its :class:`~textinsight.heads.HeadSpec`.

    A single-label head gives each text its most probable class. A multi-label head gives
    the labels at or above their calibrated thresholds; at level ``both`` a short document
    (up to ``few_segments`` parts) carries a label when its own vector or any of its segments
    passes the label's threshold, and a longer one (a transcript, a long comment) only when
    the segments that pass hold at least ``min_share`` of its text and number at least two
    (the mean vector of forty turns sits half-way to every label, so it is no evidence on its
    own): one stray sentence in a forty-turn interview is evidence on that sentence, not a
    label of the whole document. The interviewer's turns are questions, never evidence.

    A head whose manifest rule carries fitted aggregators
    (:class:`~textinsight.aggregator.Aggregator`, ``long_document.aggregators``) labels a
    document like those one of them was fitted on (at least its ``min_parts`` parts: speaker
    turns of a transcript, or sentences of a long comment) with that model over the
    respondent's parts instead (a document-level head too: its parts are read for this
    alone): the labels whose aggregated probability reaches the model's threshold, or the
    most probable class.

    A stock non-answer ("Ingen kommentarer", "Inget att tillägga", "-", "N/A";
    :func:`~textinsight.nonanswer.is_unlabelled_answer`) gets no multi-label label and, from a
    single-label head whose manifest names one, its ``non_answer`` class (``other``, ``none``)
    with confidence 1: what the customer did not say is not left to a model's guess. Such a
    part of a longer document (a "Nej tak" turn) carries no label and is no evidence.
    """

    few_segments = 3
    min_share = 0.1

    def __init__(
        self, spec: HeadSpec, head: LinearHead, long_document: dict[str, Any] | None = None
    ) -> None:
        self.spec = spec
        self.head = head
        rule = long_document or {}  # the manifest's "long_document" rule, else the defaults
        self.few_segments = int(rule.get("parts", type(self).few_segments))
        self.min_share = float(rule.get("min_share", type(self).min_share))
        self.min_parts = int(rule.get("min_parts", 2))
        self.aggregators = read_aggregators(rule, head.classes_)
        for agg in self.aggregators:
            if agg.kind != spec.kind:
                raise ModelError(f"{spec.name}: a {agg.kind}-label aggregator")
        self.name = spec.name
        self.requires: tuple[str, ...] = ("segment_label_embeddings",) * (
            spec.sentences or bool(self.aggregators)
        ) + ("label_embedding",) * spec.documents
        where = "labels" if spec.kind == "multi" else "choices"
        self.assigns: tuple[str, ...] = (f"{where}.{spec.key}",) * spec.documents + (
            f"segments.{where}",
        ) * spec.sentences

    @classmethod
    def load(cls, directory: Path, name: str | None = None) -> HeadStage:
        """The head in a model directory, as its manifest describes it."""
        import json

        manifest = json.loads((directory / "manifest.json").read_text())
        return cls(
            read_spec(directory, name), LinearHead.load(directory), manifest.get("long_document")
        )

    def predict(self, vectors: np.ndarray) -> np.ndarray:
        """Per-class probabilities for each vector."""
        return self.head.predict_proba(vectors)

    def document_scores(self, dp: np.ndarray, seg_p: np.ndarray, doc: Document) -> np.ndarray:
        """Per-label document scores of a multi-label head at level ``both``."""
        top = np.maximum(dp, seg_p.max(axis=0)) if len(seg_p) else dp
        if len(seg_p) <= self.few_segments:
            return top
        w = respondent_weights(doc)
        hits = (seg_p >= self.head.thresholds_) & (w[:, None] > 0)
        share = (hits * w[:, None]).sum(0) / max(w.sum(), 1.0)
        backed = (hits.sum(0) >= self.min_parts) & (share >= self.min_share)
        return np.where(backed, top, 0.0)

    def evidence(self, seg_p: np.ndarray, doc: Document, parts: list[bool]) -> Evidence | None:
        """The aggregator's inputs for ``doc`` from its parts' probabilities (a multi-label
        head's non-answer parts already at 0): the weights are the respondent's answers'
        lengths (:func:`~textinsight.stages.segment.respondent_weights`), and 0 for a
        single-label head's non-answer parts; None without respondent text."""
        w = respondent_weights(doc, answers_only=True)
        if self.spec.kind == "single":
            w = np.where(parts, 0.0, w)
        if w.sum() <= 0 or doc.segment_label_embeddings is None:
            return None
        if self.spec.kind == "multi":
            return Evidence(seg_p, w, np.asarray(self.head.thresholds_))
        vector = respondent_vector(doc.segment_label_embeddings, w)
        return Evidence(seg_p, w, self.predict(vector[None])[0])

    def document_evidence(self, doc: Document) -> Evidence | None:
        """:meth:`evidence` for one embedded document from its own vectors (fitting an
        aggregator; a document-level head at run time); None for a stock non-answer, which
        the aggregator never reads."""
        whole, parts = unlabelled_parts(doc)
        if whole or doc.segment_label_embeddings is None:
            return None
        seg_p = self.predict(doc.segment_label_embeddings)
        if self.spec.kind == "multi" and any(parts):
            seg_p = np.where(np.array(parts)[:, None], 0.0, seg_p)
        return self.evidence(seg_p, doc, parts)

    def aggregate(
        self, seg_p: np.ndarray | None, doc: Document, parts: list[bool]
    ) -> tuple[Aggregator, np.ndarray] | None:
        """(the aggregator that applies, its document probabilities) from the parts'
        probabilities (``None``: a document-level head, which reads them here), or None where
        none applies (no aggregator, a document unlike those they were fitted on, no
        respondent text)."""
        agg = pick(self.aggregators, doc.segments)
        if agg is None:
            return None
        ev = self.document_evidence(doc) if seg_p is None else self.evidence(seg_p, doc, parts)
        return None if ev is None else (agg, agg.predict(ev))

    def __call__(self, docs: list[Document]) -> list[Document]:
        """Label every analysed document and/or its segments (one matrix product each)."""
        spec = self.spec
        todo = [
            d
            for d in docs
            if d.ok
            and (not spec.documents or d.label_embedding is not None)
            and (not spec.sentences or d.segment_label_embeddings is not None)
        ]
        if not todo:
            return docs
        doc_p = (
            self.predict(
                np.stack([d.label_embedding for d in todo])  # type: ignore[misc]
            )
            if spec.documents
            else None
        )
        seg_all = (
            self.predict(np.concatenate([d.segment_label_embeddings for d in todo]))
            if spec.sentences
            else None
        )
        multi = spec.kind == "multi"
        a = 0
        for i, doc in enumerate(todo):
            n = len(doc.segments)
            seg_p = seg_all[a : a + n] if seg_all is not None else None
            a += n
            whole, parts = unlabelled_parts(doc)
            if whole and self.non_answer(doc):
                continue
            if seg_p is not None and multi and any(parts):
                seg_p = np.where(np.array(parts)[:, None], 0.0, seg_p)  # no evidence
            if doc_p is not None:
                dp = doc_p[i]
                fitted = self.aggregate(seg_p, doc, parts) if self.aggregators else None
                whole_p = None if fitted is None else fitted[1]
                if multi and fitted is not None:
                    limits = np.full(len(fitted[1]), fitted[0].threshold)
                    doc.labels[spec.key] = above(fitted[1], self.head, limits)
                elif multi:
                    scores = self.document_scores(dp, seg_p, doc) if seg_p is not None else dp
                    doc.labels[spec.key] = above(scores, self.head)
                else:
                    doc.choices[spec.key] = best(dp if whole_p is None else whole_p, self.head)
            if seg_p is not None and spec.sentences:
                for seg, sp in zip(doc.segments, seg_p, strict=True):
                    if multi:
                        seg.labels[spec.key] = above(sp, self.head)
                    else:
                        seg.choices[spec.key] = best(sp, self.head)
        return docs

    def non_answer(self, doc: Document) -> bool:
        """Label a stock non-answer by the rule (see the class docstring); False when this
        head leaves it to its model."""
        spec = self.spec
        if spec.kind == "single" and spec.non_answer is None:
            return False  # this head has no class for it: the model decides
        if spec.kind == "multi":
            if spec.documents:
                doc.labels[spec.key] = []
            for seg in doc.segments if spec.sentences else []:
                seg.labels[spec.key] = []
        else:
            choice = LabelScore(spec.non_answer or "", 1.0)
            if spec.documents:
                doc.choices[spec.key] = choice
            for seg in doc.segments if spec.sentences else []:
                seg.choices[spec.key] = choice
        return True


class MultiLabelStage(HeadStage):
    """A multi-label head at document and sentence level (pillars, touchpoints, a custom
    taxonomy fitted in code) named ``name``."""

    def __init__(self, name: str, head: LinearHead) -> None:
        super().__init__(spec_of(head, name, "both"), head)


class FeedbackTypeStage(HeadStage):
    """The document-level feedback-type head (praise / complaint / suggestion / question /
    other), built in code."""

    def __init__(self, head: LinearHead) -> None:
        super().__init__(spec_of(head, "feedback_type", "document"), head)

"""Sentiment per sentence (or turn) and per document, with ``mixed`` when sentences disagree."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np

from ..aggregator import Evidence, pick, read_aggregators, respondent_vector
from ..errors import ModelError
from ..heads import LinearHead
from ..lexicon import Lexicon
from ..types import Document, Sentiment
from .segment import respondent_weights, unlabelled_parts


def to_sentiment(p: np.ndarray, classes: list[str]) -> Sentiment:
    """A label, score P(pos) - P(neg), and rounded probabilities from one probability row."""
    probs = {c: round(float(v), 4) for c, v in zip(classes, p, strict=True)}
    score = probs.get("positive", 0.0) - probs.get("negative", 0.0)
    return Sentiment(classes[int(np.argmax(p))], round(score, 4), probs)


class SentimentStage:
    """Stage: a softmax head on segment vectors and on the document vector.

    A document is ``mixed`` when its parts clearly disagree: segments confidently positive
    (at or above ``mixed_threshold``) and segments confidently negative each make up at least
    ``mixed_min_share`` of the confidently polar text (by characters), or, when the head was
    trained with ``mixed`` as half-positive / half-negative targets, when the document vector
    itself gives both at least ``mixed_doc_threshold`` (for a document of one part, a single
    sentence or comment, ``mixed_single_threshold`` when the manifest gives one: a vector
    between the poles is more often doubt than two opinions there). A long transcript with
    one grumble in forty positive turns is therefore positive, not mixed. Its probabilities
    are those of the document vector, its score their difference.

    A head may also have learned ``mixed`` as a class of its own (a fourth output): then a
    sentence is the largest of the other three (renormalised, so records keep three
    probabilities), and the document vector also makes a document mixed when its P(mixed)
    reaches ``mixed_class_threshold`` (beside ``mixed_doc_threshold``'s two-pole test, when the
    manifest gives that too).

    A transcript or long comment for which the head's manifest rule carries a fitted
    :class:`~textinsight.aggregator.Aggregator` (``long_document.aggregators``) like the
    documents it was fitted on (at least its ``min_parts`` speaker turns, or sentences,
    anything else only before the first of them) gets its label from that model instead,
    over the respondent's parts (``mixed`` when the model's most probable class is
    ``mixed``); the rules above remain for every other document and for heads without one.

    A stock non-answer ("Ingen kommentarer", "-", "N/A";
    :func:`~textinsight.nonanswer.is_unlabelled_answer`) is neutral by rule (probability 1):
    a document that is one (or whose every answer is one), and each such part of a longer
    document, which then is no polar evidence for ``mixed``.

    With ``lexicon_weights`` (classes × 2, from the manifest's ``lexicon``), each text's two
    lexicon features (:mod:`textinsight.lexicon`) shift the head's logits by
    ``weights @ features``, for documents and segments alike.
    """

    name = "sentiment"
    requires: tuple[str, ...] = ("segment_label_embeddings", "label_embedding")
    assigns: tuple[str, ...] = ("sentiment", "segments.sentiment")

    def __init__(
        self,
        head: LinearHead,
        mixed_threshold: float = 0.6,
        mixed_min_share: float = 0.2,
        mixed_doc_threshold: float | None = None,
        language_offsets: dict[str, dict[str, float]] | None = None,
        long_document: dict[str, Any] | None = None,
        lexicon_weights: np.ndarray | None = None,
        lexicon: Lexicon | None = None,
        mixed_single_threshold: float | None = None,
        mixed_class_threshold: float | None = None,
    ) -> None:
        self.head = head
        # what a sentence can be: the head's classes but a learned 'mixed'
        self.classes = [c for c in head.classes_ if c != "mixed"]
        self.mixed_index = head.classes_.index("mixed") if "mixed" in head.classes_ else None
        self.mixed_class_threshold = (
            None
            if self.mixed_index is None
            else (0.5 if mixed_class_threshold is None else mixed_class_threshold)
        )
        self.lexicon_weights = (
            None if lexicon_weights is None else np.asarray(lexicon_weights, dtype=np.float32)
        )
        self.lexicon = lexicon
        if self.lexicon_weights is not None and self.lexicon is None:
            from ..lexicon import shipped_lexicon

            self.lexicon = shipped_lexicon()
        self.mixed_threshold = mixed_threshold
        self.mixed_min_share = mixed_min_share
        self.mixed_doc_threshold = mixed_doc_threshold
        # one-part documents: their own doc-vector threshold (None: the same as longer ones)
        self.mixed_single_threshold = (
            mixed_doc_threshold if mixed_single_threshold is None else mixed_single_threshold
        )
        # per-language class offsets on top of the head's own (calibrated per language by
        # scripts/calibrate_heads.py): a text in another language gets none
        self.language_offsets = {
            lang: np.array([float(o.get(c, 0.0)) for c in head.classes_], dtype=np.float32)
            for lang, o in (language_offsets or {}).items()
        }
        # documents of more than ``parts`` segments (transcripts, long comments): their label
        # from the length-weighted mean of the respondent's parts ("parts") or from the
        # document vector ("vector"); ``mixed_min_share`` for them; whether the document
        # vector alone may make them mixed (the mean of many turns sits between the poles):
        # true (its two-pole test and a learned P(mixed)), false (neither), or only one of
        # them ("poles", "class")
        rule = long_document or {}
        self.long_parts = int(rule.get("parts", 3))
        self.long_label = str(rule.get("label", "vector"))
        self.long_mixed_min_share = float(rule.get("mixed_min_share", mixed_min_share))
        vector_mixed = rule.get("vector_mixed", True)
        if vector_mixed is None:  # as manifests before the two named tests read it
            vector_mixed = False
        if vector_mixed not in (True, False, "poles", "class"):
            raise ModelError(f"sentiment manifest: long_document.vector_mixed {vector_mixed!r}")
        self.long_vector_mixed: bool | str = vector_mixed
        self.aggregators = read_aggregators(rule, head.classes_)
        if any(a.kind != "single" for a in self.aggregators):
            raise ModelError("sentiment manifest: the aggregator must be single-label")

    @classmethod
    def load(cls, directory: Path) -> SentimentStage:
        """Load the head from a model directory."""
        import json

        head = LinearHead.load(directory)
        manifest = json.loads((directory / "manifest.json").read_text())
        doc_t = manifest.get("mixed_doc_threshold")
        single_t = manifest.get("mixed_single_threshold")
        class_t = manifest.get("mixed_class_threshold")
        lex = manifest.get("lexicon")
        return cls(
            head,
            float(manifest.get("mixed_threshold", 0.6)),
            float(manifest.get("mixed_min_share", 0.2)),
            None if doc_t is None else float(doc_t),
            manifest.get("class_offsets_by_language"),
            manifest.get("long_document"),
            None if lex is None else lexicon_matrix(lex["weights"], head.classes_),
            mixed_single_threshold=None if single_t is None else float(single_t),
            mixed_class_threshold=None if class_t is None else float(class_t),
        )

    def predict(
        self,
        vectors: np.ndarray,
        languages: list[str | None] | None = None,
        texts: list[str] | None = None,
    ) -> np.ndarray:
        """Class probabilities for each vector (``languages``: each vector's language, for
        the per-language offsets and the lexicon; ``texts``: each vector's text, for the
        lexicon)."""
        vectors = np.atleast_2d(vectors)
        n = len(vectors)
        shift = np.zeros((n, len(self.head.classes_)), dtype=np.float32)
        langs = languages if languages is not None else [None] * n
        if self.language_offsets:
            zero = np.zeros(len(self.head.classes_), dtype=np.float32)
            for i, lang in enumerate(langs):
                shift[i] += self.language_offsets.get(lang or "", zero)
        if self.lexicon_weights is not None and self.lexicon is not None and texts is not None:
            shift += self.lexicon.matrix(texts, list(langs)) @ self.lexicon_weights.T
        return self.head.predict_proba(vectors, shift)

    def split_mixed(self, p: np.ndarray) -> tuple[np.ndarray, np.ndarray | None]:
        """(the probabilities over :attr:`classes`, renormalised; P(mixed) per row, or None
        for a head without a ``mixed`` class)."""
        if self.mixed_index is None:
            return p, None
        rest = np.delete(p, self.mixed_index, axis=1)
        return rest / np.maximum(rest.sum(1, keepdims=True), 1e-12), p[:, self.mixed_index]

    def is_mixed(
        self,
        seg_probs: np.ndarray,
        lengths: np.ndarray | None = None,
        doc_probs: np.ndarray | None = None,
        min_share: float | None = None,
        doc_threshold: float | None = None,
        mixed_p: float | None = None,
    ) -> bool:
        """True when the document's parts clearly disagree (see the class docstring);
        ``doc_threshold``: the document vector's threshold (default ``mixed_doc_threshold``);
        ``mixed_p``: the document vector's P(mixed) from a head with that class."""
        cls = self.classes
        ip, ineg = cls.index("positive"), cls.index("negative")
        min_share = self.mixed_min_share if min_share is None else min_share
        doc_t = self.mixed_doc_threshold if doc_threshold is None else doc_threshold
        if (
            doc_probs is not None
            and doc_t is not None
            and min(doc_probs[ip], doc_probs[ineg]) >= doc_t
        ):
            return True
        if (
            mixed_p is not None
            and self.mixed_class_threshold is not None
            and mixed_p >= self.mixed_class_threshold
        ):
            return True
        w = np.ones(len(seg_probs)) if lengths is None else np.asarray(lengths, dtype=np.float64)
        pos = (seg_probs[:, ip] >= self.mixed_threshold) * w
        neg = (seg_probs[:, ineg] >= self.mixed_threshold) * w
        polar = pos.sum() + neg.sum()
        if not pos.any() or not neg.any():
            return False
        return bool(min(pos.sum(), neg.sum()) >= min_share * polar)

    def __call__(self, docs: list[Document]) -> list[Document]:
        """Label every analysed document and its segments."""
        todo = [d for d in docs if d.ok and d.label_embedding is not None]
        if not todo:
            return docs
        langs = [d.language.code if d.language is not None else None for d in todo]
        doc_p, doc_mixed = self.split_mixed(
            self.predict(
                np.stack([d.label_embedding for d in todo]),  # type: ignore[misc]
                langs,
                [d.text for d in todo],
            )
        )
        seg_raw = self.predict(
            np.concatenate([d.segment_label_embeddings for d in todo]),
            [lang for d, lang in zip(todo, langs, strict=True) for _ in d.segments],
            [d.segment_text(s) for d in todo for s in d.segments],
        )
        seg_all, _ = self.split_mixed(seg_raw)
        cls = self.classes
        sure = np.array([c == "neutral" for c in cls], dtype=np.float32)
        a = 0
        for j, (doc, p) in enumerate(zip(todo, doc_p, strict=True)):
            mixed_p = None if doc_mixed is None else float(doc_mixed[j])
            seg_p = seg_all[a : a + len(doc.segments)]
            raw_p = seg_raw[a : a + len(doc.segments)]
            a += len(doc.segments)
            whole, parts = unlabelled_parts(doc)
            if sure.any() and (whole or any(parts)):  # neutral by rule, and no evidence
                seg_p = np.where(np.array(parts)[:, None], sure, seg_p)
                if whole:
                    p, seg_p, mixed_p = sure, np.tile(sure, (len(seg_p), 1)), None
            for seg, sp in zip(doc.segments, seg_p, strict=True):
                seg.sentiment = to_sentiment(sp, cls)
            n = len(doc.segments) if len(doc.segments) > 1 else 0  # one part cannot disagree
            lengths = respondent_weights(doc)[:n]  # the questions are no evidence
            agg = pick(self.aggregators, doc.segments) if n else None
            evidence = None if agg is None else self.evidence(doc, raw_p, langs[j])
            if agg is not None and evidence is not None:
                doc_all = agg.predict(evidence)
                three, _ = self.split_mixed(doc_all[None])
                doc.sentiment = to_sentiment(three[0], cls)
                mixed = agg.classes[int(np.argmax(doc_all))] == "mixed"
            elif n > self.long_parts and lengths.sum() > 0:
                if self.long_label == "parts":
                    p = (seg_p * lengths[:, None]).sum(0) / lengths.sum()
                doc.sentiment = to_sentiment(p, cls)
                vector = self.long_vector_mixed
                mixed = self.is_mixed(
                    seg_p,
                    lengths,
                    p if vector in (True, "poles") else None,
                    self.long_mixed_min_share,
                    mixed_p=mixed_p if vector in (True, "class") else None,
                )
            else:
                doc.sentiment = to_sentiment(p, cls)
                single = self.mixed_single_threshold if n == 0 else None
                mixed = self.is_mixed(seg_p[:n], lengths, p, doc_threshold=single, mixed_p=mixed_p)
            if mixed:
                doc.sentiment.label = "mixed"
        return docs

    def evidence(
        self, doc: Document, part_probs: np.ndarray, language: str | None
    ) -> Evidence | None:
        """The aggregator's inputs for ``doc`` from the head's probabilities of its parts
        (all the head's classes; a non-answer part made neutral): the weights are the
        respondent's answers' lengths
        (:func:`~textinsight.stages.segment.respondent_weights`); None for a stock
        non-answer or without respondent text."""
        whole, parts = unlabelled_parts(doc)
        weights = respondent_weights(doc, answers_only=True)
        if whole or weights.sum() <= 0 or doc.segment_label_embeddings is None:
            return None
        if any(parts) and "neutral" in self.head.classes_:
            sure = np.array([c == "neutral" for c in self.head.classes_], dtype=np.float32)
            part_probs = np.where(np.array(parts)[:, None], sure, part_probs)
        vector = respondent_vector(doc.segment_label_embeddings, weights)
        return Evidence(part_probs, weights, self.predict(vector[None], [language])[0])

    def document_evidence(self, doc: Document, language: str | None) -> Evidence | None:
        """:meth:`evidence` for one embedded document (fitting an aggregator)."""
        if doc.segment_label_embeddings is None:
            return None
        texts = [doc.segment_text(s) for s in doc.segments]
        probs = self.predict(doc.segment_label_embeddings, [language] * len(texts), texts)
        return self.evidence(doc, probs, language)


def lexicon_matrix(weights: dict[str, list[float]], classes: list[str]) -> np.ndarray:
    """The manifest's ``lexicon.weights`` (class -> one weight per lexicon feature) as a
    classes × features matrix in the head's class order (a class not named: no shift)."""
    from ..lexicon import FEATURES

    return np.array([weights.get(c, [0.0] * len(FEATURES)) for c in classes], dtype=np.float32)

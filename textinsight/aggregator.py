"""A whole document's label from the evidence of its parts, learned on whole documents.

A head reads one text at a time. A transcript of forty turns is not one text: the mean of
its vectors sits between every label (the sentiment head read most mixed and neutral
interviews as negative), and hand-set rules over its parts ("mixed when each side holds
40 % of the polar text") are a few numbers chosen by hand. An :class:`Aggregator` is a small
logistic model fitted on documents labelled as a whole (``scripts/tune_document_rules.py
--aggregate``, on the development transcripts), over a few statistics of the head's output
on the respondent's parts:

- single-label heads (sentiment, feedback type), ``features`` ``("mean", "vector")``: the
  log of the length-weighted mean of the parts' class probabilities, and the log of the
  head's probabilities for the length-weighted mean of the parts' vectors; one softmax over
  the head's classes (a sentiment head with a ``mixed`` class thus learns when a document is
  mixed);
- multi-label heads (pillars, touchpoints), ``features`` ``("mean", "max", "share")`` for
  each label: the logit of its length-weighted mean probability, the logit of its largest
  part probability, and the share of the text whose part passes the head's threshold; one
  logistic model shared by every label (so that a label seldom seen in the fitting documents
  still gets the weights learned on the others), and a label when it reaches ``threshold``.

It is data in the head's manifest (``long_document.aggregators``, a list; the older single
``long_document.aggregator`` is read as its first), like the head itself, and applies only
to documents like those it was fitted on: at least ``min_parts`` parts (the fewest the
fitting documents had) of kind ``part_kind`` (``"turn"``: speaker turns, as in the interview
transcripts; ``"sentence"``: the sentences of a long comment), every other part before the
first of them (a title or date line, which is no evidence). A document takes the first
aggregator of the list that applies (:func:`pick`), else the rules. Fitted on transcripts
and used on long reviews as well, the transcript model turned 78 of them from negative to
neutral (ScandiSent 4-class 0.940 -> 0.917): hence one model per kind of document.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Literal, NamedTuple

import numpy as np

from .errors import ModelError
from .types import Segment

EPS = 1e-4
SINGLE_FEATURES = ("mean", "vector")
MULTI_FEATURES = ("mean", "max", "share")
PART_KINDS = ("turn", "sentence", None)  # None: any document of ``min_parts`` parts


def _log(p: np.ndarray) -> np.ndarray:
    return np.log(np.clip(p, EPS, 1.0))


def _logit(p: np.ndarray) -> np.ndarray:
    p = np.clip(p, EPS, 1.0 - EPS)
    return np.log(p / (1.0 - p))


class Evidence(NamedTuple):
    """What an aggregator reads of one document: the head's probabilities for each part, each
    part's weight (the respondent's text length; 0: no evidence) and, for a single-label
    head, the head's probabilities for the parts' weighted mean vector, for a multi-label
    head its thresholds."""

    part_probs: np.ndarray
    weights: np.ndarray
    context: np.ndarray


def respondent_vector(vectors: np.ndarray, weights: np.ndarray) -> np.ndarray:
    """The weighted, L2-normalised mean of the parts' vectors (weight 0: not evidence)."""
    mean = (vectors * weights[:, None]).sum(0)
    return mean / max(float(np.linalg.norm(mean)), 1e-12)


def single_features(
    part_probs: np.ndarray, weights: np.ndarray, vector_probs: np.ndarray
) -> np.ndarray:
    """The features of a single-label head's document: log mean part probabilities (by
    ``weights``), then the log probabilities of the parts' mean vector."""
    w = np.asarray(weights, dtype=np.float64)
    mean = (part_probs * w[:, None]).sum(0) / max(float(w.sum()), 1e-12)
    return np.concatenate([_log(mean), _log(np.asarray(vector_probs, dtype=np.float64))])


def multi_features(
    part_probs: np.ndarray, weights: np.ndarray, thresholds: np.ndarray
) -> np.ndarray:
    """Per-label features of a multi-label head's document (labels × 3): logit of the
    weighted mean probability, logit of the largest probability of a part with weight, and
    the weighted share of the parts at or above the label's threshold."""
    w = np.asarray(weights, dtype=np.float64)
    total = max(float(w.sum()), 1e-12)
    mean = (part_probs * w[:, None]).sum(0) / total
    top = part_probs[w > 0].max(0)  # callers give at least one part with weight
    share = ((part_probs >= thresholds) * w[:, None]).sum(0) / total
    return np.stack([_logit(mean), _logit(top), share], axis=1)


@dataclass(frozen=True)
class Aggregator:
    """A fitted document-level model over part evidence (see the module docstring)."""

    kind: Literal["single", "multi"]
    classes: tuple[str, ...]
    coef: np.ndarray  # single: classes × (2 · classes); multi: (3,)
    intercept: np.ndarray  # single: (classes,); multi: (1,)
    min_parts: int
    threshold: float = 0.5  # multi only
    part_kind: str | None = "turn"  # the kind every part must be (None: any)

    def features(self, evidence: Evidence) -> np.ndarray:
        """The model's input for one document (multi-label: one row per label)."""
        if self.kind == "single":
            return single_features(*evidence)
        return multi_features(*evidence)

    def predict(self, evidence: Evidence) -> np.ndarray:
        """Class probabilities of a document (single-label), or per-label probabilities that
        the label is one of the document's (multi-label)."""
        x = self.features(evidence)
        if self.kind == "multi":
            z = x @ self.coef + self.intercept[0]
            return (1.0 / (1.0 + np.exp(-z))).astype(np.float32)
        z = self.coef @ x + self.intercept
        z = np.exp(z - z.max())
        return (z / z.sum()).astype(np.float32)

    def applies(self, parts: Sequence[Segment]) -> bool:
        """Whether a document of these parts is like those the model was fitted on: at least
        ``min_parts`` of kind ``part_kind``, any other part only before the first of them."""
        return kind_count(parts, self.part_kind) >= self.min_parts

    def to_manifest(self) -> dict[str, Any]:
        """The manifest form (an entry of ``long_document.aggregators``)."""
        out: dict[str, Any] = {
            "kind": self.kind,
            "features": list(SINGLE_FEATURES if self.kind == "single" else MULTI_FEATURES),
            "classes": list(self.classes),
            "coef": np.round(self.coef, 6).tolist(),
            "intercept": np.round(self.intercept, 6).tolist(),
            "min_parts": self.min_parts,
            "part_kind": self.part_kind,
        }
        if self.kind == "multi":
            out["threshold"] = self.threshold
        return out

    @classmethod
    def from_manifest(cls, spec: dict[str, Any], classes: list[str]) -> Aggregator:
        """Read a manifest's aggregator, checked against the head's ``classes``."""
        kind = spec.get("kind")
        if kind not in ("single", "multi"):
            raise ModelError(f"aggregator: kind {kind!r}")
        if spec.get("part_kind", "turn") not in PART_KINDS:
            raise ModelError(f"aggregator: part_kind {spec.get('part_kind')!r}")
        want = SINGLE_FEATURES if kind == "single" else MULTI_FEATURES
        if tuple(spec.get("features", ())) != want:
            raise ModelError(f"aggregator: features {spec.get('features')!r}, expected {want}")
        if list(spec.get("classes", [])) != list(classes):
            raise ModelError("aggregator: its classes are not the head's")
        coef = np.asarray(spec["coef"], dtype=np.float64)
        intercept = np.atleast_1d(np.asarray(spec["intercept"], dtype=np.float64))
        n = len(classes)
        shape_ok = (
            coef.shape == (n, 2 * n) and intercept.shape == (n,)
            if kind == "single"
            else coef.shape == (len(MULTI_FEATURES),) and intercept.shape == (1,)
        )
        if not shape_ok:
            raise ModelError(f"aggregator: coefficient shapes {coef.shape} / {intercept.shape}")
        return cls(
            kind,
            tuple(classes),
            coef,
            intercept,
            int(spec.get("min_parts", 2)),
            float(spec.get("threshold", 0.5)),
            spec.get("part_kind", "turn"),
        )


def kind_count(parts: Sequence[Segment], kind: str | None) -> int:
    """How many ``parts`` are of ``kind`` from the first of them on (what came before, a title
    or date line, is not counted); 0 when a part of another kind follows that first one.
    ``kind`` None: every part counts."""
    if kind is None:
        return len(parts)
    first = next((i for i, s in enumerate(parts) if s.kind == kind), len(parts))
    rest = parts[first:]
    return len(rest) if all(s.kind == kind for s in rest) else 0


def aggregator_specs(rule: Mapping[str, Any]) -> list[dict[str, Any]]:
    """The manifest entries of a ``long_document`` rule's aggregators, in order: the older
    single ``aggregator`` first, then ``aggregators``."""
    single = [rule["aggregator"]] if rule.get("aggregator") is not None else []
    return single + list(rule.get("aggregators") or [])


def read_aggregators(rule: Mapping[str, Any], classes: list[str]) -> tuple[Aggregator, ...]:
    """The aggregators of a manifest's ``long_document`` rule, in order
    (:func:`aggregator_specs`), each checked against the head's ``classes``; one kind of head
    (single- or multi-label) throughout."""
    out = tuple(Aggregator.from_manifest(spec, classes) for spec in aggregator_specs(rule))
    if len({a.kind for a in out}) > 1:
        raise ModelError("aggregators: single- and multi-label models in one head")
    return out


def pick(aggregators: Sequence[Aggregator], parts: Sequence[Segment]) -> Aggregator | None:
    """The first aggregator that applies to a document of these ``parts`` (None: the rules
    decide)."""
    return next((a for a in aggregators if a.applies(parts)), None)

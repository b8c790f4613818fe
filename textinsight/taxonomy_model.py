"""Classifiers for any taxonomy, fitted in seconds on its descriptions and examples.

The encoder is not retrained: each label's descriptions and examples are embedded once and a
one-vs-rest logistic head is fitted on them (a SetFit-style body + head without the contrastive
step). ``check`` reports how well the labels separate: cross-validated recall per label, the
closest label pairs, and which pairs collide.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from .heads import LinearHead
from .taxonomy import Taxonomy


def _texts(tax: Taxonomy) -> tuple[list[str], list[str]]:
    texts, labels = [], []
    for lab in tax.labels:
        for t in lab.descriptions() + lab.examples:
            texts.append(t)
            labels.append(lab.id)
    return texts, labels


def fit_head(
    x: np.ndarray, labels: list[str], ids: list[str], c: float = 3.0, threshold: float = 0.5
) -> LinearHead:
    """One-vs-rest logistic regression per label on the given vectors."""
    from sklearn.linear_model import LogisticRegression

    coefs, inters = [], []
    for lab in ids:
        y = np.array([v == lab for v in labels])
        m = LogisticRegression(C=c, max_iter=2000, class_weight="balanced").fit(x, y)
        coefs.append(m.coef_[0])
        inters.append(m.intercept_[0])
    return LinearHead(
        np.stack(coefs), np.array(inters), ids, "sigmoid", np.full(len(ids), threshold)
    )


def taxonomy_fingerprint(tax: Taxonomy, encoder_name: str) -> str:
    """A key for caching a fitted head: the taxonomy's content and the encoder."""
    return hashlib.sha256((tax.model_dump_json() + encoder_name).encode()).hexdigest()[:16]


def fit_taxonomy(
    tax: Taxonomy, encode: Any, cache_dir: Path | None = None, encoder_name: str = ""
) -> LinearHead:
    """A head for ``tax``; ``encode(list[str]) -> ndarray`` embeds. Cached by content."""
    target = None
    if cache_dir is not None:
        target = cache_dir / "taxonomies" / f"{tax.name}-{taxonomy_fingerprint(tax, encoder_name)}"
        if (target / "manifest.json").exists():
            return LinearHead.load(target)
    texts, labels = _texts(tax)
    head = fit_head(encode(texts), labels, tax.ids)
    if target is not None:
        head.save(
            target,
            {
                "name": tax.name,
                "version": str(tax.version),
                "training": "taxonomy descriptions and examples",
            },
        )
    return head


@dataclass
class TaxonomyCheck:
    """How well a taxonomy's labels separate."""

    labels: dict[str, dict[str, float]]
    closest: list[tuple[str, str, float]]
    collisions: list[tuple[str, str, str]]

    def to_dict(self) -> dict[str, Any]:
        """JSON-friendly view."""
        return {
            "labels": self.labels,
            "closest_pairs": [{"a": a, "b": b, "cosine": c} for a, b, c in self.closest],
            "collisions": [{"a": a, "b": b, "why": w} for a, b, w in self.collisions],
        }


def check_taxonomy(
    tax: Taxonomy, encode: Any, collide_cosine: float = 0.93, collide_confusion: float = 0.3
) -> TaxonomyCheck:
    """Cross-validated recall per label, label-centroid similarities, and colliding pairs."""
    texts, labels = _texts(tax)
    x = encode(texts)
    ids = tax.ids
    confusion: dict[tuple[str, str], int] = {}
    hits: dict[str, int] = dict.fromkeys(ids, 0)
    count: dict[str, int] = dict.fromkeys(ids, 0)
    folds = 5
    for f in range(folds):  # cross-validation over texts: fold f holds every 5th text
        test = [i for i in range(len(texts)) if i % folds == f]
        keep = [j for j in range(len(texts)) if j % folds != f]
        head = fit_head(x[keep], [labels[j] for j in keep], ids)
        for i, p in zip(test, head.predict_proba(x[test]), strict=True):
            guess = ids[int(np.argmax(p))]
            count[labels[i]] += 1
            if guess == labels[i]:
                hits[labels[i]] += 1
            else:
                confusion[(labels[i], guess)] = confusion.get((labels[i], guess), 0) + 1
    centroids = np.stack([x[[k for k, v in enumerate(labels) if v == lab]].mean(0) for lab in ids])
    centroids /= np.linalg.norm(centroids, axis=1, keepdims=True)
    sims = centroids @ centroids.T
    pairs = sorted(
        (
            (ids[a], ids[b], round(float(sims[a, b]), 4))
            for a in range(len(ids))
            for b in range(a + 1, len(ids))
        ),
        key=lambda t: -t[2],
    )
    collisions: list[tuple[str, str, str]] = []
    for a, b, cos in pairs:
        rate = (confusion.get((a, b), 0) + confusion.get((b, a), 0)) / max(count[a] + count[b], 1)
        if cos >= collide_cosine or rate >= collide_confusion:
            collisions.append(
                (a, b, f"centroid cosine {cos:.3f}, {rate:.0%} of their texts taken for the other")
            )
    per = {
        lab: {
            "texts": count[lab],
            "cross_validated_recall": round(hits[lab] / max(count[lab], 1), 4),
        }
        for lab in ids
    }
    return TaxonomyCheck(per, pairs[:5], collisions)

"""Fitting the document aggregators (scripts/tune_document_rules.py)."""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
import pytest

SCRIPTS = Path(__file__).resolve().parents[2] / "scripts"


@pytest.fixture(scope="module")
def tune():  # -> the script module
    sys.path.insert(0, str(SCRIPTS))
    try:
        import tune_document_rules
    finally:
        sys.path.remove(str(SCRIPTS))
    return tune_document_rules


def test_fit_single_puts_each_class_in_the_heads_order(tune) -> None:  # noqa: ANN001
    """The fitted rows follow the head's classes (not sklearn's sorted ones), a class no
    document had can never win, and the model separates what is separable."""
    from textinsight.aggregator import single_features

    rng = np.random.default_rng(0)
    classes = ["positive", "neutral", "negative", "mixed"]  # 'neutral' never occurs below
    gold, feats = [], []
    for i in range(30):
        label = ["positive", "negative", "mixed"][i % 3]
        p = {"positive": [0.8, 0.1, 0.05, 0.05], "negative": [0.05, 0.1, 0.8, 0.05]}.get(
            label, [0.4, 0.1, 0.4, 0.1]
        )
        parts = np.clip(np.array([p] * 5) + rng.normal(0, 0.03, (5, 4)), 0.01, 1)
        feats.append(single_features(parts, np.ones(5), parts.mean(0)))
        gold.append(label)
    agg, score = tune.fit_single(np.stack(feats), gold, classes, 10)
    assert agg.classes == tuple(classes) and agg.min_parts == 10
    assert score > 0.9
    assert agg.intercept[classes.index("neutral")] == tune.ABSENT
    pred = [classes[int(np.argmax(agg.coef @ x + agg.intercept))] for x in feats]
    assert np.mean([p == g for p, g in zip(pred, gold, strict=True)]) > 0.9


def test_fit_multi_learns_one_model_for_every_label(tune) -> None:  # noqa: ANN001
    from textinsight.aggregator import Evidence, multi_features

    rng = np.random.default_rng(1)
    classes = ["a", "b", "c"]
    feats, gold = [], []
    for i in range(24):
        labels = {classes[i % 3]}
        parts = rng.uniform(0.0, 0.2, (6, 3))
        parts[:3, i % 3] = rng.uniform(0.7, 0.95, 3)  # half the parts carry the document's label
        feats.append(multi_features(parts, np.ones(6), np.full(3, 0.5)))
        gold.append(labels)
    agg, score = tune.fit_multi(feats, gold, classes, 6)
    assert agg.kind == "multi" and agg.coef.shape == (3,) and score > 0.9
    assert agg.threshold in tune.T_GRID
    p = agg.predict(Evidence(np.tile([0.9, 0.1, 0.1], (6, 1)), np.ones(6), np.full(3, 0.5)))
    assert p[0] >= agg.threshold > max(p[1], p[2])


def test_merge_rule_keeps_kinds_not_refitted_and_stores_only_winners(tune) -> None:  # noqa: ANN001
    from textinsight.aggregator import Aggregator

    def agg(kind: str) -> Aggregator:
        return Aggregator("multi", ("a",), np.ones(3), np.zeros(1), 6, 0.5, kind)

    old = {
        "parts": 3,
        "aggregator": agg("turn").to_manifest(),  # the older single form
        "aggregators": [agg("sentence").to_manifest()],
    }
    sources = {"turn": "transcripts (96)", "sentence": "comments (96)"}
    # transcripts refitted, their model won; the comments' model not refitted: kept
    rule = tune.merge_rule(old, None, {"turn"}, {"turn": (agg("turn"), 0.7)}, sources)
    assert "aggregator" not in rule and rule["parts"] == 3
    assert [a["part_kind"] for a in rule["aggregators"]] == ["turn", "sentence"]
    assert rule["aggregators"][0]["fitted_on"] == "transcripts (96)"
    assert rule["aggregators"][0]["left_out_score"] == 0.7
    assert "fitted_on" not in rule["aggregators"][1]  # kept as it was
    # both refitted, only the comments' model won: the transcripts' is gone (the rules decide)
    rule = tune.merge_rule(
        old, {"parts": 4}, {"turn", "sentence"}, {"sentence": (agg("sentence"), 0.6)}, sources
    )
    assert rule["parts"] == 4
    assert [a["part_kind"] for a in rule["aggregators"]] == ["sentence"]
    # nothing won, nothing kept: no list at all
    assert "aggregators" not in tune.merge_rule(old, None, {"turn", "sentence"}, {}, sources)

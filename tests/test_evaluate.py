"""Metric arithmetic of the evaluate command."""

from __future__ import annotations

from textinsight.evaluate import multi_label_report, single_label_report


def test_evaluate_single_label_report() -> None:
    r = single_label_report(["a", "a", "b", "b"], ["a", "b", "b", "b"])
    assert r["accuracy"] == 0.75
    assert r["labels"]["a"] == {"precision": 1.0, "recall": 0.5, "f1": 0.6667, "support": 2}
    assert r["labels"]["b"]["precision"] == round(2 / 3, 4)
    assert r["macro_f1"] == round((0.6667 + 0.8) / 2, 4)


def test_evaluate_multi_label_report() -> None:
    gold = [{"a", "b"}, set(), {"b"}]
    pred = [{"a"}, {"b"}, {"b"}]
    r = multi_label_report(gold, pred)
    # tp: a1 b1 ; fp: b1 ; fn: b1  -> micro = 2*2 / (4 + 1 + 1)
    assert r["micro_f1"] == round(4 / 6, 4)
    assert r["labels"]["a"]["f1"] == 1.0
    assert r["exact_match"] == round(1 / 3, 4)

"""Metric arithmetic of the evaluate command."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

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


class ByWord:
    """A stand-in head: 'at_risk' when the text says 'leave', for the feedback_type key."""

    name = "fake"
    requires: tuple[str, ...] = ("text",)
    assigns: tuple[str, ...] = ("choices.feedback_type",)

    def __call__(self, docs: list) -> list:
        from textinsight.types import LabelScore

        for d in docs:
            d.choices["feedback_type"] = LabelScore("at_risk" if "leave" in d.text else "none", 1)
        return docs


def test_evaluate_scores_a_single_label_head_against_the_label_column_of_a_split(
    tmp_path: Path,
) -> None:
    from textinsight.evaluate import evaluate_file
    from textinsight.pipeline import Pipeline
    from textinsight.settings import Settings

    rows = [
        ("I will leave you", "at_risk", "test", "en"),
        ("fine", "none", "test", "da"),
        ("leave it", "none", "test", "da"),
        ("we leave", "at_risk", "train", "en"),
    ]
    for lang in ("en", "da"):
        (tmp_path / f"{lang}.jsonl").write_text(
            "".join(
                json.dumps({"text": t, "label": lab, "split": sp, "language": lg}) + "\n"
                for t, lab, sp, lg in rows
                if lg == lang
            )
        )
    pipe = Pipeline([ByWord()])  # type: ignore[list-item]
    files = sorted(tmp_path.glob("*.jsonl"))
    report = evaluate_file(
        files, Settings(), label_head="feedback_type", split="test", pipeline=pipe
    )
    res = report["tasks"]["feedback_type"]
    assert res["n"] == 3 and res["accuracy"] == round(2 / 3, 4)  # the train row is left out
    assert res["confusions"] == {"none->at_risk": 1}
    assert res["macro_f1_by"]["language"] == {"da": 0.6667, "en": 1.0}
    assert report["split"] == "test"


def test_evaluate_label_head_must_be_a_single_label_head() -> None:
    from textinsight.errors import InvalidInput
    from textinsight.evaluate import evaluate_rows
    from textinsight.settings import Settings

    with pytest.raises(InvalidInput, match="no single-label head 'pillars'"):
        evaluate_rows([{"text": "x", "label": "a"}], Settings(), label_head="pillars")

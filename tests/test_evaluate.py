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


def test_evaluate_three_class_view_reads_a_mixed_answer_by_its_leaning() -> None:
    """On a 3-class gold set (no ``mixed`` rows) the 4-class figure counts a ``mixed`` answer
    wrong; the 3-class view takes the largest of its three probabilities."""
    from textinsight.evaluate import _sentiment_extras
    from textinsight.types import Document, Sentiment

    def doc(label: str, neg: float, pos: float) -> Document:
        d = Document("1", "x")
        d.sentiment = Sentiment(
            label, pos - neg, {"negative": neg, "neutral": 0.0, "positive": pos}
        )
        return d

    pairs = [
        ({"sentiment": "positive"}, doc("mixed", 0.4, 0.6)),
        ({"sentiment": "negative"}, doc("mixed", 0.45, 0.55)),
        ({"sentiment": "negative"}, doc("negative", 0.9, 0.1)),
    ]
    three = _sentiment_extras(pairs)["three_class"]  # type: ignore[arg-type]
    assert three["n"] == 3 and three["accuracy"] == round(2 / 3, 4)
    assert three["labels"]["positive"]["precision"] == 0.5


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

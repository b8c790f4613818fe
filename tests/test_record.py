"""The analysis record: what the heads wrote, by key, in the CONTRACT.md shape, flattened."""

from __future__ import annotations

import pytest

from textinsight.record import flat_columns, flatten, to_record
from textinsight.types import Document, LabelScore, Segment, Sentiment

# the columns of CONTRACT.md's flat view before heads were data: still there, in this order
SHIPPED = ["id", "text", "language", "language_confidence", "sentiment", "sentiment_score",
           "pillars", "touchpoints", "feedback_type", "feedback_type_confidence", "topic",
           "topic_label", "pii", "sentences", "error_code", "error_message"]  # fmt: skip


def analysed() -> Document:
    doc = Document(
        "r-1", "Slow queue. Kind staff.", {"nps": 3}, segments=[Segment(0, 11), Segment(12, 23)]
    )
    doc.sentiment = Sentiment("mixed", -0.1, {"negative": 0.5, "neutral": 0.1, "positive": 0.4})
    doc.labels["pillars"] = [LabelScore("time_effort", 0.9), LabelScore("empathy", 0.7)]
    doc.labels["touchpoints"] = []
    doc.choices["feedback_type"] = LabelScore("complaint", 0.66)
    doc.segments[0].labels["pillars"] = [LabelScore("time_effort", 0.9)]
    doc.segments[1].labels["pillars"] = [LabelScore("empathy", 0.7)]
    doc.segments[1].choices["tone"] = LabelScore("warm", 0.8)
    return doc


def test_record_heads_write_the_contract_shape() -> None:
    rec = to_record(analysed())
    assert rec["pillars"] == [
        {"id": "time_effort", "confidence": 0.9},
        {"id": "empathy", "confidence": 0.7},
    ]
    assert rec["touchpoints"] == []
    assert rec["feedback_type"] == {"label": "complaint", "confidence": 0.66}
    assert list(rec)[:7] == [
        "id",
        "text",
        "sentiment",
        "pillars",
        "touchpoints",
        "feedback_type",
        "sentences",
    ]
    assert rec["sentences"][0] == {
        "start": 0,
        "end": 11,
        "pillars": [{"id": "time_effort", "confidence": 0.9}],
    }
    assert rec["sentences"][1]["tone"] == {"label": "warm", "confidence": 0.8}


def test_record_flat_columns_keep_the_shipped_order() -> None:
    cols = flat_columns()
    assert [c for c in cols if c in SHIPPED] == SHIPPED
    row = flatten(to_record(analysed()))
    assert row["pillars"] == "time_effort;empathy" and row["touchpoints"] == ""
    assert (row["feedback_type"], row["feedback_type_confidence"]) == ("complaint", 0.66)
    assert row["meta.nps"] == 3


def test_record_model_types_every_head_field() -> None:
    from pydantic import ValidationError

    from textinsight.schema import record_model

    model = record_model()
    rec = to_record(analysed())
    assert model.model_validate(rec).model_dump(exclude_unset=True)["feedback_type"] == {
        "label": "complaint",
        "confidence": 0.66,
    }
    with pytest.raises(ValidationError):
        model.model_validate({**rec, "feedback_type": [{"id": "complaint", "confidence": 1}]})
    with pytest.raises(ValidationError):
        model.model_validate({**rec, "pillars": {"label": "x", "confidence": 1}})


def test_record_flat_rows_read_back_into_the_same_heads() -> None:
    from textinsight.insight.facts import unflatten

    rec = to_record(analysed())
    back = unflatten(flatten(rec))
    assert [x["id"] for x in back["pillars"]] == ["time_effort", "empathy"]
    assert back["touchpoints"] == []
    assert back["feedback_type"] == rec["feedback_type"]

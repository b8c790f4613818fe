"""The view model the report and the dashboard draw."""

from __future__ import annotations

import datetime as dt
import json

from textinsight.insight.facts import GROUP_KINDS, facts
from textinsight.insight.trends import daily
from textinsight.insight.view import build_view, record_examples

from .synth import MONDAY, record, weekly_stream


def test_view_spike_with_its_most_negative_examples_and_json_ready() -> None:
    recs = weekly_stream({"billing": [1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 25]}, others=4)
    spike_week = MONDAY + dt.timedelta(weeks=10)
    worst = record("worst", spike_week, touchpoints=("billing",), sentiment_score=-0.99)
    recs.append(worst)
    for k, r in enumerate(recs):
        r["meta"]["nps"] = 2 if r["touchpoints"][0]["id"] == "billing" else 8 + k % 3
    f = facts(recs, score_column="nps")
    view = build_view(daily(f), period="week", examples=record_examples(f, recs), title="T")
    json.dumps(view, allow_nan=False)  # no NaN, no Timestamp
    assert set(view["groups"]) == {*GROUP_KINDS, "all"}
    # the tabs the pages draw: every kind in the groups' order, with the name shown
    assert [k["kind"] for k in view["kinds"]] == list(view["groups"])
    names = {k["kind"]: k["name"] for k in view["kinds"]}
    assert (names["feedback_type"], names["churn_risk"], names["all"]) == (
        "feedback type",
        "churn risk",
        "all documents",
    )
    tp = [s for s in view["spikes"] if s["group_kind"] == "touchpoint"]
    assert [(s["group"], s["period_start"]) for s in tp] == [("billing", spike_week.isoformat())]
    ex = tp[0]["examples"]
    assert ex[0]["id"] == "worst" and ex[0]["text"] == "text worst" and len(ex) == 5
    assert all(dt.date.fromisoformat(e["date"]) >= spike_week for e in ex)
    assert view["drivers"][0]["group"] == "billing" and view["drivers"][0]["rank"] == 1
    assert view["languages"] == {"da": len(recs)}
    assert view["documents"] == len(recs)
    rows = view["groups"]["touchpoint"]
    assert rows[0]["period_start"] == MONDAY.isoformat()


def test_view_without_score_has_no_drivers_and_uses_topic_files(tmp_path) -> None:
    recs = [record(f"r{k}", MONDAY, topic=k % 2) for k in range(6)]
    topics = [
        {
            "topic": 0,
            "label": "double charge",
            "size": 3,
            "keywords": ["charge"],
            "representative_ids": ["x"],
            "representative_texts": ["X"],
        },
        {
            "topic": 5,
            "label": "unseen",
            "size": 1,
            "keywords": [],
            "representative_ids": ["y"],
            "representative_texts": ["Y"],
        },
    ]
    (tmp_path / "topics.json").write_text(json.dumps(topics))
    f = facts(recs)
    view = build_view(daily(f), examples=record_examples(f, recs), topics=tmp_path)
    assert view["drivers"] == []
    by_topic = {t["topic"]: t for t in view["topics"]}
    assert [e["id"] for e in by_topic[0]["examples"]] == ["r0", "r2", "r4"]
    assert by_topic[5]["examples"] == [{"id": "y", "text": "Y"}]  # representatives as fallback
    labels = {r["group"]: r["label"] for r in view["groups"]["topic"]}
    assert labels == {"0": "double charge", "1": "topic 1"}

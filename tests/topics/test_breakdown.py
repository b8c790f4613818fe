"""One breakdown rule (textinsight.topics.breakdown) on hand-made units: label fields come
from the units (any head's key), chunks add up to the whole, and ``topics show`` prints
whatever label fields a topic has."""

from __future__ import annotations

import numpy as np

from textinsight.topics.breakdown import Breakdown, breakdown, label_fields, show_lines
from textinsight.topics.units import Unit, head_labels, units_from_docs
from textinsight.types import Document, LabelScore, Language, Segment, Sentiment

V = np.ones(4, dtype=np.float32)


def units() -> tuple[list[Unit], list[int]]:
    """Two topics; a transcript (doc t) with two turns in topic 0; an outlier; a set-aside."""
    u = [
        Unit("a", "x", "da", V, labels={"sentiment": "negative", "pillars": ("price", "trust"),
                                        "churn_risk": "at_risk"},
             date="2026-01-05", classes={"channel": "web"}),
        Unit("b", "x", "en", V, labels={"sentiment": "negative", "pillars": ("price",),
                                        "churn_risk": "none"},
             date="2026-02-10", classes={"channel": "app"}),
        Unit("t", "x", "sv", V, (0, 5), labels={"sentiment": "positive", "pillars": ()},
             date="2026-01-06"),
        Unit("t", "x", "sv", V, (6, 9), labels={"sentiment": "negative", "pillars": ("trust",)},
             date="2026-01-06"),
        Unit("c", "x", "en", V, labels={"sentiment": "neutral", "pillars": ("speed",),
                                        "churn_risk": "none"}, classes={"channel": "web"}),
        Unit("d", "x", "en", V, labels={"sentiment": "positive", "pillars": ("speed",)}),
        Unit("e", "ok", "en", V, labels={"sentiment": "positive", "pillars": ("speed",)}),
    ]  # fmt: skip
    return u, [0, 0, 0, 0, 1, -1, -2]


def test_label_fields_come_from_the_units_and_are_counted_per_topic() -> None:
    us, topics = units()
    b = breakdown(us, topics, class_keys=["channel"])
    assert b.label_keys == ["sentiment", "pillars", "churn_risk"]  # as carried, in order
    t0 = b.fields(0)
    assert b.sizes[0] == 4 and t0["documents"] == 3  # the transcript's two turns: one document
    assert t0["sentiment"] == {"negative": 3, "positive": 1}
    assert t0["pillars"] == {"price": 2, "trust": 2}
    assert t0["churn_risk"] == {"at_risk": 1, "none": 1}
    assert t0["languages"] == {"sv": 2, "da": 1, "en": 1}
    assert t0["over_time"] == {"2026-01": 3, "2026-02": 1}
    assert t0["over_week"] == {"2026-W02": 3, "2026-W07": 1}
    assert t0["classes"] == {"channel": {"web": 1, "app": 1}}
    # the outlier and the set-aside text are in no topic
    assert b.fields(1)["sentiment"] == {"neutral": 1} and set(b.sizes) == {0, 1}
    # per_class: the same counts per value (a multi-label field by its singular name)
    per = b.per_class()
    assert per["pillar"]["speed"] == {"1": 1} and per["pillar"]["trust"] == {"0": 2}
    assert per["churn_risk"] == {"at_risk": {"0": 1}, "none": {"0": 1, "1": 1}}
    assert per["channel"] == {"app": {"0": 1}, "web": {"0": 1, "1": 1}}


def test_given_label_keys_choose_the_fields_and_chunks_add_up_to_the_whole() -> None:
    us, topics = units()
    only = breakdown(us, topics, label_keys=["churn_risk"])
    assert only.label_keys == ["churn_risk"]
    assert set(only.fields(0)) == {
        "documents",
        "languages",
        "churn_risk",
        "over_time",
        "over_week",
    }  # no class columns asked: no "classes"
    assert set(only.per_class()) == {"churn_risk"}
    whole = breakdown(us, topics, class_keys=["channel"])
    chunked = Breakdown(class_keys=["channel"])
    for cut in ((0, 2), (2, 4), (4, 7)):  # the online fit's chunks (a document stays whole)
        chunked.add(us[cut[0] : cut[1]], topics[cut[0] : cut[1]])
    for t in (0, 1):
        assert chunked.fields(t) == whole.fields(t) and chunked.sizes[t] == whole.sizes[t]
    assert chunked.per_class() == whole.per_class()


def test_units_carry_every_head_key_the_document_has() -> None:
    doc = Document(
        "1",
        "Bad app. Good staff.",
        language=Language("en", 1.0),
        embedding=V,
        segment_embeddings=np.stack([V, V]),
    )
    doc.sentiment = Sentiment("mixed", 0.0)
    doc.labels = {"pillars": [LabelScore("trust", 0.9)], "urgency_tags": [LabelScore("now", 1)]}
    doc.segments = [
        Segment(0, 8, "turn", "Kunde", sentiment=Sentiment("negative", -0.8)),
        Segment(9, 20, "turn", "Kunde", labels={"pillars": [LabelScore("staff", 1)]}),
    ]
    labels = head_labels(doc)
    assert labels["sentiment"] == "mixed"
    assert labels["pillars"] == ("trust",) and labels["urgency_tags"] == ("now",)
    turns = units_from_docs([doc])
    assert [u.labels for u in turns] == [{"sentiment": "negative"}, {"pillars": ("staff",)}]


def test_show_prints_whatever_label_fields_a_topic_has() -> None:
    topic = {"topic": 3, "label": "a · b", "size": 4, "keywords": ["a"], "documents": 3,
             "languages": {"en": 4}, "sentiment": {"negative": 3, "positive": 1},
             "churn_risk": {"at_risk": 2}, "pillars": {},
             "over_time": {"2026-01": 4}, "over_week": {"2026-W02": 4},
             "classes": {"channel": {"web": 4}}}  # fmt: skip
    assert label_fields(topic) == ["sentiment", "churn_risk", "pillars"]
    lines = show_lines(topic, "week")
    assert lines == [
        "    sentiment: negative 3, positive 1",
        "    churn_risk: at_risk 2",
        "    channel: web 4",
        "    per week: 2026-W02:4",
    ]
    assert show_lines(topic, "month")[-1] == "    per month: 2026-01:4"

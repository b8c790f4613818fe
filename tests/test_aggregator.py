"""The document aggregator's features, its manifest form and its predictions."""

from __future__ import annotations

import numpy as np
import pytest

from textinsight.aggregator import (
    Aggregator,
    Evidence,
    multi_features,
    respondent_vector,
    single_features,
)
from textinsight.errors import ModelError
from textinsight.types import Segment


def test_single_features_are_weighted_means_of_the_parts_and_the_vector() -> None:
    parts = np.array([[0.8, 0.2], [0.2, 0.8], [0.5, 0.5]])
    weights = np.array([3.0, 1.0, 0.0])  # the last part is a question: no evidence
    x = single_features(parts, weights, np.array([0.9, 0.1]))
    assert np.allclose(np.exp(x[:2]), [0.65, 0.35])  # (3 · 0.8 + 0.2) / 4
    assert np.allclose(np.exp(x[2:]), [0.9, 0.1])
    assert np.isfinite(single_features(parts, weights, np.array([1.0, 0.0]))).all()


def test_multi_features_per_label_ignore_parts_without_weight() -> None:
    parts = np.array([[0.9, 0.1], [0.1, 0.3], [0.2, 0.99]])
    weights = np.array([1.0, 1.0, 0.0])  # the third part's 0.99 is the interviewer's
    x = multi_features(parts, weights, np.array([0.5, 0.5]))
    assert x.shape == (2, 3)
    logit = lambda p: np.log(p / (1 - p))  # noqa: E731
    assert np.allclose(x[:, 0], logit(np.array([0.5, 0.2])))  # weighted means
    assert np.allclose(x[:, 1], logit(np.array([0.9, 0.3])))  # the largest weighted part
    assert np.allclose(x[:, 2], [0.5, 0.0])  # share of the text at or above the threshold


def test_respondent_vector_is_the_normalised_weighted_mean() -> None:
    v = respondent_vector(np.array([[1.0, 0.0], [0.0, 1.0]]), np.array([1.0, 0.0]))
    assert np.allclose(v, [1.0, 0.0])


def test_manifest_round_trip_and_checks() -> None:
    classes = ["negative", "positive", "mixed"]
    agg = Aggregator("single", tuple(classes), np.arange(18.0).reshape(3, 6), np.zeros(3), 10)
    back = Aggregator.from_manifest(agg.to_manifest(), classes)
    assert np.allclose(back.coef, agg.coef) and back.min_parts == 10 and back.kind == "single"
    p = back.predict(Evidence(np.full((4, 3), 1 / 3), np.ones(4), np.array([0.2, 0.3, 0.5])))
    assert p.shape == (3,) and abs(float(p.sum()) - 1) < 1e-5
    turns = [Segment(i, i + 1, "turn", "R") for i in range(10)]
    assert back.applies(turns) and not back.applies(turns[:9])
    sentences = [Segment(i, i + 1) for i in range(10)]  # a long comment, not a transcript
    assert not back.applies(sentences)
    header = [Segment(0, 1), Segment(1, 2)]  # a title and a date line before the turns
    assert back.applies(header + turns)
    assert not back.applies(turns[:5] + header + turns[5:])  # sentences among the turns
    anything = Aggregator.from_manifest({**agg.to_manifest(), "part_kind": None}, classes)
    assert anything.applies(sentences)
    spec = agg.to_manifest()
    with pytest.raises(ModelError, match="classes"):
        Aggregator.from_manifest(spec, ["negative", "positive"])
    with pytest.raises(ModelError, match="features"):
        Aggregator.from_manifest({**spec, "features": ["mean"]}, classes)
    with pytest.raises(ModelError, match="shapes"):
        Aggregator.from_manifest({**spec, "coef": [[1.0] * 6] * 2}, classes)
    with pytest.raises(ModelError, match="kind"):
        Aggregator.from_manifest({**spec, "kind": "pairs"}, classes)
    multi = Aggregator("multi", ("a", "b"), np.array([1.0, 0.0, 4.0]), np.array([-2.0]), 5, 0.4)
    again = Aggregator.from_manifest(multi.to_manifest(), ["a", "b"])
    assert again.threshold == 0.4
    q = again.predict(Evidence(np.array([[0.9, 0.1]] * 5), np.ones(5), np.array([0.5, 0.5])))
    assert q[0] > 0.5 > q[1]  # every part carries a, none b


def test_single_prediction_is_the_softmax_of_the_linear_scores() -> None:
    """With the mean-probability features passed straight through, the prediction is the
    weighted mean of the parts' probabilities."""
    reader = np.hstack([np.eye(3), np.zeros((3, 3))])
    agg = Aggregator("single", ("a", "b", "c"), reader, np.zeros(3), 2)
    parts = np.array([[0.7, 0.2, 0.1], [0.1, 0.2, 0.7], [0.1, 0.8, 0.1]])
    p = agg.predict(Evidence(parts, np.array([3.0, 1.0, 0.0]), np.array([0.0, 0.0, 1.0])))
    assert np.allclose(p, [0.55, 0.2, 0.25], atol=1e-3)


def test_unknown_part_kind_is_refused() -> None:
    agg = Aggregator("single", ("a", "b"), np.zeros((2, 4)), np.zeros(2), 4)
    with pytest.raises(ModelError, match="part_kind"):
        Aggregator.from_manifest({**agg.to_manifest(), "part_kind": "sentences"}, ["a", "b"])
    ok = Aggregator.from_manifest({**agg.to_manifest(), "part_kind": "sentence"}, ["a", "b"])
    assert ok.applies([Segment(i, i + 1) for i in range(4)])


def test_kind_count_reads_one_kind_of_part_after_any_title() -> None:
    from textinsight.aggregator import kind_count

    def parts(kinds: list[str]) -> list[Segment]:
        return [Segment(i, i + 1, k) for i, k in enumerate(kinds)]  # type: ignore[arg-type]

    assert kind_count(parts(["sentence"] + ["turn"] * 5), "turn") == 5  # a title line first
    assert kind_count(parts(["turn"] * 3 + ["sentence"] + ["turn"]), "turn") == 0
    assert kind_count(parts(["sentence"] * 7), "sentence") == 7
    assert kind_count(parts(["sentence"] * 7), "turn") == 0
    assert kind_count(parts(["turn", "sentence"]), None) == 2


def test_aggregator_specs_put_the_older_single_key_first() -> None:
    from textinsight.aggregator import aggregator_specs

    assert aggregator_specs({"aggregator": {"x": 1}, "aggregators": [{"y": 2}]}) == [
        {"x": 1},
        {"y": 2},
    ]
    assert aggregator_specs({}) == [] and aggregator_specs({"aggregator": None}) == []

"""Drivers: score with and without each label, Welch intervals, impact ranking."""

from __future__ import annotations

import datetime as dt

import numpy as np
import pytest

from textinsight.insight.drivers import drivers, welch_interval
from textinsight.insight.facts import facts
from textinsight.insight.trends import daily

from .synth import MONDAY, record


def _stream(n_per_label: int, seed: int = 0) -> list[dict]:
    """delivery documents score low, billing documents a little low, store high, others 8."""
    rng = np.random.default_rng(seed)
    means = {"delivery": 3.0, "billing": 6.5, "store": 9.0, "product": 8.0}
    recs = []
    for tp, mean in means.items():
        for j in range(n_per_label if tp != "product" else 3 * n_per_label):
            score = float(np.clip(round(rng.normal(mean, 1.5)), 0, 10))
            day = MONDAY + dt.timedelta(days=j % 60)
            recs.append(record(f"{tp}-{j}", day, touchpoints=(tp,), score=score))
    return recs


def _drivers(recs, **kw):
    return drivers(daily(facts(recs, score_column="nps")), **kw)


def test_drivers_the_low_scoring_label_ranks_first_with_a_ci_below_zero() -> None:
    d = _drivers(_stream(40))
    first = d.iloc[0]
    assert first["group"] == "delivery" and first["rank"] == 1
    assert first["ci_high"] < 0 and first["impact"] < 0
    store = d.set_index("group").loc["store"]
    assert store["effect"] > 0 and store["ci_low"] > 0  # lifts the score
    # the biggest label at a good score moves the overall score most: it ranks last
    assert d.iloc[-1]["group"] == "product" and d.iloc[-1]["impact"] > store["impact"] > 0
    overall = np.mean([r["meta"]["nps"] for r in _stream(40)])
    without = np.mean(
        [r["meta"]["nps"] for r in _stream(40) if r["touchpoints"][0]["id"] != "delivery"]
    )
    assert first["impact"] == pytest.approx(overall - without)
    assert first["mean_without"] == pytest.approx(without)


def test_drivers_interval_shrinks_with_more_documents() -> None:
    def width(n: int) -> float:
        row = _drivers(_stream(n)).set_index("group").loc["billing"]
        return float(row["ci_high"] - row["ci_low"])

    assert width(200) < width(50) < width(12)


def test_drivers_welch_matches_scipy() -> None:
    from scipy import stats

    a = np.array([1.0, 3, 4, 2, 6, 3])
    b = np.array([5.0, 7, 8, 6, 9, 7, 10, 8])
    lo, hi = welch_interval(len(a), a.sum(), (a**2).sum(), len(b), b.sum(), (b**2).sum())
    res = stats.ttest_ind(a, b, equal_var=False).confidence_interval(0.95)
    assert (lo, hi) == pytest.approx((res.low, res.high))


def test_drivers_too_few_ranked_last_without_interval() -> None:
    recs = _stream(20) + [
        record("rare-1", MONDAY, touchpoints=("cancellation",), score=0),
        record("rare-2", MONDAY, touchpoints=("cancellation",), score=0),
    ]
    d = _drivers(recs)
    rare = d[d["group"] == "cancellation"].iloc[0]
    assert rare["too_few"] and np.isnan(rare["ci_low"]) and rare["rank"] == len(d)
    assert rare["count"] == 2


def test_drivers_no_scores_gives_an_empty_frame() -> None:
    recs = [record("a", MONDAY, touchpoints=("billing",))]
    assert drivers(daily(facts(recs))).empty


def test_drivers_marketing_fixture_gold_labels_rank_delivery_first() -> None:
    from .marketing import gold_record, rows

    d = _drivers([gold_record(r) for r in rows("nps_survey")], kinds=("touchpoint",))
    first = d.iloc[0]
    assert first["group"] == "delivery" and first["count"] == 50
    assert first["mean_with"] == pytest.approx(2.06, abs=0.01) and first["ci_high"] < 0

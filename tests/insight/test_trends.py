"""Trends per period and group, and the spike test against a group's own baseline."""

from __future__ import annotations

import datetime as dt

import numpy as np
import pandas as pd
import pytest

from textinsight.insight.facts import facts
from textinsight.insight.trends import DAILY_COLUMNS, count_p, daily, spikes, trends

from .synth import MONDAY, record, weekly_stream

STEADY = [1, 2, 1, 2, 1, 2, 2, 1, 1, 2]


def _trends(recs, **kw) -> pd.DataFrame:
    return trends(daily(facts(recs)), **kw)


def test_trends_daily_sums_are_additive() -> None:
    recs = weekly_stream({"billing": [3, 4]}, others=2)
    d = daily(facts(recs))
    assert list(d.columns) == DAILY_COLUMNS
    alls = d[d["group_kind"] == "all"]
    assert alls["count"].sum() == 3 + 4 + 2 * 2
    assert alls["negatives"].sum() == 7
    assert alls["sentiment_sum"].sum() == pytest.approx(7 * -0.7 + 4 * 0.7)


def test_trends_the_burst_week_alone_is_a_spike() -> None:
    recs = weekly_stream({"billing": [*STEADY, 25, 2]}, others=5)
    t = _trends(recs, by="touchpoint")
    billing = t[t["group"] == "billing"].reset_index(drop=True)
    assert len(billing) == 12  # every week, zeros included
    s = spikes(t)
    assert list(zip(s["group"], s["period_start"], strict=True)) == [
        ("billing", pd.Timestamp(MONDAY + dt.timedelta(weeks=10)))
    ]
    row = s.iloc[0]
    assert row["count"] == 25 and row["spike_metric"] == "count" and row["spike_p"] < 1e-6
    assert row["baseline_count"] == pytest.approx(np.mean(STEADY[-8:]))
    assert row["period"] == "2026-W42"
    # a steady group is never a spike, and the week after the burst is not either
    assert not t[t["group"] == "delivery"]["spike"].any()
    assert billing.loc[11, "spike_reason"] == "too few (2 < 10)"


def test_trends_too_few_documents_are_not_called() -> None:
    recs = weekly_stream({"billing": [0] * 10 + [8]}, others=3)
    t = _trends(recs, by="touchpoint")
    last = t[t["group"] == "billing"].iloc[-1]
    assert not last["spike"] and np.isnan(last["spike_p"])
    assert last["spike_reason"] == "too few (8 < 10)"
    # the same burst with a lower minimum is called
    t = _trends(recs, by="touchpoint", min_count=5)
    assert bool(t[t["group"] == "billing"].iloc[-1]["spike"])


def test_trends_no_baseline_in_the_first_periods() -> None:
    t = _trends(weekly_stream({"billing": [30, 30, 30, 90]}), by="touchpoint")
    assert t["spike_reason"].iloc[:3].str.startswith("no baseline").all()
    assert bool(t.iloc[3]["spike"])  # three baseline periods are enough


def test_trends_negative_share_spike_at_a_steady_count() -> None:
    recs = []
    for w in range(10):
        for j in range(20):
            neg = j < (15 if w == 9 else 2)
            recs.append(
                record(
                    f"{w}-{j}",
                    MONDAY + dt.timedelta(weeks=w, days=j % 7),
                    label="negative" if neg else "positive",
                    touchpoints=("customer_service",),
                )
            )
    t = _trends(recs, by="touchpoint")
    s = spikes(t)
    assert len(s) == 1 and s.iloc[0]["spike_metric"] == "negative_share"
    assert s.iloc[0]["negative_share"] == pytest.approx(0.75)
    assert s.iloc[0]["baseline_negative_share"] == pytest.approx(0.1)


def test_trends_overdispersed_baseline_needs_a_larger_swing() -> None:
    def p(base: list[int]) -> float:
        b = np.array(base)
        return float(count_p(40, len(b), b.sum(), b.var(ddof=1)))

    swinging = [2, 30, 4, 25, 3, 28, 5, 26]
    steady = [15, 16, 14, 15, 16, 14, 15, 15]
    assert p(swinging) > 0.01 > p(steady)


def test_trends_share_p_is_fishers_exact_test() -> None:
    from scipy import stats

    from textinsight.insight.trends import share_p

    for a, k, c, b in [(15, 20, 16, 160), (3, 10, 0, 40), (10, 10, 80, 80)]:
        table = [[a, k - a], [c, b - c]]
        expected = stats.fisher_exact(table, alternative="greater")[1]
        assert float(share_p(a, k, c, b)) == pytest.approx(expected)


def test_trends_months_and_days() -> None:
    recs = [
        record(f"{m}-{k}", dt.date(2026, m, 1 + k % 28), touchpoints=("billing",))
        for m in range(1, 8)
        for k in range(12 if m < 7 else 60)
    ]
    t = _trends(recs, period="month", by="touchpoint")
    assert list(t["period"]) == [f"2026-{m:02d}" for m in range(1, 8)]
    assert list(t["period_start"].dt.day.unique()) == [1]
    assert list(t["spike"]) == [False] * 6 + [True]
    d = _trends(recs, period="day", by="all")
    assert (
        d["period"].iloc[0] == "2026-01-01"
        and len(d) == (dt.date(2026, 7, 28) - dt.date(2026, 1, 1)).days + 1
    )


def test_trends_mean_score_and_sentiment() -> None:
    day = MONDAY
    recs = [
        record("a", day, touchpoints=("billing",), score=2, sentiment_score=-0.5),
        record("b", day, touchpoints=("billing",), sentiment_score=-0.1, label="positive"),
    ]
    t = trends(daily(facts(recs, score_column="nps")), by="touchpoint")
    row = t.iloc[0]
    assert row["count"] == 2 and row["score_n"] == 1 and row["mean_score"] == 2.0
    assert row["mean_sentiment"] == pytest.approx(-0.3) and row["negative_share"] == 0.5
    assert np.isnan(trends(daily(facts(recs)), by="touchpoint").iloc[0]["mean_score"])


def test_trends_rejects_an_unknown_period() -> None:
    with pytest.raises(ValueError, match="period"):
        _trends(weekly_stream({"billing": [1]}), period="year")


def test_trends_marketing_fixture_gold_labels_flag_only_the_double_charge_week() -> None:
    from .marketing import BILLING_PER_WEEK, SPIKE_WEEK, gold_record, rows

    recs = [gold_record(r) for r in rows("social_posts")]
    t = _trends(recs, by="touchpoint")
    billing = t[t["group"] == "billing"]
    assert list(billing["count"]) == BILLING_PER_WEEK
    s = spikes(billing)
    assert list(s["period_start"].dt.strftime("%Y-%m-%d")) == [SPIKE_WEEK]
    assert s.iloc[0]["count"] == 60 and s.iloc[0]["spike_p"] < 1e-20

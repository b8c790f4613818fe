"""Daily aggregates, trends per period and group, and spikes against a group's own baseline.

``daily`` sums facts per (day, group kind, group); the sums are additive, so any period and
any date window comes from them. ``trends`` reads only a daily frame, which the CLI computes
in pandas and the service keeps as a rollup table: both get the same statistics.

The spike test, for each group and period (the ``baseline_periods`` periods before it, at
least 3 of them, zeros included, form the baseline):

* **count**: is the period's count ``k`` improbably high against the baseline's ``B``
  documents over ``n`` periods? Two one-sided tests, and the larger p-value counts (both must
  agree): the exact conditional test of two Poisson rates (given ``k + B``, ``k`` is
  Binomial(``k + B``, 1/(n+1)) when the rate did not change; it carries the baseline's own
  noise, so a baseline of zeros does not make every small count a spike), and a negative
  binomial with the baseline's mean and variance (Poisson where the variance is no larger
  than the mean), so that a group that swings from week to week needs a larger swing.
* **negative share**: is the share of negative (or mixed) documents higher than in the
  baseline? One-sided Fisher's exact test of the period's negatives / others against the
  baseline's pooled negatives / others.

A test's p-value below ``sensitivity`` flags it; a period is a spike when a test is flagged
and its count is at least ``min_count``. Counts under ``min_count`` are not tested at all
("too few"), nor are periods with fewer than 3 baseline periods ("no baseline"). No
correction for multiple testing is applied: ``sensitivity`` is the false-alarm rate of each
test, so over G groups and P periods expect about 2·G·P·sensitivity false spikes at most.
"""

from __future__ import annotations

from typing import Literal

import numpy as np
import pandas as pd

DAILY_COLUMNS = ["day", "group_kind", "group", "count", "negatives", "sentiment_sum",
                 "score_n", "score_sum", "score_sumsq"]  # fmt: skip
TREND_COLUMNS = ["period_start", "period", "group_kind", "group", "count", "negatives",
                 "negative_share", "mean_sentiment", "mean_score", "score_n", "baseline_count",
                 "baseline_negative_share", "spike", "spike_metric", "spike_p",
                 "spike_reason"]  # fmt: skip
PERIODS = ("day", "week", "month")
MIN_BASELINE = 3  # periods a baseline needs before a period is tested

Period = Literal["day", "week", "month"]


def daily(facts: pd.DataFrame) -> pd.DataFrame:
    """Additive daily sums of a facts frame (columns ``DAILY_COLUMNS``)."""
    f = facts.assign(
        neg=facts["negative"].astype(int),
        has_score=facts["score"].notna().astype(int),
        score0=facts["score"].fillna(0.0),
        sq=facts["score"].fillna(0.0) ** 2,
        senti=facts["sentiment"].fillna(0.0),
    )
    out = (
        f.groupby(["day", "group_kind", "group"], sort=True)
        .agg(count=("id", "size"), negatives=("neg", "sum"), sentiment_sum=("senti", "sum"),
             score_n=("has_score", "sum"), score_sum=("score0", "sum"), score_sumsq=("sq", "sum"))
        .reset_index()
    )  # fmt: skip
    out = out.astype({"count": int, "negatives": int, "score_n": int, "sentiment_sum": float,
                      "score_sum": float, "score_sumsq": float})  # fmt: skip
    out.attrs.update(facts.attrs)
    return out[DAILY_COLUMNS]


def period_start(days: pd.Series, period: Period) -> pd.Series:
    """The first day of each day's period: the day, the Monday of its ISO week, or the 1st."""
    days = pd.to_datetime(days).dt.normalize()
    if period == "day":
        return days
    if period == "week":
        return days - pd.to_timedelta(days.dt.day_of_week, unit="D")
    if period == "month":
        return days.dt.to_period("M").dt.start_time
    raise ValueError(f"period: day, week or month, not {period!r}")


def period_name(starts: pd.Series, period: Period) -> pd.Series:
    """``2026-W07`` for weeks (ISO), ``2026-02`` for months, ``2026-02-14`` for days."""
    if starts.empty:
        return pd.Series([], index=starts.index, dtype=str)
    if period == "week":
        iso = starts.dt.isocalendar()
        return iso["year"].astype(str) + "-W" + iso["week"].astype(int).map("{:02d}".format)
    return starts.dt.strftime("%Y-%m" if period == "month" else "%Y-%m-%d")


def _period_grid(first: pd.Timestamp, last: pd.Timestamp, period: Period) -> pd.DatetimeIndex:
    freq = {"day": "D", "week": "7D", "month": "MS"}[period]
    return pd.date_range(first, last, freq=freq)


def count_p(k: int, baseline: np.ndarray) -> float:
    """One-sided p-value of ``k`` documents in a period against the baseline periods' counts
    (the larger of the conditional Poisson-rate test and a moment-fitted negative binomial)."""
    from scipy import stats

    n = len(baseline)
    total = float(baseline.sum())
    p_rate = float(stats.binom.sf(k - 1, int(k + total), 1.0 / (n + 1)))
    mean = total / n
    var = float(baseline.var(ddof=1)) if n > 1 else mean
    if mean <= 0:
        return p_rate
    if var > mean:
        r = mean * mean / (var - mean)
        p_dist = float(stats.nbinom.sf(k - 1, r, r / (r + mean)))
    else:
        p_dist = float(stats.poisson.sf(k - 1, mean))
    return max(p_rate, p_dist)


def share_p(negatives: int, count: int, base_negatives: int, base_count: int) -> float:
    """One-sided Fisher's exact p-value that the period's negative share exceeds the
    baseline's."""
    from scipy import stats

    table = [[negatives, count - negatives], [base_negatives, base_count - base_negatives]]
    return float(stats.fisher_exact(table, alternative="greater")[1])


def trends(daily: pd.DataFrame, *, period: Period = "week", by: str = "touchpoint",
           sensitivity: float = 0.01, min_count: int = 10,
           baseline_periods: int = 8) -> pd.DataFrame:  # fmt: skip
    """One row per period and group of kind ``by`` (zeros included), with the spike test of
    the module docstring; columns ``TREND_COLUMNS``, sorted by group then period."""
    if period not in PERIODS:
        raise ValueError(f"period: day, week or month, not {period!r}")
    if daily.empty:
        return pd.DataFrame(columns=TREND_COLUMNS)
    d = daily.assign(period_start=period_start(daily["day"], period))
    grid = _period_grid(d["period_start"].min(), d["period_start"].max(), period)
    d = d[d["group_kind"] == by]
    sums = ["count", "negatives", "sentiment_sum", "score_n", "score_sum"]
    agg = d.groupby(["group", "period_start"])[sums].sum()
    groups = sorted(d["group"].unique())
    full = pd.MultiIndex.from_product([groups, grid], names=["group", "period_start"])
    t = agg.reindex(full, fill_value=0).reset_index()
    t = t.astype({"count": int, "negatives": int, "score_n": int})
    with np.errstate(invalid="ignore", divide="ignore"):
        t["negative_share"] = t["negatives"] / t["count"].where(t["count"] > 0)
        t["mean_sentiment"] = t["sentiment_sum"] / t["count"].where(t["count"] > 0)
        t["mean_score"] = t["score_sum"] / t["score_n"].where(t["score_n"] > 0)
    parts = [_test_group(g, baseline_periods, sensitivity, min_count)
             for _, g in t.groupby("group", sort=True)]  # fmt: skip
    t = pd.concat(parts, ignore_index=True) if parts else t.assign(**_empty_tests())
    t["group_kind"] = by
    t["period"] = period_name(t["period_start"], period)
    return t[TREND_COLUMNS].reset_index(drop=True)


def _empty_tests() -> dict[str, object]:
    return {"baseline_count": np.nan, "baseline_negative_share": np.nan, "spike": False,
            "spike_metric": "", "spike_p": np.nan, "spike_reason": ""}  # fmt: skip


def _test_group(g: pd.DataFrame, baseline_periods: int, sensitivity: float,
                min_count: int) -> pd.DataFrame:  # fmt: skip
    g = g.sort_values("period_start").reset_index(drop=True)
    counts = g["count"].to_numpy()
    negs = g["negatives"].to_numpy()
    out = {k: [] for k in _empty_tests()}  # type: dict[str, list[object]]
    for i in range(len(g)):
        base = counts[max(0, i - baseline_periods):i]
        base_negs = int(negs[max(0, i - baseline_periods):i].sum())
        res = _empty_tests()
        if len(base) > 0:
            res["baseline_count"] = float(base.mean())
            if base.sum() > 0:
                res["baseline_negative_share"] = base_negs / float(base.sum())
        k = int(counts[i])
        if len(base) < MIN_BASELINE:
            res["spike_reason"] = f"no baseline ({len(base)} < {MIN_BASELINE} periods)"
        elif k < min_count:
            res["spike_reason"] = f"too few ({k} < {min_count})"
        else:
            p_count = count_p(k, base)
            p_share = (share_p(int(negs[i]), k, base_negs, int(base.sum()))
                       if base.sum() > 0 else np.nan)  # fmt: skip
            hits = [name for name, p in (("count", p_count), ("negative_share", p_share))
                    if p < sensitivity]  # fmt: skip
            res["spike"] = bool(hits)
            res["spike_metric"] = "+".join(hits)
            res["spike_p"] = float(np.nanmin([p_count, p_share]))
        for key, v in res.items():
            out[key].append(v)
    return g.assign(**out)


def spikes(trends_frame: pd.DataFrame) -> pd.DataFrame:
    """The rows of a trends frame that are spikes."""
    return trends_frame[trends_frame["spike"].astype(bool)].reset_index(drop=True)

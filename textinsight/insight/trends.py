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

import warnings
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
        .agg(
            count=("id", "size"),
            negatives=("neg", "sum"),
            sentiment_sum=("senti", "sum"),
            score_n=("has_score", "sum"),
            score_sum=("score0", "sum"),
            score_sumsq=("sq", "sum"),
        )
        .reset_index()
    )
    out = out.astype(
        {
            "count": int,
            "negatives": int,
            "score_n": int,
            "sentiment_sum": float,
            "score_sum": float,
            "score_sumsq": float,
        }
    )
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


def count_p(
    k: np.ndarray | int, n: np.ndarray | int, total: np.ndarray | float, var: np.ndarray | float
) -> np.ndarray:
    """One-sided p-values of ``k`` documents in a period against ``n`` baseline periods
    holding ``total`` documents with sample variance ``var`` (NaN when ``n`` < 2): the larger
    of the conditional Poisson-rate test and a moment-fitted negative binomial."""
    from scipy import stats

    k, n, total, var = (np.asarray(x, dtype=float) for x in (k, n, total, var))
    p_rate = stats.binom.sf(k - 1, k + total, 1.0 / (n + 1))
    with np.errstate(invalid="ignore", divide="ignore"):
        mean = total / n
        var = np.where(np.isnan(var), mean, var)
        over = var > mean
        r = np.where(over, mean * mean / np.where(over, var - mean, 1.0), 1.0)
        p_nb = stats.nbinom.sf(k - 1, r, r / (r + mean))
        p_pois = stats.poisson.sf(k - 1, mean)
    p_dist = np.where(over, p_nb, p_pois)
    return np.where(mean > 0, np.maximum(p_rate, p_dist), p_rate)


def share_p(
    negatives: np.ndarray | int,
    count: np.ndarray | int,
    base_negatives: np.ndarray | int,
    base_count: np.ndarray | int,
) -> np.ndarray:
    """One-sided Fisher's exact p-values that the period's negative share exceeds the
    baseline's (the hypergeometric tail of the 2x2 table)."""
    from scipy import stats

    a, k, c, b = (
        np.asarray(x, dtype=float) for x in (negatives, count, base_negatives, base_count)
    )
    return stats.hypergeom.sf(a - 1, k + b, a + c, k)


def trends(
    daily: pd.DataFrame,
    *,
    period: Period = "week",
    by: str = "touchpoint",
    sensitivity: float = 0.01,
    min_count: int = 10,
    baseline_periods: int = 8,
) -> pd.DataFrame:
    """One row per period and group of kind ``by`` (zeros included), with the spike test of
    the module docstring; columns ``TREND_COLUMNS``, sorted by group then period."""
    if period not in PERIODS:
        raise ValueError(f"period: day, week or month, not {period!r}")
    if baseline_periods < MIN_BASELINE:
        raise ValueError(f"baseline_periods: at least {MIN_BASELINE}, not {baseline_periods}")
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
    t = _spike_tests(t, baseline_periods, sensitivity, min_count)
    t["group_kind"] = by
    t["period"] = period_name(t["period_start"], period)
    return t[TREND_COLUMNS].reset_index(drop=True)


def _spike_tests(
    t: pd.DataFrame, baseline_periods: int, sensitivity: float, min_count: int
) -> pd.DataFrame:
    """The baseline columns and the spike test of every row (rows sorted by group, period)."""

    def rolled(col: str, how: str) -> pd.Series:
        prev = t.groupby("group", sort=False)[col].shift(1)
        roll = prev.groupby(t["group"], sort=False).rolling(baseline_periods, min_periods=1)
        return getattr(roll, how)().reset_index(level=0, drop=True).sort_index()

    n = t.groupby("group", sort=False).cumcount().clip(upper=baseline_periods).to_numpy()
    base = rolled("count", "sum").fillna(0).to_numpy()
    base_negs = rolled("negatives", "sum").fillna(0).to_numpy()
    var = rolled("count", "var").to_numpy()
    k = t["count"].to_numpy()
    with np.errstate(invalid="ignore", divide="ignore"):
        t["baseline_count"] = np.where(n > 0, base / np.maximum(n, 1), np.nan)
        t["baseline_negative_share"] = np.where(base > 0, base_negs / np.maximum(base, 1), np.nan)
    tested = (n >= MIN_BASELINE) & (k >= min_count)
    p_count = np.where(tested, count_p(k, np.maximum(n, 1), base, var), np.nan)
    p_share = np.where(
        tested & (base > 0), share_p(t["negatives"].to_numpy(), k, base_negs, base), np.nan
    )
    hit_count = p_count < sensitivity
    hit_share = p_share < sensitivity
    t["spike"] = hit_count | hit_share
    t["spike_metric"] = np.select(
        [hit_count & hit_share, hit_count, hit_share],
        ["count+negative_share", "count", "negative_share"],
        "",
    )
    with np.errstate(invalid="ignore"), warnings.catch_warnings():
        warnings.simplefilter("ignore", RuntimeWarning)  # all-NaN rows: not tested
        t["spike_p"] = np.nanmin(np.vstack([p_count, p_share]), axis=0)
    t["spike_reason"] = [
        f"no baseline ({m} < {MIN_BASELINE} periods)"
        if m < MIN_BASELINE
        else f"too few ({c} < {min_count})"
        if c < min_count
        else ""
        for m, c in zip(n, k, strict=True)
    ]
    return t


def spikes(trends_frame: pd.DataFrame) -> pd.DataFrame:
    """The rows of a trends frame that are spikes."""
    return trends_frame[trends_frame["spike"].astype(bool)].reset_index(drop=True)

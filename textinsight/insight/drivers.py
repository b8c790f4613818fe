"""Drivers: how much a score (NPS, CSAT, ...) moves with each label.

For a label L over the documents that have a score: ``mean_with`` (documents with L) and
``mean_without`` (the others), ``effect = mean_with - mean_without`` with a Welch t interval
computed from the counts, sums and sums of squares of a daily frame (so the service's rollup
gives the same figures), and ``impact = overall_mean - mean_without``: how far the overall
score sits from where it would be without the label's documents (Thematic's definition; a
label that pulls the score down has a negative impact). Rank 1 is the most negative impact.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pandas as pd

DRIVER_COLUMNS = ["group_kind", "group", "count", "mean_with", "mean_without", "effect",
                  "ci_low", "ci_high", "impact", "too_few", "rank"]  # fmt: skip


def _mean_var(n: float, s: float, ss: float) -> tuple[float, float]:
    mean = s / n if n > 0 else np.nan
    var = max(ss - n * mean * mean, 0.0) / (n - 1) if n > 1 else np.nan
    return mean, var


def welch_interval(
    n1: float, s1: float, ss1: float, n2: float, s2: float, ss2: float, confidence: float = 0.95
) -> tuple[float, float]:
    """Welch t interval of mean1 - mean2 from counts, sums and sums of squares (NaN when
    either side has fewer than 2 values)."""
    from scipy import stats

    m1, v1 = _mean_var(n1, s1, ss1)
    m2, v2 = _mean_var(n2, s2, ss2)
    if n1 < 2 or n2 < 2:
        return np.nan, np.nan
    a, b = v1 / n1, v2 / n2
    se = np.sqrt(a + b)
    if se == 0:
        return m1 - m2, m1 - m2
    df = (a + b) ** 2 / (a * a / (n1 - 1) + b * b / (n2 - 1))
    half = float(stats.t.ppf(0.5 + confidence / 2, df)) * se
    return m1 - m2 - half, m1 - m2 + half


def drivers(
    daily: pd.DataFrame,
    *,
    kinds: Sequence[str] = ("touchpoint", "pillar", "topic"),
    min_count: int = 5,
    confidence: float = 0.95,
) -> pd.DataFrame:
    """One row per label of ``kinds`` (columns ``DRIVER_COLUMNS``), ranked by impact; labels
    with fewer than ``min_count`` scored documents (or none without them) get NaN intervals,
    ``too_few=True`` and the last ranks."""
    cols = ["score_n", "score_sum", "score_sumsq"]
    total = daily.loc[daily["group_kind"] == "all", cols].sum()
    n, s, ss = (float(total[c]) for c in cols)
    if n == 0:
        return pd.DataFrame(columns=DRIVER_COLUMNS)
    overall = s / n
    per = daily[daily["group_kind"].isin(list(kinds))].groupby(["group_kind", "group"])[cols].sum()
    rows = []
    for (kind, group), r in per.iterrows():
        n1, s1, ss1 = float(r["score_n"]), float(r["score_sum"]), float(r["score_sumsq"])
        if n1 == 0:
            continue
        n2, s2, ss2 = n - n1, s - s1, ss - ss1
        m1 = s1 / n1
        m2 = s2 / n2 if n2 > 0 else np.nan
        too_few = n1 < min_count or n2 < 2
        lo, hi = (
            (np.nan, np.nan) if too_few else welch_interval(n1, s1, ss1, n2, s2, ss2, confidence)
        )
        rows.append(
            {
                "group_kind": kind,
                "group": group,
                "count": int(n1),
                "mean_with": m1,
                "mean_without": m2,
                "effect": m1 - m2,
                "ci_low": lo,
                "ci_high": hi,
                "impact": overall - m2,
                "too_few": bool(too_few),
            }
        )
    if not rows:
        return pd.DataFrame(columns=DRIVER_COLUMNS)
    out = pd.DataFrame(rows)
    out = out.sort_values(
        ["too_few", "impact", "count"],
        ascending=[True, True, False],
        na_position="last",
        kind="stable",
    ).reset_index(drop=True)
    out["rank"] = np.arange(1, len(out) + 1)
    return out[DRIVER_COLUMNS]

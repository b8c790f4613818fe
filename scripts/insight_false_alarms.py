"""False-alarm rate of the trends spike test on simulated streams without spikes.

50 groups over a year of days, each day's count Poisson (mean 30 for days; weeks are the
sums) and its negatives Binomial(count, 0.3); no change anywhere, so every flagged period is
a false alarm. Prints the share of tested (group, period) cells flagged, per metric.

    .venv/bin/python scripts/insight_false_alarms.py [--seed 0]
"""

from __future__ import annotations

import argparse

import numpy as np
import pandas as pd

from textinsight.insight.trends import DAILY_COLUMNS, trends


def main() -> None:
    """Simulate, test, print."""
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--seed", type=int, default=0)
    args = ap.parse_args()
    rng = np.random.default_rng(args.seed)
    days = pd.date_range("2025-01-06", periods=364)
    groups = [f"g{i}" for i in range(50)]
    counts = rng.poisson(30, size=(len(days), len(groups)))
    negs = rng.binomial(counts, 0.3)
    d = pd.DataFrame(
        {
            "day": np.repeat(days, len(groups)),
            "group_kind": "touchpoint",
            "group": np.tile(groups, len(days)),
            "count": counts.ravel(),
            "negatives": negs.ravel(),
            "sentiment_sum": 0.0,
            "score_n": 0,
            "score_sum": 0.0,
            "score_sumsq": 0.0,
        }
    )[DAILY_COLUMNS]
    for period in ("day", "week"):
        t = trends(d, period=period, sensitivity=0.01, min_count=10)
        tested = t["spike_p"].notna()
        for metric in ("count", "negative_share"):
            hit = t["spike_metric"].str.contains(metric)
            print(
                f"{period:5s} {metric:15s} {hit.sum():4d} / {tested.sum()} tested cells "
                f"= {hit.sum() / tested.sum():.2%}"
            )
        print(
            f"{period:5s} {'any spike':15s} {t['spike'].sum():4d} / {tested.sum()} "
            f"= {t['spike'].sum() / tested.sum():.2%}"
        )


if __name__ == "__main__":
    main()

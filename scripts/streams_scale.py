"""Fill a SQLite stream with synthetic analysis records and time the stream queries.

    .venv/bin/python scripts/streams_scale.py --records 1000000

``--database-url postgresql://...`` fills PostgreSQL instead. Records go in through
``StreamStore.add`` (the service's own storage path: records, labels,
rollup, in batches of ``--batch``), not through HTTP. A year of days, 12 touchpoints, 8
pillars, 40 topics, 4 languages, 5 channels, 4 feedback types, an NPS on 60 % of records.
Then each query runs ``--repeat`` times on a warm connection and the median is printed:
trends (week, by touchpoint / by topic), drivers of NPS, a group's records of one week, all
records of one week, the dashboard view, the stream list. The database is left in ``--dir``
(a temporary directory unless given), so the queries can be timed again with ``--reuse``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

TOUCHPOINTS = [
    "billing",
    "delivery",
    "customer_service",
    "website_app",
    "store",
    "onboarding",
    "installation",
    "network",
    "pricing",
    "cancellation",
    "returns",
    "marketing",
]
PILLARS = ["time_effort", "empathy", "resolution", "trust", "expectations", "personalisation",
           "integrity", "product"]  # fmt: skip
LANGS = ["da", "nb", "sv", "en"]
CHANNELS = ["email", "app", "facebook", "instagram", "phone"]
FTYPES = ["complaint", "praise", "question", "suggestion"]


def synthetic(
    n: int, start: int, first_day: dt.date, days: int, rng: random.Random
) -> Iterator[dict[str, Any]]:
    """``n`` records numbered from ``start``, spread over ``days`` days."""
    for i in range(start, start + n):
        day = first_day + dt.timedelta(days=rng.randrange(days))
        tps = rng.sample(TOUCHPOINTS, 1 + (rng.random() < 0.3))
        neg = rng.random() < (0.55 if "billing" in tps else 0.3)
        label = "negative" if neg else rng.choice(["positive", "neutral"])
        score = -rng.random() if neg else rng.random()
        meta: dict[str, Any] = {"date": day.isoformat(), "channel": rng.choice(CHANNELS)}
        if rng.random() < 0.6:
            meta["nps"] = max(0, min(10, round(rng.gauss(4 if neg else 8, 2))))
        yield {
            "id": f"r{i}",
            "text": f"synthetic feedback number {i} about {tps[0]}",
            "language": {"code": rng.choice(LANGS), "confidence": 0.99},
            "sentiment": {"label": label, "score": round(score, 3)},
            "pillars": [
                {"id": p, "confidence": 0.8} for p in rng.sample(PILLARS, 1 + (rng.random() < 0.4))
            ],
            "touchpoints": [{"id": t, "confidence": 0.9} for t in tps],
            "feedback_type": {"label": rng.choice(FTYPES), "confidence": 0.7},
            "topic": {"id": rng.randrange(-1, 40), "label": None, "confidence": 0.5},
            "meta": meta,
            "error": None,
        }


def timed(fn: Callable[[], Any], repeat: int) -> tuple[float, Any]:
    """Median seconds of ``repeat`` calls, and the last result."""
    times, out = [], None
    for _ in range(repeat):
        t0 = time.perf_counter()
        out = fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times), out


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--records", type=int, default=1_000_000)
    p.add_argument("--batch", type=int, default=50_000)
    p.add_argument("--days", type=int, default=365)
    p.add_argument("--repeat", type=int, default=5)
    p.add_argument("--dir", type=Path, default=None, help="data_dir (default: a temporary one)")
    p.add_argument("--reuse", action="store_true", help="time the queries of a filled --dir")
    p.add_argument(
        "--database-url",
        default=None,
        help="a PostgreSQL URL instead of SQLite in --dir (its stream is replaced)",
    )
    p.add_argument("--json", type=Path, default=None, help="also write the figures here")
    args = p.parse_args(argv)

    from textinsight.insight.drivers import drivers
    from textinsight.insight.trends import trends
    from textinsight.insight.view import build_view
    from textinsight.service.db import make_engine
    from textinsight.service.streams import StreamStore
    from textinsight.settings import Settings

    data_dir = args.dir or Path(tempfile.mkdtemp(prefix="streams-scale-"))
    engine = make_engine(Settings(data_dir=data_dir, database_url=args.database_url))
    store = StreamStore(engine)
    if not args.reuse and store.find("bench", "year") is not None:
        store.delete("bench", "year")
    first = dt.date(2026, 1, 5)
    fill = 0.0
    if not args.reuse:
        rng = random.Random(13)
        t0 = time.perf_counter()
        for start in range(0, args.records, args.batch):
            n = min(args.batch, args.records - start)
            store.add(
                "bench",
                "year",
                synthetic(n, start, first, args.days, rng),
                source=f"batch:{start}",
                chunk=n,
            )
            done = start + n
            rate = done / (time.perf_counter() - t0)
            print(f"\r{done:,} records, {rate:,.0f}/s", end="", file=sys.stderr, flush=True)
        fill = time.perf_counter() - t0
        print(file=sys.stderr)
    stream = store.get("bench", "year")
    if args.database_url:
        from sqlalchemy import text

        with engine.connect() as conn:
            size = int(conn.execute(text("SELECT pg_database_size(current_database())")).scalar())
    else:
        db = data_dir / "textinsight.sqlite3"
        size = db.stat().st_size + sum(f.stat().st_size for f in data_dir.glob("*-wal"))
    week = dt.date(2026, 10, 19)
    end = week + dt.timedelta(days=7)

    def view() -> dict[str, Any]:
        daily = store.daily(stream, None, "nps")
        return build_view(
            daily,
            period="week",
            title="bench",
            examples=lambda s, per, k, g, n: store.examples(stream, s, per, k, g, n),
        )

    queries: dict[str, Callable[[], Any]] = {
        "trends week by touchpoint": lambda: trends(store.daily(stream, ["touchpoint"]),
                                                    period="week", by="touchpoint"),
        "trends week by topic": lambda: trends(store.daily(stream, ["topic"]),
                                               period="week", by="topic"),
        "trends month by channel, score nps": lambda: trends(
            store.daily(stream, ["channel"], "nps"), period="month", by="channel"),
        "drivers of nps": lambda: drivers(store.daily(stream, ["touchpoint", "pillar", "topic"],
                                                      "nps", whole=True)),
        "records: billing, one week, 20 most negative": lambda: store.records(
            stream, start=week, end=end, group_kind="touchpoint", group="billing", limit=20),
        "records: all, one week, 20 most negative": lambda: store.records(
            stream, start=week, end=end, limit=20),
        "view (every group kind, spikes with examples, drivers)": view,
        "list streams": lambda: store.list("bench"),
    }  # fmt: skip
    figures: dict[str, Any] = {
        "records": stream.count,
        "fill_seconds": round(fill, 1),
        "database_bytes": size,
        "queries": {},
    }
    print(
        f"stream: {stream.count:,} records, {args.days} days; database {size / 1e9:.2f} GB"
        + (f"; filled in {fill:.0f} s ({stream.count / fill:,.0f} records/s)" if fill else "")
    )
    print(f"load average while timing (1 min): {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs")
    print("| query | median seconds |")
    print("|---|---|")
    for name, fn in queries.items():
        secs, out = timed(fn, args.repeat)
        figures["queries"][name] = round(secs, 4)
        rows = f"{len(out['spikes'])} spikes" if isinstance(out, dict) else f"{len(out)} rows"
        print(f"| {name} ({rows}) | {secs:.3f} |")
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2))
    print(f"(database left in {data_dir})", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

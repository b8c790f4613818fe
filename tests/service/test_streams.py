"""Stream storage: the rollup equals the insight library's own sums, records are added exactly
once per source (also concurrently), reads are per tenant; on SQLite and, when
TEXTINSIGHT_TEST_POSTGRES_URL is set, PostgreSQL."""

from __future__ import annotations

import datetime as dt
import json
import secrets
import threading
from collections.abc import Iterator
from typing import Any

import pandas as pd
import pytest
from sqlalchemy import func, select

from textinsight.insight.drivers import drivers
from textinsight.insight.facts import facts
from textinsight.insight.trends import daily, trends
from textinsight.service.db import make_engine, stream_daily, stream_labels, stream_records
from textinsight.service.errors import NotFound
from textinsight.service.streams import Columns, StreamStore, redact_spans
from textinsight.settings import Settings

START = dt.date(2026, 8, 3)  # a Monday


def record(
    i: int,
    day: dt.date,
    *,
    negative: bool = False,
    touchpoint: str = "delivery",
    nps: float | None = 8,
    channel: str = "email",
    **extra: Any,
) -> dict[str, Any]:
    """A synthetic analysis record."""
    meta: dict[str, Any] = {"date": day.isoformat(), "channel": channel}
    if nps is not None:
        meta["nps"] = nps
    meta.update(extra)
    score = -0.8 + (i % 7) * 0.01 if negative else 0.6
    return {
        "id": f"r{i}",
        "text": f"text {i}",
        "language": {"code": "da", "confidence": 1.0},
        "sentiment": {"label": "negative" if negative else "positive", "score": score},
        "touchpoints": [{"id": touchpoint, "confidence": 0.9}],
        "pillars": [{"id": "trust", "confidence": 0.8}],
        "feedback_type": {"label": "complaint" if negative else "praise", "confidence": 0.7},
        "meta": meta,
        "error": None,
    }


def corpus(weeks: int = 10, spike_week: int = 9) -> list[dict[str, Any]]:
    """Weekly background in delivery and billing, and a burst of negative billing records."""
    out, i = [], 0
    for w in range(weeks):
        for k in range(8):
            day = START + dt.timedelta(days=7 * w + k % 7)
            out.append(
                record(
                    i,
                    day,
                    touchpoint="billing" if k < 2 else "delivery",
                    nps=7 + k % 3,
                    channel="email" if k % 2 else "app",
                )
            )
            i += 1
        if w == spike_week:
            for k in range(20):
                day = START + dt.timedelta(days=7 * w + k % 7)
                out.append(record(i, day, negative=True, touchpoint="billing", nps=1 + k % 3))
                i += 1
    return out


@pytest.fixture()
def streams(service_settings: Settings) -> Iterator[StreamStore]:
    """A stream store on the test database."""
    engine = make_engine(service_settings)
    yield StreamStore(engine)
    engine.dispose()


@pytest.fixture()
def tenant() -> str:
    """A tenant of its own (the PostgreSQL database is shared between tests)."""
    return f"t-{secrets.token_hex(6)}"


def _sorted(frame: pd.DataFrame) -> pd.DataFrame:
    cols = ["day", "group_kind", "group"]
    return frame.sort_values(cols).reset_index(drop=True)


def test_rollup_equals_the_library_daily_sums(streams: StreamStore, tenant: str) -> None:
    recs = corpus()
    added = streams.add(tenant, "s", recs[:37], source="a")  # two additions: sums add up
    streams.add(tenant, "s", recs[37:], source="b", chunk=16)
    s = streams.get(tenant, "s")
    assert added.added == 37 and s.count == len(recs)
    stored = streams.daily(s, None, "nps")
    expected = daily(facts(recs, score_column="nps"))
    pd.testing.assert_frame_equal(_sorted(stored), _sorted(expected), check_dtype=False)
    # so trends and drivers over the rollup are those of the CLI path
    t = trends(stored, by="touchpoint", min_count=5)
    billing = t[t["group"] == "billing"].set_index("period")
    assert billing.loc["2026-W41", "count"] == 22 and bool(billing.loc["2026-W41", "spike"])
    assert not billing.loc[billing.index != "2026-W41", "spike"].any()
    pd.testing.assert_frame_equal(drivers(stored), drivers(expected))
    whole = streams.daily(s, ["touchpoint", "pillar"], "nps", whole=True)
    assert len(whole) == 4  # all, billing, delivery, trust: one row each
    pd.testing.assert_frame_equal(drivers(whole), drivers(expected))
    assert drivers(stored).iloc[0]["group"] == "billing"
    assert s.public() == {
        "name": "s",
        "count": len(recs),
        "first_day": "2026-08-03",
        "last_day": "2026-10-11",
    }


def test_every_numeric_meta_field_is_a_score(streams: StreamStore, tenant: str) -> None:
    recs = [record(i, START, nps=i, csat=str(10 - i), note="x") for i in range(6)]
    recs.append(record(6, START, nps=None))  # no score: counted, not scored
    streams.add(tenant, "s", recs)
    s = streams.get(tenant, "s")
    assert streams.score_columns(s) == ["csat", "nps"]
    csat = streams.daily(s, ["touchpoint"], "csat")
    total = csat[csat["group_kind"] == "all"].iloc[0]
    assert (total["count"], total["score_n"], total["score_sum"]) == (7, 6, 45.0)
    nps = streams.daily(s, ["touchpoint"], "nps")
    assert nps[nps["group_kind"] == "all"].iloc[0]["score_sumsq"] == sum(i * i for i in range(6))
    none = streams.daily(s, ["touchpoint"], "missing")
    assert int(none["score_n"].sum()) == 0 and int(none["count"].sum()) == 14  # all + delivery


def test_a_source_is_added_once(streams: StreamStore, tenant: str) -> None:
    recs = corpus(weeks=3)
    first = streams.add(tenant, "s", recs, source="job:abc")
    again = streams.add(tenant, "s", recs, source="job:abc")
    assert (first.added, first.duplicate) == (len(recs), False)
    assert (again.added, again.duplicate, again.stream.count) == (0, True, len(recs))
    s = streams.get(tenant, "s")
    total = streams.daily(s, [])
    assert int(total["count"].sum()) == len(recs)
    with streams.engine.connect() as conn:
        n = conn.execute(
            select(func.count())
            .select_from(stream_records)
            .where(stream_records.c.stream_id == s.id)
        ).scalar()
    assert n == len(recs)


def test_concurrent_additions_count_each_source_once(streams: StreamStore, tenant: str) -> None:
    recs = corpus(weeks=2)
    results: list[Any] = []
    errors: list[BaseException] = []

    def add(source: str) -> None:
        try:
            results.append(streams.add(tenant, "s", recs, source=source))
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    threads = [threading.Thread(target=add, args=(src,)) for src in ("x", "x", "y", "x")]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    assert sorted(r.duplicate for r in results) == [False, False, True, True]
    s = streams.get(tenant, "s")
    assert s.count == 2 * len(recs)
    assert int(streams.daily(s, [])["count"].sum()) == 2 * len(recs)
    with streams.engine.connect() as conn:
        seqs = [
            r[0]
            for r in conn.execute(
                select(stream_records.c.seq).where(stream_records.c.stream_id == s.id)
            )
        ]
    assert sorted(seqs) == list(range(2 * len(recs)))


def test_error_records_are_skipped_and_a_missing_date_is_the_arrival_day(
    service_settings: Settings, tenant: str
) -> None:
    engine = make_engine(service_settings)
    store = StreamStore(engine, clock=lambda: 1_800_000_000.0)  # 2027-01-15
    undated = record(1, START)
    undated["meta"].pop("date")
    failed = {"id": "e", "text": "", "error": {"code": "empty_text", "message": "empty"}}
    added = store.add(
        tenant,
        "s",
        [undated, failed, record(2, START, when="2026-09-09")],
        columns=Columns(date="when"),
    )
    assert (added.added, added.skipped) == (2, 1)
    s = store.get(tenant, "s")
    recs = store.records(s, limit=10)
    assert {r["id"]: r["date"] for r in recs} == {"r1": "2027-01-15", "r2": "2026-09-09"}
    engine.dispose()


def test_records_of_a_group_and_period_most_negative_first(
    streams: StreamStore, tenant: str
) -> None:
    streams.add(tenant, "s", corpus())
    s = streams.get(tenant, "s")
    week = dt.date(2026, 10, 5)
    recs = streams.records(
        s,
        start=week,
        end=week + dt.timedelta(days=7),
        group_kind="touchpoint",
        group="billing",
        limit=50,
    )
    assert len(recs) == 22
    scores = [r["sentiment"]["score"] for r in recs]
    assert scores == sorted(scores) and scores[0] < 0 < scores[-1]
    assert all(week.isoformat() <= r["date"] < "2026-10-12" for r in recs)
    assert all(r["touchpoints"][0]["id"] == "billing" for r in recs)
    everyone = streams.records(s, start=week, end=week + dt.timedelta(days=7), limit=3)
    assert [r["sentiment"]["label"] for r in everyone] == ["negative"] * 3
    ex = streams.examples(s, "2026-10-05", "week", "touchpoint", "billing", 5)
    assert len(ex) == 5 and set(ex[0]) >= {"id", "text", "sentiment", "date"}
    assert ex[0]["sentiment"] == scores[0]


def test_streams_are_per_tenant_and_delete_removes_everything(
    streams: StreamStore, tenant: str
) -> None:
    streams.add(tenant, "s", corpus(weeks=2))
    streams.add(tenant, "other", corpus(weeks=1))
    with pytest.raises(NotFound):
        streams.get(tenant + "-x", "s")
    assert [x.name for x in streams.list(tenant)] == ["other", "s"]
    assert streams.list(tenant + "-x") == []
    sid = streams.get(tenant, "s").id
    streams.delete(tenant, "s")
    with pytest.raises(NotFound):
        streams.get(tenant, "s")
    with streams.engine.connect() as conn:
        for table in (stream_records, stream_labels, stream_daily):
            q = select(func.count()).select_from(table).where(table.c.stream_id == sid)
            assert conn.execute(q).scalar() == 0
    assert streams.get(tenant, "other").count == 8


def test_redact_spans_tags_personal_data() -> None:
    text = "Ring til Mette Hansen på 20 12 34 56."
    spans = [{"start": 25, "end": 36, "kind": "phone"}, {"start": 9, "end": 21, "kind": "person"}]
    assert redact_spans(text, spans) == "Ring til [PERSON] på [PHONE]."
    out_of_range = [{"start": 3, "end": 99, "kind": "x"}]
    assert json.dumps(redact_spans(text, out_of_range)) == json.dumps(text)

"""Streams: a tenant's analysis records kept over time, with a daily rollup for trends.

A stream (``ti_streams``, per tenant, created by its first records) holds

* its records (``ti_stream_records``: the record JSON with its day, whether it is negative and
  its sentiment score, numbered by arrival ``seq``);
* one row per (record, group) (``ti_stream_labels``), so a group's records of a period are
  found without reading the period's other records;
* the rollup (``ti_stream_daily``): the additive sums of :data:`insight.trends.DAILY_COLUMNS`
  per (day, group kind, group), computed with :func:`insight.facts.facts` and
  :func:`insight.trends.daily` - the same functions the CLI uses, so the figures agree. Scores
  are named at query time (``?score=nps``), so every numeric meta field of a record (up to
  ``max_score_columns``) is summed under its own name: rows with ``score = ''`` hold
  ``count``, ``negatives`` and ``sentiment_sum``; rows with ``score = 'nps'`` hold only
  ``score_n``, ``score_sum`` and ``score_sumsq`` of ``meta.nps``. A query sums the two.

Records, labels, rollup and the stream's counters are written in one transaction. A source
(a job, or a request's idempotency key) is written in the same transaction under a unique
key, so adding it again adds nothing: the rollup counts every record exactly once.

A year of a busy stream (a million records) is some 25,000 rollup rows per score, and trends
or drivers read only those; see ``scripts/streams_scale.py``.
"""

from __future__ import annotations

import builtins
import datetime as dt
import json
import re
import secrets
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import and_, case, delete, func, insert, select, update
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import IntegrityError

from ..errors import InvalidInput
from ..io.writers import dumps
from .db import (
    alert_events,
    alert_rules,
    stream_daily,
    stream_labels,
    stream_records,
    stream_sources,
    streams,
)
from .errors import Conflict, NotFound

_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.\-]{0,63}$")
_SCORE = re.compile(r"^[^\x00-\x1f]{1,64}$")
EPOCH = dt.date(1970, 1, 1)
SUMS = ("count", "negatives", "sentiment_sum", "score_n", "score_sum", "score_sumsq")


def day_number(day: dt.date) -> int:
    """Whole days since 1970-01-01 (how the stream tables store days)."""
    return (day - EPOCH).days


def day_of(number: int) -> dt.date:
    """The date of a day number."""
    return EPOCH + dt.timedelta(days=int(number))


def check_name(name: str) -> str:
    """A stream name: 1-64 letters, digits, '.', '_' or '-' (starting with a letter or digit)."""
    if not _NAME.match(name):
        raise InvalidInput(
            "a stream name is 1-64 letters, digits, '.', '_' or '-', starting "
            "with a letter or a digit"
        )
    return name


def check_score(score: str | None) -> str | None:
    """A score column name (a meta key), or None."""
    if score is not None and not _SCORE.match(score):
        raise InvalidInput("a score column is a meta key of 1-64 printable characters")
    return score


# --- group kinds: from the head registry, read when asked for (not at import) -------------------


def group_kinds() -> tuple[str, ...]:
    """The group kinds of trends, records and alert rules: each registered label head's
    ``group`` (``touchpoint``, ``pillar``, ``feedback_type``, ``churn_risk``, ...), then
    topic, channel and language (:func:`insight.facts.group_kinds`), then ``all``."""
    from ..insight.facts import group_kinds as kinds

    return (*kinds(), "all")


def check_group_kind(kind: str | None) -> str | None:
    """``kind`` when it is one of :func:`group_kinds` (None passes); else a ValueError naming
    them, which pydantic turns into a 422 of the field (a query parameter or a rule)."""
    if kind is not None and kind not in (kinds := group_kinds()):
        raise ValueError(f"an unknown group kind; one of: {', '.join(kinds)}")
    return kind


def group_kind_schema(schema: dict[str, Any]) -> None:
    """``json_schema_extra`` of a group-kind field: the enum of :func:`group_kinds`, built
    when the schema is (so the OpenAPI document names the heads registered then)."""
    enum = list(group_kinds())
    strings = [s for s in schema.get("anyOf", ()) if s.get("type") == "string"]
    for s in strings or [schema]:
        s["enum"] = enum


@dataclass
class Stream:
    """One row of the stream table."""

    id: int
    tenant: str
    name: str
    count: int
    first_day: int | None
    last_day: int | None
    created_at: float
    updated_at: float

    def public(self) -> dict[str, Any]:
        """The view ``GET /v1/streams`` shows."""
        return {
            "name": self.name,
            "count": self.count,
            "first_day": None if self.first_day is None else day_of(self.first_day).isoformat(),
            "last_day": None if self.last_day is None else day_of(self.last_day).isoformat(),
        }


@dataclass
class Added:
    """What an addition did: records kept, error records skipped, and the days it touched."""

    stream: Stream
    added: int = 0
    skipped: int = 0
    duplicate: bool = False
    days: set[int] = field(default_factory=set)

    def public(self) -> dict[str, Any]:
        """The ``stream`` part of an answer."""
        return {
            "name": self.stream.name,
            "added": self.added,
            "skipped_errors": self.skipped,
            "duplicate": self.duplicate,
            "count": self.stream.count,
        }


@dataclass(frozen=True)
class Columns:
    """Where a record's date and channel are (``insight.facts`` reads them)."""

    date: str = "date"
    channel: str = "channel"


def numeric_meta(rec: dict[str, Any], columns: Columns, limit: int) -> dict[str, float]:
    """The record's numeric meta fields (scores: NPS, CSAT, any number), at most ``limit``,
    leaving out the date and channel columns."""
    from ..insight.facts import record_score

    out: dict[str, float] = {}
    for key in rec.get("meta") or {}:
        if len(out) >= limit:
            break
        if key in (columns.date, columns.channel) or not isinstance(key, str):
            continue
        if not _SCORE.match(key):
            continue
        x = record_score(rec, key)
        if x is not None and abs(x) < 1e12:
            out[key] = x
    return out


def _bulk(
    conn: Connection,
    table: Any,
    cols: Sequence[str],
    rows: list[tuple[Any, ...]],
    conflict: Sequence[str] = (),
    add: Sequence[str] = (),
) -> None:
    """Insert many rows (tuples in ``cols`` order) with one prepared statement, straight to
    the driver (the bulk path of an addition). With ``conflict``, a row whose key exists
    adds its ``add`` columns to the stored ones (``ON CONFLICT ... DO UPDATE``, which SQLite
    3.24+ and PostgreSQL both know)."""
    if not rows:
        return
    q = conn.dialect.identifier_preparer.quote
    mark = "?" if conn.dialect.paramstyle == "qmark" else "%s"
    sql = (
        f"INSERT INTO {q(table.name)} ({', '.join(q(c) for c in cols)}) "
        f"VALUES ({', '.join([mark] * len(cols))})"
    )
    if conflict:
        sets = ", ".join(f"{q(c)} = {q(table.name)}.{q(c)} + excluded.{q(c)}" for c in add)
        sql += f" ON CONFLICT ({', '.join(q(c) for c in conflict)}) DO UPDATE SET {sets}"
    conn.exec_driver_sql(sql, rows)


def insert_ignore(conn: Connection, table: Any, values: dict[str, Any]) -> bool:
    """Insert one row unless its unique key exists; True when it was inserted."""
    from sqlalchemy.dialects import postgresql, sqlite

    dialect = postgresql if conn.dialect.name == "postgresql" else sqlite
    stmt = dialect.insert(table).values(**values).on_conflict_do_nothing()
    # RETURNING, not rowcount: psycopg reports -1 for an INSERT ... ON CONFLICT
    res = conn.execute(stmt.returning(*table.primary_key.columns))
    return res.first() is not None


class StreamStore:
    """Streams, their records and rollup in the service database.

    ``max_score_columns``: numeric meta fields per record summed in the rollup.
    ``clock`` gives arrival times (a record without a date is dated by its arrival).
    """

    def __init__(
        self, engine: Engine, max_score_columns: int = 8, clock: Callable[[], float] = time.time
    ) -> None:
        self.engine = engine
        self.max_score_columns = max_score_columns
        self.clock = clock

    # --- streams ---------------------------------------------------------------------------

    @staticmethod
    def _stream(row: Any) -> Stream:
        r = dict(row)
        return Stream(
            r["id"],
            r["tenant"],
            r["name"],
            r["count"],
            r["first_day"],
            r["last_day"],
            r["created_at"],
            r["updated_at"],
        )

    def find(self, tenant: str, name: str) -> Stream | None:
        """The tenant's stream, or None."""
        q = select(streams).where(streams.c.tenant == tenant, streams.c.name == name)
        with self.engine.connect() as conn:
            row = conn.execute(q).mappings().first()
        return self._stream(row) if row else None

    def get(self, tenant: str, name: str) -> Stream:
        """The tenant's stream; another tenant's is reported as missing."""
        found = self.find(tenant, check_name(name))
        if found is None:
            raise NotFound(f"no stream {name!r}")
        return found

    def ensure(self, tenant: str, name: str) -> Stream:
        """The tenant's stream, created (empty) when missing."""
        check_name(name)
        found = self.find(tenant, name)
        if found is not None:
            return found
        now = self.clock()
        with self.engine.begin() as conn:
            insert_ignore(
                conn,
                streams,
                {
                    "tenant": tenant,
                    "name": name,
                    "next_seq": 0,
                    "count": 0,
                    "created_at": now,
                    "updated_at": now,
                },
            )
        return self.get(tenant, name)

    def list(self, tenant: str) -> list[Stream]:
        """The tenant's streams by name."""
        q = select(streams).where(streams.c.tenant == tenant).order_by(streams.c.name)
        with self.engine.connect() as conn:
            return [self._stream(r) for r in conn.execute(q).mappings()]

    def delete(self, tenant: str, name: str) -> None:
        """Remove a stream with its records, rollup, sources, alert rules and events."""
        s = self.get(tenant, name)
        with self.engine.begin() as conn:
            conn.execute(delete(streams).where(streams.c.id == s.id))
            for table in (
                stream_records,
                stream_labels,
                stream_daily,
                stream_sources,
                alert_rules,
                alert_events,
            ):
                conn.execute(delete(table).where(table.c.stream_id == s.id))

    # --- adding ----------------------------------------------------------------------------

    def add(
        self,
        tenant: str,
        name: str,
        records: Iterable[dict[str, Any]],
        *,
        source: str | None = None,
        redacted: bool = False,
        columns: Columns = Columns(),
        chunk: int = 5000,
    ) -> Added:
        """Add analysis records (those with an ``error`` are skipped) in one transaction.

        ``source`` (``job:<id>``, ``request:<key>``) is added once: adding it again changes
        nothing and answers ``duplicate=True``. ``redacted`` says the texts are redacted.
        """
        stream = self.ensure(tenant, name)
        source = source or f"request:{secrets.token_hex(12)}"
        arrival = dt.datetime.fromtimestamp(self.clock(), dt.UTC).date()
        out = Added(stream)
        try:
            with self.engine.begin() as conn:
                # the first statement writes: SQLite takes its write lock here, PostgreSQL
                # waits here for a concurrent addition of the same source, then fails
                conn.execute(
                    insert(stream_sources).values(
                        stream_id=stream.id, source=source[:100], records=0, added_at=self.clock()
                    )
                )
                batch: builtins.list[dict[str, Any]] = []
                for rec in records:
                    if rec.get("error"):
                        out.skipped += 1
                        continue
                    batch.append(rec)
                    if len(batch) >= chunk:
                        self._add_chunk(
                            conn, stream, batch, source, redacted, columns, arrival, out
                        )
                        batch = []
                if batch:
                    self._add_chunk(conn, stream, batch, source, redacted, columns, arrival, out)
                conn.execute(
                    update(stream_sources)
                    .where(
                        stream_sources.c.stream_id == stream.id,
                        stream_sources.c.source == source[:100],
                    )
                    .values(records=out.added)
                )
        except IntegrityError as exc:
            if self._has_source(stream.id, source[:100]):
                out.duplicate, out.added, out.skipped, out.days = True, 0, 0, set()
                out.stream = self.get(tenant, name)
                return out
            raise Conflict("the stream changed while records were added; try again") from exc
        out.stream = self.get(tenant, name)
        return out

    def _has_source(self, stream_id: int, source: str) -> bool:
        q = select(stream_sources.c.source).where(
            stream_sources.c.stream_id == stream_id, stream_sources.c.source == source
        )
        with self.engine.connect() as conn:
            return conn.execute(q).first() is not None

    def _add_chunk(
        self,
        conn: Connection,
        stream: Stream,
        batch: builtins.list[dict[str, Any]],
        source: str,
        redacted: bool,
        columns: Columns,
        arrival: dt.date,
        out: Added,
    ) -> None:
        from ..insight.facts import facts
        from ..insight.trends import daily

        n = len(batch)
        res = conn.execute(
            update(streams)
            .where(streams.c.id == stream.id)
            .values(
                next_seq=streams.c.next_seq + n, count=streams.c.count + n, updated_at=self.clock()
            )
        )
        if res.rowcount != 1:
            raise NotFound(f"no stream {stream.name!r} (it was deleted)")
        top = conn.execute(select(streams.c.next_seq).where(streams.c.id == stream.id)).scalar()
        base = int(top or 0) - n
        # facts over the records with their seq as id: each fact row maps back to its record
        numbered = [{**rec, "id": str(base + i)} for i, rec in enumerate(batch)]
        f = facts(
            numbered, date_column=columns.date, channel_column=columns.channel, default_date=arrival
        )
        f["seq"] = f["id"].astype(int)
        f["day_n"] = (f["day"] - dt.datetime(1970, 1, 1)).dt.days.astype(int)
        everyone = f[f["group_kind"] == "all"].sort_values("seq")
        assert everyone["seq"].tolist() == list(range(base, base + n))  # one row per record
        src = source[:100]
        rows = []
        for rec, seq, day_n, neg, senti in zip(
            batch,
            everyone["seq"].tolist(),
            everyone["day_n"].tolist(),
            everyone["negative"].tolist(),
            everyone["sentiment"].tolist(),
            strict=True,
        ):
            if not rec.get("date"):  # the day it was counted under, kept with it
                rec = {**rec, "date": day_of(day_n).isoformat()}
            rows.append(
                (
                    stream.id,
                    seq,
                    day_n,
                    bool(neg),
                    None if senti != senti else senti,
                    redacted,
                    src,
                    dumps(rec),
                )
            )
        _bulk(
            conn,
            stream_records,
            ["stream_id", "seq", "day", "negative", "sentiment", "redacted", "source", "record"],
            rows,
        )
        labels = f[f["group_kind"] != "all"].sort_values(["group_kind", "group", "day_n", "seq"])
        _bulk(
            conn,
            stream_labels,
            ["stream_id", "group_kind", "grp", "day", "seq", "negative", "sentiment"],
            [
                (stream.id, k, str(g)[:200], d, q, bool(neg), None if x != x else x)
                for k, g, d, q, neg, x in zip(
                    labels["group_kind"].tolist(),
                    labels["group"].tolist(),
                    labels["day_n"].tolist(),
                    labels["seq"].tolist(),
                    labels["negative"].tolist(),
                    labels["sentiment"].tolist(),
                    strict=True,
                )
            ],
        )
        sums = daily(f)
        self._rollup(conn, stream.id, sums, "", ("count", "negatives", "sentiment_sum"))
        scores: dict[str, dict[str, float]] = {}
        for i, rec in enumerate(batch):
            for key, x in numeric_meta(rec, columns, self.max_score_columns).items():
                scores.setdefault(key, {})[str(base + i)] = x
        for key, values in scores.items():
            per = daily(f.assign(score=f["id"].map(values).astype(float)))
            self._rollup(
                conn,
                stream.id,
                per[per["score_n"] > 0],
                key,
                ("score_n", "score_sum", "score_sumsq"),
            )
        days = everyone["day_n"]
        lo, hi = int(days.min()), int(days.max())
        conn.execute(
            update(streams)
            .where(streams.c.id == stream.id)
            .values(
                first_day=case(
                    (streams.c.first_day.is_(None), lo),
                    (streams.c.first_day > lo, lo),
                    else_=streams.c.first_day,
                ),
                last_day=case(
                    (streams.c.last_day.is_(None), hi),
                    (streams.c.last_day < hi, hi),
                    else_=streams.c.last_day,
                ),
            )
        )
        out.added += n
        out.days.update(int(d) for d in days.unique())

    @staticmethod
    def _rollup(
        conn: Connection, stream_id: int, sums: Any, score: str, cols: Sequence[str]
    ) -> None:
        day_n = (sums["day"] - dt.datetime(1970, 1, 1)).dt.days.astype(int).tolist()
        n = len(day_n)
        values = {
            c: ([0] * n if c in ("count", "negatives", "score_n") else [0.0] * n) for c in SUMS
        }
        for c in cols:
            values[c] = sums[c].tolist()
        rows = [
            (stream_id, k, score, str(g)[:200], d, *v)
            for k, g, d, *v in zip(
                sums["group_kind"].tolist(),
                sums["group"].tolist(),
                day_n,
                *(values[c] for c in SUMS),
                strict=True,
            )
        ]
        _bulk(
            conn,
            stream_daily,
            ["stream_id", "group_kind", "score", "grp", "day", *SUMS],
            rows,
            conflict=["stream_id", "group_kind", "score", "grp", "day"],
            add=SUMS,
        )

    # --- reading ---------------------------------------------------------------------------

    def daily(
        self,
        stream: Stream,
        kinds: Sequence[str] | None = None,
        score: str | None = None,
        start: dt.date | None = None,
        end: dt.date | None = None,
        whole: bool = False,
    ) -> Any:
        """The rollup as an ``insight`` daily frame (``DAILY_COLUMNS``): group kinds ``kinds``
        (all when None) plus ``all``; score sums of ``meta[score]``; days in [start, end).
        ``whole`` sums every day of a group into one row (on the first day): what drivers
        need, which do not look at days."""
        import pandas as pd

        from ..insight.trends import DAILY_COLUMNS

        d = stream_daily.c
        scores = [""] if not score else ["", score]
        cond = [d.stream_id == stream.id, d.score.in_(scores)]
        if kinds is not None:
            cond.append(d.group_kind.in_(sorted({*kinds, "all"})))
        if start is not None:
            cond.append(d.day >= day_number(start))
        if end is not None:
            cond.append(d.day < day_number(end))
        day = func.min(d.day) if whole else d.day
        keys = (d.group_kind, d.grp) if whole else (d.day, d.group_kind, d.grp)
        q = (
            select(day, d.group_kind, d.grp, *(func.sum(d[c]).label(c) for c in SUMS))
            .where(and_(*cond))
            .group_by(*keys)
        )
        with self.engine.connect() as conn:
            rows = [tuple(r) for r in conn.execute(q)]  # plain tuples: pandas reads them fast
        frame = pd.DataFrame(rows, columns=["day", "group_kind", "group", *SUMS])
        frame["day"] = pd.to_datetime(frame["day"].astype("int64"), unit="D")
        frame = frame.astype(
            {
                "group_kind": str,
                "group": str,
                "count": int,
                "negatives": int,
                "sentiment_sum": float,
                "score_n": int,
                "score_sum": float,
                "score_sumsq": float,
            }
        )
        frame = frame[frame["count"] > 0].sort_values(["day", "group_kind", "group"])
        return frame[DAILY_COLUMNS].reset_index(drop=True)

    def score_columns(self, stream: Stream) -> builtins.list[str]:
        """The score columns (numeric meta fields) the stream's rollup holds."""
        q = (
            select(stream_daily.c.score)
            .distinct()
            .where(
                stream_daily.c.stream_id == stream.id,
                stream_daily.c.group_kind == "all",
                stream_daily.c.score != "",
            )
        )
        with self.engine.connect() as conn:
            return sorted(r[0] for r in conn.execute(q).all())

    def records(
        self,
        stream: Stream,
        *,
        start: dt.date | None = None,
        end: dt.date | None = None,
        group_kind: str | None = None,
        group: str | None = None,
        limit: int = 20,
        with_flags: bool = False,
    ) -> builtins.list[dict[str, Any]]:
        """The stream's records with days in [start, end) (of ``group`` of ``group_kind``
        when given), most negative first: by sentiment score (none last), negative or mixed
        labels first among equal scores, then by arrival. ``with_flags`` adds ``_redacted``
        (whether the stored text is redacted)."""
        r, lab = stream_records.c, stream_labels.c
        if group_kind and group_kind != "all":
            if group is None:
                raise InvalidInput("name the group of the group kind ('group=...')")
            cond = [lab.stream_id == stream.id, lab.group_kind == group_kind, lab.grp == str(group)]
            t = lab
        else:
            cond = [r.stream_id == stream.id]
            t = r
        if start is not None:
            cond.append(t.day >= day_number(start))
        if end is not None:
            cond.append(t.day < day_number(end))
        # the first ``limit`` of the period from the key or a covering index alone, then
        # their records; NULL sentiment last on both databases (SQLite sorts NULL first)
        top = (
            select(t.seq, t.sentiment, t.negative)
            .where(and_(*cond))
            .order_by(t.sentiment.is_(None), t.sentiment.asc(), t.negative.desc(), t.seq.asc())
            .limit(limit)
            .subquery()
        )
        q = (
            select(r.record, r.redacted)
            .join(top, and_(r.stream_id == stream.id, r.seq == top.c.seq))
            .order_by(
                top.c.sentiment.is_(None),
                top.c.sentiment.asc(),
                top.c.negative.desc(),
                top.c.seq.asc(),
            )
        )
        with self.engine.connect() as conn:
            rows = conn.execute(q).all()
        out = []
        for rec_json, was_redacted in rows:
            rec = json.loads(rec_json)
            if with_flags:
                rec["_redacted"] = bool(was_redacted)
            out.append(rec)
        return out

    def examples(
        self,
        stream: Stream,
        period_start: Any,
        period: str,
        group_kind: str,
        group: str,
        limit: int = 5,
        *,
        redact: bool = False,
    ) -> builtins.list[dict[str, Any]]:
        """The records behind a period's group (any period when ``period_start`` is None),
        as view examples (``id``, ``text``,
        ``sentiment``, ``date``), most negative first; ``redact`` tags the personal data of a
        text stored unredacted (from its ``pii`` spans) - what a webhook sends."""
        start = None if period_start is None else _as_date(period_start)
        end = None if start is None else period_end(start, period)
        recs = self.records(
            stream,
            start=start,
            end=end,
            group_kind=group_kind,
            group=group,
            limit=limit,
            with_flags=True,
        )
        return [example(rec, redact=redact) for rec in recs]


def _as_date(value: Any) -> dt.date:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if hasattr(value, "date"):  # a pandas Timestamp
        return value.date()
    return dt.date.fromisoformat(str(value)[:10])


def period_end(start: dt.date, period: str) -> dt.date:
    """The first day after the period that starts on ``start``."""
    if period == "day":
        return start + dt.timedelta(days=1)
    if period == "week":
        return start + dt.timedelta(days=7)
    if period == "month":
        return (start.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
    raise InvalidInput(f"period: day, week or month, not {period!r}")


def period_start_of(day: dt.date, period: str) -> dt.date:
    """The first day of the period holding ``day``: itself, its ISO week's Monday, or the 1st."""
    if period == "day":
        return day
    if period == "week":
        return day - dt.timedelta(days=day.weekday())
    if period == "month":
        return day.replace(day=1)
    raise InvalidInput(f"period: day, week or month, not {period!r}")


def redact_spans(text: str, spans: Sequence[dict[str, Any]]) -> str:
    """``text`` with each personal-data span replaced by its kind as a tag (``[PERSON]``)."""
    out, pos = [], 0
    for s in sorted(spans, key=lambda s: int(s.get("start", 0))):
        a, b = int(s.get("start", 0)), int(s.get("end", 0))
        if a < pos or b <= a or b > len(text):
            continue
        out += [text[pos:a], f"[{str(s.get('kind', 'pii')).upper()}]"]
        pos = b
    return "".join(out) + text[pos:]


def example(rec: dict[str, Any], redact: bool = False) -> dict[str, Any]:
    """A record as a view example; with ``redact``, a text stored unredacted is redacted from
    its ``pii`` spans."""
    text = rec.get("text") or ""
    if redact and not rec.get("_redacted") and rec.get("pii"):
        text = redact_spans(text, rec["pii"])
    senti = rec.get("sentiment") or {}
    return {
        "id": rec.get("id"),
        "text": text,
        "sentiment": senti.get("score"),
        "sentiment_label": senti.get("label"),
        "date": rec.get("date"),
    }

"""The service database: SQLAlchemy Core tables on SQLite (default) or PostgreSQL."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import (
    Boolean,
    Column,
    Float,
    Index,
    Integer,
    MetaData,
    PrimaryKeyConstraint,
    String,
    Table,
    Text,
    UniqueConstraint,
    create_engine,
    event,
    text,
)
from sqlalchemy.engine import Engine

from ..settings import Settings

metadata = MetaData()

api_keys = Table(
    "ti_api_keys",
    metadata,
    Column("id", String(32), primary_key=True),  # public prefix of the token
    Column("name", String(200), nullable=False),
    Column("tenant", String(100), nullable=False),
    Column("scopes", String(200), nullable=False),  # comma-separated
    Column("hash", String(64), nullable=False),  # sha256 hex of the whole token
    Column("created_at", Float, nullable=False),
    Column("revoked_at", Float),
)

jobs = Table(
    "ti_jobs",
    metadata,
    Column("id", String(32), primary_key=True),
    Column("tenant", String(100), nullable=False, index=True),
    Column("kind", String(20), nullable=False),  # analyze | topic_fit | taxonomy_fit
    Column("status", String(20), nullable=False, index=True),
    Column("params", Text, nullable=False),  # JSON
    Column("input_name", String(300)),  # an uploaded file's name
    Column("input_path", String(500)),  # spool file, relative to data_dir
    Column("total", Integer),
    Column("done", Integer, nullable=False, default=0),
    Column("error", Text),
    Column("worker", String(200)),
    Column("lease_until", Float),
    Column("attempts", Integer, nullable=False, default=0),
    Column("created_at", Float, nullable=False),
    Column("started_at", Float),
    Column("finished_at", Float),
    Column("updated_at", Float, nullable=False),
)

job_records = Table(
    "ti_job_records",
    metadata,
    Column("job_id", String(32), primary_key=True),
    Column("seq", Integer, primary_key=True),  # input order; unique per job
    Column("record", Text, nullable=False),  # JSON
)

job_state = Table(
    "ti_job_state",
    metadata,  # a job's state that must survive a
    Column("job_id", String(32), primary_key=True),  # worker change: the pseudonym table
    Column("name", String(32), primary_key=True),  # (keyed hashes, no values)
    Column("value", Text, nullable=False),  # JSON
)

topic_models = Table(
    "ti_topic_models",
    metadata,
    Column("id", String(32), primary_key=True),
    Column("tenant", String(100), nullable=False, index=True),
    Column("job_id", String(32), nullable=False),
    Column("status", String(20), nullable=False),  # fitting | ready | failed
    Column("params", Text, nullable=False),
    Column("path", String(500)),
    Column("error", Text),
    Column("created_at", Float, nullable=False),
)

taxonomies = Table(
    "ti_taxonomies",
    metadata,
    Column("tenant", String(100), primary_key=True),
    Column("name", String(64), primary_key=True),
    Column("body", Text, nullable=False),  # JSON of the validated taxonomy
    Column("updated_at", Float, nullable=False),
)


# --- streams (textinsight/service/streams.py) and their alerts (alerts.py) ---------------------
# Days are whole days since 1970-01-01 (integers: compact, and the same on SQLite and
# PostgreSQL). Big tables are clustered by their key on SQLite (WITHOUT ROWID).

streams = Table(
    "ti_streams",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("tenant", String(100), nullable=False),
    Column("name", String(64), nullable=False),
    Column("next_seq", Integer, nullable=False, default=0),  # records ever added
    Column("count", Integer, nullable=False, default=0),  # records kept
    Column("first_day", Integer),
    Column("last_day", Integer),
    Column("created_at", Float, nullable=False),
    Column("updated_at", Float, nullable=False),
    UniqueConstraint("tenant", "name", name="uq_ti_streams_tenant_name"),
)

stream_records = Table(
    "ti_stream_records",
    metadata,
    Column("stream_id", Integer, nullable=False),
    Column("seq", Integer, nullable=False),  # arrival order within the stream
    Column("day", Integer, nullable=False),
    Column("negative", Boolean, nullable=False),  # sentiment negative or mixed
    Column("sentiment", Float),  # sentiment score (most negative first)
    Column("redacted", Boolean, nullable=False),  # text redacted when it was stored
    Column("source", String(100), nullable=False),  # job:<id> | request:<id>
    Column("record", Text, nullable=False),  # JSON
    PrimaryKeyConstraint("stream_id", "seq"),
    Index("ix_ti_stream_records_period", "stream_id", "day", "sentiment", "negative", "seq"),
    sqlite_with_rowid=False,
)

stream_labels = Table(
    "ti_stream_labels",
    metadata,  # (record, group) pairs: a group's
    Column("stream_id", Integer, nullable=False),  # records of a period without reading
    Column("group_kind", String(20), nullable=False),  # every record of the period
    Column("grp", String(200), nullable=False),
    Column("day", Integer, nullable=False),
    Column("seq", Integer, nullable=False),
    Column("negative", Boolean, nullable=False),
    Column("sentiment", Float),
    PrimaryKeyConstraint("stream_id", "group_kind", "grp", "day", "seq"),
    sqlite_with_rowid=False,
)

stream_daily = Table(
    "ti_stream_daily",
    metadata,  # the rollup: additive daily sums
    Column("stream_id", Integer, nullable=False),  # (insight.trends.DAILY_COLUMNS);
    Column("group_kind", String(20), nullable=False),  # score '' holds count, negatives and
    Column("score", String(64), nullable=False),  # sentiment_sum, score 'nps' the sums
    Column("grp", String(200), nullable=False),  # of meta.nps (score_n/_sum/_sumsq)
    Column("day", Integer, nullable=False),
    Column("count", Integer, nullable=False, default=0),
    Column("negatives", Integer, nullable=False, default=0),
    Column("sentiment_sum", Float, nullable=False, default=0.0),
    Column("score_n", Integer, nullable=False, default=0),
    Column("score_sum", Float, nullable=False, default=0.0),
    Column("score_sumsq", Float, nullable=False, default=0.0),
    PrimaryKeyConstraint("stream_id", "group_kind", "score", "grp", "day"),
    sqlite_with_rowid=False,
)

stream_sources = Table(
    "ti_stream_sources",
    metadata,  # what was added, once: a job id, or
    Column("stream_id", Integer, nullable=False),  # a request's Idempotency-Key
    Column("source", String(100), nullable=False),
    Column("records", Integer, nullable=False),
    Column("added_at", Float, nullable=False),
    PrimaryKeyConstraint("stream_id", "source"),
)

alert_rules = Table(
    "ti_alert_rules",
    metadata,
    Column("stream_id", Integer, nullable=False),
    Column("rule_id", String(64), nullable=False),
    Column("body", Text, nullable=False),  # JSON of the rule, without its secret
    Column("secret", Text, nullable=False),  # HMAC key (write-only in the API)
    Column("updated_at", Float, nullable=False),
    PrimaryKeyConstraint("stream_id", "rule_id"),
)

alert_events = Table(
    "ti_alert_events",
    metadata,
    Column("id", String(32), primary_key=True),
    Column("stream_id", Integer, nullable=False),
    Column("rule_id", String(64), nullable=False),
    Column("group_kind", String(20), nullable=False),
    Column("grp", String(200), nullable=False),
    Column("period", String(16), nullable=False),  # 2026-W43 | 2026-10 | 2026-10-19
    Column("payload", Text, nullable=False),  # the exact JSON body delivered
    Column("url", Text, nullable=False),
    Column("status", String(20), nullable=False),  # pending | delivered | failed
    Column("attempts", Integer, nullable=False, default=0),
    Column("next_attempt_at", Float),
    Column("lease_until", Float),
    Column("last_status", Integer),
    Column("last_error", Text),
    Column("created_at", Float, nullable=False),
    Column("delivered_at", Float),
    UniqueConstraint(
        "stream_id", "rule_id", "group_kind", "grp", "period", name="uq_ti_alert_events_spike"
    ),  # a spike fires once
    Index("ix_ti_alert_events_due", "status", "next_attempt_at"),
    Index("ix_ti_alert_events_stream", "stream_id", "created_at"),
)


def database_url(settings: Settings) -> str:
    """The SQLAlchemy URL: the setting (PostgreSQL through psycopg 3), or the SQLite default."""
    url = settings.database_url
    if not url:
        return f"sqlite:///{Path(settings.data_dir) / 'textinsight.sqlite3'}"
    for plain in ("postgresql://", "postgres://"):
        if url.startswith(plain):
            return "postgresql+psycopg://" + url[len(plain) :]
    return url


def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
    # WAL lets the server read while the worker writes; a commit survives a killed process.
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.execute("PRAGMA busy_timeout=30000")
    cur.close()


def make_engine(settings: Settings, create: bool = True) -> Engine:
    """An engine for the service database; ``create`` makes missing tables."""
    url = database_url(settings)
    if url.startswith("sqlite"):
        Path(settings.data_dir).mkdir(parents=True, exist_ok=True)
        engine = create_engine(url, connect_args={"timeout": 30, "check_same_thread": False})
        event.listen(engine, "connect", _sqlite_pragmas)
    else:
        engine = create_engine(url, pool_pre_ping=True, pool_size=10, max_overflow=20)
    if create:
        try:
            metadata.create_all(engine)
        except Exception:  # noqa: BLE001 - a server and a worker starting together may race
            metadata.create_all(engine)
    return engine


def ping(engine: Engine) -> bool:
    """True when the database answers."""
    try:
        with engine.connect() as conn:
            conn.execute(text("SELECT 1"))
        return True
    except Exception:  # noqa: BLE001 - any failure means 'not reachable'
        return False

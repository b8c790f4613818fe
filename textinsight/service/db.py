"""The service database: SQLAlchemy Core tables on SQLite (default) or PostgreSQL."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import (
    Column,
    Float,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    create_engine,
    event,
    text,
)
from sqlalchemy.engine import Engine

from ..settings import Settings

metadata = MetaData()

api_keys = Table(
    "ti_api_keys", metadata,
    Column("id", String(32), primary_key=True),        # public prefix of the token
    Column("name", String(200), nullable=False),
    Column("tenant", String(100), nullable=False),
    Column("scopes", String(200), nullable=False),      # comma-separated
    Column("hash", String(64), nullable=False),         # sha256 hex of the whole token
    Column("created_at", Float, nullable=False),
    Column("revoked_at", Float),
)  # fmt: skip

jobs = Table(
    "ti_jobs", metadata,
    Column("id", String(32), primary_key=True),
    Column("tenant", String(100), nullable=False, index=True),
    Column("kind", String(20), nullable=False),         # analyze | topic_fit | taxonomy_fit
    Column("status", String(20), nullable=False, index=True),
    Column("params", Text, nullable=False),             # JSON
    Column("input_name", String(300)),                  # an uploaded file's name
    Column("input_path", String(500)),                  # spool file, relative to data_dir
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
)  # fmt: skip

job_records = Table(
    "ti_job_records", metadata,
    Column("job_id", String(32), primary_key=True),
    Column("seq", Integer, primary_key=True),           # input order; unique per job
    Column("record", Text, nullable=False),             # JSON
)  # fmt: skip

job_state = Table(
    "ti_job_state", metadata,                            # a job's state that must survive a
    Column("job_id", String(32), primary_key=True),     # worker change: the pseudonym table
    Column("name", String(32), primary_key=True),       # (keyed hashes, no values)
    Column("value", Text, nullable=False),              # JSON
)  # fmt: skip

topic_models = Table(
    "ti_topic_models", metadata,
    Column("id", String(32), primary_key=True),
    Column("tenant", String(100), nullable=False, index=True),
    Column("job_id", String(32), nullable=False),
    Column("status", String(20), nullable=False),       # fitting | ready | failed
    Column("params", Text, nullable=False),
    Column("path", String(500)),
    Column("error", Text),
    Column("created_at", Float, nullable=False),
)  # fmt: skip

taxonomies = Table(
    "ti_taxonomies", metadata,
    Column("tenant", String(100), primary_key=True),
    Column("name", String(64), primary_key=True),
    Column("body", Text, nullable=False),               # JSON of the validated taxonomy
    Column("updated_at", Float, nullable=False),
)  # fmt: skip


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

"""JSON logs, one object per line, holding only whitelisted fields (never feedback text); the
API server and the job worker both log this way."""

from __future__ import annotations

import datetime as dt
import json
import logging
import sys

# The only extra fields a log line may carry: ids, counts, timings - no text, no meta.
FIELDS = ("request_id", "method", "route", "status", "duration_ms", "key_id", "tenant",
          "job_id", "kind", "done", "records", "attempt", "error", "documents")  # fmt: skip


class JsonFormatter(logging.Formatter):
    """``{"ts", "level", "logger", "msg", ...whitelisted extras}``."""

    def format(self, record: logging.LogRecord) -> str:
        out: dict[str, object] = {
            "ts": dt.datetime.fromtimestamp(record.created, dt.UTC)
            .isoformat(timespec="milliseconds")
            .replace("+00:00", "Z"),
            "level": record.levelname.lower(),
            "logger": record.name,
            "msg": record.getMessage(),
        }
        for f in FIELDS:
            if f in record.__dict__:
                out[f] = record.__dict__[f]
        if record.exc_info and record.exc_info[0] is not None:
            out["exception"] = record.exc_info[0].__name__  # the type only: messages may hold text
        return json.dumps(out, ensure_ascii=False, default=str)


def configure(fmt: str = "json", level: int = logging.INFO) -> None:
    """Send textinsight's and uvicorn's logs to stderr in ``fmt`` (called by the CLI)."""
    handler = logging.StreamHandler(sys.stderr)
    if fmt == "json":
        handler.setFormatter(JsonFormatter())
    else:
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s %(message)s"))
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level)
    for name in ("uvicorn", "uvicorn.error"):
        logging.getLogger(name).handlers[:] = []
        logging.getLogger(name).propagate = True
    logging.getLogger("uvicorn.access").disabled = True  # our middleware logs each request

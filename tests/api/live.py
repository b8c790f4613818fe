"""A live service for the browser tests (and scripts/screenshots.py): uvicorn on a free port
in a thread, with a stand-in analyzer that gives the marketing fixtures their gold labels,
and a stream filled with the 300 social posts (a known spike: 60 billing posts in one week).
"""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import httpx

from api.main import create_app
from tests.insight.marketing import SCORES, rows
from textinsight.analyzer import Analyzer
from textinsight.pipeline import Pipeline
from textinsight.settings import Settings
from textinsight.stages.validate import Validate
from textinsight.types import Document, LabelScore, Language, Sentiment


class GoldStage:
    """Labels each known text with the fixture's gold labels (a stand-in for the models)."""

    name = "gold"
    requires: tuple[str, ...] = ("text",)
    assigns: tuple[str, ...] = ("language", "sentiment", "labels", "feedback_type")

    def __init__(self, items: list[dict[str, Any]]) -> None:
        self.by_text = {r["text"]: r for r in items}

    def __call__(self, docs: list[Document]) -> list[Document]:
        for d in docs:
            row = self.by_text.get(d.text)
            if not d.ok or row is None:
                continue
            label = row["sentiment"]
            d.language = Language(row["lang"], 0.99)
            d.sentiment = Sentiment(label, SCORES[label])
            d.labels["pillars"] = []
            d.labels["touchpoints"] = [LabelScore(t, 0.9) for t in row["touchpoints"]]
            d.feedback_type = LabelScore("complaint" if label == "negative" else "other", 0.8)
        return docs


def free_port() -> int:
    """A TCP port nobody listens on now."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@contextmanager
def live_service(data_dir: Path) -> Iterator[tuple[str, Settings, Any]]:
    """The service on 127.0.0.1:<free port>; yields its base URL, settings and app."""
    import uvicorn

    settings = Settings(progress=False, data_dir=data_dir, stages=["validate"])
    items = rows("social_posts") + rows("nps_survey")
    analyzer = Analyzer(Pipeline([Validate(100_000), GoldStage(items)], batch_size=10_000))
    port = free_port()
    app = create_app(settings, analyzer=analyzer)
    config = uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning", lifespan="on")
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            raise RuntimeError("the service did not start")
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}", settings, app
    finally:
        server.should_exit = True
        thread.join(15)


def documents(fixture: str) -> list[dict[str, Any]]:
    """A fixture's texts as request documents (date, channel and nps in meta)."""
    return [
        {
            "id": r["id"],
            "text": r["text"],
            "meta": {k: r[k] for k in ("date", "channel", "nps") if k in r},
        }
        for r in rows(fixture)
    ]


def run_job(base: str, token: str, app: Any, fixture: str) -> str:
    """Submit a fixture as a job and run it in this process (the real worker is another
    process); the job id."""
    from textinsight.service.analyzers import AnalyzerSet
    from textinsight.service.worker import Worker

    resp = httpx.post(
        f"{base}/v1/jobs",
        json={"documents": documents(fixture)},
        headers={"Authorization": f"Bearer {token}"},
        timeout=60,
    )
    resp.raise_for_status()
    st = app.state.textinsight
    Worker(st.settings, st.jobs, AnalyzerSet(st.settings, st.analyzer), name="live").run(once=True)
    return str(resp.json()["id"])


def fill_stream(base: str, token: str, name: str, fixture: str) -> int:
    """POST a fixture's texts (date, channel and nps in meta) to a stream; documents kept."""
    docs = documents(fixture)
    kept = 0
    with httpx.Client(
        base_url=base, headers={"Authorization": f"Bearer {token}"}, timeout=60
    ) as client:
        for i in range(0, len(docs), 100):
            resp = client.post(
                f"/v1/streams/{name}/documents", json={"documents": docs[i : i + 100]}
            )
            resp.raise_for_status()
            kept = resp.json()["stream"]["count"]
    return kept

"""Fitting a topic model over HTTP as a job, then its topics and assignment (tiny encoder)."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from api.main import create_app
from textinsight.analyzer import Analyzer
from textinsight.service.analyzers import AnalyzerSet
from textinsight.service.db import make_engine
from textinsight.service.keys import KeyStore
from textinsight.service.topics import available
from textinsight.service.worker import Worker
from textinsight.settings import Settings

WORDS = {
    "bill": "the bill is too high",
    "app": "the app is too slow",
    "time": "kundeservice var en time",
}


@pytest.mark.slow
@pytest.mark.skipif(not available(), reason="textinsight.topics is not in this build")
def test_topic_models_fit_topics_assign(tiny_bert_dir: Path, tmp_path: Path) -> None:
    settings = Settings(
        encoder=str(tiny_bert_dir),
        progress=False,
        data_dir=tmp_path,
        stages=["validate", "segment", "embed"],
        segment="document",
    )
    analyzer = Analyzer.from_settings(settings)
    token = KeyStore(make_engine(settings)).create("t", "topics,analyze")[1]
    h = {"Authorization": f"Bearer {token}"}
    rng = random.Random(0)
    docs = [
        {"id": f"{k}{i}", "text": f"{v} {rng.choice(['!', '.', '?'])}"}
        for i in range(40)
        for k, v in WORDS.items()
    ]
    with TestClient(create_app(settings, analyzer=analyzer)) as c:
        res = c.post("/v1/topic-models", json={"documents": docs, "min_topic_size": 5}, headers=h)
        assert res.status_code == 202, res.text
        model = res.json()
        assert model["status"] == "fitting"
        st = c.app.state.textinsight
        Worker(settings, st.jobs, AnalyzerSet(settings, analyzer), name="t").run(once=True)
        model = c.get(res.headers["location"], headers=h).json()
        assert model["status"] == "ready", model
        topics = c.get(f"/v1/topic-models/{model['id']}/topics", headers=h).json()["topics"]
        assert len(topics) >= 2 and sum(t["size"] for t in topics) <= len(docs)
        new = {"documents": [{"id": "n", "text": WORDS["app"]}]}
        out = c.post(f"/v1/topic-models/{model['id']}/assign", json=new, headers=h)
        assert out.status_code == 200, out.text
        rec = out.json()["documents"][0]
        assert isinstance(rec["topic"]["id"], int)
        other = KeyStore(make_engine(settings)).create("o", "topics", "globex")[1]
        res = c.get(f"/v1/topic-models/{model['id']}", headers={"Authorization": f"Bearer {other}"})
        assert res.status_code == 404

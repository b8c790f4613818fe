"""/v1/analyze with the real default models (marked: loads the encoder)."""

from __future__ import annotations

import math

import pytest
from fastapi.testclient import TestClient

from api.main import create_app
from textinsight.service.db import make_engine
from textinsight.service.keys import KeyStore
from textinsight.settings import Settings

TEXTS = {
    "da-neg": (
        "Ventetiden hos kundeservice var over en time, og ingen ringede tilbage. "
        "Det er simpelthen for dårligt."
    ),
    "en-pos": "The new app is fantastic, paying my bill took ten seconds. Thank you so much!",
    "sv": "Personalen i butiken var väldigt trevliga och hjälpsamma när jag bytte mitt abonnemang.",
    "nb": "Jeg har ventet i tre uker på at teknikeren skal komme og fikse internettet mitt.",
}


@pytest.mark.model
def test_analyze_real_models_over_http(real_analyzer, tmp_path) -> None:  # noqa: ANN001
    settings = Settings(progress=False, data_dir=tmp_path)
    token = KeyStore(make_engine(settings)).create("model-test", "analyze")[1]
    h = {"Authorization": f"Bearer {token}"}
    docs = [{"id": k, "text": t} for k, t in TEXTS.items()]
    with TestClient(create_app(settings, analyzer=real_analyzer)) as client:
        res = client.post("/v1/analyze", json={"documents": docs}, headers=h)
        assert res.status_code == 200
        batch = res.json()["documents"]
        singles = [
            client.post("/v1/analyze", json={"documents": [d]}, headers=h).json()["documents"][0]
            for d in docs
        ]
    assert [r["id"] for r in batch] == list(TEXTS)
    by_id = {r["id"]: r for r in batch}
    for key, rec in by_id.items():
        assert rec["error"] is None
        assert rec["text"] == TEXTS[key]
        assert rec["language"]["code"] == key[:2]
        s = rec["sentiment"]
        assert -1 <= s["score"] <= 1
        assert math.isclose(sum(s["probabilities"].values()), 1.0, abs_tol=1e-3)
        for field in ("pillars", "touchpoints"):
            conf = [x["confidence"] for x in rec[field]]
            assert conf == sorted(conf, reverse=True)
        ends = [(x["start"], x["end"]) for x in rec["sentences"]]
        assert all(0 <= a < b <= len(rec["text"]) for a, b in ends)
        assert ends == sorted(ends)
    assert by_id["da-neg"]["sentiment"]["score"] < by_id["en-pos"]["sentiment"]["score"]
    assert by_id["da-neg"]["sentiment"]["label"] in ("negative", "mixed")
    assert by_id["en-pos"]["sentiment"]["label"] == "positive"
    # one shared batch answers like one request per document
    for b, s in zip(batch, singles, strict=True):
        assert b["sentiment"]["label"] == s["sentiment"]["label"]
        assert math.isclose(b["sentiment"]["score"], s["sentiment"]["score"], abs_tol=1e-3)
        assert [x["id"] for x in b["pillars"]] == [x["id"] for x in s["pillars"]]


CUSTOM_TOUCHPOINTS = {
    "labels": [
        {
            "id": "coffee",
            "description": {
                "en": "Coffee, espresso and the coffee machine",
                "da": "Kaffe og kaffemaskinen",
            },
            "examples": [
                "The coffee was cold",
                "Kaffen smagte brændt",
                "Espresso machine broken",
                "Great cappuccino",
                "Kaffen var kold igen",
            ],
        },
        {
            "id": "parking",
            "description": {"en": "Parking at the shop", "da": "Parkering ved butikken"},
            "examples": [
                "No parking spaces left",
                "Parkeringen er alt for dyr",
                "Parking was full",
                "Der var ingen p-pladser",
                "Parking fee too high",
            ],
        },
    ]
}


@pytest.mark.model
def test_a_tenants_custom_taxonomy_is_used_for_its_analyses(real_analyzer, tmp_path) -> None:  # noqa: ANN001
    settings = Settings(progress=False, data_dir=tmp_path, stages=real_analyzer.pipeline.names)
    keys = KeyStore(make_engine(settings))
    acme = {"Authorization": f"Bearer {keys.create('a', 'admin', 'acme')[1]}"}
    other = {"Authorization": f"Bearer {keys.create('b', 'analyze', 'globex')[1]}"}
    doc = {"documents": [{"id": "1", "text": "Kaffen var kold og maskinen var i stykker."}]}
    with TestClient(create_app(settings, analyzer=real_analyzer)) as client:
        res = client.put("/v1/taxonomies/touchpoints", json=CUSTOM_TOUCHPOINTS, headers=acme)
        assert res.status_code == 202, res.text  # fitted as a job, by the worker
        from textinsight.service.analyzers import AnalyzerSet
        from textinsight.service.worker import Worker

        jobs = client.app.state.textinsight.jobs
        assert Worker(settings, jobs, AnalyzerSet(settings, real_analyzer)).run(once=True) == 1
        mine = client.post("/v1/analyze", json=doc, headers=acme).json()["documents"][0]
        theirs = client.post("/v1/analyze", json=doc, headers=other).json()["documents"][0]
    assert [t["id"] for t in mine["touchpoints"]] == ["coffee"]
    shipped = {x["id"] for x in theirs["touchpoints"]}
    assert not shipped & {"coffee", "parking"}  # another tenant keeps the shipped set


@pytest.mark.model
def test_models_real_pipeline_lists_every_model_folder(real_analyzer, tmp_path) -> None:  # noqa: ANN001
    """GET /v1/models with the default pipeline: each stage with a model folder (every head,
    langid) and the encoder with its trunk; the listed sums are those of the files on disk."""
    from textinsight.encoder.registry import sha256_file
    from textinsight.paths import models_dir

    settings = Settings(progress=False, data_dir=tmp_path)
    token = KeyStore(make_engine(settings)).create("model-test", "read")[1]
    with TestClient(create_app(settings, analyzer=real_analyzer)) as client:
        body = client.get("/v1/models", headers={"Authorization": f"Bearer {token}"}).json()
    stages = real_analyzer.pipeline.names
    assert body["stages"] == stages
    roles = [m["role"] for m in body["models"]]
    want = [s for s in stages if (models_dir() / s / "manifest.json").exists()]
    assert [r for r in roles if r not in ("langid", "encoder", "encoder_tuned")] == want
    assert "langid" in roles and roles[roles.index("encoder") + 1] == "encoder_tuned"
    assert body["encoder"]["backend"] == settings.encoder_backend
    for m in body["models"]:
        if m["role"] != "encoder":  # the converted encoder lives in the cache, not models/
            for name, digest in m["sha256"].items():
                assert sha256_file(models_dir() / m["role"] / name) == digest, (m["role"], name)

"""Start-up noise: building the service's analyzers and fitting topics log nothing a user
cannot act on (no "Loaded recognizer" lines, no BERTopic warnings about our own choices)."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest


def test_pipeline_service_start_with_pii_logs_no_recognizer_lines(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    from fastapi.testclient import TestClient

    from api.main import create_app
    from textinsight.settings import Settings

    settings = Settings(
        progress=False,
        data_dir=tmp_path / "svc",
        cache_dir=tmp_path / "cache",
        stages=["validate", "pii"],
        redact="tag",
    )
    caplog.set_level(logging.INFO)
    with TestClient(create_app(settings)) as client:  # the models load in the lifespan
        assert client.get("/healthz").status_code == 200
    assert "pii" in client.app.state.textinsight.analyzer.pipeline.names
    noisy = [r for r in caplog.records if r.name.startswith("presidio")]
    assert not [r for r in noisy if r.levelno < logging.WARNING], noisy[:3]


@pytest.mark.slow  # a batch fit: UMAP compiles its numba code first (~15 s CPU)
def test_topics_fit_and_save_log_no_bertopic_warnings(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    from tests.topics.test_model import corpus
    from textinsight.topics.model import FitParams, fit

    bertopic_log = logging.getLogger("BERTopic")  # BERTopic's logger does not propagate
    bertopic_log.addHandler(caplog.handler)
    try:
        caplog.set_level(logging.INFO)
        model, _, _ = fit(corpus()[0], FitParams(seed=1, min_topic_size=15))
        model.save(tmp_path / "m")
        assert (tmp_path / "m" / "bertopic").is_dir()  # BERTopic's own save ran
        assert not [r.getMessage() for r in caplog.records if r.levelno >= logging.WARNING]
        bertopic_log.warning("WARNING: something else")  # other warnings still get through
        assert caplog.records[-1].getMessage() == "WARNING: something else"
    finally:
        bertopic_log.removeHandler(caplog.handler)

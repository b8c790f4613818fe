"""Metrics, request ids, JSON logs without text."""

from __future__ import annotations

import json
import logging

import pytest

from api.logs import JsonFormatter

from .conftest import Service


def test_metrics_prometheus_text(service: Service) -> None:
    c, h = service.client, service.auth("analyze,jobs")
    c.post("/v1/analyze", json={"documents": [{"text": "a"}, {"text": "b"}]}, headers=h)
    c.post("/v1/jobs", json={"documents": [{"text": "a"}]}, headers=h)
    res = c.get("/metrics")
    assert res.status_code == 200 and res.headers["content-type"].startswith("text/plain")
    text = res.text
    assert 'textinsight_http_requests_total{method="POST",route="/v1/analyze",status="200"} 1.0' \
        in text
    assert 'textinsight_http_request_duration_seconds_bucket{le="0.1",method="POST",' \
           'route="/v1/analyze"}' in text
    assert 'textinsight_documents_analyzed_total{route="analyze"} 2.0' in text
    assert 'textinsight_jobs{status="queued"} 1.0' in text
    assert "textinsight_analyze_batch_documents_count 1.0" in text


def test_request_id_is_kept_or_made(service: Service) -> None:
    res = service.client.get("/healthz", headers={"X-Request-ID": "abc-123"})
    assert res.headers["x-request-id"] == "abc-123"
    res = service.client.get("/healthz", headers={"X-Request-ID": "bad id with spaces"})
    assert len(res.headers["x-request-id"]) == 32


def test_logs_are_json_and_hold_no_text(service: Service, caplog: pytest.LogCaptureFixture
                                        ) -> None:  # fmt: skip
    secret = "Mette Hansen ringede fra 12345678"
    with caplog.at_level(logging.INFO, logger="textinsight"):
        service.client.post("/v1/analyze", json={"documents": [{"text": secret}]},
                            headers=service.auth())  # fmt: skip
        service.client.post("/v1/analyze", json={"documents": [{"txt": secret}]},
                            headers=service.auth())  # fmt: skip
    lines = [JsonFormatter().format(r) for r in caplog.records]
    requests = [json.loads(x) for x in lines if '"request"' in x]
    assert [r["status"] for r in requests] == [200, 422]
    assert requests[0]["route"] == "/v1/analyze" and requests[0]["key_id"]
    assert all("Mette" not in x and "12345678" not in x for x in lines)

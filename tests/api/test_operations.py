"""Metrics, request ids, JSON logs without text."""

from __future__ import annotations

import json
import logging

import pytest

from api.logs import JsonFormatter

from .conftest import Service, ServiceFactory
from .test_errors import assert_problem


def test_metrics_prometheus_text(service: Service) -> None:
    c, h = service.client, service.auth("analyze,jobs")
    c.post("/v1/analyze", json={"documents": [{"text": "a"}, {"text": "b"}]}, headers=h)
    c.post("/v1/jobs", json={"documents": [{"text": "a"}]}, headers=h)
    res = c.get("/metrics")
    assert res.status_code == 200 and res.headers["content-type"].startswith("text/plain")
    text = res.text
    assert (
        'textinsight_http_requests_total{method="POST",route="/v1/analyze",status="200"} 1.0'
        in text
    )
    assert (
        'textinsight_http_request_duration_seconds_bucket{le="0.1",method="POST",'
        'route="/v1/analyze"}' in text
    )
    assert 'textinsight_documents_analyzed_total{route="analyze"} 2.0' in text
    assert 'textinsight_jobs{status="queued"} 1.0' in text
    assert "textinsight_analyze_batch_documents_count 1.0" in text


def test_request_id_is_kept_or_made(service: Service) -> None:
    res = service.client.get("/healthz", headers={"X-Request-ID": "abc-123"})
    assert res.headers["x-request-id"] == "abc-123"
    res = service.client.get("/healthz", headers={"X-Request-ID": "bad id with spaces"})
    assert len(res.headers["x-request-id"]) == 32


def test_logs_are_json_and_hold_no_text(service: Service, caplog: pytest.LogCaptureFixture) -> None:
    secret = "Mette Hansen ringede fra 12345678"
    with caplog.at_level(logging.INFO, logger="textinsight"):
        service.client.post(
            "/v1/analyze", json={"documents": [{"text": secret}]}, headers=service.auth()
        )
        service.client.post(
            "/v1/analyze", json={"documents": [{"txt": secret}]}, headers=service.auth()
        )
    lines = [JsonFormatter().format(r) for r in caplog.records]
    requests = [json.loads(x) for x in lines if '"request"' in x]
    assert [r["status"] for r in requests] == [200, 422]
    assert requests[0]["route"] == "/v1/analyze" and requests[0]["key_id"]
    assert all("Mette" not in x and "12345678" not in x for x in lines)


def test_readyz_and_metrics_report_a_low_disk(make_service: ServiceFactory) -> None:
    ok = make_service()
    assert ok.client.get("/readyz").status_code == 200
    assert "textinsight_disk_low 0.0" in ok.client.get("/metrics").text
    low = make_service(min_free_disk_bytes=1 << 60)
    res = low.client.get("/readyz")
    body = assert_problem(res, 503)
    assert "free" in body["detail"] and int(res.headers["retry-after"]) > 0
    text = low.client.get("/metrics").text
    assert "textinsight_disk_low 1.0" in text
    free = [x for x in text.splitlines() if x.startswith("textinsight_disk_free_bytes ")]
    assert len(free) == 1 and float(free[0].split()[1]) > 0

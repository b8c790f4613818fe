"""The issue's scenario with the real models: 300 social posts in four languages arrive week
by week in a stream; the 60 double-charge complaints of the week of 2026-10-19 fire exactly
one alert for billing, that week, to a local webhook (marked: loads the encoder)."""

from __future__ import annotations

import json
import time
from collections import defaultdict
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from api.main import create_app
from textinsight.service.db import make_engine
from textinsight.service.keys import KeyStore
from textinsight.service.webhooks import verify
from textinsight.settings import Settings

from ..service.test_streams_alerts import Receiver

POSTS = Path(__file__).parents[1] / "data" / "marketing" / "social_posts.jsonl"
SECRET = "marketing-webhook-secret"


@pytest.mark.model
def test_the_double_charge_week_fires_one_billing_alert(real_analyzer, tmp_path) -> None:  # noqa: ANN001
    posts = [json.loads(line) for line in POSTS.read_text(encoding="utf-8").splitlines()]
    weeks: dict[str, list[dict[str, object]]] = defaultdict(list)
    for p in posts:  # arrival week by week, in date order
        week = time.strftime("%G-W%V", time.strptime(str(p["date"]), "%Y-%m-%d"))
        weeks[week].append(
            {"id": p["id"], "text": p["text"], "meta": {"date": p["date"], "channel": p["channel"]}}
        )
    settings = Settings(
        progress=False,
        data_dir=tmp_path,
        alert_private_webhooks="loopback",
        alert_poll_seconds=0.05,
    )
    token = KeyStore(make_engine(settings)).create("m", "analyze,read")[1]
    h = {"Authorization": f"Bearer {token}"}
    receiver = Receiver()
    try:
        with TestClient(create_app(settings, analyzer=real_analyzer)) as c:
            # billing, as a marketing team would watch it (with any touchpoint, the week's
            # customer_service posts - complaints that mention calling support - spike too)
            rule = {
                "id": "billing",
                "group_kind": "touchpoint",
                "group": "billing",
                "metric": "any",
                "webhook_url": receiver.url,
                "secret": SECRET,
            }
            assert (
                c.put("/v1/streams/social/alerts", json={"rules": [rule]}, headers=h).status_code
                == 200
            )
            fired = {}
            for week in sorted(weeks):
                res = c.post(
                    "/v1/streams/social/documents",
                    headers=h,
                    json={"documents": weeks[week], "options": {"sentences": False}},
                )
                assert res.status_code == 200, res.text
                fired[week] = res.json()["alerts"]
            deadline = time.monotonic() + 30
            while not receiver.got and time.monotonic() < deadline:
                time.sleep(0.05)
            time.sleep(0.5)  # a second delivery, if any, would have come by now
            events = c.get("/v1/streams/social/alerts/events", headers=h).json()["events"]
            trend = c.get("/v1/streams/social/trends?by=touchpoint", headers=h).json()["rows"]
    finally:
        receiver.close()
    assert [w for w, ids in fired.items() if ids] == ["2026-W43"], fired
    assert [(e["group"], e["period"]) for e in events] == [("billing", "2026-W43")]
    assert len(receiver.got) == 1
    body, headers = receiver.got[0]
    assert verify(SECRET, body, headers["X-Textinsight-Signature"])
    payload = json.loads(body)
    assert payload["count"] >= 40 and payload["period_start"] == "2026-10-19"
    assert len(payload["examples"]) == 5
    billing = {r["period"]: r["count"] for r in trend if r["group"] == "billing"}
    assert billing["2026-W43"] >= 40 and max(v for k, v in billing.items() if k != "2026-W43") <= 5

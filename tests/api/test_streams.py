"""The stream routes: documents and jobs kept per tenant, trends, drivers, records, views,
alert rules and a webhook that receives a spike once (a local receiver), scopes and 422s.

A keyword stage stands in for the models (language, sentiment, touchpoints from words)."""

from __future__ import annotations

import datetime as dt
import json
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from api.main import create_app
from textinsight.analyzer import Analyzer
from textinsight.pipeline import Pipeline
from textinsight.service.analyzers import AnalyzerSet
from textinsight.service.db import make_engine
from textinsight.service.keys import KeyStore
from textinsight.service.webhooks import verify
from textinsight.service.worker import Worker
from textinsight.settings import Settings
from textinsight.stages.validate import Validate
from textinsight.types import Document, LabelScore, Language, Sentiment

from ..service.test_streams_alerts import Receiver

SECRET = "webhook-secret-0123456789"
START = dt.date(2026, 8, 3)  # a Monday; the spike is in the week of 2026-10-19 (W43)


class KeywordStage:
    """language en; 'bad' -> negative; 'bill' -> billing, else delivery."""

    name = "keywords"
    requires: tuple[str, ...] = ("text",)
    assigns: tuple[str, ...] = ("language", "sentiment", "touchpoints")

    def __call__(self, docs: list[Document]) -> list[Document]:
        for d in docs:
            if not d.ok:
                continue
            d.language = Language("en", 1.0)
            neg = "bad" in d.text
            d.sentiment = Sentiment(
                "negative" if neg else "positive", -0.5 - 0.01 * (len(d.text) % 40) if neg else 0.6
            )
            tp = "billing" if "bill" in d.text else "delivery"
            d.labels["touchpoints"] = [LabelScore(tp, 0.9)]
        return docs


class Svc:
    """A started app with the keyword analyzer, and keys."""

    def __init__(self, client: TestClient, settings: Settings, analyzer: Analyzer) -> None:
        self.client, self.settings, self.analyzer = client, settings, analyzer
        self.keys = KeyStore(make_engine(settings))

    def h(self, scopes: str = "analyze,read,jobs", tenant: str = "acme") -> dict[str, str]:
        return {"Authorization": f"Bearer {self.keys.create('t', scopes, tenant)[1]}"}

    @property
    def state(self) -> Any:
        return self.client.app.state.textinsight  # type: ignore[attr-defined]


@pytest.fixture()
def make_svc(tmp_path: Path) -> Iterator[Callable[..., Svc]]:
    clients: list[TestClient] = []

    def make(analyzer: Analyzer | None = None, **overrides: Any) -> Svc:
        settings = Settings(
            **{
                "progress": False,
                "data_dir": tmp_path / "svc",
                "stages": ["validate"],
                "alert_private_webhooks": "loopback",
                "alert_retry_seconds": 0.05,
                "alert_poll_seconds": 0.05,
                **overrides,
            }
        )
        analyzer = analyzer or Analyzer(
            Pipeline([Validate(100_000), KeywordStage()], batch_size=1000)
        )
        client = TestClient(create_app(settings, analyzer=analyzer), raise_server_exceptions=False)
        client.__enter__()
        clients.append(client)
        return Svc(client, settings, analyzer)

    yield make
    for c in clients:
        c.__exit__(None, None, None)


@pytest.fixture()
def svc(make_svc: Callable[..., Svc]) -> Svc:
    return make_svc()


def documents(weeks: int = 12, spike: int = 25) -> list[dict[str, Any]]:
    """Six posts a week (two about the bill), and ``spike`` bad bills in the last week."""
    out = []
    for w in range(weeks):
        for i in range(6):
            day = START + dt.timedelta(days=7 * w + i)
            text = "the bill was fine" if i < 2 else "delivery on time"
            out.append(
                {
                    "id": f"{w}-{i}",
                    "text": text,
                    "meta": {"date": day.isoformat(), "nps": 8 + i % 2},
                }
            )
    last = START + dt.timedelta(days=7 * (weeks - 1))
    for i in range(spike):
        out.append(
            {
                "id": f"x{i}",
                "text": f"bad bill: charged twice {'!' * i}",
                "meta": {"date": (last + dt.timedelta(days=i % 7)).isoformat(), "nps": i % 3},
            }
        )
    return out


def post_all(
    svc: Svc, h: dict[str, str], docs: list[dict[str, Any]], stream: str = "social", size: int = 50
) -> list[dict[str, Any]]:
    out = []
    for i in range(0, len(docs), size):
        res = svc.client.post(
            f"/v1/streams/{stream}/documents", headers=h, json={"documents": docs[i : i + size]}
        )
        assert res.status_code == 200, res.text
        out.append(res.json())
    return out


def test_meta_values_that_are_no_numbers_are_kept_not_scored(svc: Svc) -> None:
    """A list or an object in meta (found by schemathesis: it was a 500) is kept as meta."""
    docs = [{"id": "a", "text": "bad bill", "meta": {"date": "2026-10-20", "nps": [], "x": {}}}]
    res = svc.client.post("/v1/streams/s/documents", headers=svc.h(), json={"documents": docs})
    assert res.status_code == 200, res.text
    assert res.json()["documents"][0]["meta"]["nps"] == []
    assert res.json()["stream"]["added"] == 1


def test_documents_are_answered_like_analyze_and_kept(svc: Svc) -> None:
    h = svc.h()
    docs = [
        {"id": "a", "text": "bad bill again", "meta": {"date": "2026-10-20", "nps": 2}},
        {"id": "b", "text": ""},
        {"id": "c", "text": "delivery on time", "meta": {"date": "2026-10-21"}},
    ]
    res = svc.client.post("/v1/streams/social/documents", headers=h, json={"documents": docs})
    body = res.json()
    assert res.status_code == 200
    assert [r["id"] for r in body["documents"]] == ["a", "b", "c"]
    assert body["documents"][1]["error"]["code"] == "empty_text"
    assert body["stream"] == {
        "name": "social",
        "added": 2,
        "skipped_errors": 1,
        "duplicate": False,
        "count": 2,
    }
    assert body["model_version"] and body["alerts"] == []
    assert svc.client.get("/v1/streams", headers=h).json() == {
        "streams": [
            {"name": "social", "count": 2, "first_day": "2026-10-20", "last_day": "2026-10-21"}
        ]
    }
    recs = svc.client.get("/v1/streams/social/records?period_start=2026-10-22", headers=h).json()
    assert recs["period_start"] == "2026-10-19"
    assert [r["id"] for r in recs["records"]] == ["a", "c"]  # most negative first
    assert recs["records"][0]["touchpoints"][0]["id"] == "billing"
    # a retried request with the same Idempotency-Key adds nothing
    again = {**h, "Idempotency-Key": "batch-1"}
    first = svc.client.post(
        "/v1/streams/social/documents", headers=again, json={"documents": docs[:1]}
    ).json()["stream"]
    second = svc.client.post(
        "/v1/streams/social/documents", headers=again, json={"documents": docs[:1]}
    ).json()["stream"]
    assert (first["added"], first["count"]) == (1, 3)
    assert (second["added"], second["duplicate"], second["count"]) == (0, True, 3)


def test_trends_drivers_records_and_view(svc: Svc) -> None:
    h = svc.h()
    post_all(svc, h, documents())
    t = svc.client.get(
        "/v1/streams/social/trends?period=week&by=touchpoint&score=nps", headers=h
    ).json()
    assert (t["stream"], t["period"], t["by"], t["score"]) == (
        "social",
        "week",
        "touchpoint",
        "nps",
    )
    billing = {r["period"]: r for r in t["rows"] if r["group"] == "billing"}
    assert len(billing) == 12 and billing["2026-W43"]["count"] == 27
    assert billing["2026-W43"]["period_start"] == "2026-10-19"
    assert [p for p, r in billing.items() if r["spike"]] == ["2026-W43"]
    assert billing["2026-W40"]["mean_score"] == 8.5
    d = svc.client.get("/v1/streams/social/drivers?score=nps", headers=h).json()
    assert d["scores"] == ["nps"] and d["rows"][0]["group"] == "billing"
    assert d["rows"][0]["rank"] == 1 and d["rows"][0]["ci_high"] < 0
    assert {r["group_kind"] for r in d["rows"]} == {"touchpoint"}  # the fake tags these
    # any group kind of the registry, asked for by name (repeatable)
    url = "/v1/streams/social/drivers?score=nps&kind=touchpoint&kind=language"
    only = svc.client.get(url, headers=h).json()
    assert {r["group_kind"] for r in only["rows"]} == {"touchpoint", "language"}
    effects = {(r["group"], r["effect"]) for r in d["rows"]}
    assert {(r["group"], r["effect"]) for r in only["rows"] if r["group_kind"] != "language"} == (
        effects
    )
    for bad in ("bogus", "all"):
        r = svc.client.get(f"/v1/streams/social/drivers?score=nps&kind={bad}", headers=h)
        assert r.status_code == 422 and r.headers["content-type"] == "application/problem+json"
    recs = svc.client.get(
        "/v1/streams/social/records?by=touchpoint&group=billing&limit=5", headers=h
    ).json()
    assert recs["period_start"] == "2026-10-19" and len(recs["records"]) == 5  # the last week
    scores = [r["sentiment"]["score"] for r in recs["records"]]
    assert scores == sorted(scores) and all(s < 0 for s in scores)
    view = svc.client.get("/v1/streams/social/view?period=week&score=nps", headers=h).json()
    assert view["stream"] == "social" and view["documents"] == 97
    spikes = [(s["group_kind"], s["group"], s["period"]) for s in view["spikes"]]
    assert ("touchpoint", "billing", "2026-W43") in spikes
    ex = next(s for s in view["spikes"] if s["group"] == "billing")["examples"]
    assert len(ex) == 5 and all("bad bill" in e["text"] for e in ex)
    assert view["drivers"][0]["group"] == "billing" and view["languages"] == {"en": 97}


def test_a_finished_job_is_added_once_and_has_a_view(svc: Svc) -> None:
    h = svc.h()
    res = svc.client.post("/v1/jobs", headers=h, json={"documents": documents()})
    job = res.json()["id"]
    early = svc.client.post(f"/v1/streams/social/jobs/{job}", headers=h)
    assert early.status_code == 409
    Worker(svc.settings, svc.state.jobs, AnalyzerSet(svc.settings, svc.analyzer)).run(once=True)
    first = svc.client.post(f"/v1/streams/social/jobs/{job}", headers=h).json()
    again = svc.client.post(f"/v1/streams/social/jobs/{job}", headers=h).json()
    assert (first["stream"]["added"], first["stream"]["count"]) == (97, 97)
    assert (again["stream"]["added"], again["stream"]["duplicate"]) == (0, True)
    assert again["stream"]["count"] == 97
    t = svc.client.get("/v1/streams/social/trends?by=all", headers=h).json()
    assert sum(r["count"] for r in t["rows"]) == 97
    other = svc.h(tenant="globex")
    assert svc.client.post(f"/v1/streams/social/jobs/{job}", headers=other).status_code == 404
    view = svc.client.get(f"/v1/jobs/{job}/view?period=week&score=nps", headers=h).json()
    assert view["job"] == job and view["documents"] == 97
    assert ("billing", "2026-W43") in {(s["group"], s["period"]) for s in view["spikes"]}
    assert svc.client.get(f"/v1/jobs/{job}/view", headers=other).status_code == 404


def test_scopes_and_tenants(svc: Svc) -> None:
    h = svc.h()
    post_all(svc, h, documents(weeks=2, spike=0))
    assert svc.client.get("/v1/streams/social/trends").status_code == 401
    ingest = svc.h("analyze")
    assert svc.client.get("/v1/streams/social/trends", headers=ingest).status_code == 403
    reader = svc.h("read")
    res = svc.client.post(
        "/v1/streams/social/documents", headers=reader, json={"documents": [{"text": "x"}]}
    )
    assert res.status_code == 403
    assert svc.client.get("/v1/streams/social/trends", headers=reader).status_code == 200
    other = svc.h(tenant="globex")
    for path in ("trends", "drivers?score=nps", "records", "view", "alerts", "alerts/events"):
        res = svc.client.get(f"/v1/streams/social/{path}", headers=other)
        assert res.status_code == 404, path
        assert res.headers["content-type"] == "application/problem+json"
    assert svc.client.get("/v1/streams", headers=other).json() == {"streams": []}
    assert svc.client.delete("/v1/streams/social", headers=other).status_code == 404
    assert svc.client.delete("/v1/streams/social", headers=h).status_code == 204
    assert svc.client.get("/v1/streams/social/trends", headers=h).status_code == 404


def test_bad_requests_are_422_or_413(make_svc: Callable[..., Svc]) -> None:
    svc = make_svc(api_max_documents=3)
    h = svc.h()
    post_all(svc, h, documents(weeks=1, spike=0)[:3], size=3)
    too_many = {"documents": [{"text": "x"}] * 4}
    assert svc.client.post("/v1/streams/s/documents", headers=h, json=too_many).status_code == 413
    for method, path, body in (
        ("post", "/v1/streams/bad%20name/documents", {"documents": [{"text": "x"}]}),
        ("post", "/v1/streams/social/documents", {"documents": []}),
        ("post", "/v1/streams/social/documents?date_column=", {"documents": [{"text": "x"}]}),
        ("get", "/v1/streams/social/trends?period=year", None),
        ("get", "/v1/streams/social/trends?by=colour", None),
        ("get", "/v1/streams/social/trends?sensitivity=0", None),
        ("get", "/v1/streams/social/drivers", None),
        ("get", "/v1/streams/social/records?by=touchpoint", None),
        ("get", "/v1/streams/social/records?limit=0", None),
        ("get", "/v1/streams/social/records?period_start=yesterday", None),
    ):
        res = getattr(svc.client, method)(path, headers=h, **({"json": body} if body else {}))
        assert res.status_code == 422, (path, res.text)
        assert res.headers["content-type"] == "application/problem+json"
    rule = {
        "id": "r1",
        "group_kind": "touchpoint",
        "webhook_url": "http://127.0.0.1:9/x",
        "secret": SECRET,
    }
    for bad in (
        {"metric": "mean"},
        {"sensitivity": 1.5},
        {"min_count": -1},
        {"webhook_url": "file:///etc/passwd"},
        {"secret": None},
        {"secret": "short"},
        {"group_kind": "weather"},
        {"webhook_url": "http://10.0.0.1/x"},
        {"x": 1},
    ):
        res = svc.client.put(
            "/v1/streams/social/alerts", headers=h, json={"rules": [{**rule, **bad}]}
        )
        assert res.status_code == 422, (bad, res.text)
    res = svc.client.put("/v1/streams/social/alerts", headers=h, json={"rules": [rule, rule]})
    assert res.status_code == 422


def test_an_alert_reaches_the_webhook_once_signed_after_a_500(svc: Svc) -> None:
    receiver = Receiver([500])
    try:
        h = svc.h()
        rule = {"id": "billing-week", "group_kind": "touchpoint", "group": "billing",
                "metric": "any", "sensitivity": 0.01, "min_count": 10,
                "webhook_url": receiver.url, "secret": SECRET}  # fmt: skip
        res = svc.client.put("/v1/streams/social/alerts", headers=h, json={"rules": [rule]})
        assert res.status_code == 200, res.text
        assert "secret" not in res.text and SECRET not in res.text
        docs = documents()
        answers = post_all(svc, h, docs[:-5])  # the spike is in the last of these requests
        fired = [a for ans in answers for a in ans["alerts"]]
        post_all(svc, h, docs[-5:])  # more of the same week: no second alert
        assert len(fired) == 1
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            events = svc.client.get("/v1/streams/social/alerts/events", headers=h).json()
            if events["events"] and events["events"][0]["delivery"]["status"] != "pending":
                break
            time.sleep(0.05)
        [ev] = events["events"]
        assert ev["id"] == fired[0] and (ev["group"], ev["period"]) == ("billing", "2026-W43")
        assert ev["delivery"]["status"] == "delivered" and ev["delivery"]["attempts"] == 2
        assert ev["delivery"]["last_status"] == 200
        assert len(receiver.got) == 2 and receiver.got[0][0] == receiver.got[1][0]
        body, headers = receiver.got[1]
        assert verify(SECRET, body, headers["X-Textinsight-Signature"])
        assert headers["X-Textinsight-Signature"].startswith("sha256=")
        payload = json.loads(body)
        assert (
            payload["stream"],
            payload["rule"],
            payload["group_kind"],
            payload["group"],
            payload["period"],
            payload["period_start"],
        ) == ("social", "billing-week", "touchpoint", "billing", "2026-W43", "2026-10-19")
        assert payload["count"] >= 10 and payload["negative_share"] > 0.5 and payload["p"] < 0.01
        ex = payload["examples"]
        assert len(ex) == 5 and all("bad bill" in e["text"] for e in ex)
        assert [e["sentiment"] for e in ex] == sorted(e["sentiment"] for e in ex)
        rules = svc.client.get("/v1/streams/social/alerts", headers=h)
        assert rules.json()["rules"][0]["webhook_url"] == receiver.url
        assert SECRET not in rules.text and "secret" not in rules.json()["rules"][0]
        assert SECRET not in svc.client.get("/v1/streams/social/alerts/events", headers=h).text
    finally:
        receiver.close()


class NameDetector:
    """Finds 'Mette Hansen' (a stand-in for Presidio in the real pii stage)."""

    def detect(self, text: str, code: str) -> list[Any]:
        from textinsight.pii.engine import PiiSpan

        i = text.find("Mette Hansen")
        return [] if i < 0 else [PiiSpan(i, i + len("Mette Hansen"), "person")]


def pii_svc(make_svc: Callable[..., Svc], tmp_path: Path, **settings: Any) -> Svc:
    from textinsight.stages.pii import PiiStage

    policy = "tag" if settings.get("never_store_raw") else None
    analyzer = Analyzer(
        Pipeline(
            [Validate(100_000), PiiStage(NameDetector(), policy), KeywordStage()], batch_size=1000
        )
    )
    return make_svc(analyzer, stages=["validate", "pii"], data_dir=tmp_path / "pii", **settings)


def _named(docs: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [
        {**d, "text": d["text"] + " Mette Hansen" if "bad" in d["text"] else d["text"]}
        for d in docs
    ]


@pytest.mark.parametrize("never_store_raw", [True, False])
def test_personal_data_never_leaves_in_a_webhook(
    make_svc: Callable[..., Svc], tmp_path: Path, never_store_raw: bool
) -> None:
    svc = pii_svc(make_svc, tmp_path, never_store_raw=never_store_raw)
    receiver = Receiver()
    try:
        h = svc.h()
        rule = {
            "id": "r",
            "group_kind": "touchpoint",
            "group": "billing",
            "webhook_url": receiver.url,
            "secret": SECRET,
        }
        assert (
            svc.client.put("/v1/streams/s/alerts", headers=h, json={"rules": [rule]}).status_code
            == 200
        )
        post_all(svc, h, _named(documents()), stream="s")
        recs = svc.client.get(
            "/v1/streams/s/records?by=touchpoint&group=billing", headers=h
        ).json()["records"]
        assert recs and all(("Mette Hansen" in r["text"]) != never_store_raw for r in recs)
        deadline = time.monotonic() + 20
        while not receiver.got and time.monotonic() < deadline:
            time.sleep(0.05)
        [(body, _)] = receiver.got
        ex = json.loads(body)["examples"]
        assert len(ex) == 5 and all(
            e["text"].endswith("twice " + "!" * int(e["id"][1:]) + " [PERSON]") for e in ex
        )
        stored = b"".join(p.read_bytes() for p in (tmp_path / "pii").rglob("*") if p.is_file())
        assert (b"Mette Hansen" in stored) != never_store_raw  # the database holds no raw name
    finally:
        receiver.close()


# --- group kinds follow the head registry: trends, records, alert rules, the view, the schema ---


class ChoiceStage:
    """A single-label head's record field: ``yes`` for texts about the bill, else ``no``."""

    requires: tuple[str, ...] = ("text",)

    def __init__(self, key: str, yes: str, no: str) -> None:
        self.name, self.yes, self.no = key, yes, no
        self.assigns: tuple[str, ...] = (key,)

    def __call__(self, docs: list[Document]) -> list[Document]:
        for d in docs:
            if d.ok:
                d.choices[self.name] = LabelScore(self.yes if "bill" in d.text else self.no, 0.9)
        return docs


def choice_svc(make_svc: Callable[..., Svc], key: str, yes: str, no: str) -> Svc:
    stages: list[Any] = [Validate(100_000), KeywordStage(), ChoiceStage(key, yes, no)]
    return make_svc(Analyzer(Pipeline(stages, batch_size=1000)))


def kind_enums(client: TestClient) -> dict[str, list[str]]:
    """The enum of every group-kind parameter and field in the app's OpenAPI document."""
    doc = client.get("/openapi.json").json()
    out = {}
    for path in ("/v1/streams/{name}/trends", "/v1/streams/{name}/records"):
        [by] = [p for p in doc["paths"][path]["get"]["parameters"] if p["name"] == "by"]
        schema = by["schema"]
        strings = [s for s in schema.get("anyOf", [schema]) if s.get("type") == "string"]
        out[path] = strings[0]["enum"]
    out["AlertRule"] = doc["components"]["schemas"]["AlertRule"]["properties"]["group_kind"]["enum"]
    return out


def rule_on(kind: str, group: str | None = None) -> dict[str, Any]:
    return {
        "id": f"on-{kind}",
        "group_kind": kind,
        "group": group,
        "metric": "count",
        "webhook_url": "http://127.0.0.1:9/x",
        "secret": SECRET,
    }


def test_churn_risk_is_a_group_kind_of_trends_records_alerts_and_the_view(
    make_svc: Callable[..., Svc],
) -> None:
    svc = choice_svc(make_svc, "churn_risk", "at_risk", "none")
    h = svc.h()
    for enum in kind_enums(svc.client).values():
        assert {"churn_risk", "touchpoint", "pillar", "feedback_type", "topic", "all"} <= set(enum)
    put = svc.client.put(
        "/v1/streams/social/alerts", headers=h, json={"rules": [rule_on("churn_risk", "at_risk")]}
    )
    assert put.status_code == 200, put.text
    assert put.json()["rules"][0]["group_kind"] == "churn_risk"
    post_all(svc, h, documents())
    t = svc.client.get("/v1/streams/social/trends?by=churn_risk", headers=h)
    assert t.status_code == 200, t.text
    at_risk = [r for r in t.json()["rows"] if r["group"] == "at_risk"]
    assert [r["count"] for r in at_risk] == [2] * 11 + [27]  # the bills: two a week, then 27
    assert {r["group"] for r in t.json()["rows"]} == {"at_risk", "none"}
    recs = svc.client.get(
        "/v1/streams/social/records?by=churn_risk&group=at_risk&limit=500", headers=h
    ).json()["records"]
    assert len(recs) == 27 and all(r["churn_risk"]["label"] == "at_risk" for r in recs)
    # the rule on the churn_risk group fired once, for the week of the spike
    events = svc.client.get("/v1/streams/social/alerts/events", headers=h).json()["events"]
    assert [(e["rule"], e["group_kind"], e["group"], e["period_start"]) for e in events] == [
        ("on-churn_risk", "churn_risk", "at_risk", "2026-10-19")
    ]
    view = svc.client.get("/v1/streams/social/view", headers=h).json()
    assert [k["kind"] for k in view["kinds"]] == list(view["groups"])
    assert {"kind": "churn_risk", "name": "churn risk"} in view["kinds"]
    assert view["kinds"][-1] == {"kind": "all", "name": "all documents"}


def test_an_unknown_group_kind_is_a_one_line_422(svc: Svc) -> None:
    h = svc.h()
    post_all(svc, h, documents(weeks=1, spike=0))
    for path in (
        "/v1/streams/social/trends?by=churn",
        "/v1/streams/social/records?by=churn&group=at_risk",
    ):
        res = svc.client.get(path, headers=h)
        assert res.status_code == 422, res.text
        assert res.headers["content-type"] == "application/problem+json"
        detail = res.json()["detail"]
        assert "\n" not in detail and "query.by" in detail and "churn_risk" in detail
    res = svc.client.put("/v1/streams/social/alerts", headers=h, json={"rules": [rule_on("churn")]})
    assert res.status_code == 422 and res.headers["content-type"] == "application/problem+json"
    assert "group_kind" in res.json()["detail"] and "churn_risk" in res.json()["detail"]
    assert svc.client.get("/v1/streams/social/alerts", headers=h).json()["rules"] == []


def test_a_new_head_s_group_is_in_the_schema_the_checks_and_the_dashboard_kinds(
    make_svc: Callable[..., Svc], urgency: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    from textinsight import heads

    svc = choice_svc(make_svc, urgency, "urgent", "later")
    h = svc.h()
    for where, enum in kind_enums(svc.client).items():
        assert urgency in enum and enum[-1] == "all", where
    post_all(svc, h, documents(weeks=4, spike=5))
    rows = svc.client.get(f"/v1/streams/social/trends?by={urgency}", headers=h).json()["rows"]
    assert sum(r["count"] for r in rows if r["group"] == "urgent") == 4 * 2 + 5
    assert (
        svc.client.put(
            "/v1/streams/social/alerts", headers=h, json={"rules": [rule_on(urgency)]}
        ).status_code
        == 200
    )
    # the dashboard's tabs are the view's kinds
    view = svc.client.get("/v1/streams/social/view", headers=h).json()
    assert {"kind": urgency, "name": urgency} in view["kinds"]
    assert view["groups"][urgency]
    # the head's registry line removed: the kind is refused, the stored rule still reads back
    monkeypatch.delitem(heads.HEADS, urgency)
    res = svc.client.get(f"/v1/streams/social/trends?by={urgency}", headers=h)
    assert res.status_code == 422 and urgency not in res.json()["detail"]
    rules = svc.client.get("/v1/streams/social/alerts", headers=h)
    assert rules.status_code == 200 and rules.json()["rules"][0]["group_kind"] == urgency
    view = svc.client.get("/v1/streams/social/view", headers=h).json()
    assert urgency not in [k["kind"] for k in view["kinds"]]

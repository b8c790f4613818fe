"""Alert rules and events: a spike fires once (later records in the period, concurrent
evaluations), deliveries are signed and retried with back-off, webhook addresses are checked."""

from __future__ import annotations

import datetime as dt
import json
import secrets
import socket
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, HTTPServer
from typing import Any

import pytest
from pydantic import ValidationError
from sqlalchemy import delete

from textinsight.errors import InvalidInput
from textinsight.service.alerts import AlertRule, AlertStore, evaluate
from textinsight.service.db import alert_events, make_engine
from textinsight.service.streams import StreamStore, day_number
from textinsight.service.webhooks import (
    Deliverer,
    address_allowed,
    backoff,
    check_url,
    sign,
    verify,
)
from textinsight.settings import Settings

from .test_streams import START, corpus, record

SECRET = "a-long-enough-secret"


class Receiver:
    """A local webhook receiver: answers the statuses in ``plan`` (then 200)."""

    def __init__(self, plan: list[int] | None = None) -> None:
        self.plan = list(plan or [])
        self.got: list[tuple[bytes, dict[str, str]]] = []
        outer = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:  # noqa: N802 - http.server's name
                body = self.rfile.read(int(self.headers["Content-Length"]))
                outer.got.append((body, dict(self.headers)))
                self.send_response(outer.plan.pop(0) if outer.plan else 200)
                self.end_headers()

            def log_message(self, *args: Any) -> None:
                pass

        self.server = HTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_port}/hook"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture()
def receiver() -> Iterator[Receiver]:
    r = Receiver([500])
    yield r
    r.close()


@pytest.fixture()
def stores(service_settings: Settings) -> Iterator[tuple[StreamStore, AlertStore]]:
    engine = make_engine(service_settings)
    with engine.begin() as conn:  # deliverers take any tenant's due events: start from none
        conn.execute(delete(alert_events))
    yield StreamStore(engine), AlertStore(engine, "loopback")
    engine.dispose()


def rule(url: str, **kw: Any) -> AlertRule:
    return AlertRule.model_validate(
        {
            "id": "billing",
            "group_kind": "touchpoint",
            "group": "billing",
            "webhook_url": url,
            "secret": SECRET,
            "min_count": 5,
            **kw,
        }
    )


def test_a_spike_fires_once(stores: tuple[StreamStore, AlertStore]) -> None:
    streams, alerts = stores
    tenant = f"t-{secrets.token_hex(6)}"
    stream = streams.ensure(tenant, "s")
    alerts.put_rules(
        stream,
        [
            rule("http://127.0.0.1:9/hook"),
            rule("http://127.0.0.1:9/hook", id="counts", metric="count", group=None),
        ],
    )
    recs = corpus()
    added = streams.add(tenant, "s", recs[:-5])
    fired = evaluate(streams, alerts, added.stream, added.days)
    events = alerts.events(added.stream)
    assert len(fired) == 2 and {e.rule_id for e in events} == {"billing", "counts"}
    assert {(e.group, e.period) for e in events} == {("billing", "2026-W41")}
    body = json.loads(events[0].payload)
    assert body["count"] == 17 and body["period_start"] == "2026-10-05"
    assert len(body["examples"]) == 5
    assert [x["sentiment"] for x in body["examples"]] == sorted(
        x["sentiment"] for x in body["examples"]
    )
    # more records in the same period, evaluated again (and twice at once): nothing new
    more = streams.add(tenant, "s", recs[-5:])
    out: list[list[str]] = []
    threads = [
        threading.Thread(
            target=lambda: out.append(evaluate(streams, alerts, more.stream, more.days))
        )
        for _ in range(3)
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert out == [[], [], []] and len(alerts.events(more.stream)) == 2


def test_only_periods_the_addition_touched_are_evaluated(
    stores: tuple[StreamStore, AlertStore],
) -> None:
    streams, alerts = stores
    tenant = f"t-{secrets.token_hex(6)}"
    added = streams.add(tenant, "s", corpus())  # the spike is in, no rule yet
    alerts.put_rules(added.stream, [rule("http://127.0.0.1:9/hook")])
    late = streams.add(tenant, "s", [record(999, START + dt.timedelta(days=80))])
    assert evaluate(streams, alerts, late.stream, late.days) == []
    assert evaluate(streams, alerts, late.stream, {day_number(dt.date(2026, 10, 6))}) != []


def test_rules_are_validated_and_secrets_write_only(stores: tuple[StreamStore, AlertStore]) -> None:
    streams, alerts = stores
    stream = streams.ensure(f"t-{secrets.token_hex(6)}", "s")
    good = rule("https://hooks.example.com/x")
    for bad in (
        {"metric": "mean"},
        {"sensitivity": 0},
        {"sensitivity": 0.9},
        {"min_count": 0},
        {"webhook_url": "ftp://example.com/x"},
        {"webhook_url": "http://u:p@ex.com/"},
        {"group_kind": "colour"},
        {"id": "no spaces"},
        {"secret": "short"},
        {"period": "year"},
        {"baseline_periods": 2},
        {"extra": 1},
    ):
        with pytest.raises(ValidationError):
            AlertRule.model_validate({**good.model_dump(), **bad})
    with pytest.raises(InvalidInput, match="secret"):
        alerts.put_rules(stream, [good.model_copy(update={"secret": None})])
    with pytest.raises(InvalidInput, match="unique"):
        alerts.put_rules(stream, [good, good])
    with pytest.raises(InvalidInput, match="not allowed"):
        AlertStore(alerts.engine, "deny").put_rules(stream, [rule("http://127.0.0.1:8/x")])
    shown = alerts.put_rules(stream, [good])
    assert "secret" not in shown[0].public() and shown[0].secret is None
    # a rule that keeps its id keeps its secret when it is left out
    alerts.put_rules(stream, [good.model_copy(update={"secret": None, "min_count": 3})])
    assert alerts.secret(stream.id, "billing") == SECRET
    assert alerts.rules(stream)[0].min_count == 3


def test_a_rule_s_group_kind_follows_the_head_registry(
    stores: tuple[StreamStore, AlertStore], monkeypatch: pytest.MonkeyPatch
) -> None:
    from textinsight import heads

    streams, alerts = stores
    stream = streams.ensure(f"t-{secrets.token_hex(6)}", "s")
    churn = rule("https://hooks.example.com/x", group_kind="churn_risk", group="at_risk")
    assert [r.group_kind for r in alerts.put_rules(stream, [churn])] == ["churn_risk"]
    with pytest.raises(ValidationError, match="unknown group kind.*churn_risk"):
        rule("https://hooks.example.com/x", group_kind="churn")
    # without its registry line the kind is refused in a new rule; the stored one still reads
    monkeypatch.delitem(heads.HEADS, "churn_risk")
    with pytest.raises(ValidationError, match="unknown group kind"):
        rule("https://hooks.example.com/x", group_kind="churn_risk")
    assert [(r.group_kind, r.group) for r in alerts.rules(stream)] == [("churn_risk", "at_risk")]


def test_delivery_is_signed_and_retried(
    stores: tuple[StreamStore, AlertStore], receiver: Receiver
) -> None:
    streams, alerts = stores
    tenant = f"t-{secrets.token_hex(6)}"
    stream = streams.ensure(tenant, "s")
    alerts.put_rules(stream, [rule(receiver.url)])
    added = streams.add(tenant, "s", corpus())
    [event_id] = evaluate(streams, alerts, added.stream, added.days)
    now = [2_000_000_000.0]
    alerts.clock = lambda: now[0]
    settings = Settings(alert_private_webhooks="loopback", alert_retry_seconds=30.0)
    deliverer = Deliverer(settings, alerts, clock=lambda: now[0])
    assert deliverer.run_due() == 1  # the receiver answers 500
    ev = alerts.events(added.stream)[0]
    assert (ev.status, ev.attempts, ev.last_status) == ("pending", 1, 500)
    assert ev.next_attempt_at == pytest.approx(now[0] + 30.0)
    assert deliverer.run_due() == 0  # not due yet
    now[0] += 31
    assert deliverer.run_due() == 1
    ev = alerts.events(added.stream)[0]
    assert (ev.status, ev.attempts, ev.last_status) == ("delivered", 2, 200)
    assert deliverer.run_due() == 0
    assert len(receiver.got) == 2
    (b1, h1), (b2, h2) = receiver.got
    assert b1 == b2 and h1["X-Textinsight-Event"] == event_id
    assert verify(SECRET, b2, h2["X-Textinsight-Signature"])
    assert h2["X-Textinsight-Signature"] == sign(SECRET, b2) and int(h2["X-Textinsight-Timestamp"])
    assert not verify("another-secret-of-length", b2, h2["X-Textinsight-Signature"])
    body = json.loads(b2)
    assert (body["stream"], body["rule"], body["group"], body["period"]) == (
        "s",
        "billing",
        "billing",
        "2026-W41",
    )
    assert SECRET not in b2.decode()


def test_failed_deliveries_stop(stores: tuple[StreamStore, AlertStore]) -> None:
    streams, alerts = stores
    r = Receiver([404, 503, 503, 503])
    try:
        tenant = f"t-{secrets.token_hex(6)}"
        stream = streams.ensure(tenant, "s")
        alerts.put_rules(stream, [rule(r.url), rule(r.url, id="b2", metric="count")])
        added = streams.add(tenant, "s", corpus())
        assert len(evaluate(streams, alerts, added.stream, added.days)) == 2
        settings = Settings(
            alert_private_webhooks="loopback", alert_retry_seconds=0.0, alert_max_attempts=3
        )
        d = Deliverer(settings, alerts)
        while d.run_due():
            pass
        by_rule = {e.rule_id: e for e in alerts.events(added.stream)}
        # a 4xx is not retried; 5xx are, up to the attempts allowed
        assert {(e.status, e.attempts, e.last_status) for e in by_rule.values()} == {
            ("failed", 1, 404),
            ("failed", 3, 503),
        }
    finally:
        r.close()


def test_webhook_addresses() -> None:
    assert address_allowed("93.184.216.34", "deny")
    for ip in (
        "127.0.0.1",
        "10.1.2.3",
        "192.168.1.1",
        "169.254.169.254",
        "::1",
        "fd00::1",
        "::ffff:10.0.0.1",
        "0.0.0.0",
        "100.64.0.1",
    ):
        assert not address_allowed(ip, "deny"), ip
    assert address_allowed("127.0.0.1", "loopback") and address_allowed("::1", "loopback")
    assert not address_allowed("10.1.2.3", "loopback")
    assert address_allowed("10.1.2.3", "allow") and not address_allowed("0.0.0.0", "allow")
    check_url("https://hooks.example.com/a?b=1", "deny")  # names are checked when delivering
    for url in ("http://localhost:8080/x", "http://[::1]/x", "http://169.254.169.254/latest"):
        with pytest.raises(InvalidInput):
            check_url(url, "deny")
    check_url("http://localhost:8080/x", "loopback")
    assert backoff(Settings(alert_retry_seconds=10.0), 1) == 10.0
    assert backoff(Settings(alert_retry_seconds=10.0), 4) == 80.0
    assert backoff(Settings(alert_retry_seconds=10.0), 40) == 3600.0


def test_a_name_resolving_to_a_private_address_is_not_delivered(
    stores: tuple[StreamStore, AlertStore], monkeypatch: pytest.MonkeyPatch
) -> None:
    streams, alerts = stores
    tenant = f"t-{secrets.token_hex(6)}"
    stream = streams.ensure(tenant, "s")
    alerts.put_rules(stream, [rule("http://hooks.example.com/x")])  # fine when it is set
    answers = {"hooks.example.com": "10.0.0.5"}  # ... but the name points inside by now

    def getaddrinfo(host: str, port: int, *args: Any, **kw: Any) -> list[Any]:
        return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", (answers[host], port))]

    monkeypatch.setattr(socket, "getaddrinfo", getaddrinfo)
    added = streams.add(tenant, "s", corpus())
    evaluate(streams, alerts, added.stream, added.days)
    deny = AlertStore(alerts.engine, "deny")
    Deliverer(Settings(alert_private_webhooks="deny"), deny).run_due()
    [ev] = deny.events(added.stream)
    assert ev.status == "failed" and "not allowed" in (ev.last_error or "")

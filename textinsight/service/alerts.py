"""Alert rules of a stream, and alert events: a spike fires once per (rule, group, period).

After records are added to a stream, :func:`evaluate` runs each enabled rule: the insight
``trends`` over the stream's rollup (the rule's period, group kind, sensitivity, minimum
count and baseline), its spikes in the periods the addition touched, of the rule's group
(any when unset) and metric. Each spike is inserted into ``ti_alert_events`` under the unique
key (stream, rule, group kind, group, period): only the insert that wins creates an event, so
more records later in the same period, or additions running at the same time, never fire it
again. Delivery is apart (:mod:`.webhooks`): the request that added the records does not wait
for a webhook.

A rule's secret (the HMAC key) is write-only: stored to sign, never shown.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import secrets
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationInfo, field_validator
from sqlalchemy import and_, delete, func, insert, or_, select, update
from sqlalchemy.engine import Engine

from ..errors import InvalidInput
from .db import alert_events, alert_rules
from .streams import (
    Stream,
    StreamStore,
    check_group_kind,
    day_of,
    group_kind_schema,
    insert_ignore,
    period_start_of,
)
from .webhooks import Attempt, check_url

_RULE_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.\-]{0,63}$")
MAX_RULES = 50
EXAMPLES = 5


class AlertRule(BaseModel):
    """One alert rule of a stream (``secret`` is accepted, never shown)."""

    model_config = ConfigDict(extra="forbid")

    id: str = Field(pattern=_RULE_ID.pattern, description="The rule's id within the stream.")
    group_kind: str = Field(
        min_length=1,
        max_length=64,
        json_schema_extra=group_kind_schema,
        description="Which groups to watch: a group kind (each registered label head's "
        "group, topic, channel, language, or all).",
    )
    group: str | None = Field(
        None,
        min_length=1,
        max_length=200,
        description="One group (e.g. 'billing'); unset: any group.",
    )
    metric: Literal["count", "negative_share", "any"] = Field(
        "any",
        description="Which spike fires: more documents than the baseline (count), a "
        "higher share of negative ones (negative_share), or either.",
    )
    period: Literal["day", "week", "month"] = "week"
    sensitivity: float = Field(
        0.01, gt=0.0, le=0.5, description="The p-value below which a test fires."
    )
    min_count: int = Field(
        10, ge=1, le=1_000_000, description="Periods with fewer documents in the group never fire."
    )
    baseline_periods: int = Field(8, ge=3, le=104, description="Periods in the baseline.")
    webhook_url: str = Field(max_length=2000, description="http(s) URL the alert is POSTed to.")
    secret: str | None = Field(
        None,
        min_length=16,
        max_length=256,
        description="HMAC-SHA256 key of the signature header (write-only). Needed for a new "
        "rule; a rule that keeps its id keeps its secret when this is left out.",
    )
    enabled: bool = True

    @field_validator("group_kind")
    @classmethod
    def _kind(cls, v: str, info: ValidationInfo) -> str:
        # a stored rule is read back as written: a head removed since leaves it loadable
        if not (info.context or {}).get("stored"):
            check_group_kind(v)
        return v

    @field_validator("webhook_url")
    @classmethod
    def _url(cls, v: str) -> str:
        check_url(v, "allow")  # shape here; the address policy in check()
        return v

    def public(self) -> dict[str, Any]:
        """The rule as shown: without its secret."""
        return self.model_dump(exclude={"secret"})


@dataclass
class Event:
    """A fired alert and its delivery state."""

    id: str
    stream_id: int
    rule_id: str
    group_kind: str
    group: str
    period: str
    payload: str
    url: str
    status: str
    attempts: int
    next_attempt_at: float | None
    last_status: int | None
    last_error: str | None
    created_at: float
    delivered_at: float | None

    def public(self) -> dict[str, Any]:
        """The view ``GET .../alerts/events`` shows."""
        body = json.loads(self.payload)
        return {
            "id": self.id,
            "rule": self.rule_id,
            "group_kind": self.group_kind,
            "group": self.group,
            "period": self.period,
            "period_start": body.get("period_start"),
            "metric": body.get("metric"),
            "p": body.get("p"),
            "count": body.get("count"),
            "negative_share": body.get("negative_share"),
            "delivery": {
                "status": self.status,
                "attempts": self.attempts,
                "last_status": self.last_status,
                "last_error": self.last_error,
                "next_attempt_at": _iso(self.next_attempt_at),
                "delivered_at": _iso(self.delivered_at),
            },
            "created_at": _iso(self.created_at),
        }


def _iso(t: float | None) -> str | None:
    if t is None:
        return None
    return dt.datetime.fromtimestamp(t, dt.UTC).isoformat().replace("+00:00", "Z")


def _event(row: Any) -> Event:
    r = dict(row)
    return Event(
        r["id"],
        r["stream_id"],
        r["rule_id"],
        r["group_kind"],
        r["grp"],
        r["period"],
        r["payload"],
        r["url"],
        r["status"],
        r["attempts"],
        r["next_attempt_at"],
        r["last_status"],
        r["last_error"],
        r["created_at"],
        r["delivered_at"],
    )


class AlertStore:
    """Rules and events in the service database."""

    def __init__(
        self, engine: Engine, policy: str = "deny", clock: Callable[[], float] = time.time
    ) -> None:
        self.engine = engine
        self.policy = policy  # settings.alert_private_webhooks
        self.clock = clock

    # --- rules ----------------------------------------------------------------------------

    def put_rules(self, stream: Stream, rules: list[AlertRule]) -> list[AlertRule]:
        """Replace the stream's rules. A rule without a secret keeps the one stored under its
        id; a new rule without one is refused (InvalidInput, 422)."""
        if len(rules) > MAX_RULES:
            raise InvalidInput(f"at most {MAX_RULES} alert rules per stream")
        ids = [r.id for r in rules]
        if len(set(ids)) != len(ids):
            raise InvalidInput("alert rule ids must be unique within the stream")
        for r in rules:
            check_url(r.webhook_url, self.policy)
        old = self._secrets(stream.id)
        now = self.clock()
        rows = []
        for r in rules:
            secret = r.secret or old.get(r.id)
            if not secret:
                raise InvalidInput(f"alert rule {r.id!r} needs a 'secret' (16-256 characters)")
            rows.append(
                {
                    "stream_id": stream.id,
                    "rule_id": r.id,
                    "body": json.dumps(r.public()),
                    "secret": secret,
                    "updated_at": now,
                }
            )
        with self.engine.begin() as conn:
            conn.execute(delete(alert_rules).where(alert_rules.c.stream_id == stream.id))
            if rows:
                conn.execute(insert(alert_rules), rows)
        return self.rules(stream)

    def _secrets(self, stream_id: int) -> dict[str, str]:
        q = select(alert_rules.c.rule_id, alert_rules.c.secret).where(
            alert_rules.c.stream_id == stream_id
        )
        with self.engine.connect() as conn:
            return {a: b for a, b in conn.execute(q).all()}

    def rules(self, stream: Stream) -> list[AlertRule]:
        """The stream's rules by id (secrets left out)."""
        q = (
            select(alert_rules.c.body)
            .where(alert_rules.c.stream_id == stream.id)
            .order_by(alert_rules.c.rule_id)
        )
        with self.engine.connect() as conn:
            return [
                AlertRule.model_validate(json.loads(b), context={"stored": True})
                for (b,) in conn.execute(q).all()
            ]

    def secret(self, stream_id: int, rule_id: str) -> str | None:
        """A rule's secret (to sign a delivery), or None when the rule is gone."""
        q = select(alert_rules.c.secret).where(
            alert_rules.c.stream_id == stream_id, alert_rules.c.rule_id == rule_id
        )
        with self.engine.connect() as conn:
            row = conn.execute(q).first()
        return None if row is None else str(row[0])

    # --- events ---------------------------------------------------------------------------

    def fire(
        self,
        stream: Stream,
        rule: AlertRule,
        spike: dict[str, Any],
        examples: Callable[[], list[dict[str, Any]]],
    ) -> str | None:
        """Create the event of a spike unless it exists; its id, or None when it had fired."""
        key = (
            alert_events.c.stream_id == stream.id,
            alert_events.c.rule_id == rule.id,
            alert_events.c.group_kind == rule.group_kind,
            alert_events.c.grp == spike["group"],
            alert_events.c.period == spike["period"],
        )
        with self.engine.connect() as conn:  # cheap check first: examples cost a query
            if conn.execute(select(alert_events.c.id).where(*key)).first() is not None:
                return None
        event_id = secrets.token_hex(12)
        now = self.clock()
        payload = {
            "event_id": event_id, "stream": stream.name, "rule": rule.id,
            "group_kind": rule.group_kind, "group": spike["group"], "period": spike["period"],
            "period_start": spike["period_start"], "metric": spike["spike_metric"],
            "p": spike["spike_p"], "count": spike["count"], "negatives": spike["negatives"],
            "negative_share": spike["negative_share"],
            "baseline_count": spike["baseline_count"],
            "baseline_negative_share": spike["baseline_negative_share"],
            "sensitivity": rule.sensitivity, "min_count": rule.min_count,
            "examples": examples(), "fired_at": _iso(now),
        }  # fmt: skip
        with self.engine.begin() as conn:
            won = insert_ignore(
                conn,
                alert_events,
                {
                    "id": event_id,
                    "stream_id": stream.id,
                    "rule_id": rule.id,
                    "group_kind": rule.group_kind,
                    "grp": spike["group"],
                    "period": spike["period"],
                    "payload": json.dumps(payload, ensure_ascii=False, allow_nan=False),
                    "url": rule.webhook_url,
                    "status": "pending",
                    "attempts": 0,
                    "next_attempt_at": now,
                    "created_at": now,
                },
            )
        return event_id if won else None

    def events(self, stream: Stream, limit: int = 100) -> list[Event]:
        """The stream's fired alerts, newest first."""
        e = alert_events.c
        q = (
            select(alert_events)
            .where(e.stream_id == stream.id)
            .order_by(e.created_at.desc(), e.id)
            .limit(limit)
        )
        with self.engine.connect() as conn:
            return [_event(r) for r in conn.execute(q).mappings()]

    def claim_due(self, lease: float, limit: int = 20) -> list[Event]:
        """Pending events whose attempt is due and that no one holds, leased for ``lease`` s."""
        now = self.clock()
        e = alert_events.c
        due = and_(
            e.status == "pending",
            e.next_attempt_at <= now,
            or_(e.lease_until.is_(None), e.lease_until < now),
        )
        with self.engine.connect() as conn:
            ids = [
                r[0]
                for r in conn.execute(
                    select(e.id).where(due).order_by(e.next_attempt_at).limit(limit)
                ).all()
            ]
        out = []
        for event_id in ids:
            with self.engine.begin() as conn:
                res = conn.execute(
                    update(alert_events)
                    .where(e.id == event_id, due)
                    .values(lease_until=now + lease)
                )
                if res.rowcount == 1:
                    row = conn.execute(select(alert_events).where(e.id == event_id)).mappings()
                    out.append(_event(row.first()))
        return out

    def record_attempt(
        self, event_id: str, attempt: Attempt, attempts: int, next_at: float | None
    ) -> None:
        """Save an attempt: delivered, failed for good (``next_at`` None), or due again."""
        now = self.clock()
        status = "delivered" if attempt.ok else ("failed" if next_at is None else "pending")
        with self.engine.begin() as conn:
            conn.execute(
                update(alert_events)
                .where(alert_events.c.id == event_id)
                .values(
                    status=status,
                    attempts=attempts,
                    next_attempt_at=next_at,
                    lease_until=None,
                    last_status=attempt.status,
                    last_error=attempt.error,
                    delivered_at=now if attempt.ok else None,
                )
            )

    def next_due(self) -> float | None:
        """When the next pending attempt is due, or None."""
        q = select(func.min(alert_events.c.next_attempt_at)).where(
            alert_events.c.status == "pending"
        )
        with self.engine.connect() as conn:
            v = conn.execute(q).scalar()
        return None if v is None else float(v)


def _plain(row: dict[str, Any]) -> dict[str, Any]:
    """A trends row as JSON values (dates as YYYY-MM-DD, NaN as None)."""
    out: dict[str, Any] = {}
    for k, v in row.items():
        if hasattr(v, "date") and not isinstance(v, str):
            v = v.date().isoformat()
        elif isinstance(v, float) and v != v:
            v = None
        elif hasattr(v, "item"):  # numpy scalars
            v = v.item()
            if isinstance(v, float) and v != v:
                v = None
        out[k] = v
    return out


def evaluate(streams: StreamStore, alerts: AlertStore, stream: Stream, days: set[int]) -> list[str]:
    """Run the stream's enabled rules over its rollup for the periods holding ``days`` (the
    days an addition touched); the ids of the events fired now."""
    from ..insight.trends import spikes, trends

    rules = [r for r in alerts.rules(stream) if r.enabled]
    if not rules or not days:
        return []
    fired: list[str] = []
    frames: dict[str, Any] = {}
    for rule in rules:
        if rule.group_kind not in frames:
            frames[rule.group_kind] = streams.daily(stream, [rule.group_kind])
        t = trends(
            frames[rule.group_kind],
            period=rule.period,
            by=rule.group_kind,
            sensitivity=rule.sensitivity,
            min_count=rule.min_count,
            baseline_periods=rule.baseline_periods,
        )
        sp = spikes(t)
        if sp.empty:
            continue
        touched = {period_start_of(day_of(d), rule.period) for d in days}
        for raw in sp.to_dict("records"):
            row = _plain(raw)
            if rule.group is not None and row["group"] != rule.group:
                continue
            if rule.metric != "any" and rule.metric not in str(row["spike_metric"]).split("+"):
                continue
            start = dt.date.fromisoformat(row["period_start"])
            if start not in touched:
                continue

            def examples(row: dict[str, Any] = row, rule: AlertRule = rule) -> list[dict[str, Any]]:
                return streams.examples(
                    stream,
                    row["period_start"],
                    rule.period,
                    rule.group_kind,
                    row["group"],
                    EXAMPLES,
                    redact=True,
                )

            event_id = alerts.fire(stream, rule, row, examples)
            if event_id is not None:
                fired.append(event_id)
    return fired

"""Streams: keep a tenant's records over time; trends, drivers, records, the view; alerts.

Scopes: adding records (documents or a finished job), deleting a stream and setting its alert
rules need ``analyze``; reading (trends, drivers, records, the view, rules, fired alerts)
needs ``read``. ``GET /v1/jobs/{id}/view`` reads a job, so ``jobs`` or ``read``. A stream is
the key's tenant's: another tenant's stream is a 404.
"""

from __future__ import annotations

import datetime as dt
import logging
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, Header, Query, Response
from pydantic import AfterValidator
from starlette.concurrency import run_in_threadpool

from textinsight.service.alerts import AlertStore, evaluate
from textinsight.service.analyzers import effective_policy
from textinsight.service.errors import Conflict, PayloadTooLarge
from textinsight.service.keys import ApiKey
from textinsight.service.streams import (
    Columns,
    Stream,
    StreamStore,
    check_group_kind,
    check_name,
    check_score,
    day_of,
    group_kind_schema,
    period_end,
    period_start_of,
)

from .._state import AppState
from ..deps import AlertsDep, AnalyzersDep, JobsDep, SettingsDep, StateDep, StreamsDep
from ..errors import PROBLEM_RESPONSES
from ..schemas import (
    AlertEventsOut,
    AlertRulesIn,
    AlertRulesOut,
    AnalyzeRequest,
    DriversOut,
    StreamDocumentsResponse,
    StreamJobResponse,
    StreamList,
    StreamRecordsOut,
    TrendsOut,
)
from ..security import require
from .common import analyze_items, json_response

log = logging.getLogger("textinsight.api")
router = APIRouter(tags=["streams"], responses=PROBLEM_RESPONSES)
AddKey = Annotated[ApiKey, Depends(require("analyze"))]
ReadKey = Annotated[ApiKey, Depends(require("read"))]
JobReadKey = Annotated[ApiKey, Depends(require("jobs", "read"))]

PeriodQ = Annotated[Literal["day", "week", "month"], Query(description="day, week or month")]
# group kinds follow the head registry: checked per request, the enum built with the schema
_KIND = "The group kind: each registered label head's group, topic, channel, language, or all."
ByQ = Annotated[
    str,
    AfterValidator(check_group_kind),
    Query(description=_KIND, json_schema_extra=group_kind_schema),
]
OptionalByQ = Annotated[
    str | None,
    AfterValidator(check_group_kind),
    Query(description=_KIND, json_schema_extra=group_kind_schema),
]


def _check_driver_kinds(kinds: list[str] | None) -> list[str] | None:
    for k in kinds or ():
        if k == "all":
            raise ValueError("'all' has no drivers (it is the overall mean)")
        check_group_kind(k)
    return kinds


KindsQ = Annotated[
    list[str] | None,
    AfterValidator(_check_driver_kinds),
    Query(
        max_length=32,
        description="Group kinds to rank (repeatable; default touchpoint, pillar and topic): "
        "each registered label head's group, topic, channel or language.",
    ),
]
ScoreQ = Annotated[str | None, Query(max_length=64, description="A numeric meta field: nps…")]
DateColumn = Annotated[
    str,
    Query(
        min_length=1,
        max_length=64,
        description="Meta column with the date (else the 'date' field, else the arrival day).",
    ),
]
ChannelColumn = Annotated[
    str, Query(min_length=1, max_length=64, description="Meta column naming the channel.")
]
Sensitivity = Annotated[float, Query(gt=0.0, le=0.5, description="p-value cut of spikes.")]
MinCount = Annotated[int, Query(ge=1, le=1_000_000)]


def _after_add(
    st: AppState, streams: StreamStore, alerts: AlertStore, stream: Stream, days: set[int]
) -> list[str]:
    """Evaluate the stream's alert rules for the days an addition touched; wake the
    deliverer when alerts fired. A failure here never fails the addition."""
    if not days:
        return []
    try:
        fired = evaluate(streams, alerts, stream, days)
    except Exception:  # noqa: BLE001 - records are committed; the next addition evaluates again
        log.exception("alert evaluation failed", extra={"stream": stream.name})
        return []
    if fired and st.deliverer is not None:
        st.deliverer.kick()
    return fired


@router.post("/v1/streams/{name}/documents", response_model=StreamDocumentsResponse)
async def add_documents(
    name: str,
    body: AnalyzeRequest,
    key: AddKey,
    st: StateDep,
    settings: SettingsDep,
    analyzers: AnalyzersDep,
    streams: StreamsDep,
    alerts: AlertsDep,
    date_column: DateColumn = "date",
    channel_column: ChannelColumn = "channel",
    idempotency_key: Annotated[str | None, Header(max_length=80)] = None,
) -> Response:
    """Analyse the documents (as ``/v1/analyze`` does, with its limits and per-document
    errors) and keep their records in the stream (created by its first records). Records
    with an error are answered, not kept. An ``Idempotency-Key`` header makes a retried
    request add nothing twice. Alert rules are evaluated before the answer; webhooks are
    delivered apart."""
    check_name(name)
    if len(body.documents) > settings.api_max_documents:
        limit = settings.api_max_documents
        raise PayloadTooLarge(
            f"{len(body.documents)} documents; the limit per request is "
            f"{limit} (add a job for more)"
        )
    policy = body.options.policy()
    records = await analyze_items(
        st,
        key.tenant,
        body.documents,
        policy,
        body.options.topic_model,
        body.options.sentences,
        route="streams",
    )
    redacted = effective_policy(settings, policy) is not None
    source = f"request:{idempotency_key}" if idempotency_key else None
    added = await run_in_threadpool(
        streams.add,
        key.tenant,
        name,
        records,
        source=source,
        redacted=redacted,
        columns=Columns(date_column, channel_column),
    )
    fired = await run_in_threadpool(_after_add, st, streams, alerts, added.stream, added.days)
    return json_response(
        {
            "documents": records,
            "model_version": analyzers.model_version,
            "stream": added.public(),
            "alerts": fired,
        }
    )


@router.post("/v1/streams/{name}/jobs/{job_id}", response_model=StreamJobResponse)
def add_job(
    name: str,
    job_id: str,
    key: AddKey,
    st: StateDep,
    jobs: JobsDep,
    streams: StreamsDep,
    alerts: AlertsDep,
    date_column: DateColumn = "date",
    channel_column: ChannelColumn = "channel",
) -> Response:
    """Add a succeeded analyze job's records to the stream, once: adding the same job again
    adds nothing (``duplicate: true``)."""
    check_name(name)
    job = jobs.get(key.tenant, job_id)
    if job.kind != "analyze":
        raise Conflict(f"job {job.id} is a {job.kind} job; only analyze jobs have records")
    if job.status != "succeeded":
        raise Conflict(f"job {job.id} is {job.status}; a job is added once it has succeeded")
    redacted = effective_policy(st.settings, (job.params.get("options") or {}).get("redact"))
    added = streams.add(
        key.tenant,
        name,
        jobs.records(job.id),
        source=f"job:{job.id}",
        redacted=redacted is not None,
        columns=Columns(date_column, channel_column),
    )
    fired = _after_add(st, streams, alerts, added.stream, added.days)
    return json_response({"stream": added.public(), "alerts": fired})


@router.get("/v1/streams", response_model=StreamList)
def list_streams(key: ReadKey, streams: StreamsDep) -> Response:
    """The tenant's streams: records kept and the days they cover."""
    return json_response({"streams": [s.public() for s in streams.list(key.tenant)]})


@router.delete("/v1/streams/{name}", status_code=204, response_class=Response)
def delete_stream(name: str, key: AddKey, streams: StreamsDep) -> Response:
    """Remove the stream: its records, rollup, alert rules and fired alerts."""
    streams.delete(key.tenant, name)
    return Response(status_code=204)


@router.get("/v1/streams/{name}/trends", response_model=TrendsOut)
def stream_trends(
    name: str,
    key: ReadKey,
    store: StreamsDep,
    period: PeriodQ = "week",
    by: ByQ = "touchpoint",
    sensitivity: Sensitivity = 0.01,
    min_count: MinCount = 10,
    baseline_periods: Annotated[int, Query(ge=3, le=104)] = 8,
    score: ScoreQ = None,
) -> Response:
    """Per period and group of kind ``by``: count, negatives and their share, mean sentiment,
    the mean of ``score`` when named, and the spike test (insight.trends)."""
    from textinsight.insight.trends import trends
    from textinsight.insight.view import rows

    stream = store.get(key.tenant, name)
    daily = store.daily(stream, [by], check_score(score))
    t = trends(
        daily,
        period=period,
        by=by,
        sensitivity=sensitivity,
        min_count=min_count,
        baseline_periods=baseline_periods,
    )
    return json_response(
        {"stream": stream.name, "period": period, "by": by, "score": score, "rows": rows(t)}
    )


@router.get("/v1/streams/{name}/drivers", response_model=DriversOut)
def stream_drivers(
    name: str,
    key: ReadKey,
    store: StreamsDep,
    score: Annotated[
        str, Query(min_length=1, max_length=64, description="The numeric meta field: nps, csat…")
    ],
    min_count: Annotated[int, Query(ge=1, le=1_000_000)] = 5,
    confidence: Annotated[float, Query(gt=0.5, lt=1.0)] = 0.95,
    kind: KindsQ = None,
) -> Response:
    """How much the score moves with each touchpoint, pillar and topic, or the group kinds
    asked for with ``kind`` (insight.drivers):
    mean with and without, the Welch interval of the difference, the impact on the overall
    mean; rank 1 the most negative impact. ``scores`` lists the stream's score columns."""
    from textinsight.insight.drivers import drivers
    from textinsight.insight.view import rows

    stream = store.get(key.tenant, name)
    kinds = list(dict.fromkeys(kind or ("touchpoint", "pillar", "topic")))
    daily = store.daily(stream, kinds, check_score(score), whole=True)  # over all days
    d = drivers(daily, kinds=kinds, min_count=min_count, confidence=confidence)
    return json_response(
        {
            "stream": stream.name,
            "score": score,
            "scores": store.score_columns(stream),
            "rows": rows(d),
        }
    )


@router.get("/v1/streams/{name}/records", response_model=StreamRecordsOut)
def stream_records(
    name: str,
    key: ReadKey,
    store: StreamsDep,
    period: PeriodQ = "week",
    period_start: Annotated[
        dt.date | None,
        Query(description="A day in the period (YYYY-MM-DD); unset: the stream's last period."),
    ] = None,
    by: OptionalByQ = None,
    group: Annotated[str | None, Query(max_length=200)] = None,
    limit: Annotated[int, Query(ge=1, le=500)] = 20,
) -> Response:
    """The records of a period (of one group when ``by`` and ``group`` are given), most
    negative first, as stored (redacted text when the service redacts)."""
    stream = store.get(key.tenant, name)
    if by is not None and by != "all" and group is None:
        from textinsight.errors import InvalidInput

        raise InvalidInput("'by' needs 'group' (the group whose records to list)")
    if period_start is None and stream.last_day is None:
        return json_response(
            {"stream": stream.name, "period": period, "period_start": None, "records": []}
        )
    start = period_start_of(period_start or day_of(stream.last_day or 0), period)
    recs = store.records(
        stream, start=start, end=period_end(start, period), group_kind=by, group=group, limit=limit
    )
    return json_response(
        {
            "stream": stream.name,
            "period": period,
            "period_start": start.isoformat(),
            "records": recs,
        }
    )


@router.get("/v1/streams/{name}/view")
def stream_view(
    name: str,
    key: ReadKey,
    store: StreamsDep,
    period: PeriodQ = "week",
    score: ScoreQ = None,
    sensitivity: Sensitivity = 0.01,
    min_count: MinCount = 10,
) -> Response:
    """The view model the dashboard draws (INSIGHT_SPEC.md): trends of every group kind,
    spikes with their (redacted) comments, drivers of ``score``, languages, channels."""
    from textinsight.insight.view import build_view

    stream = store.get(key.tenant, name)
    daily = store.daily(stream, None, check_score(score))

    def examples(
        start: dt.date | None, per: str, kind: str, group: str, limit: int
    ) -> list[dict[str, Any]]:
        return store.examples(stream, start, per, kind, group, limit)

    view = build_view(
        daily,
        period=period,
        examples=examples,
        title=stream.name,
        sensitivity=sensitivity,
        min_count=min_count,
    )
    view.update({"stream": stream.name, "score": score, "scores": store.score_columns(stream)})
    return json_response(view)


@router.get("/v1/jobs/{job_id}/view")
def job_view(
    job_id: str,
    key: JobReadKey,
    jobs: JobsDep,
    period: PeriodQ = "week",
    score: ScoreQ = None,
    sensitivity: Sensitivity = 0.01,
    min_count: MinCount = 10,
    date_column: DateColumn = "date",
    channel_column: ChannelColumn = "channel",
) -> Response:
    """The view model of an ended analyze job's records, computed with the same insight
    functions as a stream's (records without a date count on the job's creation day)."""
    from textinsight.insight.facts import facts
    from textinsight.insight.trends import daily
    from textinsight.insight.view import build_view, record_examples

    job = jobs.get(key.tenant, job_id)
    if job.kind != "analyze":
        raise Conflict(f"job {job.id} is a {job.kind} job; only analyze jobs have records")
    if job.status not in ("succeeded", "failed"):
        raise Conflict(f"job {job.id} is {job.status}; its view is ready when it has ended")
    records = list(jobs.records(job.id))
    created = dt.datetime.fromtimestamp(job.created_at, dt.UTC).date()
    f = facts(
        records,
        date_column=date_column,
        score_column=check_score(score),
        channel_column=channel_column,
        default_date=created,
    )
    view = build_view(
        daily(f),
        period=period,
        examples=record_examples(f, records),
        title=f"job {job.id}",
        sensitivity=sensitivity,
        min_count=min_count,
    )
    view.update({"job": job.id, "score": score})
    return json_response(view)


@router.put("/v1/streams/{name}/alerts", response_model=AlertRulesOut)
def put_alerts(
    name: str, body: AlertRulesIn, key: AddKey, streams: StreamsDep, alerts: AlertsDep
) -> Response:
    """Replace the stream's alert rules (the stream is created when new). A rule's
    ``secret`` is write-only; leave it out to keep the one its id has."""
    stream = streams.ensure(key.tenant, name)
    rules = alerts.put_rules(stream, body.rules)
    return json_response({"stream": stream.name, "rules": [r.public() for r in rules]})


@router.get("/v1/streams/{name}/alerts", response_model=AlertRulesOut)
def get_alerts(name: str, key: ReadKey, streams: StreamsDep, alerts: AlertsDep) -> Response:
    """The stream's alert rules (never their secrets)."""
    stream = streams.get(key.tenant, name)
    return json_response(
        {"stream": stream.name, "rules": [r.public() for r in alerts.rules(stream)]}
    )


@router.get("/v1/streams/{name}/alerts/events", response_model=AlertEventsOut)
def alert_events(
    name: str,
    key: ReadKey,
    streams: StreamsDep,
    alerts: AlertsDep,
    limit: Annotated[int, Query(ge=1, le=1000)] = 100,
) -> Response:
    """Fired alerts, newest first: the spike, and the webhook delivery's status, attempts,
    last answer and next attempt."""
    stream = streams.get(key.tenant, name)
    return json_response(
        {"stream": stream.name, "events": [e.public() for e in alerts.events(stream, limit)]}
    )

"""Helpers the routes share: JSON bodies, documents from requests, topic assignment."""

from __future__ import annotations

import json
import secrets
from typing import Any

import orjson
from fastapi import Response

from textinsight.record import to_record
from textinsight.types import Document, RecordError

from .._state import AppState
from ..deps import analyzers, batchers, topic_model_store
from ..schemas import DocumentIn


def json_response(data: Any, status: int = 200, headers: dict[str, str] | None = None) -> Response:
    """JSON without a second validation pass; lone surrogates are written as escapes."""
    try:
        body = orjson.dumps(data)
    except TypeError:  # orjson refuses lone surrogates (undecodable input) - json escapes them
        body = json.dumps(data, ensure_ascii=True, default=str).encode()
    return Response(body, status, headers=headers, media_type="application/json")


def to_documents(
    items: list[DocumentIn], max_chars: int, run: str | None = None
) -> tuple[list[Document], dict[int, dict[str, Any]]]:
    """Documents for the pipeline, and ready error records (by position) for over-long ones;
    ``run`` scopes pseudonyms (one request)."""
    docs: list[Document] = []
    rejected: dict[int, dict[str, Any]] = {}
    for i, d in enumerate(items):
        doc = Document(
            str(d.id) if d.id is not None else str(i),
            d.text,
            dict(d.meta or {}),
            d.language.lower() if d.language else None,
            run=run,
        )
        if len(d.text) > max_chars:
            doc.error = RecordError(
                "text_too_long",
                f"the text has {len(d.text)} characters; the limit per document is {max_chars}",
            )
            rejected[i] = to_record(doc)
        else:
            docs.append(doc)
    return docs, rejected


def merge(
    n: int, records: list[dict[str, Any]], rejected: dict[int, dict[str, Any]]
) -> list[dict[str, Any]]:
    """Analysed and rejected records back in input order."""
    it = iter(records)
    return [rejected[i] if i in rejected else next(it) for i in range(n)]


async def analyze_items(
    st: AppState,
    tenant: str,
    items: list[DocumentIn],
    policy: str | None,
    topic_model: str | None,
    sentences: bool = True,
    route: str = "analyze",
) -> list[dict[str, Any]]:
    """Analyse request documents through the micro-batcher; add topics when asked (NotReady
    while the models or the batcher have not started)."""
    queue = await batchers(st)
    (await analyzers(st)).check(policy)
    limit = st.settings.api_max_chars  # load shedding: refuse before the look-ups below
    queue.admit(tenant, [d.text for d in items if len(d.text) <= limit])
    model = (
        (f"{tenant}/{topic_model}", await load_topic_model(st, tenant, topic_model))
        if topic_model
        else None
    )
    run = f"request-{secrets.token_hex(8)}" if policy == "pseudonym" else None
    docs, rejected = to_documents(items, st.settings.api_max_chars, run)
    taxonomies: tuple[Any, ...] = ()
    if st.taxonomies is not None:  # the tenant's own pillars / touchpoints, when it has them
        from starlette.concurrency import run_in_threadpool

        taxonomies = await run_in_threadpool(
            st.taxonomies.overrides, tenant, st.settings.data_dir / "taxonomies"
        )
    analysed = await queue.submit(policy, docs, model, taxonomies, tenant)
    records = merge(len(items), analysed, rejected)
    if not sentences:
        for r in records:
            r.pop("sentences", None)
    if st.metrics is not None:
        st.metrics.documents.labels(route).inc(len(records))
    return records


async def load_topic_model(st: AppState, tenant: str, model_id: str) -> Any:
    """A tenant's ready topic model, loaded once per process (the tenant is checked each time)."""
    from starlette.concurrency import run_in_threadpool

    store = await topic_model_store(st)
    await run_in_threadpool(store.directory, tenant, model_id)  # 404 / 409 / ready
    key = f"{tenant}/{model_id}"
    if key not in st.topic_assigners:
        queue = await batchers(st)
        st.topic_assigners[key] = await queue.call(store.load, tenant, model_id)
    return st.topic_assigners[key]

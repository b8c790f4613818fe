"""Topic models: fit (as a job), state, topics, and assigning new documents."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Response
from starlette.concurrency import run_in_threadpool

from textinsight.errors import InvalidInput
from textinsight.service.errors import PayloadTooLarge
from textinsight.service.keys import ApiKey

from ..deps import AnalyzersDep, BatchersDep, JobsDep, SettingsDep, StateDep, TopicModelsDep
from ..errors import PROBLEM_RESPONSES
from ..schemas import AnalyzeResponse, AssignRequest, TopicFitRequest, TopicModelOut, TopicsOut
from ..security import require
from .common import analyze_items, json_response

router = APIRouter(tags=["topics"], responses=PROBLEM_RESPONSES)
TopicsKey = Annotated[ApiKey, Depends(require("topics"))]
ReadKey = Annotated[ApiKey, Depends(require("topics", "read"))]  # looks, changes nothing


@router.post("/v1/topic-models", status_code=202, response_model=TopicModelOut)
async def fit_topic_model(
    body: TopicFitRequest, key: TopicsKey, store: TopicModelsDep, jobs: JobsDep
) -> Response:
    """Fit a model from ``documents`` or a finished job's records (``job_id``), as a job.
    Answers 501 while this build has no topic-model component."""
    params: dict[str, Any] = {"seed": body.seed, "min_topic_size": body.min_topic_size}
    docs = None
    if body.job_id is not None and body.documents is None:
        params.update(source="job", job_id=body.job_id)
    elif body.documents is not None and body.job_id is None:
        params.update(source="documents")
        docs = [d.model_dump() for d in body.documents]
    else:
        raise InvalidInput("give either 'documents' or 'job_id'")
    model_id, _job = await run_in_threadpool(store.create, jobs, key.tenant, params, docs)
    out = await run_in_threadpool(store.public, key.tenant, model_id)
    return json_response(out, 202, headers={"Location": f"/v1/topic-models/{model_id}"})


@router.get("/v1/topic-models/{model_id}", response_model=TopicModelOut)
def get_topic_model(model_id: str, key: ReadKey, store: TopicModelsDep) -> dict[str, Any]:
    """The model's state (fitting, ready, failed)."""
    return store.public(key.tenant, model_id)


@router.get("/v1/topic-models/{model_id}/topics", response_model=TopicsOut)
def get_topics(model_id: str, key: ReadKey, store: TopicModelsDep) -> dict[str, Any]:
    """The topics of a ready model (labels, sizes, keywords, representative ids, counts)."""
    return {"topics": store.topics(key.tenant, model_id)}


@router.delete("/v1/topic-models/{model_id}", status_code=204, response_class=Response)
async def delete_topic_model(
    model_id: str,
    key: TopicsKey,
    st: StateDep,
    store: TopicModelsDep,
    jobs: JobsDep,
    batchers: BatchersDep,
) -> Response:
    """Remove the model, its topics and its fit job (a running fit is cancelled); the
    process forgets its loaded copy."""
    await run_in_threadpool(store.delete, key.tenant, model_id, jobs)
    st.topic_assigners.pop(f"{key.tenant}/{model_id}", None)
    await batchers.forget(f"{key.tenant}/{model_id}")
    return Response(status_code=204)


@router.post("/v1/topic-models/{model_id}/assign", response_model=AnalyzeResponse)
async def assign(
    model_id: str,
    body: AssignRequest,
    key: TopicsKey,
    st: StateDep,
    settings: SettingsDep,
    analyzers: AnalyzersDep,
) -> Response:
    """Analyse documents and add each one's ``topic`` from the model."""
    if len(body.documents) > settings.api_max_documents:
        raise PayloadTooLarge(f"the limit per request is {settings.api_max_documents}")
    records = await analyze_items(st, key.tenant, body.documents, None, model_id, route="assign")
    return json_response({"documents": records, "model_version": analyzers.model_version})

"""POST /v1/analyze: analyse a few documents now (micro-batched with concurrent requests)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Response

from textinsight.service.errors import PayloadTooLarge
from textinsight.service.keys import ApiKey

from ..deps import AnalyzersDep, StateDep
from ..errors import PROBLEM_RESPONSES
from ..schemas import AnalyzeRequest, AnalyzeResponse
from ..security import require
from .common import analyze_items, json_response

router = APIRouter(tags=["analyze"], responses=PROBLEM_RESPONSES)
AnalyzeKey = Annotated[ApiKey, Depends(require("analyze"))]


@router.post("/v1/analyze", response_model=AnalyzeResponse)
async def analyze(
    body: AnalyzeRequest, key: AnalyzeKey, st: StateDep, analyzers: AnalyzersDep
) -> Response:
    """Records for the documents, in input order. Over-long documents get their own
    ``text_too_long`` error; more documents than the limit is a 413. A request that would
    wait longer than ``api_max_queue_wait_ms`` for the analyzer is refused at once: 503
    ``shed`` with Retry-After (load shedding)."""
    if len(body.documents) > st.settings.api_max_documents:
        limit = st.settings.api_max_documents
        raise PayloadTooLarge(
            f"{len(body.documents)} documents; the limit per request is "
            f"{limit} (use /v1/jobs for more)"
        )
    records = await analyze_items(
        st,
        key.tenant,
        body.documents,
        body.options.policy(),
        body.options.topic_model,
        body.options.sentences,
    )
    return json_response({"documents": records, "model_version": analyzers.model_version})

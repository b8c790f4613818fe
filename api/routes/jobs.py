"""Jobs for large batches: submit (JSON or a file upload), progress, results, cancel."""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, Query, Request, Response
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, StreamingResponse
from pydantic import ValidationError
from starlette.background import BackgroundTask
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import UploadFile

from textinsight.errors import InvalidInput, UnsupportedFormat
from textinsight.io.archive import ArchiveLimits, check_file
from textinsight.io.encoding import check_encoding
from textinsight.io.header import check_text_column
from textinsight.io.readers import Columns
from textinsight.io.sniff import check_content
from textinsight.service.analyzers import AnalyzerSet
from textinsight.service.errors import Conflict
from textinsight.service.jobs import UPLOAD_FORMATS, JobStore
from textinsight.service.keys import ApiKey
from textinsight.service.results import RESULT_FORMATS, csv_chunks, jsonl_chunks, parquet_file
from textinsight.service.topics import TopicModelStore
from textinsight.settings import Settings
from textinsight.types import Document

from ..deps import AnalyzersDep, JobsDep, SettingsDep, TopicModelsDep
from ..errors import PROBLEM_RESPONSES
from ..schemas import AnalyzeRequest, JobList, JobOut, JobUpload
from ..security import require
from .common import json_response

router = APIRouter(tags=["jobs"], responses=PROBLEM_RESPONSES)
JobsKey = Annotated[ApiKey, Depends(require("jobs"))]
ReadKey = Annotated[ApiKey, Depends(require("jobs", "read"))]  # looks, changes nothing

_BODY = {
    "requestBody": {
        "required": True,
        "content": {
            "application/json": {"schema": {"$ref": "#/components/schemas/AnalyzeRequest"}},
            "multipart/form-data": {"schema": {"$ref": "#/components/schemas/JobUpload"}},
        },
    }
}


def _documents(items: list[dict[str, Any]]) -> list[Document]:
    return [
        Document(
            str(d["id"]) if d.get("id") is not None else str(i),
            d.get("text") or "",
            dict(d.get("meta") or {}),
            d.get("language"),
        )
        for i, d in enumerate(items)
    ]


def _analyze_body(raw: bytes) -> AnalyzeRequest:
    """The JSON body of a job, read as /v1/analyze reads its body (Python's JSON parser keeps
    a lone surrogate such as ``\\ud800``: that document gets its own ``undecodable`` error,
    the request is not refused)."""
    try:
        data = json.loads(raw)
    except ValueError as exc:
        raise RequestValidationError(
            [{"loc": ("body",), "type": "json_invalid", "msg": "the body is not valid JSON"}]
        ) from exc
    try:
        return AnalyzeRequest.model_validate(data)
    except ValidationError as exc:
        raise RequestValidationError(exc.errors()) from exc


@dataclass(frozen=True)
class Submit:
    """What a job submission uses: the settings, the analyzers (to check the options and to
    redact), the topic models (to check that one is ready) and the job store."""

    settings: Settings
    analyzers: AnalyzerSet
    topic_models: TopicModelStore
    jobs: JobStore

    def check_options(self, tenant: str, policy: str | None, topic_model: str | None) -> None:
        """The redaction policy can be applied; the topic model exists, is the tenant's and is
        ready."""
        self.analyzers.check(policy)
        if topic_model:
            self.topic_models.directory(tenant, topic_model)


async def submit(
    settings: SettingsDep, analyzers: AnalyzersDep, topic_models: TopicModelsDep, jobs: JobsDep
) -> Submit:
    """The parts a job submission uses (503 while one has not started)."""
    return Submit(settings, analyzers, topic_models, jobs)


SubmitDep = Annotated[Submit, Depends(submit)]


def _scrubbed_upload(
    sub: Submit, tenant: str, name: str, upload: UploadFile, options: dict[str, Any], cols: Columns
) -> Any:
    """``never_store_raw``: parse the upload in the request and spool only redacted rows.

    The readers need a file with the right suffix; it lives in a private temporary directory
    for the length of this call (as starlette's own upload buffer does) and is removed here.
    """
    from textinsight.io.sandbox import ParseLimits, read_limited

    with tempfile.TemporaryDirectory(prefix="textinsight-upload-") as tmp:
        path = Path(tmp) / Path(name).name
        with open(path, "wb") as f:
            shutil.copyfileobj(upload.file, f, 1 << 20)
        docs = read_limited(path, cols, ParseLimits.from_settings(sub.settings))  # a child
        rows = sub.analyzers.scrub(docs, options["redact"])
        return sub.jobs.submit_documents(tenant, rows, options)


async def _from_upload(sub: Submit, tenant: str, request: Request) -> Any:
    form = await request.form(max_files=1, max_fields=20)
    try:
        upload = form.get("file")
        if not isinstance(upload, UploadFile) or not upload.filename:
            raise InvalidInput("a multipart job needs a 'file' part with a file name")
        suffix = Path(upload.filename).suffix.lower()
        if suffix not in UPLOAD_FORMATS:
            raise UnsupportedFormat(
                f"cannot read {suffix or 'files without an extension'}: "
                f"upload one of {', '.join(UPLOAD_FORMATS)}"
            )
        if not Path(upload.filename).name[: -len(suffix)].strip(". "):
            raise InvalidInput(f"the file name needs a name before its {suffix} extension")
        # the bytes must be what the extension says (415), before anything is spooled
        await run_in_threadpool(check_content, upload.filename, upload.file)
        fields = {k: v for k, v in form.items() if isinstance(v, str)}
        try:
            opts = JobUpload.model_validate({**fields, "file": b""})
        except ValidationError as exc:
            raise RequestValidationError(exc.errors()) from exc
        options = {
            "redact": opts.redact,
            "topic_model": opts.topic_model,
            "sentences": opts.sentences,
        }
        await run_in_threadpool(sub.check_options, tenant, opts.redact, opts.topic_model)
        encoding = check_encoding(opts.encoding) if opts.encoding else None
        cols = Columns(
            opts.text_column, opts.id_column or None, opts.language_column or None, encoding
        )
        # a zip bomb is refused now (413), from the archive's directory, before it is spooled
        limits = ArchiveLimits.from_settings(sub.settings)
        await run_in_threadpool(check_file, upload.filename, upload.file, limits)
        # a wrong text column too (422, naming the columns found), before the job is queued
        await run_in_threadpool(
            check_text_column, upload.filename, upload.file, cols.text, encoding
        )
        if sub.settings.never_store_raw:
            return await run_in_threadpool(
                _scrubbed_upload, sub, tenant, upload.filename, upload, options, cols
            )
        return await run_in_threadpool(
            sub.jobs.submit_upload, tenant, upload.filename, upload.file, options, cols
        )
    finally:
        await form.close()


@router.post("/v1/jobs", status_code=202, response_model=JobOut, openapi_extra=_BODY)
async def create_job(key: JobsKey, request: Request, sub: SubmitDep) -> Response:
    """Queue a job: the body of /v1/analyze (any number of documents), or a file upload
    (``multipart/form-data`` with ``file`` and optional column and option fields)."""
    ctype = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if ctype == "multipart/form-data":
        job = await _from_upload(sub, key.tenant, request)
    elif ctype in ("application/json", ""):
        body = _analyze_body(await request.body())
        policy = body.options.policy()
        await run_in_threadpool(sub.check_options, key.tenant, policy, body.options.topic_model)
        options = {
            "redact": policy,
            "topic_model": body.options.topic_model,
            "sentences": body.options.sentences,
        }
        docs = [d.model_dump() for d in body.documents]
        if sub.settings.never_store_raw:  # the spool keeps only redacted text
            scrub = sub.analyzers.scrub
            docs = await run_in_threadpool(lambda: list(scrub(_documents(docs), policy)))
        job = await run_in_threadpool(sub.jobs.submit_documents, key.tenant, docs, options)
    else:
        raise UnsupportedFormat("send application/json or multipart/form-data")
    return json_response(job.public(), 202, headers={"Location": f"/v1/jobs/{job.id}"})


@router.get("/v1/jobs", response_model=JobList)
def list_jobs(
    key: ReadKey, jobs: JobsDep, limit: Annotated[int, Query(ge=1, le=1000)] = 100
) -> dict[str, Any]:
    """The most recent jobs of the key's tenant."""
    return {"jobs": [j.public() for j in jobs.recent(key.tenant, limit)]}


@router.get("/v1/jobs/{job_id}", response_model=JobOut)
def get_job(job_id: str, key: ReadKey, jobs: JobsDep) -> dict[str, Any]:
    """Status and progress."""
    return jobs.get(key.tenant, job_id).public()


@router.get(
    "/v1/jobs/{job_id}/results",
    response_class=Response,
    responses={
        200: {
            "description": "The records, streamed.",
            "content": {m: {} for m in RESULT_FORMATS.values()},
        }
    },
)
def job_results(
    job_id: str,
    key: ReadKey,
    store: JobsDep,
    format: Annotated[Literal["jsonl", "csv", "parquet"], Query()] = "jsonl",
) -> Response:
    """The records of an ended job in input order, streamed (Parquet: written, then sent). A
    failed job answers the records it committed, with ``X-Job-Status: failed``."""
    job = store.get(key.tenant, job_id)
    if job.status not in ("succeeded", "failed"):
        raise Conflict(f"job {job.id} is {job.status}; results are ready when it has ended")

    def records() -> Any:
        return store.records(job.id)

    headers = {
        "Content-Disposition": f'attachment; filename="{job.id}.{format}"',
        "X-Job-Status": job.status,
        "X-Job-Records": str(job.done),
    }
    if format == "jsonl":
        return StreamingResponse(
            jsonl_chunks(records), media_type=RESULT_FORMATS["jsonl"], headers=headers
        )
    if format == "csv":
        return StreamingResponse(
            csv_chunks(records), media_type=RESULT_FORMATS["csv"], headers=headers
        )
    fd, name = tempfile.mkstemp(suffix=".parquet")
    os.close(fd)
    try:
        path = parquet_file(records, Path(name))
    except BaseException:
        Path(name).unlink(missing_ok=True)  # a failed write (a full disk) leaves no file
        raise
    return FileResponse(
        path,
        media_type=RESULT_FORMATS["parquet"],
        headers=headers,
        background=BackgroundTask(path.unlink, missing_ok=True),
    )


@router.delete("/v1/jobs/{job_id}", status_code=204, response_class=Response)
def delete_job(job_id: str, key: JobsKey, jobs: JobsDep) -> Response:
    """Cancel the job (a running worker stops at its next batch) and remove it and its results."""
    jobs.delete(key.tenant, job_id)
    return Response(status_code=204)

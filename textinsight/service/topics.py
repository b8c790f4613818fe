"""Topic models for the service: a small interface over ``textinsight.topics``, imported lazily.

Fitting runs as a job (kind ``topic_fit``) in the worker: the documents (given, or the texts of
a finished analyze job) go through the library's one fit-from-documents path
(``textinsight.topics.run.fit_documents``: the pipeline once, then the fit). The model is
saved under ``data_dir/topic_models/<tenant>/<id>/`` and listed in ``ti_topic_models``.
When ``textinsight.topics`` is not part of this build every call raises
:class:`NotAvailable` (HTTP 501) - no results are made up.
"""

from __future__ import annotations

import contextlib
import json
import shutil
import time
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import delete, insert, select, update
from sqlalchemy.engine import Engine

from ..errors import InvalidInput
from ..record import to_record
from ..types import Document
from .db import topic_models
from .errors import Conflict, NotAvailable, NotFound
from .jobs import Job, JobStore, new_id

if TYPE_CHECKING:
    from ..analyzer import Analyzer
    from .context import WorkerContext

Records = list[dict[str, Any]]


def topics_module() -> Any:
    """``textinsight.topics.model``, or NotAvailable when this build does not have it."""
    import importlib
    import importlib.util

    # textinsight.topics.model imports BERTopic lazily, so importing it proves nothing: the
    # libraries a fit needs must be installed, or the job would fail later as an internal error
    missing = [m for m in ("bertopic", "umap", "hdbscan") if importlib.util.find_spec(m) is None]
    if missing:
        raise NotAvailable(
            "topic models are not available in this build (install textinsight[topics]; "
            f"missing: {', '.join(missing)})"
        )
    try:
        mod = importlib.import_module("textinsight.topics.model")
    except ImportError as exc:
        raise NotAvailable(
            "topic models are not available in this build (textinsight.topics is missing)"
        ) from exc
    if not all(hasattr(mod, n) for n in ("fit", "FitParams", "TopicModel", "units_from_docs")):
        raise NotAvailable("this build's textinsight.topics lacks fit/FitParams/TopicModel")
    return mod


def available() -> bool:
    """True when topic models can be fitted and used."""
    try:
        topics_module()
    except NotAvailable:
        return False
    return True


def analyse_with_topics(analyzer: Analyzer, docs: list[Document], model: Any | None) -> Records:
    """Run the pipeline, add topics from ``model`` when given, and make the records."""
    done = list(analyzer.pipeline.pipe(docs))
    if model is not None:
        model.assign_documents(done)
    return [to_record(d) for d in done]


class TopicModelStore:
    """Topic-model rows and their directories, per tenant."""

    def __init__(self, engine: Engine, data_dir: Path) -> None:
        self.engine = engine
        self.root = Path(data_dir) / "topic_models"

    def create(
        self,
        jobs: JobStore,
        tenant: str,
        params: dict[str, Any],
        documents: list[dict[str, Any]] | None = None,
    ) -> tuple[str, Job]:
        """Register a model and queue the job that fits it (from ``documents`` or a job)."""
        topics_module()
        if params.get("source") == "job":
            src = jobs.get(tenant, params["job_id"])
            if src.status != "succeeded" or src.kind != "analyze":
                raise Conflict(f"job {src.id} is {src.status}; fit from a finished analyze job")
        model_id, job_id = new_id(), new_id()
        with self.engine.begin() as conn:
            conn.execute(
                insert(topic_models).values(
                    id=model_id,
                    tenant=tenant,
                    job_id=job_id,
                    status="fitting",
                    params=json.dumps(params),
                    created_at=time.time(),
                )
            )
        extra = {**params, "model_id": model_id}
        if documents is not None:
            job = jobs.submit_documents(tenant, documents, {}, "topic_fit", extra, job_id)
        else:
            job = jobs.submit_task(tenant, "topic_fit", extra, job_id)
        return model_id, job

    def row(self, tenant: str, model_id: str) -> dict[str, Any]:
        """The tenant's model row; another tenant's is reported missing."""
        with self.engine.connect() as conn:
            r = (
                conn.execute(select(topic_models).where(topic_models.c.id == model_id))
                .mappings()
                .first()
            )
        if r is None or r["tenant"] != tenant:
            raise NotFound(f"no topic model {model_id!r}")
        return dict(r)

    def public(self, tenant: str, model_id: str) -> dict[str, Any]:
        """What the API shows about a model."""
        from .jobs import _iso

        r = self.row(tenant, model_id)
        return {
            "id": r["id"],
            "status": r["status"],
            "job_id": r["job_id"],
            "params": json.loads(r["params"]),
            "error": r["error"],
            "created_at": _iso(r["created_at"]),
        }

    def directory(self, tenant: str, model_id: str) -> Path:
        """Where a ready model lives (Conflict while it is fitting or when it failed)."""
        r = self.row(tenant, model_id)
        if r["status"] != "ready" or not r["path"]:
            raise Conflict(f"topic model {model_id} is {r['status']}")
        return self.root / r["path"]

    def topics(self, tenant: str, model_id: str) -> list[dict[str, Any]]:
        """The model's ``topics.json``."""
        data = json.loads((self.directory(tenant, model_id) / "topics.json").read_text("utf-8"))
        return list(data["topics"] if isinstance(data, dict) else data)

    def load(self, tenant: str, model_id: str) -> Any:
        """The loaded model (its ``assign_documents`` adds topics to analysed documents)."""
        directory = self.directory(tenant, model_id)
        return topics_module().TopicModel.load(directory)

    def mark(
        self, model_id: str, status: str, path: str | None = None, error: str | None = None
    ) -> None:
        """Record the outcome of a fit (a model deleted meanwhile: its files go too)."""
        with self.engine.begin() as conn:
            res = conn.execute(
                update(topic_models)
                .where(topic_models.c.id == model_id)
                .values(status=status, path=path, error=error)
            )
        if res.rowcount == 0 and path:
            shutil.rmtree(self.root / path, ignore_errors=True)

    def delete(self, tenant: str, model_id: str, jobs: JobStore) -> None:
        """Remove the tenant's model, its files and its fit job (a running fit is cancelled);
        another tenant's model is reported missing."""
        r = self.row(tenant, model_id)
        with self.engine.begin() as conn:
            conn.execute(delete(topic_models).where(topic_models.c.id == model_id))
        shutil.rmtree(self.root / (r["path"] or f"{tenant}/{model_id}"), ignore_errors=True)
        with contextlib.suppress(NotFound):  # the fit job may be gone already
            jobs.delete(tenant, r["job_id"])


def _job_documents(store: JobStore, job_id: str) -> Iterator[Document]:
    for r in store.records(job_id):
        if r.get("error"):
            continue
        lang = (r.get("language") or {}).get("code")
        yield Document(r["id"], r["text"], dict(r.get("meta") or {}), lang)


def run_fit_job(worker: WorkerContext, job: Job) -> None:
    """The worker's part: analyse once, fit, save (the one fit-from-documents path,
    :func:`textinsight.topics.run.fit_documents`), mark the model ready."""
    topics_module()
    from ..pipeline import redaction_policy
    from ..topics.run import FitOptions, fit_documents
    from ..topics.steps import FitParams

    params = job.params
    store = TopicModelStore(worker.store.engine, worker.settings.data_dir)
    analyzer = worker.analyzers.get(None)
    if analyzer.pipeline.encoder is None:
        raise InvalidInput("topic models need the 'embed' stage in the pipeline")
    if params.get("source") == "job":
        docs: Iterator[Document] = _job_documents(worker.store, params["job_id"])
    else:
        docs = worker.store.documents(job)
    fp = FitParams(seed=params.get("seed", 42), min_topic_size=params.get("min_topic_size"))
    rel = f"{job.tenant}/{params['model_id']}"
    result = fit_documents(
        docs,
        store.root / rel,
        analyzer.pipeline,
        FitOptions(fp, assignments=False),
        redaction_policy(worker.settings),
    )
    store.mark(params["model_id"], "ready", path=rel)
    # (finishing removes the input)
    worker.store.finish(job.id, worker.holder, "succeeded", total=result.documents)

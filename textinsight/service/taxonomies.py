"""Label taxonomies over the service: the shipped ones, and custom ones stored per tenant.

A tenant's custom ``pillars`` / ``touchpoints`` replace the shipped label sets in its analyses
once they are fitted. Fitting (embedding every description and example, one logistic head per
label) runs as a job (kind ``taxonomy_fit``) in the worker, never on the web server's analyzer
thread: ``PUT`` stores the taxonomy and queues the fit (HTTP 202), and until the head is saved
under ``data_dir/taxonomies/heads/`` analyses keep the shipped labels. Labels and examples per
taxonomy are capped (``taxonomy_max_labels``, ``taxonomy_max_examples``).
"""

from __future__ import annotations

import hashlib
import json
import secrets
import shutil
import time
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pydantic import ValidationError
from sqlalchemy import delete, insert, select, update
from sqlalchemy.engine import Engine

from ..errors import InvalidInput
from ..settings import Settings
from ..taxonomy import Taxonomy, default_taxonomy
from .db import jobs, taxonomies
from .errors import NotFound, PayloadTooLarge

if TYPE_CHECKING:
    from .context import WorkerContext
    from .jobs import Job, JobStore

DEFAULTS = ("pillars", "touchpoints")


@dataclass(frozen=True)
class TaxonomyLimits:
    """How large a custom taxonomy may be (what fitting it costs grows with both)."""

    max_labels: int
    max_examples: int
    max_chars: int

    @classmethod
    def from_settings(cls, settings: Settings) -> TaxonomyLimits:
        """The limits the settings ask for."""
        return cls(
            settings.taxonomy_max_labels, settings.taxonomy_max_examples, settings.api_max_chars
        )

    def check(self, tax: Taxonomy) -> None:
        """PayloadTooLarge (413) naming the limit that ``tax`` passes."""
        if len(tax.labels) > self.max_labels:
            raise PayloadTooLarge(
                f"{len(tax.labels)} labels; the limit per taxonomy is "
                f"{self.max_labels} (taxonomy_max_labels)"
            )
        texts = [t for lab in tax.labels for t in lab.descriptions() + lab.examples]
        if len(texts) > self.max_examples:
            raise PayloadTooLarge(
                f"{len(texts)} examples and descriptions; the limit per "
                f"taxonomy is {self.max_examples} (taxonomy_max_examples)"
            )
        longest = max((len(t) for t in texts), default=0)
        if longest > self.max_chars:
            raise PayloadTooLarge(
                f"an example or description has {longest} characters; the "
                f"limit is {self.max_chars} (api_max_chars)"
            )


def digest(tax: Taxonomy) -> str:
    """A key of the taxonomy's content (its fitted head is saved under it)."""
    return hashlib.sha256(tax.model_dump_json().encode()).hexdigest()[:16]


def head_dir(directory: Path, tenant: str, name: str, key: str) -> Path:
    """Where the head fitted for a tenant's taxonomy lives (``directory``: data_dir/taxonomies)."""
    return _tenant_heads(directory, tenant) / f"{name}-{key}"


def _tenant_heads(directory: Path, tenant: str) -> Path:
    return directory / "heads" / hashlib.sha256(tenant.encode()).hexdigest()[:16]


class TaxonomyStore:
    """Read the shipped taxonomies; read and write a tenant's own."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    # Analysis uses a tenant's custom 'pillars' / 'touchpoints' in place of the shipped ones.
    def _custom(self, tenant: str, name: str | None = None) -> list[Taxonomy]:
        q = select(taxonomies.c.body).where(taxonomies.c.tenant == tenant)
        if name is not None:
            q = q.where(taxonomies.c.name == name)
        with self.engine.connect() as conn:
            rows = conn.execute(q.order_by(taxonomies.c.name)).all()
        return [Taxonomy.model_validate_json(r[0]) for r in rows]

    def list(self, tenant: str) -> list[dict[str, Any]]:
        """Summaries: the tenant's custom taxonomies, and shipped ones they do not replace."""
        custom = {t.name: t for t in self._custom(tenant)}
        out = []
        for name in DEFAULTS:
            if name not in custom:
                out.append(_summary(default_taxonomy(name), "default"))
        out.extend(_summary(t, "custom") for t in custom.values())
        return sorted(out, key=lambda s: s["name"])

    def get(self, tenant: str, name: str) -> tuple[Taxonomy, str]:
        """A taxonomy and its source ('custom' wins over 'default')."""
        found = self._custom(tenant, name)
        if found:
            return found[0], "custom"
        if name in DEFAULTS:
            return default_taxonomy(name), "default"
        raise NotFound(f"no taxonomy {name!r}")

    def put(
        self, tenant: str, name: str, body: dict[str, Any], limits: TaxonomyLimits | None = None
    ) -> tuple[Taxonomy, bool]:
        """Validate and store a custom taxonomy (within ``limits``); True when it was new."""
        labels = body.get("labels") if isinstance(body, dict) else None
        if limits is not None and isinstance(labels, list) and len(labels) > limits.max_labels:
            raise PayloadTooLarge(
                f"{len(labels)} labels; the limit per taxonomy is "
                f"{limits.max_labels} (taxonomy_max_labels)"
            )
        try:
            tax = Taxonomy.model_validate({**body, "name": name})
        except ValidationError as exc:
            parts = [f"{'.'.join(map(str, e['loc']))}: {e['msg']}" for e in exc.errors()]
            raise InvalidInput("invalid taxonomy: " + "; ".join(parts)) from exc
        if limits is not None:
            limits.check(tax)
        data, now = tax.model_dump_json(), time.time()
        with self.engine.begin() as conn:
            res = conn.execute(
                update(taxonomies)
                .where(taxonomies.c.tenant == tenant, taxonomies.c.name == name)
                .values(body=data, updated_at=now)
            )
            if res.rowcount == 1:
                return tax, False
            conn.execute(
                insert(taxonomies).values(tenant=tenant, name=name, body=data, updated_at=now)
            )
        return tax, True

    def overrides(self, tenant: str, directory: Path) -> tuple[tuple[str, Path], ...]:
        """The tenant's custom versions of the shipped label sets whose heads are fitted, as
        directories under ``directory`` that analysis settings can point at (a set still
        fitting is left out: its analyses keep the shipped labels meanwhile)."""
        out = []
        for tax in self._custom(tenant):
            if tax.name not in DEFAULTS:
                continue
            path = head_dir(directory, tenant, tax.name, digest(tax))
            if (path / "manifest.json").exists():
                out.append((tax.name, path))
        return tuple(sorted(out))

    def fit(self, tenant: str, tax: Taxonomy, job_store: JobStore, directory: Path) -> str:
        """Queue the fit of a label set analysis uses (unless its head is there already);
        the taxonomy's status: 'fitting' or 'ready'."""
        if tax.name not in DEFAULTS:
            return "ready"
        key = digest(tax)
        if (head_dir(directory, tenant, tax.name, key) / "manifest.json").exists():
            return "ready"
        job_store.submit_task(tenant, "taxonomy_fit", {"name": tax.name, "digest": key})
        return "fitting"

    def status(self, tenant: str, tax: Taxonomy, directory: Path) -> tuple[str, str | None]:
        """'ready', 'fitting' or 'failed' (with the fit's error) for a custom taxonomy."""
        key = digest(tax)
        if (
            tax.name not in DEFAULTS
            or (head_dir(directory, tenant, tax.name, key) / "manifest.json").exists()
        ):
            return "ready", None
        q = (
            select(jobs.c.status, jobs.c.params, jobs.c.error)
            .where(jobs.c.tenant == tenant, jobs.c.kind == "taxonomy_fit")
            .order_by(jobs.c.created_at.desc())
        )
        with self.engine.connect() as conn:
            for status, params, error in conn.execute(q):
                p = json.loads(params)
                if p.get("name") == tax.name and p.get("digest") == key:
                    return ("failed", error) if status == "failed" else ("fitting", None)
        return "fitting", None

    def delete(self, tenant: str, name: str, directory: Path) -> None:
        """Remove the tenant's custom taxonomy and its fitted heads (NotFound when it has
        none of that name: shipped taxonomies cannot be deleted)."""
        with self.engine.begin() as conn:
            res = conn.execute(
                delete(taxonomies).where(taxonomies.c.tenant == tenant, taxonomies.c.name == name)
            )
        if res.rowcount != 1:
            raise NotFound(f"no custom taxonomy {name!r}")
        for path in _tenant_heads(directory, tenant).glob(f"{name}-*"):
            shutil.rmtree(path, ignore_errors=True)


def run_fit_job(worker: WorkerContext, job: Job) -> None:
    """The worker's part: fit the head of a tenant's taxonomy and save it where analyses
    look for it. A taxonomy replaced or deleted since the job was queued is skipped."""
    from ..taxonomy_model import fit_taxonomy

    name, key = job.params["name"], job.params["digest"]
    directory = worker.settings.data_dir / "taxonomies"
    found = TaxonomyStore(worker.store.engine)._custom(job.tenant, name)
    target = head_dir(directory, job.tenant, name, key)
    if found and digest(found[0]) == key and not (target / "manifest.json").exists():
        encoder = worker.analyzers.base.pipeline.encoder
        if encoder is None:
            raise InvalidInput("fitting a taxonomy needs the 'embed' stage in the pipeline")
        # in the space the label heads read: the encoder's label view when it has one
        views = getattr(encoder, "encode_views", None)
        encode = encoder.encode if views is None else (lambda texts: views(texts)[1])
        head = fit_taxonomy(found[0], encode)
        tmp = target.with_name(f".{target.name}.{secrets.token_hex(4)}")
        head.save(
            tmp,
            {
                "name": name,
                "version": str(found[0].version),
                "encoder": f"{encoder.name}@{encoder.version}",
                "training": "taxonomy descriptions and examples",
            },
        )
        try:
            tmp.rename(target)
        except OSError:  # another worker saved the same head first
            shutil.rmtree(tmp, ignore_errors=True)
    worker.store.finish(job.id, worker.holder, "succeeded", total=0)


def _summary(tax: Taxonomy, source: str) -> dict[str, Any]:
    return {
        "name": tax.name,
        "source": source,
        "version": str(tax.version),
        "labels": tax.ids,
        "multi_label": tax.multi_label,
    }


def as_json(tax: Taxonomy) -> dict[str, Any]:
    """A taxonomy as plain JSON."""
    return json.loads(tax.model_dump_json())

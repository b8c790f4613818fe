"""The analyzers a service process holds: the default one, and one per redaction policy.

They share the loaded encoder, so a second policy costs the light stages only. With
``never_store_raw`` every analyzer redacts (``redact`` or ``tag``), whatever a request asks.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from .. import __version__
from ..analyzer import Analyzer
from ..errors import ConfigError, InvalidInput
from ..pipeline import Pipeline
from ..settings import Settings
from ..types import Document

POLICIES = ("tag", "mask", "pseudonym")
Taxonomies = tuple[tuple[str, Path], ...]  # (label set name, custom taxonomy file)


class AnalyzerSet:
    """The base analyzer plus lazily built ones for other redaction policies."""

    def __init__(self, settings: Settings, base: Analyzer) -> None:
        self.settings = settings
        self.base = base
        self._by_policy: dict[tuple[str | None, Taxonomies], Analyzer] = {
            (self.default_policy, ()): base
        }
        self._lock = threading.Lock()
        self._model_version: str | None = None  # read once: the models do not change under it

    @classmethod
    def from_settings(cls, settings: Settings) -> AnalyzerSet:
        """Load the models once (the base analyzer applies the default redaction policy)."""
        check_settings(settings)
        policy = effective_policy(settings, None)
        base = Analyzer.from_settings(settings.updated(redact=policy))
        return cls(settings, base)

    @property
    def default_policy(self) -> str | None:
        """The policy applied when a request names none."""
        return effective_policy(self.settings, None)

    def check(self, requested: str | None) -> str | None:
        """The effective policy of a request; InvalidInput when it cannot be applied."""
        policy = effective_policy(self.settings, requested)
        if policy is not None and "pii" not in self.base.pipeline.names:
            raise InvalidInput("redaction needs the 'pii' stage, which this service does not run")
        return policy

    def get(self, requested: str | None, taxonomies: Taxonomies = ()) -> Analyzer:
        """The analyzer for a requested policy and a tenant's custom label sets (built on first
        use, sharing the encoder; a custom taxonomy is fitted once and cached on disk)."""
        policy = self.check(requested)
        key = (policy, taxonomies)
        with self._lock:
            found = self._by_policy.get(key)
            if found is None:
                found = self._build(policy, taxonomies)
                self._by_policy[key] = found
                while len(self._by_policy) > 64:  # tenants' analyzers: keep the recent ones
                    oldest = next(k for k in self._by_policy if k[1])
                    del self._by_policy[oldest]
            return found

    def _build(self, policy: str | None, taxonomies: Taxonomies = ()) -> Analyzer:
        shared: dict[str, Any] = {}
        if self.base.pipeline.encoder is not None:
            shared["encoder"] = self.base.pipeline.encoder
        update: dict[str, Any] = {"redact": policy}
        for name, path in taxonomies:
            update[f"{name}_taxonomy"] = path
        return Analyzer.from_settings(self.settings.updated(**update), **shared)

    def scrub(self, docs: Iterable[Document], requested: str | None) -> Iterator[dict[str, Any]]:
        """Documents as spool rows with personal data already redacted (``never_store_raw``):
        what a job store keeps is never the raw text. Masking hides the kind, so a masked
        job is spooled with tags (the worker then masks the tags). A document found faulty
        here (too long, undecodable, broken JSON) is spooled blank with its ``error``."""
        policy = self.check(requested) or "tag"
        analyzer = self.get("tag" if policy == "mask" else policy)
        keep = [st for st in analyzer.pipeline.stages if st.name in ("validate", "language", "pii")]
        scrubber = Pipeline(keep, self.settings.batch_size)
        for d in scrubber.pipe(docs):
            row: dict[str, Any] = {
                "id": d.id,
                "text": d.text,
                "language": d.language_hint,
                "meta": d.meta,
            }
            if d.error is not None:  # kept: the worker would see only the blanked text
                row["error"] = {"code": d.error.code, "message": d.error.message}
            if d.rows != 1:
                row["rows"] = d.rows
            yield row

    @property
    def model_version(self) -> str:
        """What a record depends on: textinsight's version, the encoder's, and a digest of the
        stage models (:func:`~textinsight.service.models.models_digest`)."""
        if self._model_version is None:
            from .model_files import models_digest

            enc = self.base.pipeline.encoder
            parts = [f"textinsight-{__version__}"]
            if enc is not None:
                parts.append(f"{enc.name}@{enc.version}")
            labels = models_digest(self.settings, list(self.base.pipeline.names))
            if labels is not None:
                parts.append(f"models@{labels}")
            self._model_version = "+".join(parts)
        return self._model_version


def effective_policy(settings: Settings, requested: str | None) -> str | None:
    """The redaction policy actually applied: ``never_store_raw`` forces one."""
    policy = requested or settings.redact
    if settings.never_store_raw and policy is None:
        policy = "tag"
    if policy is not None and policy not in POLICIES:
        raise InvalidInput(f"unknown redaction policy {policy!r}; use one of {POLICIES}")
    return policy


def check_settings(settings: Settings) -> None:
    """Refuse settings the service cannot honour."""
    if (settings.never_store_raw or settings.redact) and "pii" not in settings.stages:
        raise ConfigError("never_store_raw / redact need the 'pii' stage in 'stages'")

"""The pipeline: an ordered list of stages resolved from the settings through one registry."""

from __future__ import annotations

import copy
import logging
from collections.abc import Callable, Iterable, Iterator
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from .errors import ConfigError
from .heads import HEADS, LinearHead, head_dir, head_folder, read_spec
from .paths import models_dir as models_dir  # re-exported: scripts and tests use it here
from .settings import Settings
from .stages.base import Stage
from .types import Document, RecordError

if TYPE_CHECKING:
    from .encoder.encoder import Encoder

log = logging.getLogger("textinsight")


def _validate(settings: Settings, shared: dict[str, Any]) -> Stage:
    from .stages.validate import Validate

    return Validate(settings.max_chars)


def _language(settings: Settings, shared: dict[str, Any]) -> Stage:
    from .stages.language import LanguageIdentifier

    return LanguageIdentifier.load(
        models_dir() / "langid", min_confidence=settings.langid_min_confidence
    )


def _segment(settings: Settings, shared: dict[str, Any]) -> Stage:
    from .lang import SUPPORTED
    from .stages.segment import Segmenter, SentenceSplitter

    return Segmenter(
        settings.segment, SentenceSplitter().warm((*SUPPORTED, "xx")), settings.max_segments
    )


def _normalize(settings: Settings, shared: dict[str, Any]) -> Stage:
    from .stages.normalize import Normalizer

    return Normalizer()


def _embed(settings: Settings, shared: dict[str, Any]) -> Stage:
    from .encoder.encoder import Encoder
    from .stages.embed import Embedder

    encoder = shared.get("encoder") or Encoder.from_settings(settings)
    shared["encoder"] = encoder
    return Embedder(encoder, settings.embed_cache_entries)


def _head(name: str, settings: Settings, shared: dict[str, Any]) -> Stage:
    """The stage of a registered head: its manifest says what it predicts and where it
    writes; a head with a ``<name>_taxonomy`` setting (pillars, touchpoints) may be replaced
    by a custom label set."""
    directory = head_folder(head_dir(name), settings.encoder_runtime)
    spec = read_spec(directory, name)
    if spec.sentiment:
        from .stages.sentiment import SentimentStage

        stage = SentimentStage.load(directory)
        if settings.mixed_threshold is not None:
            stage.mixed_threshold = settings.mixed_threshold
        return stage
    custom = getattr(settings, f"{name}_taxonomy", None)
    if custom is not None:
        return _custom_labels(name, custom, settings, shared)
    from .stages.labels import HeadStage

    return HeadStage.load(directory, name)


def _custom_labels(name: str, custom: Path, settings: Settings, shared: dict[str, Any]) -> Stage:
    from .stages.labels import MultiLabelStage

    if custom.is_dir():  # a head fitted beforehand (the service fits tenants' sets as jobs)
        return MultiLabelStage(name, LinearHead.load(custom))
    from .encoder.encoder import Encoder
    from .taxonomy import load_taxonomy
    from .taxonomy_model import fit_taxonomy

    encoder = shared.get("encoder") or Encoder.from_settings(settings)
    shared["encoder"] = encoder
    tax = load_taxonomy(custom)
    head = fit_taxonomy(  # fitted in the space the label heads read
        tax,
        lambda texts: encoder.encode_views(texts)[1],
        settings.cache_dir,
        f"{encoder.name}@{encoder.version}",
    )
    return MultiLabelStage(name, head)


def _pii(settings: Settings, shared: dict[str, Any]) -> Stage:
    from .stages.pii import PiiStage

    # Presidio logs every recognizer it loads at INFO (about 45 lines per engine, so per
    # worker and per redaction policy); none of it is actionable, its warnings stay
    logging.getLogger("presidio-analyzer").setLevel(logging.WARNING)
    return PiiStage.load(settings.cache_dir, redaction_policy(settings), settings.pii_order_refs)


def redaction_policy(settings: Settings) -> Literal["tag", "mask", "pseudonym"] | None:
    """The policy the settings ask for: ``redact``, or 'tag' when raw text may not be stored."""
    if settings.redact is None and settings.never_store_raw:
        return "tag"
    return settings.redact


def _topics(settings: Settings, shared: dict[str, Any]) -> Stage:
    from .stages.topics import TopicStage

    if settings.topic_model is None:
        raise ConfigError("the 'topics' stage needs a topic model (--topics DIR / topic_model)")
    return TopicStage.load(settings.topic_model)


# The one registry of stage names. Factories import lazily: no work at import.
REGISTRY: dict[str, Callable[[Settings, dict[str, Any]], Stage]] = {
    "validate": _validate,
    "language": _language,
    "pii": _pii,
    "topics": _topics,
    "segment": _segment,
    "normalize": _normalize,
    "embed": _embed,
    # one stage per registered head (heads.HEADS; the folder under models/ says the rest)
    **{name: partial(_head, name) for name in HEADS},
}


def stage_factory(name: str) -> Callable[[Settings, dict[str, Any]], Stage] | None:
    """The factory of a stage name in :data:`REGISTRY`, or of a head registered in
    ``heads.HEADS`` since (read at call time: that list alone names the heads)."""
    if name in REGISTRY:
        return REGISTRY[name]
    return partial(_head, name) if name in HEADS else None


def known_stages() -> list[str]:
    """Every stage name the pipeline can build: the stages, then the heads."""
    return [*REGISTRY, *(h for h in HEADS if h not in REGISTRY)]


class Pipeline:
    """Runs documents through its stages in batches."""

    def __init__(self, stages: list[Stage], batch_size: int = 64) -> None:
        self.stages = stages
        self.batch_size = batch_size
        self._check_order()

    @classmethod
    def from_settings(cls, settings: Settings, **shared: Any) -> Pipeline:
        """Build the stages named in ``settings.stages``; ``shared`` may inject an encoder."""
        unknown = [s for s in settings.stages if stage_factory(s) is None]
        if unknown:
            raise ConfigError(f"unknown stages {unknown}; known: {sorted(known_stages())}")
        if redaction_policy(settings) and "pii" not in settings.stages:
            why = "never_store_raw" if settings.never_store_raw else "redact"
            raise ConfigError(f"{why} needs the 'pii' stage in the pipeline")
        names = list(settings.stages)
        if settings.topic_model is not None and "topics" not in names:
            names.append("topics")
        return cls(
            [stage_factory(name)(settings, shared) for name in names],  # type: ignore[misc]
            settings.batch_size,
        )

    def _check_order(self) -> None:
        have = {"text", "id", "meta"}
        for stage in self.stages:
            missing = [r for r in stage.requires if r not in have]
            if missing:
                raise ConfigError(f"stage {stage.name!r} needs {missing} from an earlier stage")
            have.update(a.split(".")[0] for a in stage.assigns)

    @property
    def names(self) -> list[str]:
        """Stage names in order."""
        return [s.name for s in self.stages]

    def get(self, name: str) -> Stage | None:
        """The stage of that name, if present."""
        return next((s for s in self.stages if s.name == name), None)

    @property
    def encoder(self) -> Encoder | None:
        """The encoder of the 'embed' stage, or None without one: topic and taxonomy fits
        embed with it, so they share the vectors (and the cache) of the analysis."""
        return getattr(self.get("embed"), "encoder", None)

    def require_encoder(self, purpose: str) -> Encoder:
        """:attr:`encoder`, or a ConfigError saying that ``purpose`` needs the 'embed' stage."""
        if self.encoder is None:
            raise ConfigError(f"{purpose}: the pipeline needs the 'embed' stage (its encoder)")
        return self.encoder

    def __call__(self, docs: list[Document]) -> list[Document]:
        """Run one batch through every stage."""
        for stage in self.stages:
            docs = stage(docs)
        return docs

    def pipe(self, docs: Iterable[Document]) -> Iterator[Document]:
        """Stream documents through in batches of ``batch_size`` (see :meth:`isolated`)."""
        batch: list[Document] = []
        for doc in docs:
            batch.append(doc)
            if len(batch) >= self.batch_size:
                yield from self.isolated(batch)
                batch = []
        if batch:
            yield from self.isolated(batch)

    def isolated(self, docs: list[Document]) -> list[Document]:
        """Run one batch; when a stage raises, run each document alone (from a copy taken
        before the batch), so a document that breaks a stage costs only its own record, which
        gets the error ``analysis_failed``. When every one of several documents fails alone
        too, the fault is not the documents' (a broken model) and the first error is raised.
        """
        before = [copy.deepcopy(d) for d in docs]
        try:
            return self(docs)
        except Exception as exc:  # noqa: BLE001 - retried below, raised when systemic
            first = exc
        out: list[Document] = []
        failed = 0
        for doc in before:
            try:
                out.extend(self([copy.deepcopy(doc)]))
            except Exception as exc:  # noqa: BLE001 - this document's own error
                failed += 1
                log.warning(
                    "a document failed the pipeline alone", extra={"error": type(exc).__name__}
                )
                out.append(self._failed(doc, exc))
        if failed == len(before) > 1:
            raise first
        return out

    def _failed(self, doc: Document, exc: Exception) -> Document:
        """``doc`` (as it came in) with the error ``analysis_failed``; a redacting pipeline
        keeps no raw text of it (its 'pii' stage blanks the text of failed documents)."""
        doc.error = RecordError(
            "analysis_failed", f"the analysis failed on this document ({type(exc).__name__})"
        )
        pii = self.get("pii")
        if pii is not None and getattr(pii, "policy", None) is not None:
            try:
                pii([doc])
            except Exception:  # noqa: BLE001 - then nothing of it is kept
                doc.text, doc.meta = "", {}
        return doc

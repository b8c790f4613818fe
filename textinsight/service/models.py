"""The models a service process runs, from their manifests (``GET /v1/models``).

For each stage of the loaded pipeline that runs a model: the model's name, version and the
sha256 of its files as its ``manifest.json`` lists them (the sums the loader checked), and
whether it is the shipped one or one the settings point at. The ``language`` stage runs
``models/langid``; ``embed`` runs the encoder and the tuned label trunk; any other stage runs
the shipped model folder of its own name (``models/<stage>``), or the custom taxonomy of a
``<stage>_taxonomy`` setting. Stages without a model folder (``validate``, ``pii`` ...)
are not listed.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from ..paths import models_dir
from ..settings import DEFAULT_ENCODER, Settings
from .analyzers import AnalyzerSet
from .model_files import stage_source


@dataclass(frozen=True)
class ModelInfo:
    """One model the pipeline runs."""

    role: str  # what it is in the pipeline: the folder name (sentiment, langid, encoder ...)
    stage: str  # the stage that runs it
    name: str  # the model's own name (its manifest's ``name``)
    version: str | None
    sha256: dict[str, str] = field(default_factory=dict)  # file -> sha256, from the manifest
    source: str = "shipped"  # shipped, or custom (a setting points at another model)


@dataclass(frozen=True)
class EncoderInfo:
    """The encoder that feeds the heads and the topics."""

    name: str
    version: str
    backend: str  # torch, onnx-fp32 or onnx-int8


@dataclass(frozen=True)
class ModelSet:
    """What ``GET /v1/models`` answers."""

    model_version: str
    stages: list[str]
    encoder: EncoderInfo | None
    models: list[ModelInfo]

    def public(self) -> dict[str, Any]:
        """The JSON answer."""
        return asdict(self)


def encoder_backend(settings: Settings) -> str:
    """The backend that runs the encoder (``encoder_quantize`` with onnx-fp32 is onnx-int8)."""
    return settings.encoder_runtime


def _manifest(directory: Path) -> dict[str, Any] | None:
    """A model folder's manifest (not verified again: the loader did), None without one."""
    from ..encoder.registry import read_manifest

    if not (directory / "manifest.json").is_file():
        return None
    return read_manifest(directory, "model", verify=False)


def _info(role: str, stage: str, manifest: dict[str, Any], source: str) -> ModelInfo:
    version = manifest.get("version", manifest.get("source_version"))
    sums = manifest.get("sha256")
    return ModelInfo(
        role,
        stage,
        str(manifest.get("name", role)),
        None if version is None else str(version),
        dict(sums) if isinstance(sums, dict) else {},
        source,
    )


def _encoder_models(settings: Settings, encoder: Any) -> list[ModelInfo]:
    from ..encoder.encoder import tuned_dir
    from ..encoder.registry import encoder_manifest

    if settings.encoder == DEFAULT_ENCODER:
        found = [_info("encoder", "embed", encoder_manifest(), "shipped")]
    else:
        found = [
            ModelInfo(
                "encoder",
                "embed",
                settings.encoder,
                getattr(encoder, "version", None),
                source="custom",
            )
        ]
    tuned = tuned_dir(settings)
    manifest = _manifest(tuned) if tuned is not None else None
    if tuned is not None and manifest is not None:
        shipped = tuned.resolve() == (models_dir() / "encoder_tuned").resolve()
        found.append(_info("encoder_tuned", "embed", manifest, "shipped" if shipped else "custom"))
    return found


def _stage_models(settings: Settings, stage: str) -> list[ModelInfo]:
    role, source, custom = stage_source(settings, stage)
    manifest = _manifest(source) if source.is_dir() else None
    if custom and manifest is None:  # a taxonomy file, fitted when the pipeline was built
        return [ModelInfo(stage, stage, source.stem, None, source="custom")]
    if manifest is None:
        return []
    return [_info(role, stage, manifest, "custom" if custom else "shipped")]


def loaded_models(analyzers: AnalyzerSet) -> ModelSet:
    """The models of the service's base pipeline, in stage order."""
    settings = analyzers.settings
    pipeline = analyzers.base.pipeline
    models: list[ModelInfo] = []
    for stage in pipeline.names:
        if stage == "embed":
            models += _encoder_models(settings, pipeline.encoder)
        else:
            models += _stage_models(settings, stage)
    enc = pipeline.encoder
    encoder = (
        EncoderInfo(enc.name, enc.version, encoder_backend(settings)) if enc is not None else None
    )
    return ModelSet(analyzers.model_version, list(pipeline.names), encoder, models)

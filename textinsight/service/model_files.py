"""Where each pipeline stage's model is defined on disk, and a digest of those definitions.

Shared by ``GET /v1/models`` (:mod:`textinsight.service.models`) and the ``model_version`` of
every answer (:class:`~textinsight.service.analyzers.AnalyzerSet`).
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from ..heads import head_folder
from ..paths import models_dir
from ..settings import Settings

STAGE_MODELS = {"language": "langid"}  # stages whose model folder has another name


def stage_source(settings: Settings, stage: str) -> tuple[str, Path, bool]:
    """(role, the folder or taxonomy file that defines the stage's model, whether custom)."""
    custom = getattr(settings, f"{stage}_taxonomy", None)
    if isinstance(custom, Path):  # a configured taxonomy replaces the shipped head
        return stage, custom, True
    role = STAGE_MODELS.get(stage, stage)
    return role, head_folder(models_dir() / role, settings.encoder_runtime), False


def models_digest(settings: Settings, stages: list[str]) -> str | None:
    """The first 8 hex digits of the sha256 over what defines each label stage's model: its
    ``manifest.json`` (classes, thresholds, calibration, long-document rules and aggregators,
    and its weights' sums) or a custom taxonomy file; None when no stage has one. Part of
    ``model_version``: a head recalibrated or given a document aggregator labels differently
    with the same encoder, and the version says so."""
    digest = hashlib.sha256()
    found = False
    for stage in stages:
        if stage == "embed":  # the encoder has its own version
            continue
        _, source, _ = stage_source(settings, stage)
        path = source / "manifest.json" if source.is_dir() else source
        if path.is_file():
            digest.update(f"{stage}\0".encode() + path.read_bytes() + b"\0")
            found = True
    return digest.hexdigest()[:8] if found else None

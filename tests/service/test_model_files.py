"""Where the stage models are defined, and the digest in ``model_version``
(textinsight.service.model_files)."""

from __future__ import annotations

import json
from pathlib import Path

from tests.service.test_models import models_of
from textinsight.paths import models_dir
from textinsight.service.model_files import models_digest, stage_source
from textinsight.settings import Settings


def test_stage_source_shipped_folder_or_custom_taxonomy(tmp_path: Path) -> None:
    assert stage_source(Settings(), "language") == ("langid", models_dir() / "langid", False)
    taxonomy = tmp_path / "ours.yaml"
    settings = Settings(data_dir=tmp_path, pillars_taxonomy=taxonomy)
    assert stage_source(settings, "pillars") == ("pillars", taxonomy, True)


def test_models_digest_skips_stages_without_a_model(tmp_path: Path) -> None:
    settings = Settings(data_dir=tmp_path)
    assert models_digest(settings, ["validate", "pii", "embed"]) is None
    one = models_digest(settings, ["sentiment"])
    assert one is not None and one != models_digest(settings, ["sentiment", "pillars"])


def test_model_version_changes_with_a_head_manifest(tmp_path: Path) -> None:
    """A head recalibrated (or given a document aggregator) labels differently with the same
    encoder: ``model_version`` carries a digest of the stage models' manifests."""
    fitted = tmp_path / "fitted"
    fitted.mkdir()
    (fitted / "manifest.json").write_text(json.dumps({"name": "acme", "thresholds": [0.5]}))
    settings = Settings(data_dir=tmp_path, touchpoints_taxonomy=fitted)
    first = models_of(settings, "sentiment", "touchpoints")["model_version"]
    again = models_of(settings, "sentiment", "touchpoints")["model_version"]
    assert first == again and "+models@" in first and len(first.split("@")[-1]) == 8
    (fitted / "manifest.json").write_text(json.dumps({"name": "acme", "thresholds": [0.6]}))
    assert models_of(settings, "sentiment", "touchpoints")["model_version"] != first
    assert "+models@" not in models_of(settings, "pii")["model_version"]  # no model folder

"""The models a service runs (textinsight.service.models), read from their manifests."""

from __future__ import annotations

import json
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest

from textinsight.analyzer import Analyzer
from textinsight.paths import models_dir
from textinsight.pipeline import Pipeline
from textinsight.service.analyzers import AnalyzerSet
from textinsight.service.models import encoder_backend, loaded_models
from textinsight.settings import Settings
from textinsight.stages.validate import Validate
from textinsight.types import Document


class Named:
    """A stage that does nothing but carry a name (and, for ``embed``, an encoder)."""

    requires: tuple[str, ...] = ("text",)
    assigns: tuple[str, ...] = ()

    def __init__(self, name: str, encoder: Any = None) -> None:
        self.name = name
        self.encoder = encoder

    def __call__(self, docs: list[Document]) -> list[Document]:
        return docs


def models_of(settings: Settings, *names: str, encoder: Any = None) -> dict[str, Any]:
    stages = [Validate(1000), *(Named(n, encoder if n == "embed" else None) for n in names)]
    return loaded_models(AnalyzerSet(settings, Analyzer(Pipeline(stages)))).public()


def manifest(folder: str) -> dict[str, Any]:
    return json.loads((models_dir() / folder / "manifest.json").read_text())


def test_models_each_stage_lists_its_shipped_manifest(tmp_path: Path) -> None:
    out = models_of(Settings(data_dir=tmp_path), "language", "sentiment", "pii", "pillars")
    assert out["stages"] == ["validate", "language", "sentiment", "pii", "pillars"]
    assert [(m["role"], m["stage"]) for m in out["models"]] == [
        ("langid", "language"),
        ("sentiment", "sentiment"),
        ("pillars", "pillars"),
    ]
    for m in out["models"]:
        want = manifest(m["role"])
        assert m["name"] == want["name"] and m["version"] == str(want["version"])
        assert m["sha256"] == want["sha256"] and m["sha256"]
        assert m["source"] == "shipped"
    assert out["encoder"] is None  # no embed stage
    assert out["model_version"].startswith("textinsight-")


def test_models_a_custom_taxonomy_replaces_the_shipped_head(tmp_path: Path) -> None:
    taxonomy = tmp_path / "our_pillars.yaml"
    taxonomy.write_text("labels: []\n")
    fitted = tmp_path / "fitted"
    fitted.mkdir()
    (fitted / "manifest.json").write_text(
        json.dumps(
            {"name": "acme-touchpoints", "version": "7", "sha256": {"weights.safetensors": "ab"}}
        )
    )
    settings = Settings(data_dir=tmp_path, pillars_taxonomy=taxonomy, touchpoints_taxonomy=fitted)
    out = models_of(settings, "pillars", "touchpoints")
    assert out["models"] == [
        {
            "role": "pillars",
            "stage": "pillars",
            "name": "our_pillars",
            "version": None,
            "sha256": {},
            "source": "custom",
        },
        {
            "role": "touchpoints",
            "stage": "touchpoints",
            "name": "acme-touchpoints",
            "version": "7",
            "sha256": {"weights.safetensors": "ab"},
            "source": "custom",
        },
    ]


def test_models_the_encoder_its_trunk_and_backend(tmp_path: Path) -> None:
    enc = SimpleNamespace(name="multilingual-e5-small", version="0.3.0+tuned")
    settings = Settings(data_dir=tmp_path, encoder_backend="onnx-fp32", encoder_quantize=True)
    out = models_of(settings, "embed", encoder=enc)
    assert out["encoder"] == {
        "name": "multilingual-e5-small",
        "version": "0.3.0+tuned",
        "backend": "onnx-int8",
    }
    roles = [m["role"] for m in out["models"]]
    assert roles[0] == "encoder"
    shipped = manifest("encoder")
    assert out["models"][0]["sha256"] == shipped["sha256"]
    assert out["models"][0]["version"] == shipped["source_version"]
    if (models_dir() / "encoder_tuned" / "manifest.json").exists():
        assert roles == ["encoder", "encoder_tuned"]
        assert out["models"][1]["version"] == manifest("encoder_tuned")["version"]
    # another encoder: named by its setting, no shipped checksums; no shipped trunk for it
    other = models_of(Settings(data_dir=tmp_path, encoder=str(tmp_path)), "embed", encoder=enc)
    assert other["models"] == [
        {
            "role": "encoder",
            "stage": "embed",
            "name": str(tmp_path),
            "version": "0.3.0+tuned",
            "sha256": {},
            "source": "custom",
        }
    ]


@pytest.mark.parametrize(
    ("backend", "quantize", "want"),
    [
        ("onnx-fp32", False, "onnx-fp32"),
        ("onnx-fp32", True, "onnx-int8"),
        ("torch", True, "torch"),
        ("onnx-int8", False, "onnx-int8"),
    ],
)
def test_models_encoder_backend(backend: str, quantize: bool, want: str) -> None:
    settings = Settings(encoder_backend=backend, encoder_quantize=quantize)  # type: ignore[arg-type]
    assert encoder_backend(settings) == want

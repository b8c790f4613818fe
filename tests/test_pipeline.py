"""The pipeline: registry, stage order, batching."""

from __future__ import annotations

import numpy as np
import pytest

from textinsight.errors import ConfigError
from textinsight.pipeline import REGISTRY, Pipeline
from textinsight.settings import Settings
from textinsight.stages.base import Stage
from textinsight.stages.embed import Embedder
from textinsight.types import Document

TEXTS = ["the app is too high. the bill!", "kundeservice var god", "", "jeg det en time"]


def test_pipeline_unknown_stage() -> None:
    with pytest.raises(ConfigError, match="unknown stages"):
        Pipeline.from_settings(Settings(stages=["validate", "nope"]))


def test_pipeline_checks_stage_order(tiny_settings: Settings) -> None:
    with pytest.raises(ConfigError, match="needs"):
        Pipeline.from_settings(tiny_settings.model_copy(update={"stages": ["embed"]}))


def test_pipeline_registry_builds_stages(tiny_settings: Settings) -> None:
    pipe = Pipeline.from_settings(tiny_settings)
    assert pipe.names == tiny_settings.stages
    assert set(pipe.names) <= set(REGISTRY)
    assert all(isinstance(s, Stage) for s in pipe.stages)


def test_pipeline_pipe_equals_single_calls(tiny_settings: Settings) -> None:
    settings = tiny_settings.model_copy(update={"stages": ["validate", "segment", "normalize",
                                                          "embed"]})  # fmt: skip
    pipe = Pipeline.from_settings(settings)
    batch = list(pipe.pipe(Document(str(i), t) for i, t in enumerate(TEXTS)))
    single = [pipe([Document(str(i), t)])[0] for i, t in enumerate(TEXTS)]
    for a, b in zip(batch, single, strict=True):
        assert (a.error is None) == (b.error is None)
        assert [(s.start, s.end) for s in a.segments] == [(s.start, s.end) for s in b.segments]
        if a.embedding is not None:
            np.testing.assert_allclose(a.embedding, b.embedding, atol=1e-5)
    assert batch[2].error is not None and batch[2].embedding is None
    assert batch[0].segment_embeddings is not None and batch[0].segment_embeddings.shape[0] == 2


def test_pipeline_document_vector_is_weighted_mean(tiny_settings: Settings) -> None:
    settings = tiny_settings.model_copy(update={"stages": ["validate", "segment", "embed"]})
    pipe = Pipeline.from_settings(settings)
    doc = pipe([Document("1", TEXTS[0])])[0]
    embedder = pipe.get("embed")
    assert isinstance(embedder, Embedder)
    seg = doc.segment_embeddings
    w = np.array([s.end - s.start for s in doc.segments], dtype=np.float32)
    mean = (seg * w[:, None]).sum(0)
    np.testing.assert_allclose(doc.embedding, mean / np.linalg.norm(mean), atol=1e-6)

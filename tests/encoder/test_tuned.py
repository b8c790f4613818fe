"""The fine-tuned label branch: same lower layers, tuned top layers, a checked float16 delta."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from textinsight.encoder.encoder import Encoder, tuned_dir
from textinsight.encoder.registry import sha256_file
from textinsight.encoder.tuned import WEIGHTS, TunedTop
from textinsight.errors import ChecksumMismatch, ModelError
from textinsight.settings import Settings

TEXTS = [
    "the app is too high",
    "bill",
    "kundeservice var god , ikke en time !",
    "the bill is too high ? the app jeg det en time",
]


def _perturbed(enc: Encoder, first: int, seed: int = 1) -> TunedTop:
    import torch

    top = TunedTop.from_base(enc.model, first)
    g = torch.Generator().manual_seed(seed)
    with torch.no_grad():
        for p in top.layers.parameters():
            p.add_(torch.randn(p.shape, generator=g) * 0.05)
    return top


def _save(top: TunedTop, directory: Path, hidden: int) -> Path:
    from safetensors.torch import save_file

    directory.mkdir(parents=True, exist_ok=True)
    save_file(top.state_dict_fp16(), str(directory / WEIGHTS))
    manifest = {
        "first_layer": top.first,
        "hidden_size": hidden,
        "version": "t1",
        "sha256": {WEIGHTS: sha256_file(directory / WEIGHTS)},
    }
    (directory / "manifest.json").write_text(json.dumps(manifest))
    return directory


def test_tuned_branch_with_base_layers_reproduces_the_base(tiny_bert_dir: Path) -> None:
    enc = Encoder.from_pretrained(str(tiny_bert_dir))
    base = enc.encode(TEXTS)
    enc.tuned = TunedTop.from_base(enc.model, 1)
    general, label = enc.encode_views(TEXTS)
    np.testing.assert_allclose(general, base, atol=1e-6)
    np.testing.assert_allclose(label, base, atol=1e-5)


def test_tuned_branch_changes_only_the_label_vectors(tiny_bert_dir: Path) -> None:
    enc = Encoder.from_pretrained(str(tiny_bert_dir))
    base = enc.encode(TEXTS)
    enc.tuned = _perturbed(enc, 1)
    general, label = enc.encode_views(TEXTS)
    np.testing.assert_allclose(general, base, atol=1e-6)  # topics see the untuned vectors
    assert np.abs(label - base).max() > 1e-2
    np.testing.assert_allclose(np.linalg.norm(label, axis=1), 1.0, rtol=1e-5)


def test_tuned_branch_batch_equals_single_calls(tiny_bert_dir: Path) -> None:
    enc = Encoder.from_pretrained(str(tiny_bert_dir), batch_size=2)
    enc.tuned = _perturbed(enc, 0)
    batch = enc.encode_views(TEXTS)[1]
    single = np.stack([enc.encode_views([t])[1][0] for t in TEXTS])
    np.testing.assert_allclose(batch, single, atol=1e-5)


def test_tuned_delta_save_and_load_roundtrip(tiny_bert_dir: Path, tmp_path: Path) -> None:
    enc = Encoder.from_pretrained(str(tiny_bert_dir))
    top = _perturbed(enc, 1)
    enc.tuned = top
    want = enc.encode_views(TEXTS)[1]
    directory = _save(top, tmp_path / "tuned", enc.dim)
    fresh = Encoder.from_pretrained(str(tiny_bert_dir))
    fresh.attach_tuned(directory)
    assert fresh.version.endswith("+t1")
    np.testing.assert_allclose(fresh.encode_views(TEXTS)[1], want, atol=2e-3)  # float16 delta


def test_tuned_delta_with_a_wrong_checksum_is_refused(tiny_bert_dir: Path, tmp_path: Path) -> None:
    enc = Encoder.from_pretrained(str(tiny_bert_dir))
    directory = _save(_perturbed(enc, 1), tmp_path / "tuned", enc.dim)
    with open(directory / WEIGHTS, "r+b") as f:
        f.seek(-4, 2)
        f.write(b"\x00\x01\x02\x03")
    with pytest.raises(ChecksumMismatch):
        Encoder.from_pretrained(str(tiny_bert_dir)).attach_tuned(directory)


def test_tuned_delta_for_another_width_is_refused(tiny_bert_dir: Path, tmp_path: Path) -> None:
    enc = Encoder.from_pretrained(str(tiny_bert_dir))
    directory = _save(_perturbed(enc, 1), tmp_path / "tuned", 384)
    with pytest.raises(ModelError, match="hidden size"):
        enc.attach_tuned(directory)


def test_tuned_dir_follows_the_setting(tiny_bert_dir: Path, tmp_path: Path) -> None:
    assert tuned_dir(Settings(encoder=str(tiny_bert_dir))) is None  # shipped delta: default only
    assert tuned_dir(Settings(encoder_tuned="none")) is None
    default = tuned_dir(Settings())
    assert default is not None and (default / "manifest.json").exists()
    assert tuned_dir(Settings(encoder_tuned=str(tmp_path))) == tmp_path
    with pytest.raises(ModelError):
        tuned_dir(Settings(encoder_tuned=str(tmp_path / "missing")))


@pytest.mark.model
def test_shipped_label_branch_leaves_the_topic_vectors_alone(real_encoder: Encoder) -> None:
    assert real_encoder.n_views == 2  # the shipped branch is attached (any backend)
    texts = ["Kundeservice lovede at ringe tilbage, men det skete aldrig.", "Inget att tillägga"]
    general, label = real_encoder.encode_views(texts)
    plain = Encoder.from_settings(Settings(encoder_tuned="none", progress=False))
    np.testing.assert_allclose(general, plain.encode(texts), atol=1e-5)
    assert float((general * label).sum(1).min()) < 0.99  # the branch really is tuned

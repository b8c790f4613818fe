"""The ONNX Runtime backend: export of both views, the cache, int8, the setting, dedupe."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest
from pydantic import ValidationError

from textinsight.encoder import onnx_backend
from textinsight.encoder.encoder import Encoder, OnnxEncoder
from textinsight.encoder.registry import sha256_file
from textinsight.encoder.tuned import WEIGHTS, TunedTop
from textinsight.settings import Settings

TEXTS = [
    "the app is too high",
    "bill",
    "kundeservice var god , ikke en time !",
    "  bill ",
    "the bill is too high ? the app jeg det en time och æ ø å",
]


def _tuned_dir(tiny_bert_dir: Path, directory: Path) -> Path:
    """A saved label branch (layer 1 of the tiny BERT, perturbed) for the tiny encoder."""
    import torch
    from safetensors.torch import save_file

    enc = Encoder.from_pretrained(str(tiny_bert_dir))
    top = TunedTop.from_base(enc.model, 1)
    g = torch.Generator().manual_seed(3)
    with torch.no_grad():
        for p in top.layers.parameters():
            p.add_(torch.randn(p.shape, generator=g) * 0.05)
    directory.mkdir(parents=True)
    save_file(top.state_dict_fp16(), str(directory / WEIGHTS))
    manifest = {
        "first_layer": 1,
        "hidden_size": enc.dim,
        "version": "t1",
        "sha256": {WEIGHTS: sha256_file(directory / WEIGHTS)},
    }
    (directory / "manifest.json").write_text(json.dumps(manifest))
    return directory


def _exports(settings: Settings) -> set[Path]:
    return {p for p in (settings.cache_dir / "onnx").iterdir() if p.is_dir()}


@pytest.fixture(scope="module")
def branch(tiny_bert_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Settings:
    """Settings of the tiny BERT with a label branch, caching into a fresh directory."""
    root = tmp_path_factory.mktemp("onnx")
    return Settings(
        encoder=str(tiny_bert_dir),
        encoder_tuned=str(_tuned_dir(tiny_bert_dir, root / "tuned")),
        cache_dir=root / "cache",
        encoder_max_tokens=8,
        encoder_batch_size=2,
        progress=False,
    )


def test_onnx_fp32_gives_both_views_of_the_torch_encoder(branch: Settings) -> None:
    torch_enc = Encoder.from_settings(branch.model_copy(update={"encoder_backend": "torch"}))
    onnx_enc = Encoder.from_settings(branch.model_copy(update={"encoder_backend": "onnx-fp32"}))
    assert isinstance(onnx_enc, OnnxEncoder)
    assert onnx_enc.version == torch_enc.version and onnx_enc.max_tokens == 8
    # windows (max 8 tokens), padding in length-sorted batches of 2: all as torch does
    want_g, want_l = torch_enc.encode_views(TEXTS)
    got_g, got_l = onnx_enc.encode_views(TEXTS)
    assert np.abs(want_l - want_g).max() > 1e-2  # the two views really differ
    np.testing.assert_allclose(got_g, want_g, atol=1e-5)
    np.testing.assert_allclose(got_l, want_l, atol=1e-5)
    assert onnx_enc.encode([]).shape == (0, 32)


def test_export_lives_in_the_cache_and_is_checked(
    branch: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    settings = branch.model_copy(update={"encoder_backend": "onnx-fp32"})
    first = Encoder.from_settings(settings).encode(TEXTS)
    (directory,) = _exports(settings)
    meta = json.loads((directory / "meta.json").read_text())
    assert meta["outputs"] == ["general", "label"]
    # ONNX Runtime's attention fusion matched every layer: the 2 base layers and the tuned
    # copy of layer 1 (which, reading the same tensor as base layer 1, once stayed unfused)
    assert meta["fused"].get("Attention", 0) == 3
    assert sha256_file(directory / "fp32.onnx") == meta["sha256"]["fp32.onnx"]

    def no_export(*_a: object, **_k: object) -> None:
        raise AssertionError("exported again")

    monkeypatch.setattr(onnx_backend, "export", no_export)
    np.testing.assert_allclose(Encoder.from_settings(settings).encode(TEXTS), first, atol=1e-6)
    # a damaged graph fails its sha256 and is rebuilt from the checked base graph
    with open(directory / "fp32.onnx", "r+b") as f:
        f.seek(-64, 2)
        f.write(b"\0" * 64)
    again = Encoder.from_settings(settings).encode(TEXTS)
    np.testing.assert_allclose(again, first, atol=1e-6)
    assert sha256_file(directory / "fp32.onnx") == meta["sha256"]["fp32.onnx"]


def test_changed_weights_get_a_new_export(branch: Settings, tmp_path: Path) -> None:
    import shutil

    from tests.conftest import build_tiny_bert

    other = build_tiny_bert(tmp_path / "other", seed=5)
    for name in ("vocab.txt",):
        shutil.copy(Path(branch.encoder) / name, other / name)
    settings = branch.model_copy(
        update={"encoder_backend": "onnx-fp32", "encoder": str(other), "encoder_tuned": "none"}
    )
    before = _exports(settings)
    Encoder.from_settings(settings)
    assert len(_exports(settings) - before) == 1


def test_onnx_int8_is_close_and_says_so(branch: Settings) -> None:
    fp32 = Encoder.from_settings(branch.model_copy(update={"encoder_backend": "onnx-fp32"}))
    int8 = Encoder.from_settings(branch.model_copy(update={"encoder_backend": "onnx-int8"}))
    assert int8.version == fp32.version + "+onnx-int8"
    a, b = fp32.encode_views(TEXTS), int8.encode_views(TEXTS)
    for x, y in zip(a, b, strict=True):
        cos = (x * y).sum(1)
        assert cos.min() > 0.9 and np.abs(x - y).max() > 1e-6  # quantised, not the same graph
    # encoder_quantize on the onnx backend means its int8 graph
    quant = Encoder.from_settings(
        branch.model_copy(update={"encoder_backend": "onnx-fp32", "encoder_quantize": True})
    )
    assert quant.version == int8.version


def test_encoder_backend_setting_is_validated(monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(ValidationError):
        Settings(encoder_backend="onnx-fp16")
    monkeypatch.setenv("TEXTINSIGHT_ENCODER_BACKEND", "onnx-int8")
    assert Settings().encoder_backend == "onnx-int8"
    with pytest.raises(ValidationError):
        Settings(embed_cache_entries=-1)


def test_the_torch_model_is_loaded_only_when_asked(branch: Settings) -> None:
    enc = Encoder.from_settings(branch.model_copy(update={"encoder_backend": "onnx-fp32"}))
    assert enc._model is None  # type: ignore[attr-defined]
    assert enc.model.config.hidden_size == enc.dim == 32


@pytest.mark.model
def test_real_default_encoder_onnx_fp32_matches_torch(default_settings: Settings) -> None:
    texts = [
        "Kundeservice var rigtig god, men appen går ned hele tiden.",
        "Nej",
        "Leveransen kom tre dagar för sent och ingen svarade i telefon.",
        "Fakturaen var altfor høy, og ingen forklarte hvorfor.",
        "The staff were lovely but the checkout kept failing. " * 60,
    ]
    torch_enc = Encoder.from_settings(
        default_settings.model_copy(update={"encoder_backend": "torch"})
    )
    onnx_enc = Encoder.from_settings(
        default_settings.model_copy(update={"encoder_backend": "onnx-fp32"})
    )
    for want, got in zip(torch_enc.encode_views(texts), onnx_enc.encode_views(texts), strict=True):
        assert (want * got).sum(1).min() >= 0.999


def test_graphs_keep_residual_and_layer_norm_apart(branch: Settings) -> None:
    """ONNX Runtime's fused SkipLayerNormalization is slower on CPU than Add + LayerNormalization
    and is not quantised (README, int8): neither saved graph holds it, nor does a session fuse
    it back (the saved graphs are what the sessions optimised)."""
    import onnx

    for backend in ("onnx-fp32", "onnx-int8"):
        settings = branch.model_copy(update={"encoder_backend": backend})
        Encoder.from_settings(settings).encode(TEXTS)
    int8 = onnx_backend.int8_file()
    built = [d for d in _exports(branch) if (d / int8).exists()]
    directory = max(built, key=lambda d: (d / int8).stat().st_mtime)
    for name in ("base.onnx", "fp32.onnx", int8):
        ops = {n.op_type for n in onnx.load(str(directory / name)).graph.node}
        assert "SkipLayerNormalization" not in ops, name
        assert "LayerNormalization" in ops, name


def _run(path: Path, feeds: list[dict[str, np.ndarray]]) -> list[np.ndarray]:
    """Every output of the graph at ``path`` over ``feeds``, batches stacked."""
    import onnxruntime as ort

    session = ort.InferenceSession(str(path), providers=["CPUExecutionProvider"])
    runs = [session.run(None, feed) for feed in feeds]
    return [np.concatenate(parts) for parts in zip(*runs, strict=True)]


def test_int8_smoothing_is_exact_in_float(branch: Settings, tmp_path: Path) -> None:
    """The shipped int8 graph is quantised from a smoothed copy of the float graph: every
    attention, feed-forward input and feed-forward output product of the three layers (two
    base, one tuned) gets an input divided per channel and weight rows multiplied back, which
    in float gives the same outputs."""
    enc = Encoder.from_settings(branch.model_copy(update={"encoder_backend": "onnx-int8"}))
    assert onnx_backend.INT8_SCOPE == "smooth"
    directory = next(d for d in _exports(branch) if (d / onnx_backend.int8_file()).exists())
    assert json.loads((directory / "meta.json").read_text())["int8_smoothed"] == 9
    base, feeds = directory / "base.onnx", enc.feeds(onnx_backend.calibration_texts()[:40])
    ranges = onnx_backend.activation_ranges(base, feeds)
    assert all(r.shape in ((32,), (64,)) and (r > 0).all() for r in ranges.values())
    assert onnx_backend.smooth(base, tmp_path / "smooth.onnx", ranges) == 9
    for want, got in zip(_run(base, feeds), _run(tmp_path / "smooth.onnx", feeds), strict=True):
        np.testing.assert_allclose(got, want, rtol=1e-4, atol=1e-5)


def test_int8_smoothing_tames_outlier_channels(tiny_bert_dir: Path, tmp_path: Path) -> None:
    """Trained transformers carry a few activation channels far larger than the rest (and
    read them with small weights), which per-tensor int8 activations then resolve coarsely;
    smoothing moves that range into the weights (README, int8). Given such channels, the
    smoothed int8 graph stays closer to float than the plain int8 one (here 0.56 x its error
    on the ordinary channels; on the real encoder's label view 0.2 x)."""
    import torch

    from textinsight.encoder.tuned import encoder_layers

    enc = Encoder.from_pretrained(str(tiny_bert_dir))
    layers = encoder_layers(enc.model)
    with torch.no_grad():  # 3 channels 100 x larger out of each layer norm, read 100 x weaker
        for i, layer in enumerate(layers):
            layer.attention.output.LayerNorm.weight[:3] *= 100
            layer.intermediate.dense.weight[:, :3] /= 100
            layer.output.LayerNorm.weight[:3] *= 100
            for nxt in layers[i + 1 : i + 2]:
                for lin in (
                    nxt.attention.self.query,
                    nxt.attention.self.key,
                    nxt.attention.self.value,
                ):
                    lin.weight[:, :3] /= 100
    raw, base = tmp_path / "raw.onnx", tmp_path / "base.onnx"
    onnx_backend.export(enc.model, None, raw)
    onnx_backend.fuse(raw, base, 2, 32)
    feeds = enc.feeds(onnx_backend.calibration_texts()[:64])
    onnx_backend.smooth(base, tmp_path / "smooth.onnx", onnx_backend.activation_ranges(base, feeds))
    onnx_backend.quantize(base, tmp_path / "plain-int8.onnx", "all")
    onnx_backend.quantize(tmp_path / "smooth.onnx", tmp_path / "smooth-int8.onnx", "smooth")
    (want,) = _run(base, feeds)

    def error(path: Path) -> float:  # on the ordinary channels, which the outliers swamp
        (got,) = _run(path, feeds)
        return float(np.linalg.norm(got[:, 3:] - want[:, 3:]) / np.linalg.norm(want[:, 3:]))

    plain, smoothed = error(tmp_path / "plain-int8.onnx"), error(tmp_path / "smooth-int8.onnx")
    assert smoothed < 0.7 * plain, (smoothed, plain)

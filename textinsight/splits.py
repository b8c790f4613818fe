"""Deterministic splits of the project's own labelled sets (by a hash of the record id)."""

from __future__ import annotations

import hashlib
from typing import Literal

Split = Literal["train", "calibration", "test"]


def cx_split(record_id: str) -> Split:
    """``test`` for ~35 % of ids (never trained or tuned on), ``calibration`` ~15 %, else train.

    The split depends on the id alone, so adding records never moves existing ones.
    """
    bucket = int(hashlib.sha256(record_id.encode()).hexdigest()[:8], 16) % 100
    if bucket < 35:
        return "test"
    if bucket < 50:
        return "calibration"
    return "train"


def holdout_split(record_id: str, salt: str, test_pct: int = 30) -> Split:
    """``test`` for ``test_pct`` % of a public data set's ids (salted per set), else train."""
    bucket = int(hashlib.sha256(f"{salt}:{record_id}".encode()).hexdigest()[:8], 16) % 100
    return "test" if bucket < test_pct else "train"

"""Insight over analysis records: facts, daily sums, trends and spikes, drivers, exports.

Three layers, so the CLI (over files) and the service (over its database) compute the same
statistics: :func:`facts` (one row per document and group), :func:`daily` (additive daily
sums), and pure functions over daily frames (:func:`trends`, :func:`spikes`, :func:`drivers`).
"""

from typing import Any

from .drivers import drivers
from .facts import (
    facts,
    group_kinds,
    read_records,
    record_channel,
    record_date,
    record_groups,
    record_score,
)
from .trends import DAILY_COLUMNS, daily, spikes, trends

__all__ = [
    "DAILY_COLUMNS", "GROUP_KINDS", "daily", "drivers", "facts", "group_kinds", "read_records",
    "record_channel", "record_date", "record_groups", "record_score", "spikes", "trends",
]  # fmt: skip


def __getattr__(name: str) -> Any:
    """``GROUP_KINDS``: every group kind (:func:`group_kinds`), read when first asked for."""
    if name == "GROUP_KINDS":
        return group_kinds()
    raise AttributeError(name)

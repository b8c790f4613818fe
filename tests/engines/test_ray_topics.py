"""``topics fit --engine ray``: the pipeline and embeddings on a Ray actor pool, the clustering
on the driver; same input and seed give the local path's topics."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import EXAMPLES
from textinsight.pipeline import Pipeline
from textinsight.settings import Settings
from textinsight.topics.model import FitParams

INPUTS = [EXAMPLES / "feedback.csv", EXAMPLES / "interview_da.txt", EXAMPLES / "interview_sv.docx"]


@pytest.mark.model
@pytest.mark.slow
def test_ray_topics_equal_the_local_fit(tmp_path: Path, local_ray, real_encoder) -> None:
    from textinsight.engines.ray_topics import fit_files_ray
    from textinsight.topics.run import fit_files

    # batches of 16: the 62 documents are four blocks over two actors, and the same four
    # batches in the local pipeline (the session's encoder). The embed cache is off on both
    # sides: with it, a text repeated in another batch takes the vector of the batch that saw
    # it first, which differs in the 7th digit between one process and two actors, and UMAP
    # turns such noise into other borderline assignments
    settings = Settings(progress=False, batch_size=16, ray_actors=2, embed_cache_entries=0)
    params = FitParams(seed=7, min_topic_size=5, n_neighbors=8)
    local = Pipeline.from_settings(settings, encoder=real_encoder)
    _, rep_local = fit_files(
        INPUTS, tmp_path / "local", settings, params, class_key="channel", pipeline=local
    )
    _, rep_ray = fit_files_ray(INPUTS, tmp_path / "ray", settings, params, class_key="channel")

    def lines(d: Path) -> list[dict]:
        return [json.loads(x) for x in (d / "assignments.jsonl").read_text().splitlines()]

    a_local, a_ray = lines(tmp_path / "local"), lines(tmp_path / "ray")
    assert [r["id"] for r in a_ray] == [r["id"] for r in a_local]
    assert len(a_ray) == 62 and a_ray[-1]["segments"]  # the transcripts clustered by turn
    assert a_ray == a_local  # every document's topic, every turn's topic
    assert rep_ray.topics == rep_local.topics >= 2
    assert (rep_ray.clustered, rep_ray.non_answers) == (rep_local.clustered, rep_local.non_answers)
    t_local = json.loads((tmp_path / "local" / "topics.json").read_text())
    t_ray = json.loads((tmp_path / "ray" / "topics.json").read_text())
    for a, b in zip(t_ray, t_local, strict=True):
        assert (a["topic"], a["size"], a["keywords"], a["classes"]) == (
            b["topic"],
            b["size"],
            b["keywords"],
            b["classes"],
        )

"""``analyze --engine ray``: records equal to the local engine's, redaction before a record
leaves an actor, every document exactly once, errors that name no text."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.engines.conftest import LIGHT_STAGES, PLANTED, files_holding, make_inputs, read_jsonl
from textinsight.errors import InvalidInput
from textinsight.io.readers import Columns, read_inputs
from textinsight.runner import run_analysis
from textinsight.settings import Settings

N_ROWS = 1500


def light_settings(**extra: object) -> Settings:
    """The project's own model-free stages (language ID, personal data, sentences), redacting:
    fast enough for a few thousand rows, and everything in them is deterministic."""
    return Settings(
        progress=False,
        batch_size=64,
        stages=LIGHT_STAGES,
        never_store_raw=True,
        ray_actors=2,
        **extra,
    )  # type: ignore[arg-type]


@pytest.fixture(scope="module")
def both_runs(tmp_path_factory: pytest.TempPathFactory, local_ray) -> dict:
    """The same inputs through the local engine and the Ray engine (two actors), once."""
    from textinsight.engines.ray_engine import run_analysis_ray

    tmp = tmp_path_factory.mktemp("ray-engine")
    inputs = make_inputs(tmp / "in", N_ROWS)
    settings = light_settings()
    local_out, ray_out = tmp / "local.jsonl", tmp / "ray.jsonl"
    local_summary = run_analysis(inputs, str(local_out), settings)
    seen: list[int] = []
    ray_summary = run_analysis_ray(
        inputs, str(ray_out), settings, on_batch=lambda recs: seen.append(len(recs))
    )
    return {
        "inputs": inputs,
        "local": local_out,
        "ray": ray_out,
        "seen": seen,
        "local_summary": local_summary,
        "ray_summary": ray_summary,
        "session": local_ray,
        "tmp": tmp,
    }


@pytest.mark.model  # LIGHT_STAGES: the language stage (lingua, models/langid)
@pytest.mark.slow
def test_ray_engine_records_equal_the_local_engines(both_runs: dict) -> None:
    local, ray = read_jsonl(both_runs["local"]), read_jsonl(both_runs["ray"])
    expected_ids = [d.id for d in read_inputs(both_runs["inputs"], Columns())]
    assert len(expected_ids) > N_ROWS  # the JSONL file and the transcripts too
    assert [r["id"] for r in ray] == expected_ids == [r["id"] for r in local]
    assert len(set(expected_ids)) == len(expected_ids)
    # same fields, same labels, same everything: the Ray engine is the same code per batch
    for a, b in zip(ray, local, strict=True):
        assert a == b, a["id"]
    assert both_runs["ray"].read_bytes() == both_runs["local"].read_bytes()
    errors = {r["error"]["code"] for r in ray if r["error"]}
    assert {"empty_text", "invalid_json", "missing_text"} <= errors
    assert {r["language"]["code"] for r in ray if "language" in r} >= {"da", "en", "sv"}
    rs, ls = both_runs["ray_summary"], both_runs["local_summary"]
    assert (rs.records, rs.errors, rs.languages, rs.pii, rs.rows_read) == (
        ls.records,
        ls.errors,
        ls.languages,
        ls.pii,
        ls.rows_read,
    )


@pytest.mark.model  # LIGHT_STAGES: the language stage (lingua, models/langid)
@pytest.mark.slow
def test_ray_engine_streams_batches_to_the_driver(both_runs: dict) -> None:
    seen = both_runs["seen"]
    n = len(read_jsonl(both_runs["ray"]))
    # records arrive block by block, each block one local batch of 64 documents
    assert sum(seen) == n and len(seen) == -(-n // 64)
    assert set(seen[:-1]) == {64} and 0 < seen[-1] <= 64


@pytest.mark.model  # LIGHT_STAGES: the language stage (lingua, models/langid)
@pytest.mark.slow
def test_ray_engine_redacts_inside_the_actor(both_runs: dict) -> None:
    """never_store_raw: the output, Ray's session logs, worker logs and spilling directory
    hold none of the planted personal data; the run's temporary JSONL is gone."""
    text = both_runs["ray"].read_text(encoding="utf-8")
    assert text.count("[EMAIL]") >= N_ROWS // 17 - N_ROWS // (17 * 53) - 1
    assert not [n for n in PLANTED if n in text]
    session = both_runs["session"]
    assert session.temp_dir is not None and (session.temp_dir / "spill").parent.is_dir()
    logs = list(session.temp_dir.rglob("*.log")) + list(session.temp_dir.rglob("*.err"))
    assert logs  # Ray did write its logs there: the check below looks at real files
    assert files_holding(session.temp_dir, PLANTED) == []
    assert not list(both_runs["tmp"].glob("*.textinsight-ray.jsonl"))


@pytest.mark.slow
def test_ray_engine_reader_errors_come_back_as_library_errors(tmp_path: Path, local_ray) -> None:
    from textinsight.engines.ray_engine import run_analysis_ray

    src = tmp_path / "in.csv"
    src.write_text("id,body\n1,Kirsten Vognsen ringede\n", encoding="utf-8")
    with pytest.raises(InvalidInput, match="--text-column") as info:
        run_analysis_ray([src], str(tmp_path / "out.jsonl"), light_settings())
    assert "Vognsen" not in str(info.value)
    assert not (tmp_path / "out.jsonl").exists()


def test_ray_engine_refuses_what_it_cannot_do(tmp_path: Path) -> None:
    """Checked before Ray starts: stdin, the pseudonym policy, unknown outputs."""
    from textinsight.engines.ray_engine import check_run

    src = tmp_path / "in.jsonl"
    src.write_text('{"id": "1", "text": "hej"}\n', encoding="utf-8")
    with pytest.raises(InvalidInput, match="standard input"):
        check_run([Path("-")], "out.jsonl", Settings())
    with pytest.raises(InvalidInput, match="pseudonym"):
        check_run([src], "out.jsonl", Settings(redact="pseudonym"))
    with pytest.raises(InvalidInput, match="directory"):
        check_run([src], str(tmp_path / "out.txt"), Settings())
    check_run([src], str(tmp_path / "parts") + "/", Settings(redact="tag"))
    from textinsight.engines.ray_session import ray_session
    from textinsight.errors import ConfigError

    with pytest.raises(ConfigError, match="ray job submit"), ray_session("ray://head:10001"):
        pass


def test_ray_engine_parquet_parts_hold_the_parquet_output(tmp_path: Path) -> None:
    """A directory output: parts in record order, one schema, the rows of a .parquet file."""
    import pandas as pd
    import pyarrow.parquet as pq

    from textinsight.engines.ray_engine import write_parquet_parts
    from textinsight.io.writers import write_parquet

    recs = [
        {
            "id": f"r{i}",
            "text": f"tekst {i}",
            "language": {"code": "da", "confidence": 0.9},
            "meta": {"k": i} if i % 5 else {"other": "x"},
            "error": None,
        }
        for i in range(23)
    ]
    parts = write_parquet_parts(lambda: iter(recs), tmp_path / "parts", part_rows=7)
    assert [p.name for p in parts] == [f"part-0000{k}.parquet" for k in range(4)]
    assert len({pq.read_schema(p) for p in parts}) == 1
    write_parquet(lambda: iter(recs), tmp_path / "one.parquet")
    joined = pd.concat([pd.read_parquet(p) for p in parts], ignore_index=True)
    pd.testing.assert_frame_equal(joined, pd.read_parquet(tmp_path / "one.parquet"))


def test_ray_engine_actor_errors_name_no_text() -> None:
    """A batch that breaks the pipeline: the error names the exception type, not its message."""
    import numpy as np

    from textinsight.engines.ray_engine import AnalyzeActor
    from textinsight.engines.ray_source import encode_docs
    from textinsight.errors import EngineError
    from textinsight.pipeline import Pipeline
    from textinsight.types import Document

    class Leaky:
        name, requires, assigns = "leaky", (), ()

        def __call__(self, docs: list[Document]) -> list[Document]:
            raise ValueError(f"cannot handle {docs[0].text!r}")

    actor = AnalyzeActor(Settings(), factory=lambda s: Pipeline([Leaky()]))  # type: ignore[list-item]
    block = encode_docs(
        [Document("a", "Kirsten Vognsen 070761-4285"), Document("b", "Kirsten Vognsen igen")], 0
    )
    batch = {"order": np.array(block["order"]), "doc": np.array(block["doc"].to_pylist())}
    with pytest.raises(EngineError) as info:
        actor(batch)
    assert "ValueError" in str(info.value) and "Vognsen" not in str(info.value)
    assert info.value.__cause__ is None and info.value.__suppress_context__


def test_ray_engine_ordered_batches_refuse_a_lost_or_repeated_document() -> None:
    import numpy as np

    from textinsight.engines.ray_engine import ordered_batches
    from textinsight.errors import EngineError

    class Fake:
        def __init__(self, orders: list[list[int]]) -> None:
            self.orders = orders

        def iter_batches(self, **_: object):
            for o in self.orders:
                yield {"order": np.array(o)}

    assert len(list(ordered_batches(Fake([[0, 1], [2]])))) == 2
    for bad in ([[0, 1], [1, 2]], [[0, 2]], [[1]]):
        with pytest.raises(EngineError, match="lost or repeated"):
            list(ordered_batches(Fake(bad)))


@pytest.mark.model  # LIGHT_STAGES: the language stage (lingua, models/langid)
@pytest.mark.slow
def test_cli_analyze_engine_ray_starts_and_removes_a_private_ray(
    tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    """The command on a fresh process: no address, so a local Ray; its temp dir (logs,
    spilling) is gone after the run, and the records equal the local engine's."""
    import os
    import shutil
    import subprocess
    import sys
    import tempfile

    from tests.conftest import ROOT

    inputs = make_inputs(tmp_path / "in", 120)[:2]
    tmpdir = Path(tempfile.mkdtemp(prefix="ti-t-", dir="/tmp"))  # short: Ray's socket paths
    request.addfinalizer(lambda: shutil.rmtree(tmpdir, ignore_errors=True))
    env = {
        **os.environ,
        "TMPDIR": str(tmpdir),
        "TEXTINSIGHT_STAGES": json.dumps(LIGHT_STAGES),
        "TEXTINSIGHT_NEVER_STORE_RAW": "true",
        "TEXTINSIGHT_BATCH_SIZE": "32",
        # torch's own compile cache (made when transformers imports torch._dynamo, as
        # presidio's import does in the actor) is not Ray's: keep it out of TMPDIR, or the
        # check below depends on whether an earlier import in this process set the variable
        "TORCHINDUCTOR_CACHE_DIR": str(tmp_path / "torchinductor"),
    }
    out = tmp_path / "out.jsonl"
    res = subprocess.run(
        [
            sys.executable,
            "-m",
            "textinsight",
            "analyze",
            *map(str, inputs),
            "-o",
            str(out),
            "--engine",
            "ray",
            "--actors",
            "1",
            "--no-progress",
        ],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=240,
    )
    assert res.returncode == 0, res.stderr[-2000:]
    assert "records:" in res.stderr and not [n for n in PLANTED if n in res.stderr]
    assert list(tmpdir.iterdir()) == []  # the private Ray directory was removed
    local = tmp_path / "local.jsonl"
    run_analysis(
        inputs,
        str(local),
        Settings(progress=False, stages=LIGHT_STAGES, never_store_raw=True, batch_size=32),
    )
    assert out.read_bytes() == local.read_bytes()
    assert not [n for n in PLANTED if n in out.read_text(encoding="utf-8")]


def split_numbers(value: object, path: str = "") -> tuple[object, dict[str, float]]:
    """``value`` with every float replaced by None, and the floats by their path: labels and
    structure compare exactly, scores within float noise (actors run torch on one thread)."""
    if isinstance(value, float):
        return None, {path: value}
    if isinstance(value, dict):
        items = {k: split_numbers(v, f"{path}.{k}") for k, v in value.items()}
        return {k: v[0] for k, v in items.items()}, {
            p: x for v in items.values() for p, x in v[1].items()
        }
    if isinstance(value, list):
        parts = [split_numbers(v, f"{path}[{i}]") for i, v in enumerate(value)]
        return [p[0] for p in parts], {p: x for part in parts for p, x in part[1].items()}
    return value, {}


@pytest.mark.model
@pytest.mark.slow
def test_ray_engine_real_models_give_the_local_records(
    tmp_path: Path, local_ray, real_analyzer
) -> None:
    """The full default pipeline in two actors on 300 rows: same ids, fields and labels."""
    from textinsight.engines.ray_engine import run_analysis_ray
    from textinsight.pipeline import Pipeline

    inputs = make_inputs(tmp_path / "in", 300)[:1]
    settings = Settings(progress=False, batch_size=50, ray_actors=2)
    run_analysis(
        inputs,
        str(tmp_path / "local.jsonl"),
        settings,
        pipeline=Pipeline(real_analyzer.pipeline.stages, batch_size=50),
    )
    run_analysis_ray(inputs, str(tmp_path / "ray.jsonl"), settings)
    local, ray = read_jsonl(tmp_path / "local.jsonl"), read_jsonl(tmp_path / "ray.jsonl")
    assert [r["id"] for r in ray] == [r["id"] for r in local] and len(ray) == 300
    labelled = 0
    for a, b in zip(ray, local, strict=True):
        shape_a, nums_a = split_numbers(a)
        shape_b, nums_b = split_numbers(b)
        assert shape_a == shape_b, a["id"]  # fields, labels, spans, sentences: identical
        assert nums_a.keys() == nums_b.keys()
        assert all(abs(nums_a[k] - nums_b[k]) < 1e-4 for k in nums_a), a["id"]
        labelled += bool(a.get("pillars") or a.get("touchpoints"))
    assert labelled > 100 and {"sentiment", "feedback_type", "pii"} <= set(ray[1])

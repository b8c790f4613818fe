"""Throughput of ``analyze --engine ray`` per actor and per node, measured on this machine.

    .venv/bin/python scripts/ray_scale.py --n 600 [--input FILE.jsonl] [--json OUT.json]

One run of each configuration on the same N comments (default: the first N/4 of four public
comment sets in ../shared/data, one per language; --input for your own JSONL), the full default
pipeline (real models), batches of --batch-size documents:

- the local engine (this process; torch on its default threads) as the baseline,
- Ray, one node, 1 actor and 2 actors (a private local Ray, as ``--engine ray`` starts),
- Ray, a head and a worker node as separate ``ray start`` processes (1 actor on each).

Columns: docs/s end to end (Ray start, model loading in every actor, reading, writing) and
docs/s steady (from the first batch the driver receives to the last: the rate a long run
approaches). It also times the two parts a cluster does not multiply, the one reader (documents
per second read into blocks) and the one driver (records per second received and written):
they bound what more nodes can give (the projection in README "Scaling out").
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

DATA = ROOT.parent / "shared" / "data" / "sentiment"
SOURCES = [
    "da_social_comments.jsonl",
    "nb_norec_sentence_train.jsonl",
    "sv_tweets.jsonl",
    "en_tweeteval.jsonl",
]


def make_input(n: int, path: Path) -> Path:
    """N comments, a quarter from each language's file (the first rows: the same every run)."""
    rows = []
    for name in SOURCES:
        with open(DATA / name, encoding="utf-8") as f:
            for k, line in enumerate(f):
                if k >= n // len(SOURCES):
                    break
                r = json.loads(line)
                rows.append({"id": r["id"], "text": r["text"]})
    path.write_text(
        "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8"
    )
    return path


def run_local(src: Path, out: Path, batch: int) -> dict[str, float]:
    """The local engine's loop (pipeline.pipe, to_record, one JSON line each), timed like the
    Ray runs: end to end from model loading, steady from the end of the first batch."""
    from textinsight.io.readers import Columns, read_inputs
    from textinsight.io.writers import dumps
    from textinsight.pipeline import Pipeline
    from textinsight.record import to_record
    from textinsight.settings import Settings

    t0 = time.perf_counter()
    pipeline = Pipeline.from_settings(Settings(progress=False, batch_size=batch))
    ends: list[float] = []
    n = 0
    with open(out, "w", encoding="utf-8") as f:
        for doc in pipeline.pipe(read_inputs([src], Columns())):
            f.write(dumps(to_record(doc)) + "\n")
            n += 1
            if n % batch == 0:  # pipe yields a batch at once: here it has just ended
                ends.append(time.perf_counter())
    t1 = time.perf_counter()
    if n % batch:
        ends.append(t1)
    return {"docs": n, "total_s": t1 - t0, "steady_s": ends[-1] - ends[0], "steady_docs": n - batch}


def run_ray(src: Path, out: Path, batch: int, actors: int, address: str | None) -> dict[str, float]:
    """The Ray engine; the steady rate counts the documents after the first batch received."""
    from textinsight.engines.ray_engine import run_analysis_ray
    from textinsight.settings import Settings

    settings = Settings(progress=False, batch_size=batch, ray_actors=actors, ray_address=address)
    arrivals: list[tuple[float, int]] = []
    t0 = time.perf_counter()
    summary = run_analysis_ray(
        [src],
        str(out),
        settings,
        on_batch=lambda recs: arrivals.append((time.perf_counter(), len(recs))),
    )
    t1 = time.perf_counter()
    first = arrivals[0][0]
    return {
        "docs": summary.records,
        "total_s": t1 - t0,
        "steady_s": arrivals[-1][0] - first,
        "steady_docs": sum(n for _, n in arrivals[1:]),
    }


def reader_rate(src: Path, batch: int) -> float:
    """Documents per second the one read task turns into blocks (reading and pickling)."""
    from textinsight.engines.ray_source import iter_blocks
    from textinsight.io.readers import Columns

    t0 = time.perf_counter()
    n = sum(b.num_rows for _ in range(5) for b in iter_blocks([src], Columns(), None, batch))
    return n / (time.perf_counter() - t0)


def driver_rate(out: Path) -> float:
    """Records per second the driver parses, counts and writes (from a finished output)."""
    from textinsight.summary import RunSummary

    lines = out.read_text(encoding="utf-8").splitlines() * 5
    summary = RunSummary()
    t0 = time.perf_counter()
    with tempfile.TemporaryFile("w", encoding="utf-8") as f:
        for line in lines:
            summary.add(json.loads(line))
            f.write(line + "\n")
    return len(lines) / (time.perf_counter() - t0)


def one(kind: str, src: Path, out: Path, batch: int) -> dict[str, float]:
    """One configuration, in this process: 'local', 'ray1', 'ray2' or 'cluster'."""
    if kind == "local":
        return run_local(src, out, batch)
    if kind in ("ray1", "ray2"):
        return run_ray(src, out, batch, int(kind[-1]), None)
    from textinsight.engines.cluster import LocalCluster

    cluster = LocalCluster(head_cpus=2, worker_cpus=[1])  # head: the reader + 1 actor
    try:
        return run_ray(src, out, batch, 2, cluster.address)
    finally:
        cluster.close()


CONFIGS = [
    ("local", "local engine (1 process)", 1, 1),
    ("ray1", "ray, 1 node, 1 actor", 1, 1),
    ("ray2", "ray, 1 node, 2 actors", 1, 2),
    ("cluster", "ray, head + worker node, 1 actor each", 2, 2),
]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--n", type=int, default=600, help="comments to analyse per run")
    ap.add_argument("--batch-size", type=int, default=50, help="documents per batch (block)")
    ap.add_argument("--input", type=Path, help="a JSONL file (id, text) instead of the mix")
    ap.add_argument("--json", type=Path, help="also write the figures here")
    ap.add_argument("--one", help=argparse.SUPPRESS)  # a configuration, run by the parent
    ap.add_argument("--out", type=Path, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.one:
        print(json.dumps(one(args.one, args.input, args.out, args.batch_size)))
        return

    import subprocess

    tmp = Path(tempfile.mkdtemp(prefix="ray-scale-"))
    src = args.input or make_input(args.n, tmp / "in.jsonl")
    n_docs = src.read_text(encoding="utf-8").count("\n")
    print(f"{n_docs} comments, batches of {args.batch_size}", file=sys.stderr)
    rows: list[tuple[str, int, int, dict[str, float]]] = []
    for kind, name, nodes, actors in CONFIGS:
        # each in a fresh process, as one CLI run would be (and one Ray connection a process)
        res = subprocess.run(
            [
                sys.executable,
                __file__,
                "--one",
                kind,
                "--input",
                str(src),
                "--out",
                str(tmp / f"{kind}.jsonl"),
                "--batch-size",
                str(args.batch_size),
            ],
            capture_output=True,
            text=True,
            check=True,
        )
        rows.append((name, nodes, actors, json.loads(res.stdout.strip().splitlines()[-1])))
        print(f"{name}: done", file=sys.stderr)
    read, drive = reader_rate(src, args.batch_size), driver_rate(tmp / "local.jsonl")

    base = rows[1][3]["steady_docs"] / rows[1][3]["steady_s"]
    print(
        "\n| configuration | nodes | actors | docs/s end to end | docs/s steady | "
        "steady vs 1 actor |"
    )
    print("|---|---|---|---|---|---|")
    out = []
    for name, nodes, actors, r in rows:
        steady = r["steady_docs"] / r["steady_s"]
        total = r["docs"] / r["total_s"]
        print(
            f"| {name} | {nodes} | {actors} | {total:.1f} | {steady:.1f} | {steady / base:.2f}x |"
        )
        out.append(
            {
                "configuration": name,
                "nodes": nodes,
                "actors": actors,
                **r,
                "docs_per_s_total": total,
                "docs_per_s_steady": steady,
            }
        )
    print(
        f"\nreader (one read task): {read:,.0f} docs/s; driver (receive, count, write): "
        f"{drive:,.0f} records/s"
    )
    if args.json:
        args.json.write_text(
            json.dumps(
                {
                    "n": args.n,
                    "batch_size": args.batch_size,
                    "runs": out,
                    "reader_docs_per_s": read,
                    "driver_records_per_s": drive,
                },
                indent=2,
            )
        )
    import shutil

    shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()

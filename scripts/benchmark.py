"""Encoder backends side by side, and the full analyze path against the encoder alone.

    python scripts/benchmark.py --data ../shared/data --n 1000 [--threads 2]
        [--backends torch,onnx-fp32,onnx-int8] [--eval out/eval/cx_test.jsonl,...]

One run, one process, so every ratio shares the machine's load:

1. Texts: ``--n`` short social posts (tweets), ``--n`` long comments (reviews of 60+ words)
   and, with ``--genres``, the survey and interview genres (interviews stitched from review
   sentences with speaker turns).
2. Backends (``--backends``; ``onnx-int8:shared`` = int8 for the lower, shared layers only,
   the top layers of both views in float): texts per second of ``encode_views`` on exactly
   the segments the analyze path encodes, best of ``--repeats`` runs that alternate between
   the backends; the cosine of each backend's general and label vectors to torch's.
3. Label figures per backend (``--eval``: held-out gold files, scored by the same code as
   ``textinsight evaluate``): sentiment macro-F1 (4-class), flips, feedback type macro-F1,
   pillars and touchpoints micro-F1.
4. The full analyze path (read JSONL -> every default stage -> journal -> JSONL output) with
   the default backend (``--pipeline-backend``) against that encoder alone on the same
   segments; the embed stage's cache is emptied before each run.
"""

from __future__ import annotations

import argparse
import json
import random
import tempfile
import time
from pathlib import Path
from typing import Any

import numpy as np

from textinsight.io.readers import Columns
from textinsight.pipeline import Pipeline
from textinsight.runner import run_analysis
from textinsight.settings import Settings


def read(path: Path) -> list[str]:
    """Texts of a JSON Lines file."""
    with open(path, encoding="utf-8") as f:
        return [json.loads(x)["text"] for x in f if x.strip()]


def genres(data: Path, n: int, seed: int, n_long: int | None = None) -> dict[str, list[str]]:
    """``n`` texts per genre (``n_long`` long comments)."""
    rng = random.Random(seed)
    survey = read(data / "sentiment/en_trustpilot_translated.jsonl")
    social = (
        read(data / "sentiment/da_angrytweets_train.jsonl")
        + read(data / "sentiment/sv_tweets.jsonl")
        + read(data / "sentiment/en_tweeteval.jsonl")
    )
    sentences = read(data / "sentiment/nb_norec_sentence_train.jsonl") + read(
        data / "sentiment/da_lcc.jsonl"
    )
    long = [
        t
        for t in survey + read(data / "sentiment/da_social_comments.jsonl")
        if len(t.split()) >= 60
    ]
    rng.shuffle(survey)
    rng.shuffle(social)
    rng.shuffle(long)
    interviews = []
    for _ in range(n):
        turns = []
        for t in range(rng.randint(4, 8)):
            who = "I" if t % 2 == 0 else "R"
            body = " ".join(rng.choice(sentences) for _ in range(rng.randint(1, 3)))
            turns.append(f"[00:{t:02d}:{rng.randint(0, 59):02d}] {who}: {body}")
        interviews.append("\n".join(turns))
    return {
        "social": social[:n],
        "long": long[: n if n_long is None else n_long],
        "survey": survey[:n],
        "interview": interviews,
    }


def backend_settings(base: Settings, spec: str) -> Settings:
    """Settings for ``torch``, ``onnx-fp32``, ``onnx-int8`` or ``onnx-int8:<scope>``."""
    from textinsight.encoder import onnx_backend

    name, _, scope = spec.partition(":")
    if scope:  # else the shipped scope
        onnx_backend.INT8_SCOPE = scope
    return base.model_copy(update={"encoder_backend": name})


def load_encoder(base: Settings, spec: str) -> Any:
    """The encoder of a backend spec (int8 scope applied while it is built)."""
    from textinsight.encoder import onnx_backend
    from textinsight.encoder.encoder import Encoder

    default_scope = onnx_backend.INT8_SCOPE
    try:
        return Encoder.from_settings(backend_settings(base, spec))
    finally:
        onnx_backend.INT8_SCOPE = default_scope


def label_figures(report: dict[str, Any]) -> dict[str, float]:
    """The figures of an evaluate report that the table shows."""
    t = report["tasks"]
    out: dict[str, float] = {}
    if "sentiment" in t:
        out["sentiment F1"] = t["sentiment"]["macro_f1"]
        out["flips"] = t["sentiment"]["polarity_flips"]["n"]
    if "feedback_type" in t:
        out["feedback F1"] = t["feedback_type"]["macro_f1"]
    for task in ("pillars", "touchpoints"):
        if task in t:
            out[f"{task} F1"] = t[task]["micro_f1"]
    return out


def main() -> None:
    """Run the benchmark and print the tables."""
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--data", type=Path, required=True)
    ap.add_argument("--n", type=int, default=1000)
    ap.add_argument("--n-long", type=int, default=None, help="Long comments (default: --n).")
    ap.add_argument("--threads", type=int, default=0)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--repeats", type=int, default=2)
    ap.add_argument("--genres", default="social,long")
    ap.add_argument("--backends", default="torch,onnx-fp32,onnx-int8,onnx-int8:shared")
    ap.add_argument(
        "--eval",
        default="out/eval/cx_test.jsonl,out/eval/cx_hard_test.jsonl",
        help="Held-out gold files for the label figures ('' to skip).",
    )
    ap.add_argument(
        "--pipeline-backend",
        default=None,
        help="Backend of the full-path comparison (default: the settings').",
    )
    ap.add_argument(
        "--pipeline-only",
        action="store_true",
        help="Only part 4 (the full path against the encoder alone).",
    )
    ap.add_argument("--json", type=Path, help="Also write every figure here.")
    args = ap.parse_args()

    from textinsight.evaluate import evaluate_rows
    from textinsight.types import Document

    base = Settings(progress=False, threads=args.threads)
    specs = [s for s in args.backends.split(",") if s]
    encoders = {spec: load_encoder(base, spec) for spec in specs}
    for enc in encoders.values():
        enc.encode_views(["warm-up"] * 8)
    pipe_spec = args.pipeline_backend or base.encoder_backend
    if pipe_spec not in encoders:
        encoders[pipe_spec] = load_encoder(base, pipe_spec)
    pipe = Pipeline.from_settings(backend_settings(base, pipe_spec), encoder=encoders[pipe_spec])
    embed = pipe.get("embed")
    seg_pipe = Pipeline(pipe.stages[: pipe.names.index("embed")], base.batch_size)
    results: dict[str, Any] = {"backends": {}, "pipeline": {}, "labels": {}}

    texts_by_genre = {
        g: t
        for g, t in genres(args.data, args.n, args.seed, args.n_long).items()
        if g in args.genres.split(",")
    }
    segments: dict[str, list[str]] = {}
    for genre, texts in texts_by_genre.items():
        docs = seg_pipe([Document(str(i), t) for i, t in enumerate(texts)])
        segments[genre] = [
            s.model_text or d.segment_text(s) for d in docs if d.ok for s in d.segments
        ]

    # 2. throughput and cosine per backend, repeats alternating between the backends
    print(
        f"threads {args.threads or 'default'}; texts: "
        + ", ".join(f"{g} {len(t)}" for g, t in texts_by_genre.items()),
        flush=True,
    )
    for genre, segs in segments.items() if not args.pipeline_only else ():
        n_texts = len(texts_by_genre[genre])
        best = dict.fromkeys(specs, float("inf"))
        views: dict[str, tuple[np.ndarray, np.ndarray]] = {}
        for _ in range(args.repeats):
            for spec in specs:
                t0 = time.perf_counter()
                views[spec] = encoders[spec].encode_views(segs)
                best[spec] = min(best[spec], time.perf_counter() - t0)
                print(f"  ({genre} {spec}: {best[spec]:.0f} s)", flush=True)
        ref = views.get("torch")
        for spec in specs:
            row: dict[str, Any] = {
                "texts/s": n_texts / best[spec],
                "segments": len(segs),
                "speed vs torch": best.get("torch", np.nan) / best[spec],
            }
            if ref is not None:
                for name, a, b in (
                    ("general", views[spec][0], ref[0]),
                    ("label", views[spec][1], ref[1]),
                ):
                    cos = (a * b).sum(1)
                    row[f"cos {name} min"] = float(cos.min())
                    row[f"cos {name} mean"] = float(cos.mean())
            results["backends"].setdefault(genre, {})[spec] = row
        print(f"\n{genre}: {n_texts} texts, {len(segs)} segments")
        print(
            f"  {'backend':<18}{'texts/s':>9}{'x torch':>9}{'cos gen min':>13}"
            f"{'cos label min':>15}{'cos label mean':>16}"
        )
        for spec, row in results["backends"][genre].items():
            print(
                f"  {spec:<18}{row['texts/s']:>9.1f}{row['speed vs torch']:>9.2f}"
                f"{row.get('cos general min', np.nan):>13.5f}"
                f"{row.get('cos label min', np.nan):>15.5f}"
                f"{row.get('cos label mean', np.nan):>16.5f}",
                flush=True,
            )

    # 3. label figures per backend, same evaluation code as `textinsight evaluate`
    for gold in [Path(p) for p in args.eval.split(",") if p and not args.pipeline_only]:
        rows = [json.loads(x) for x in gold.read_text(encoding="utf-8").splitlines() if x.strip()]
        print(f"\nlabels on {gold} ({len(rows)} texts)")
        for spec in specs:
            settings = backend_settings(base, spec).updated(
                stages=[
                    "validate",
                    "language",
                    "segment",
                    "normalize",
                    "embed",
                    "sentiment",
                    "pillars",
                    "touchpoints",
                    "feedback_type",
                ]
            )
            eval_pipe = Pipeline.from_settings(settings, encoder=encoders[spec])
            figures = label_figures(evaluate_rows(rows, settings, pipeline=eval_pipe))
            results["labels"].setdefault(str(gold), {})[spec] = figures
            print(
                f"  {spec:<20}"
                + "  ".join(
                    f"{k} {v:.3f}" if isinstance(v, float) else f"{k} {v}"
                    for k, v in figures.items()
                ),
                flush=True,
            )

    # 4. the whole analyze path against the encoder alone (the pipeline's backend)
    encoder = encoders[pipe_spec]
    print(f"\nfull analyze path vs {pipe_spec} alone")
    print(
        f"  {'genre':<10}{'texts':>7}{'segments':>10}{'full t/s':>10}{'encoder t/s':>13}"
        f"{'full / encoder':>16}{'outside encoder':>17}"
    )
    totals = [0.0, 0.0]
    with tempfile.TemporaryDirectory() as tmp:
        for genre, texts in texts_by_genre.items():
            src = Path(tmp) / f"{genre}.jsonl"
            src.write_text(
                "\n".join(
                    json.dumps({"id": str(i), "text": t}, ensure_ascii=False)
                    for i, t in enumerate(texts)
                )
                + "\n"
            )
            segs = segments[genre]
            full, enc = float("inf"), float("inf")
            for _ in range(args.repeats):  # alternate, keep the best of each (noisy machine)
                embed._cache.clear()  # type: ignore[union-attr]
                t0 = time.perf_counter()
                run_analysis(
                    [src],
                    str(Path(tmp) / f"{genre}.out.jsonl"),
                    base,
                    cols=Columns(),
                    pipeline=pipe,
                    progress=False,
                )
                full = min(full, time.perf_counter() - t0)
                t0 = time.perf_counter()
                for b in range(0, len(segs), 4096):
                    encoder.encode_views(segs[b : b + 4096])
                enc = min(enc, time.perf_counter() - t0)
            totals[0] += full
            totals[1] += enc
            results["pipeline"][genre] = {
                "full texts/s": len(texts) / full,
                "encoder texts/s": len(texts) / enc,
                "full/encoder": enc / full,
                "outside": (full - enc) / full,
            }
            print(
                f"  {genre:<10}{len(texts):>7}{len(segs):>10}{len(texts) / full:>10.1f}"
                f"{len(texts) / enc:>13.1f}{enc / full:>16.1%}{(full - enc) / full:>16.1%}",
                flush=True,
            )
    print(
        f"  {'all':<10}{'':>7}{'':>10}{'':>10}{'':>13}{totals[1] / totals[0]:>16.1%}"
        f"{(totals[0] - totals[1]) / totals[0]:>16.1%}"
    )
    if args.json:
        args.json.write_text(json.dumps(results, indent=1))


if __name__ == "__main__":
    main()

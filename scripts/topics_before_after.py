"""The topic fit before and after a change: same input and seed, same topics?

Checks out ``--before`` (a git revision) into a temporary worktree, runs the same probe in it
and in this tree (each in its own interpreter, importing its own ``textinsight``), and compares
per fit: every unit's topic (must be identical), and each topic's ``topics.json`` entry
(label, size, keywords, representatives, breakdowns; fields only one side writes are listed).

The probe fits

* a synthetic corpus (six topics in four languages, each language with its own offset, plus
  non-answers and a failed record; sentiment, pillars, dates and a class column for the
  breakdowns) with a deterministic word encoder (a word's vector is its topic's centre plus
  hashed noise), under four parameter sets: default, ``leace``, ``plain``, no outlier
  reduction; and the online fit on the same corpus;
* with ``--data FILE`` (JSON lines with ``text``): the pipeline's own embeddings of that file
  (computed once, by this tree, cached as ``scripts/topic_quality.py`` caches them) and each
  side's default encoder for keywords, once per ``--seeds``;
* with ``--cli``: ``topics fit`` on the examples (the real pipeline: sentiment, pillars,
  touchpoints, feedback type), batch and ``--online 3``, with ``--class-column channel``.

"After" is this working tree as it is (other uncommitted edits included).

    python scripts/topics_before_after.py --before 19e1b97
    python scripts/topics_before_after.py --before 19e1b97 \
        --data tests/data/marketing/social_posts.jsonl --seeds 1,2 --cli

Exit status 1 when any assignment differs.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

PROBE = r"""
import dataclasses, hashlib, json, sys, time
from pathlib import Path
import numpy as np

sys.path.insert(0, str(Path.cwd() / "scripts"))
from textinsight.topics.model import FitParams, Unit, fit

args = json.loads(sys.argv[1])
FIELDS = {f.name for f in dataclasses.fields(Unit)}
WORDS = [["levering", "pakke", "forsinket"], ["faktura", "gebyr", "betaling"],
         ["app", "login", "crash"], ["kundeservice", "telefon", "ventetid"],
         ["butik", "personale", "venlig"], ["pris", "tilbud", "rabat"]]
LANGS = ["da", "nb", "sv", "en"]
SENT = ["negative", "positive", "neutral"]


def unit(i, text, lang, emb, sentiment=None, pillars=(), date=None, classes=None):
    extra = {"date": date, "classes": classes or {}}
    if "labels" in FIELDS:  # after: labels by record key
        labels = {}
        if sentiment:
            labels["sentiment"] = sentiment
        labels["pillars"] = tuple(pillars)
        return Unit(i, text, lang, emb, labels=labels, **extra)
    return Unit(i, text, lang, emb, sentiment=sentiment, pillars=tuple(pillars), **extra)


def corpus(n_per=40, seed=0):
    rng = np.random.default_rng(seed)
    centres = rng.normal(size=(len(WORDS), 64))
    offsets = {lang: rng.normal(size=64) * 1.5 for lang in LANGS}
    units = []
    for k, words in enumerate(WORDS):
        for j in range(n_per):
            lang = LANGS[j % 4]
            v = centres[k] + offsets[lang] + rng.normal(scale=0.35, size=64)
            text = " ".join(rng.choice(words, size=4)) + f" kunde {j}"
            units.append(unit(f"d{k}-{j}", text, lang, (v / np.linalg.norm(v)).astype(np.float32),
                              SENT[(j + k) % 3], [f"p{j % 3}"] if j % 2 else [],
                              f"2026-{1 + j % 3:02d}-{1 + j % 27:02d}",
                              {"channel": ["web", "app", "mail"][j % 3]}))
    units += [unit("na-1", "Ingen kommentarer", "da", units[0].embedding),
              unit("na-2", "N/A", "en", units[1].embedding), unit("bad", "", "und", None)]
    return units, centres


def word_encoder(centres):
    index = {w: k for k, ws in enumerate(WORDS) for w in ws}

    def encode(words):
        out = []
        for w in words:
            h = int(hashlib.sha256(w.encode()).hexdigest()[:8], 16)
            noise = np.random.default_rng(h).normal(scale=0.8, size=64)
            v = (centres[index[w]] if w in index else 0.0) + noise
            out.append(v / np.linalg.norm(v))
        return np.asarray(out, dtype=np.float32)
    return encode


def result(model, assignment, report):
    rep = {k: v for k, v in dataclasses.asdict(report).items() if k not in ("params", "seconds")}
    return {"assignment": [int(a) for a in assignment], "topics": model.topics, "report": rep}


out = {}
units, centres = corpus()
encode = word_encoder(centres)
for name, params in {"default": dict(seed=1, min_topic_size=15),
                     "leace": dict(seed=7, min_topic_size=15, language_erasure="leace"),
                     "plain": dict(seed=2, plain=True),
                     "no_reduction": dict(seed=3, min_topic_size=15, reduce_outliers=False),
                     }.items():
    t0 = time.perf_counter()
    out["synthetic/" + name] = result(*fit(units, FitParams(**params), encode))
    out["synthetic/" + name]["seconds"] = round(time.perf_counter() - t0, 2)

from textinsight.topics.online import fit_online
stream_units, centres = corpus(n_per=60, seed=5)
order = np.random.default_rng(0).permutation(len(stream_units) - 3)
stream = [stream_units[i] for i in order]
model, info = fit_online(lambda: (stream[i:i + 90] for i in range(0, len(stream), 90)), 6,
                         FitParams(seed=3), word_encoder(centres))
ids, _ = model.assign(np.stack([u.embedding for u in stream]), [u.lang for u in stream])
out["synthetic/online"] = {"assignment": ids.tolist(), "topics": model.topics,
                           "report": {k: v for k, v in info.items() if k != "seconds"}}

if args.get("data"):
    from textinsight.encoder.encoder import Encoder
    from textinsight.settings import Settings
    rows = [json.loads(x) for x in Path(args["data"]).read_text(encoding="utf-8").splitlines()
            if x.strip()]
    z = np.load(args["embeddings"])
    emb, langs = z["emb"], [str(x) for x in z["lang"]]
    encoder = Encoder.from_settings(Settings(progress=False))
    real = [Unit(str(i), r["text"], lang, e)
            for i, (r, e, lang) in enumerate(zip(rows, emb, langs))]
    for seed in args["seeds"]:
        t0 = time.perf_counter()
        key = f"{Path(args['data']).stem}/seed {seed}"
        out[key] = result(*fit(real, FitParams(seed=seed), encoder.encode))
        out[key]["seconds"] = round(time.perf_counter() - t0, 2)

Path(args["out"]).write_text(json.dumps(out, ensure_ascii=False, default=str))
"""


def run_probe(tree: Path, args: dict, out: Path) -> dict:
    """The probe's results in ``tree`` (its own textinsight on the path)."""
    env = {**os.environ, "PYTHONPATH": str(tree)}
    spec = json.dumps({**args, "out": str(out)})
    subprocess.run([sys.executable, "-c", PROBE, spec], cwd=tree, env=env, check=True)
    return json.loads(out.read_text())


CLI_INPUTS = ["examples/feedback.csv", "examples/interview_da.txt", "examples/interview_sv.docx"]
CLI_RUNS = {
    "cli/batch": ["--seed", "3", "--class-column", "channel"],
    "cli/online": ["--seed", "3", "--class-column", "channel", "--online", "3"],
}


def run_cli(tree: Path, out: Path) -> dict:
    """``topics fit`` on the examples (real models) in ``tree``: assignments and topics."""
    env = {**os.environ, "PYTHONPATH": str(tree)}
    results = {}
    for name, extra in CLI_RUNS.items():
        d = out / name.replace("/", "_")
        t0 = time.perf_counter()
        subprocess.run(
            [
                sys.executable,
                "-m",
                "textinsight",
                "topics",
                "fit",
                *[str(ROOT / p) for p in CLI_INPUTS],
                "-o",
                str(d),
                "--no-progress",
                *extra,
            ],
            cwd=tree,
            env=env,
            check=True,
            capture_output=True,
        )
        lines = [json.loads(x) for x in (d / "assignments.jsonl").read_text().splitlines()]
        meta = json.loads((d / "model.json").read_text())
        results[name] = {
            "assignment": lines,
            "topics": json.loads((d / "topics.json").read_text(encoding="utf-8")),
            "report": meta["report"], "seconds": round(time.perf_counter() - t0, 1),
            "model.json keys": sorted(meta), "per_class": meta.get("per_class", {}),
        }  # fmt: skip
    return results


def compare(before: dict, after: dict) -> bool:
    """Print the comparison; True when every assignment is identical."""
    same_all = True
    for name in before:
        b, a = before[name], after[name]
        same = b["assignment"] == a["assignment"]
        if not same and b["assignment"] and isinstance(b["assignment"][0], dict):
            # assignments.jsonl lines: the topics must agree; other fields are listed
            topics_of = [
                ([x["topic"], [s["topic"] for s in x.get("segments", [])]], x["id"])
                for x in b["assignment"]
            ]
            same = topics_of == [
                ([x["topic"], [s["topic"] for s in x.get("segments", [])]], x["id"])
                for x in a["assignment"]
            ]
            other = Counter(
                k
                for x, y in zip(b["assignment"], a["assignment"], strict=True)
                for k in set(x) | set(y)
                if x.get(k) != y.get(k)
            )
            print(f"    {name}: assignments.jsonl lines differ in {dict(other)}")
        same_all &= same
        diff_fields: dict[str, int] = {}
        only: set[str] = set()
        tb = {t["topic"]: t for t in b["topics"]}
        ta = {t["topic"]: t for t in a["topics"]}
        for t in sorted(set(tb) | set(ta)):
            x, y = tb.get(t, {}), ta.get(t, {})
            only |= set(x) ^ set(y)
            for k in set(x) & set(y):
                if x[k] != y[k]:
                    diff_fields[k] = diff_fields.get(k, 0) + 1
        report_diff = {k for k in b["report"] if b["report"].get(k) != a["report"].get(k)}
        n_topics = len(set(tb) | set(ta))
        print(
            f"{name:34s} assignments {'identical' if same else 'DIFFER'} "
            f"({len(b['assignment'])} units, {n_topics} topics); "
            f"topics.json fields differing: {diff_fields or 'none'}; "
            f"fields on one side only: {sorted(only) or 'none'}; "
            f"report differs: {sorted(report_diff) or 'none'}"
            + (f"; seconds {b.get('seconds')} -> {a.get('seconds')}" if "seconds" in b else "")
        )
        if "per_class" in b:  # the CLI runs: model.json's keys and per_class
            gone = sorted(set(b["model.json keys"]) - set(a["model.json keys"]))
            per_b, per_a = b["per_class"], a["per_class"]
            print(
                f"    model.json keys gone: {gone or 'none'}, new: "
                f"{sorted(set(a['model.json keys']) - set(b['model.json keys'])) or 'none'}; "
                f"per_class fields differing: "
                f"{sorted(k for k in per_b if per_b[k] != per_a.get(k, {})) or 'none'}, "
                f"only before: {sorted(set(per_b) - set(per_a)) or 'none'}, "
                f"only after: {sorted(set(per_a) - set(per_b)) or 'none'}"
            )
        if diff_fields.get("keywords"):
            for t in sorted(set(tb) & set(ta)):
                if tb[t]["keywords"] != ta[t]["keywords"]:
                    print(f"    topic {t}: {tb[t]['keywords'][:6]} -> {ta[t]['keywords'][:6]}")
    return same_all


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--before", required=True, help="git revision to compare with")
    ap.add_argument("--data", help="JSON lines with 'text': a real set (pipeline embeddings)")
    ap.add_argument("--seeds", default="1", help="seeds for --data, comma-separated")
    ap.add_argument(
        "--cli",
        action="store_true",
        help="also 'topics fit' on the examples "
        "(real models; batch and --online; --class-column channel)",
    )
    a = ap.parse_args()
    args = {
        "data": str(Path(a.data).resolve()) if a.data else None,
        "seeds": [int(s) for s in a.seeds.split(",")],
    }
    with tempfile.TemporaryDirectory(prefix="ti-before-") as tmp:
        if a.data:  # the pipeline's vectors, computed once here (cached) for both sides
            import numpy as np

            sys.path.insert(0, str(ROOT / "scripts"))
            from topic_quality import embed

            from textinsight.settings import Settings

            rows = [
                json.loads(x) for x in Path(a.data).read_text("utf-8").splitlines() if x.strip()
            ]
            emb, langs, _ = embed(rows, Settings(progress=False))
            args["embeddings"] = str(Path(tmp) / "emb.npz")
            np.savez(args["embeddings"], emb=emb, lang=np.array(langs))
        tree = Path(tmp) / "before"
        subprocess.run(
            ["git", "worktree", "add", "--detach", str(tree), a.before],
            cwd=ROOT,
            check=True,
            capture_output=True,
        )
        try:
            t0 = time.perf_counter()
            before = run_probe(tree, args, Path(tmp) / "before.json")
            after = run_probe(ROOT, args, Path(tmp) / "after.json")
            if a.cli:
                before.update(run_cli(tree, Path(tmp) / "cli-before"))
                after.update(run_cli(ROOT, Path(tmp) / "cli-after"))
        finally:
            subprocess.run(
                ["git", "worktree", "remove", "--force", str(tree)],
                cwd=ROOT,
                check=False,
                capture_output=True,
            )
    print(
        f"before: {a.before}; after: this tree; {time.perf_counter() - t0:.0f} s "
        "(the machine is shared: seconds are indicative only)"
    )
    sys.exit(0 if compare(before, after) else 1)


if __name__ == "__main__":
    main()

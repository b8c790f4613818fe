"""Score the pipeline against a gold JSON Lines file (CONTRACT.md: ``textinsight evaluate``)."""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from .errors import InvalidInput
from .heads import HeadSpec, head_specs
from .pipeline import Pipeline
from .settings import Settings
from .types import Document

_EMBED = ["validate", "language", "segment", "normalize", "embed"]
# kinds scored together against the contact-and-identity target
CONTACT_ID = ("email", "phone", "national_id")
GROUP_KEYS = ("lang", "language", "genre")


def task_stages() -> dict[str, list[str]]:
    """Gold key -> the stages that predict it: the language, every registered head (by its
    record key) and personal data."""
    tasks = {"lang": ["validate", "language"]}
    tasks.update({s.key: [*_EMBED, s.name] for s in head_specs()})
    tasks["pii"] = ["validate", "language", "pii"]
    return tasks


def _heads_by_key() -> dict[str, HeadSpec]:
    return {s.key: s for s in head_specs()}


def single_label_report(gold: Sequence[str], pred: Sequence[str]) -> dict[str, Any]:
    """Accuracy, macro-F1 over the gold labels, and per-label precision / recall / F1."""
    labels = sorted(set(gold))
    per: dict[str, dict[str, float]] = {}
    for lab in sorted(set(gold) | set(pred)):
        tp = sum(1 for g, p in zip(gold, pred, strict=True) if g == lab and p == lab)
        fp = sum(1 for g, p in zip(gold, pred, strict=True) if g != lab and p == lab)
        fn = sum(1 for g, p in zip(gold, pred, strict=True) if g == lab and p != lab)
        prec = tp / (tp + fp) if tp + fp else 0.0
        rec = tp / (tp + fn) if tp + fn else 0.0
        f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
        per[lab] = {
            "precision": round(prec, 4),
            "recall": round(rec, 4),
            "f1": round(f1, 4),
            "support": tp + fn,
        }
    acc = sum(1 for g, p in zip(gold, pred, strict=True) if g == p) / max(len(gold), 1)
    macro = sum(per[lab]["f1"] for lab in labels) / max(len(labels), 1)
    return {"n": len(gold), "accuracy": round(acc, 4), "macro_f1": round(macro, 4), "labels": per}


def _confusions(gold: Sequence[str], pred: Sequence[str]) -> dict[str, int]:
    out: dict[str, int] = defaultdict(int)
    for g, p in zip(gold, pred, strict=True):
        if g != p:
            out[f"{g}->{p}"] += 1
    return dict(sorted(out.items(), key=lambda kv: -kv[1]))


def _predict(task: str, doc: Document) -> str:
    if task == "lang":
        return doc.language.code if doc.language else "und"
    if task == "sentiment":
        return doc.sentiment.label if doc.sentiment else "none"
    choice = doc.choices.get(task)
    return choice.id if choice is not None else "none"


def multi_label_report(gold: Sequence[set[str]], pred: Sequence[set[str]]) -> dict[str, Any]:
    """Micro- and macro-F1 and per-label precision / recall / F1 of label sets."""
    labels = sorted(set().union(*gold, *pred)) if gold else []
    per: dict[str, dict[str, float]] = {}
    tps = fps = fns = 0
    for lab in labels:
        tp = sum(1 for g, p in zip(gold, pred, strict=True) if lab in g and lab in p)
        fp = sum(1 for g, p in zip(gold, pred, strict=True) if lab not in g and lab in p)
        fn = sum(1 for g, p in zip(gold, pred, strict=True) if lab in g and lab not in p)
        tps, fps, fns = tps + tp, fps + fp, fns + fn
        prec = tp / (tp + fp) if tp + fp else 0.0
        rec = tp / (tp + fn) if tp + fn else 0.0
        f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
        per[lab] = {
            "precision": round(prec, 4),
            "recall": round(rec, 4),
            "f1": round(f1, 4),
            "support": tp + fn,
        }
    micro = 2 * tps / (2 * tps + fps + fns) if tps + fps + fns else 1.0
    gold_labels = [lab for lab in labels if per[lab]["support"]]
    macro = sum(per[lab]["f1"] for lab in gold_labels) / max(len(gold_labels), 1)
    exact = sum(1 for g, p in zip(gold, pred, strict=True) if g == p) / max(len(gold), 1)
    return {
        "n": len(gold),
        "micro_f1": round(micro, 4),
        "macro_f1": round(macro, 4),
        "exact_match": round(exact, 4),
        "labels": per,
    }


def _sentiment_extras(pairs: list[tuple[dict[str, Any], Document]]) -> dict[str, Any]:
    """Extra sentiment views: 3-class (the rows without 'mixed' gold, each prediction the
    largest of its three probabilities, so a document read as ``mixed`` counts as its leaning:
    the task of the public 3-class sets and the published models); pos-vs-neg accuracy."""
    out: dict[str, Any] = {}
    three = [(r["sentiment"], d) for r, d in pairs if r["sentiment"] != "mixed"]
    if three:

        def top3(d: Document) -> str:
            p = d.sentiment.probabilities if d.sentiment else {}
            return max(p, key=p.__getitem__) if p else "none"

        out["three_class"] = single_label_report([g for g, _ in three], [top3(d) for _, d in three])
    opposite = {"positive": "negative", "negative": "positive"}
    flips = sum(
        1 for r, d in pairs if d.sentiment and opposite.get(r["sentiment"]) == d.sentiment.label
    )
    out["polarity_flips"] = {
        "n": flips,
        "of": len(pairs),
        "share": round(flips / max(len(pairs), 1), 4),
    }
    binary = [(r["sentiment"], d) for r, d in pairs if r["sentiment"] in ("positive", "negative")]
    if binary and len(binary) == len(pairs):
        hits = 0
        for g, d in binary:
            p = d.sentiment.probabilities if d.sentiment else {}
            guess = "positive" if p.get("positive", 0) >= p.get("negative", 0) else "negative"
            hits += guess == g
        out["positive_vs_negative_accuracy"] = round(hits / len(binary), 4)
    return out


def _groups(pairs: list[tuple[dict[str, Any], Document]]) -> list[tuple[str, dict[str, list[int]]]]:
    """Row indices per value of each grouping key (language, genre) with two or more values."""
    out = []
    for key in GROUP_KEYS:
        groups: dict[str, list[int]] = defaultdict(list)
        for i, (r, _) in enumerate(pairs):
            if key in r:
                groups[str(r[key])].append(i)
        if len(groups) > 1:
            out.append((key, dict(groups)))
    return out


def _grouped(
    pairs: list[tuple[dict[str, Any], Document]],
    gold: Sequence[Any],
    pred: Sequence[Any],
    report: Any,
    metric: str,
) -> dict[str, Any]:
    """``report(gold, pred)[metric]`` per value of each grouping key (language, genre)."""
    by: dict[str, Any] = {}
    for key, groups in _groups(pairs):
        by[key] = {
            g: report([gold[i] for i in idx], [pred[i] for i in idx])[metric]
            for g, idx in sorted(groups.items())
        }
    return by


def _span_counts(
    gold: list[set[tuple[int, int, str]]],
    pred: list[set[tuple[int, int, str]]],
    kinds: set[str],
    exact: bool,
) -> tuple[int, int, int]:
    """(true positives, predicted, gold) over documents for spans of ``kinds``.

    Exact: same start, end and kind. Overlap: same kind and at least one shared character
    (each gold span is matched at most once).
    """
    tp = n_pred = n_gold = 0
    for g, p in zip(gold, pred, strict=True):
        gk = [x for x in g if x[2] in kinds]
        pk = [x for x in p if x[2] in kinds]
        n_gold += len(gk)
        n_pred += len(pk)
        if exact:
            tp += len(set(gk) & set(pk))
            continue
        free = list(gk)
        for ps, pe, pkind in pk:
            hit = next((x for x in free if x[2] == pkind and ps < x[1] and x[0] < pe), None)
            if hit is not None:
                free.remove(hit)
                tp += 1
    return tp, n_pred, n_gold


def _prf(tp: int, n_pred: int, n_gold: int) -> dict[str, Any]:
    p = tp / n_pred if n_pred else 1.0
    r = tp / n_gold if n_gold else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {
        "precision": round(p, 4),
        "recall": round(r, 4),
        "f1": round(f, 4),
        "support": n_gold,
        "predicted": n_pred,
    }


def pii_report(
    gold: list[set[tuple[int, int, str]]],
    pred: list[set[tuple[int, int, str]]],
    texts: Sequence[str],
) -> dict[str, Any]:
    """Per-kind and grouped precision / recall for personal-data spans.

    ``exact`` needs the same boundaries; ``overlap`` counts a found span of the right kind that
    shares characters with the gold span. ``characters_covered`` is what redaction cares about:
    the share of gold personal-data characters inside any predicted span, whatever its kind.
    """
    kinds = sorted({x[2] for g in gold for x in g} | {x[2] for p in pred for x in p})
    out: dict[str, Any] = {}
    for mode in ("exact", "overlap"):
        res: dict[str, Any] = {
            k: _prf(*_span_counts(gold, pred, {k}, mode == "exact")) for k in kinds
        }
        res["contact_and_id"] = _prf(*_span_counts(gold, pred, set(CONTACT_ID), mode == "exact"))
        res["all"] = _prf(*_span_counts(gold, pred, set(kinds), mode == "exact"))
        out[mode] = res
    covered = total = 0
    for g, p, _ in zip(gold, pred, texts, strict=True):
        marks: set[int] = set()
        for s, e, _k in p:
            marks.update(range(s, e))
        for s, e, _k in g:
            total += e - s
            covered += sum(1 for i in range(s, e) if i in marks)
    out["characters_covered"] = round(covered / total, 4) if total else 1.0
    out["documents_without_pii"] = sum(1 for g in gold if not g)
    out["false_alarms_in_documents_without_pii"] = sum(
        len(p) for g, p in zip(gold, pred, strict=True) if not g
    )
    return out


def _pii_task(pairs: list[tuple[dict[str, Any], Document]]) -> dict[str, Any]:
    gold = [{(int(x["start"]), int(x["end"]), str(x["kind"])) for x in r["pii"]} for r, _ in pairs]
    pred = [{(s.start, s.end, s.kind) for s in d.pii or []} for _, d in pairs]
    res = pii_report(gold, pred, [d.text for _, d in pairs])
    for key, groups in _groups(pairs):
        res.setdefault("overlap_f1_by", {})[key] = {
            g: {
                k: v["f1"]
                for k, v in pii_report(
                    [gold[i] for i in idx], [pred[i] for i in idx], ["" for _ in idx]
                )["overlap"].items()
                if k in ("contact_and_id", "person", "all")
            }
            for g, idx in sorted(groups.items())
        }
    return res


def evaluate_rows(
    rows: list[dict[str, Any]],
    settings: Settings,
    pipeline: Pipeline | None = None,
    tasks: list[str] | None = None,
    label_head: str | None = None,
) -> dict[str, Any]:
    """Evaluate every task that the gold rows label (or only ``tasks``); with ``label_head``
    the gold ``label`` column holds that head's labels (a head-named column wins)."""
    stages = task_stages()
    heads = _heads_by_key()
    if label_head is not None:
        single = sorted(k for k, s in heads.items() if s.kind == "single")
        if label_head not in single:
            raise InvalidInput(f"no single-label head {label_head!r}; known: {single}")
        rows = [{label_head: r["label"], **r} if "label" in r else r for r in rows]
    unknown = sorted(set(tasks or []) - set(stages))
    if unknown:
        raise InvalidInput(f"unknown tasks {unknown}; known: {sorted(stages)}")
    tasks = [t for t in stages if any(t in r for r in rows) and (not tasks or t in tasks)]
    if not tasks:
        raise InvalidInput(f"the gold file labels none of the tasks {sorted(stages)}")
    if pipeline is None:
        names: list[str] = []
        for t in tasks:
            names += [s for s in stages[t] if s not in names]
        pipeline = Pipeline.from_settings(
            settings.updated(stages=names, redact=None, never_store_raw=False)
        )
    docs = [Document(str(r.get("id", i)), r["text"], {}) for i, r in enumerate(rows)]
    docs = list(pipeline.pipe(docs))
    report: dict[str, Any] = {"n": len(rows), "tasks": {}}
    for task in tasks:
        pairs = [(r, d) for r, d in zip(rows, docs, strict=True) if task in r]
        if task == "pii":
            report["tasks"][task] = _pii_task(pairs)
            continue
        if task in heads and heads[task].kind == "multi":
            mgold = [set(r[task]) for r, _ in pairs]
            mpred = [{x.id for x in d.labels.get(task, [])} for _, d in pairs]
            res = multi_label_report(mgold, mpred)
            by = _grouped(pairs, mgold, mpred, multi_label_report, "micro_f1")
            if by:
                res["micro_f1_by"] = by
            report["tasks"][task] = res
            continue
        gold = [str(r[task]) for r, _ in pairs]
        pred = [_predict(task, d) for _, d in pairs]
        res = single_label_report(gold, pred)
        res["confusions"] = _confusions(gold, pred)
        by = _grouped(pairs, gold, pred, single_label_report, "macro_f1")
        if by:
            res["macro_f1_by"] = by
        if task == "sentiment":
            res.update(_sentiment_extras(pairs))
        report["tasks"][task] = res
    return report


def evaluate_file(
    path: Path | Sequence[Path],
    settings: Settings,
    tasks: list[str] | None = None,
    label_head: str | None = None,
    split: str | None = None,
    pipeline: Pipeline | None = None,
) -> dict[str, Any]:
    """Read one or more gold files (only the rows of ``split``, when given) and evaluate
    them (see :func:`evaluate_rows`)."""
    paths = [path] if isinstance(path, str | Path) else list(path)
    rows: list[dict[str, Any]] = []
    for p in paths:
        with open(p, encoding="utf-8") as f:
            got = [json.loads(line) for line in f if line.strip()]
        bad = [i for i, r in enumerate(got, 1) if "text" not in r]
        if bad:
            raise InvalidInput(f"{p}: lines {bad[:5]} have no 'text'")
        rows += [r for r in got if split is None or r.get("split") == split]
    if not rows:
        raise InvalidInput(
            f"no gold rows{f' of split {split!r}' if split else ''} in {', '.join(map(str, paths))}"
        )
    report = evaluate_rows(rows, settings, pipeline, tasks=tasks, label_head=label_head)
    report["gold"] = str(paths[0]) if len(paths) == 1 else [str(p) for p in paths]
    if split is not None:
        report["split"] = split
    return report

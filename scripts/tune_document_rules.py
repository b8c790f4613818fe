"""Choose the long-document rules (transcripts, long comments) on development transcripts.

    python scripts/tune_document_rules.py --dev data/transcripts/dev [--write]

A document of more than three parts is labelled from its parts, not only from its mean vector
(the mean of forty turns sits half-way between every label). The rules have a few numbers:
for sentiment, whether the label comes from the document vector or from the length-weighted
mean of the respondent's parts, whether the document vector alone may make it ``mixed``, and
which share of the confidently polar text each side needs for ``mixed``; for pillars and
touchpoints, the share of the respondent's text and the number of parts that must carry a
label before the document does. This script encodes the development transcripts once, tries
each combination, prints the scores (sentiment 4-class macro-F1, label micro-F1) and, with
``--write``, stores the best in the heads' manifests (``long_document``), where the stages read
them. Ties keep the earlier (the current default) choice. The test transcripts
(``data/transcripts/*.jsonl``) are never read here: measure them with ``textinsight evaluate``.

With ``--aggregate`` it also fits each head's document aggregator
(:mod:`textinsight.aggregator`: a small logistic model over statistics of the head's output on
the respondent's parts) on the same transcripts: the regularisation (and, for pillars and
touchpoints, the threshold) chosen by leave-one-transcript-out cross-validation, whose score is
printed beside the rule's (the rule's is in-sample, so the comparison favours the rule). With
``--write`` an aggregator is stored in the manifest (an entry of ``long_document.aggregators``,
with ``part_kind`` ``"turn"``) only when its cross-validated score beats the rule's.
``--measure DIR`` then scores the fitted aggregators on the transcripts in DIR (e.g. fitted on
the test transcripts and measured on the development ones, the other way round from the
shipped fit: a check that the gain is not one split's luck).

With ``--comments DIR`` (and ``--aggregate``) it fits the same models on long comments (no
speaker turns; ``part_kind`` ``"sentence"``, for documents of at least as many sentences as the
shortest fitting comment), compares each with the best rule on those comments, and stores
those of the heads in ``--comment-heads`` that beat it; ``--reviews DATA`` prints the
sentiment one against the rules on real long reviews, ``--measure-comments DIR`` scores them
on other comments. Stored aggregators of a kind that is not refitted stay as they are.
"""

from __future__ import annotations

import argparse
import copy
import itertools
import json
from collections import Counter
from pathlib import Path
from typing import Any

import numpy as np

from textinsight.aggregator import (
    Aggregator,
    aggregator_specs,
    kind_count,
    multi_features,
    single_features,
)

SENTIMENT_GRID: dict[str, list[Any]] = {
    "label": ["vector", "parts"],
    "vector_mixed": [True, False, "poles", "class"],  # the last two: a head with a 'mixed' class
    "mixed_min_share": [0.2, 0.25, 0.3, 0.35, 0.4],
}
LABEL_GRID: dict[str, list[Any]] = {
    "min_share": [0.1, 0.15, 0.2, 0.25, 0.3],
    "min_parts": [2, 3, 4],
}
# the aggregators' inverse regularisation, strongest first
C_GRID = [0.03, 0.1, 0.3, 1.0, 3.0, 10.0]
T_GRID = [round(0.2 + 0.05 * i, 2) for i in range(11)]  # multi-label aggregator thresholds
ABSENT = -20.0  # the intercept of a class no fitting document had


def macro_f1(gold: list[str], pred: list[str]) -> float:
    """Macro-F1 over the gold classes."""
    from sklearn.metrics import f1_score

    return float(f1_score(gold, pred, labels=sorted(set(gold)), average="macro", zero_division=0))


def micro_f1(gold: list[set[str]], pred: list[set[str]]) -> float:
    """Micro-F1 over (document, label) pairs."""
    tp = sum(len(g & p) for g, p in zip(gold, pred, strict=True))
    n_pred, n_gold = sum(map(len, pred)), sum(map(len, gold))
    return 2 * tp / max(n_pred + n_gold, 1)


def grid(spec: dict[str, list[Any]]) -> list[dict[str, Any]]:
    """Every combination of a grid, the first values first."""
    return [dict(zip(spec, combo, strict=True)) for combo in itertools.product(*spec.values())]


def fit_single(
    features: np.ndarray,
    gold: list[str],
    classes: list[str],
    min_parts: int,
    part_kind: str = "turn",
) -> tuple[Aggregator, float]:
    """A single-label aggregator (C by leave-one-out macro-F1) and its cross-validated score."""
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import LeaveOneOut, cross_val_predict

    y = np.array(gold)
    scores = []
    for c in C_GRID:
        model = LogisticRegression(C=c, max_iter=5000, class_weight="balanced")
        pred = cross_val_predict(model, features, y, cv=LeaveOneOut())
        scores.append((macro_f1(gold, list(pred)), c))
    score, c = max(scores, key=lambda x: x[0])  # max keeps the first (strongest) of equals
    model = LogisticRegression(C=c, max_iter=5000, class_weight="balanced").fit(features, y)
    coef = np.zeros((len(classes), features.shape[1]))
    intercept = np.full(len(classes), ABSENT)
    if len(model.classes_) == 2:  # sklearn's binary form: one row, for the second class
        fitted = {str(model.classes_[0]): (0.0, 0.0)}
        fitted[str(model.classes_[1])] = (model.coef_[0], model.intercept_[0])
    else:
        fitted = {
            str(k): (model.coef_[i], model.intercept_[i]) for i, k in enumerate(model.classes_)
        }
    for cls, (w, b) in fitted.items():
        coef[classes.index(cls)], intercept[classes.index(cls)] = w, b
    print(f"  C={c}: leave-one-out {score:.3f} ({', '.join(f'{x:.3f}' for x, _ in scores)})")
    agg = Aggregator("single", tuple(classes), coef, intercept, min_parts, part_kind=part_kind)
    return agg, score


def fit_multi(
    features: list[np.ndarray],
    gold: list[set[str]],
    classes: list[str],
    min_parts: int,
    part_kind: str = "turn",
) -> tuple[Aggregator, float]:
    """A multi-label aggregator shared by every label (C and threshold by leave-one-document-
    out micro-F1) and its cross-validated score."""
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import LeaveOneGroupOut, cross_val_predict

    x = np.concatenate(features)
    y = np.array([c in g for g in gold for c in classes])
    groups = np.repeat(np.arange(len(features)), len(classes))
    scores = []
    for c in C_GRID:
        model = LogisticRegression(C=c, max_iter=5000)
        p = cross_val_predict(
            model, x, y, cv=LeaveOneGroupOut(), groups=groups, method="predict_proba"
        )[:, 1]
        for t in T_GRID:
            hit = p >= t
            tp = int((hit & y).sum())
            scores.append((2 * tp / max(int(hit.sum()) + int(y.sum()), 1), c, t))
    score, c, t = max(scores, key=lambda x: x[0])
    model = LogisticRegression(C=c, max_iter=5000).fit(x, y)
    print(f"  C={c}, threshold {t}: leave-one-out micro-F1 {score:.3f}")
    return Aggregator(
        "multi", tuple(classes), model.coef_[0], model.intercept_, min_parts, t, part_kind
    ), score


def aggregators(
    docs: list[Any], rows: list[dict[str, Any]], part_kind: str = "turn"
) -> dict[str, tuple[Aggregator, float]]:
    """Fit the four heads' aggregators on the embedded ``docs`` and their ``rows``' labels:
    models for documents of ``part_kind`` parts (``"turn"``: transcripts; ``"sentence"``:
    long comments), which apply to documents of at least as many such parts as the fewest a
    fitting document had."""
    from textinsight.heads import head_dir
    from textinsight.stages.labels import HeadStage
    from textinsight.stages.sentiment import SentimentStage

    counts = [kind_count(d.segments, part_kind) for d in docs]
    fit_ids = [i for i, n in enumerate(counts) if n >= 2]
    if not fit_ids:
        raise SystemExit(f"no fitting document of {part_kind} parts only (a title first)")
    docs, rows = [docs[i] for i in fit_ids], [rows[i] for i in fit_ids]
    min_parts = min(counts[i] for i in fit_ids)
    print(
        f"{part_kind} aggregators: fitted on {len(fit_ids)} of {len(counts)} documents (the rest "
        f"have other parts too), for documents of at least {min_parts} {part_kind}s"
    )
    out: dict[str, tuple[Aggregator, float]] = {}
    sentiment = SentimentStage.load(head_dir("sentiment"))
    ev = [sentiment.document_evidence(d, d.language.code if d.language else None) for d in docs]
    print("sentiment aggregator (4-class macro-F1)")
    out["sentiment"] = fit_single(
        np.stack([single_features(*e) for e in ev if e is not None]),
        [r["sentiment"] for r, e in zip(rows, ev, strict=True) if e is not None],
        list(sentiment.head.classes_),
        min_parts,
        part_kind,
    )
    for name in ("feedback_type", "pillars", "touchpoints"):
        stage = HeadStage.load(head_dir(name), name)
        classes = list(stage.head.classes_)
        evs = [stage.document_evidence(d) for d in docs]
        keep = [(r, e) for r, e in zip(rows, evs, strict=True) if e is not None]
        print(f"{name} aggregator")
        if stage.spec.kind == "single":
            out[name] = fit_single(
                np.stack([single_features(*e) for _, e in keep]),
                [r[name] for r, _ in keep],
                classes,
                min_parts,
                part_kind,
            )
        else:
            out[name] = fit_multi(
                [multi_features(*e) for _, e in keep],
                [set(r[name]) for r, _ in keep],
                classes,
                min_parts,
                part_kind,
            )
    return out


def embed_texts(rows: list[dict[str, Any]]) -> list[Any]:
    """The ``rows`` (``id``, ``text``) as documents embedded up to the label vectors."""
    from textinsight.pipeline import Pipeline
    from textinsight.settings import Settings
    from textinsight.types import Document

    pipe = Pipeline.from_settings(
        Settings(progress=False, stages=["validate", "language", "segment", "normalize", "embed"])
    )
    return list(pipe.pipe(Document(r["id"], r["text"]) for r in rows))


def embed(folder: Path) -> tuple[list[Any], list[dict[str, Any]]]:
    """The documents of ``folder``'s JSON Lines files, embedded, and their rows."""
    rows = [json.loads(x) for p in sorted(folder.glob("*.jsonl")) for x in p.open()]
    return embed_texts(rows), rows


def measure(
    fitted: dict[str, tuple[Aggregator, float]], docs: list[Any], rows: list[dict[str, Any]]
) -> dict[str, float]:
    """Each fitted aggregator's score on other transcripts (4-class / feedback-type macro-F1,
    label micro-F1), read through the stages' own evidence; a transcript it does not apply to
    counts as a miss."""
    from textinsight.heads import head_dir
    from textinsight.stages.labels import HeadStage
    from textinsight.stages.sentiment import SentimentStage

    scores = {}
    for name, (agg, _) in fitted.items():
        if name == "sentiment":
            stage: Any = SentimentStage.load(head_dir(name))
            evs = [
                stage.document_evidence(d, d.language.code if d.language else None) for d in docs
            ]
        else:
            stage = HeadStage.load(head_dir(name), name)
            evs = [stage.document_evidence(d) for d in docs]
        ok = [e is not None and agg.applies(d.segments) for d, e in zip(docs, evs, strict=True)]
        print(f"  {name}: applies to {sum(ok)} of {len(docs)}")
        probs = [
            agg.predict(e) if k and e is not None else None for e, k in zip(evs, ok, strict=True)
        ]
        if agg.kind == "single":
            pred = ["" if p is None else agg.classes[int(np.argmax(p))] for p in probs]
            scores[name] = macro_f1([r[name] for r in rows], pred)
        else:
            hit = [
                set()
                if p is None
                else {c for c, v in zip(agg.classes, p, strict=True) if v >= agg.threshold}
                for p in probs
            ]
            scores[name] = micro_f1([set(r[name]) for r in rows], hit)
    return scores


def search_rules(
    docs: list[Any], rows: list[dict[str, Any]], feedback: bool = False, quiet: bool = False
) -> tuple[dict[str, dict[str, Any]], dict[str, float]]:
    """Try every rule of the grids on the embedded ``docs`` (the aggregators switched off):
    the best rule per head and its (in-sample) score; with ``feedback`` the feedback-type
    head's score without an aggregator too."""
    from textinsight.heads import head_dir
    from textinsight.stages.labels import HeadStage
    from textinsight.stages.sentiment import SentimentStage

    chosen: dict[str, dict[str, Any]] = {}
    scores: dict[str, float] = {}
    base = SentimentStage.load(head_dir("sentiment"))
    gold = [r["sentiment"] for r in rows]
    results = []
    for rule in grid(SENTIMENT_GRID):
        stage = copy.copy(base)
        stage.aggregators = ()  # the rules alone (a shipped aggregator would decide instead)
        stage.long_label = rule["label"]
        stage.long_vector_mixed = rule["vector_mixed"]
        stage.long_mixed_min_share = rule["mixed_min_share"]
        out = stage(copy.deepcopy(docs))
        pred = [d.sentiment.label for d in out]  # type: ignore[union-attr]
        results.append((macro_f1(gold, pred), rule))
        if not quiet:
            print(f"sentiment {json.dumps(rule)}: 4-class macro-F1 {results[-1][0]:.3f}")
    best = max(results, key=lambda x: x[0])  # max keeps the first of equals
    chosen["sentiment"] = {"parts": base.long_parts, **best[1]}
    scores["sentiment"] = best[0]
    print(f"sentiment: best {json.dumps(chosen['sentiment'])} ({best[0]:.3f})")

    for name in ("pillars", "touchpoints"):
        head = HeadStage.load(head_dir(name), name)
        gold_sets = [set(r[name]) for r in rows]
        results = []
        for rule in grid(LABEL_GRID):
            hstage = copy.copy(head)
            hstage.aggregators = ()
            hstage.min_share, hstage.min_parts = rule["min_share"], rule["min_parts"]
            out = hstage(copy.deepcopy(docs))
            found = [{x.id for x in d.labels[name]} for d in out]
            results.append((micro_f1(gold_sets, found), rule))
            if not quiet:
                print(f"{name} {json.dumps(rule)}: micro-F1 {results[-1][0]:.3f}")
        best = max(results, key=lambda x: x[0])
        chosen[name] = {"parts": head.few_segments, **best[1]}
        scores[name] = best[0]
        print(f"{name}: best {json.dumps(chosen[name])} ({best[0]:.3f})")
    if feedback:
        fb = HeadStage.load(head_dir("feedback_type"), "feedback_type")
        fb.aggregators = ()
        out = fb(copy.deepcopy(docs))
        scores["feedback_type"] = macro_f1(
            [r["feedback_type"] for r in rows],
            [d.choices["feedback_type"].id for d in out],
        )
    return chosen, scores


def compare(
    fitted: dict[str, tuple[Aggregator, float]], rule_scores: dict[str, float], what: str
) -> None:
    """Print each aggregator's left-out score beside the best rule's in-sample score."""
    for name, (_, score) in fitted.items():
        verdict = "better" if score > rule_scores[name] else "not better"
        print(
            f"{what} {name}: aggregator {score:.3f} (left out) vs rule "
            f"{rule_scores[name]:.3f} (in-sample): {verdict}"
        )


def main() -> None:
    """Encode, search, report (and write)."""
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--dev", type=Path, default=Path("data/transcripts/dev"))
    ap.add_argument(
        "--comments",
        type=Path,
        help="with --aggregate: development long comments (no speaker turns) to fit the "
        "aggregators of long comments on, e.g. data/long_comments/dev",
    )
    ap.add_argument("--write", action="store_true", help="store the best rules in models/")
    ap.add_argument(
        "--aggregate",
        action="store_true",
        help="also fit the document aggregators of sentiment, feedback type, pillars and "
        "touchpoints (--write stores each that beats its rule, whatever --heads says)",
    )
    ap.add_argument(
        "--measure",
        type=Path,
        help="with --aggregate: score the fitted aggregators on the transcripts in this folder",
    )
    ap.add_argument(
        "--measure-comments",
        type=Path,
        help="with --comments: score the long-comment aggregators on the comments in this folder",
    )
    ap.add_argument(
        "--comment-heads",
        default="pillars,touchpoints",
        help="whose long-comment aggregators --write may store (comma-separated): not "
        "sentiment and feedback type, whose models learn the written comments' balanced "
        "classes and read real long reviews worse than the rules (see --reviews)",
    )
    ap.add_argument(
        "--reviews",
        type=Path,
        help="with --comments: the public data folder (../shared/data); prints the long-comment "
        "sentiment aggregator against the rules on real long reviews, the ScandiSent-mt "
        "development rows (never trained on or tested on) it applies to",
    )
    ap.add_argument(
        "--heads",
        default="sentiment,pillars,touchpoints",
        help="whose rules --write stores (comma-separated)",
    )
    args = ap.parse_args()
    if args.comments and not args.aggregate:
        ap.error("--comments fits aggregators: give --aggregate too")
    if (args.reviews or args.measure_comments) and not args.comments:
        ap.error("--reviews and --measure-comments read the --comments fit: give --comments")
    from textinsight.heads import head_dir

    docs, rows = embed(args.dev)
    print(f"{len(docs)} development transcripts, {sum(len(d.segments) for d in docs)} parts")
    chosen, rule_scores = search_rules(docs, rows, feedback=args.aggregate)

    fitted: dict[str, dict[str, tuple[Aggregator, float]]] = {}  # part kind -> head -> fit
    if args.aggregate:
        fitted["turn"] = aggregators(docs, rows, "turn")
        compare(fitted["turn"], rule_scores, "transcripts")
        if args.measure:
            other_docs, other_rows = embed(args.measure)
            for name, score in measure(fitted["turn"], other_docs, other_rows).items():
                print(f"{name}: aggregator on {args.measure} ({len(other_rows)}): {score:.3f}")
    wins: dict[str, dict[str, tuple[Aggregator, float]]] = {
        kind: {n: f for n, f in fits.items() if f[1] > rule_scores[n]}
        for kind, fits in fitted.items()
    }
    if args.aggregate and args.comments:
        c_docs, c_rows = embed(args.comments)
        print(f"{len(c_docs)} long comments, {sum(len(d.segments) for d in c_docs)} parts")
        _, c_scores = search_rules(c_docs, c_rows, feedback=True, quiet=True)
        fitted["sentence"] = aggregators(c_docs, c_rows, "sentence")
        compare(fitted["sentence"], c_scores, "long comments")
        heads = set(args.comment_heads.split(","))
        wins["sentence"] = {
            n: f for n, f in fitted["sentence"].items() if n in heads and f[1] > c_scores[n]
        }
        if args.reviews:
            reviews(fitted["sentence"]["sentiment"][0], args.reviews)
        if args.measure_comments:
            m_docs, m_rows = embed(args.measure_comments)
            for name, score in measure(fitted["sentence"], m_docs, m_rows).items():
                print(f"{name}: aggregator on {args.measure_comments}: {score:.3f}")

    if args.write:
        heads = args.heads.split(",")
        refitted = {n for fits in fitted.values() for n in fits}
        sources = {"turn": f"{args.dev} ({len(rows)} transcripts)"}
        if args.comments:
            sources["sentence"] = f"{args.comments} ({len(c_rows)} long comments)"
        for name in heads + sorted(refitted - set(heads)):
            path = head_dir(name) / "manifest.json"
            manifest = json.loads(path.read_text())
            old = manifest.get("long_document") or {}
            own = name in heads and name in chosen  # else the rule stays as it is
            rule = merge_rule(
                old,
                chosen[name] if own else None,
                set(fitted),
                {kind: fits[name] for kind, fits in wins.items() if name in fits},
                sources,
            )
            rule["chosen_on"] = f"{sources['turn']}; scripts/tune_document_rules.py" + (
                " --aggregate" if fitted else ""
            )
            manifest["long_document"] = rule
            path.write_text(json.dumps(manifest, indent=2, ensure_ascii=False) + "\n")
            print(f"wrote {path}")


def merge_rule(
    old: dict[str, Any],
    chosen: dict[str, Any] | None,
    refitted: set[str],
    wins: dict[str, tuple[Aggregator, float]],
    sources: dict[str, str],
) -> dict[str, Any]:
    """A head's new ``long_document`` rule: ``chosen`` (else the ``old`` rule's numbers), the
    old aggregators of every part kind not in ``refitted``, and the refitted ones that won
    (``wins``: part kind -> (aggregator, left-out score)), each with its score and the
    documents it was fitted on (``sources`` by part kind); transcripts' first. The older single
    ``aggregator`` key becomes an entry of the list; no list when no aggregator is left."""
    rule = dict(chosen if chosen is not None else old)
    rule.pop("aggregator", None)
    rule.pop("aggregators", None)
    kept = [a for a in aggregator_specs(old) if a.get("part_kind", "turn") not in refitted]
    new = [
        {
            **agg.to_manifest(),
            "left_out_score": round(score, 4),
            "fitted_on": sources.get(kind, ""),
        }
        for kind, (agg, score) in wins.items()
    ]
    if kept + new:
        rule["aggregators"] = sorted(kept + new, key=lambda a: a.get("part_kind") != "turn")
    return rule


def reviews(agg: Aggregator, data: Path) -> None:
    """Print the rules and the rules plus ``agg`` (a sentiment aggregator) on the real long
    reviews it applies to: the public development rows of ScandiSent-mt (the 10 % of its
    training split that the trunk never trains on; calibration reads them as documents)."""
    from sources import SENTIMENT

    from textinsight.heads import head_dir
    from textinsight.splits import holdout_split
    from textinsight.stages.sentiment import SentimentStage

    rel = "sentiment/en_trustpilot_translated.jsonl"
    salt, pct = SENTIMENT[rel]
    rows = [
        r
        for r in map(json.loads, (data / rel).open(encoding="utf-8"))
        if holdout_split(str(r["id"]), salt, pct) == "train"
        and holdout_split(str(r["id"]), f"{salt}-dev", 10) == "test"
    ]
    docs = embed_texts(rows)
    keep = [i for i, d in enumerate(docs) if agg.applies(d.segments)]
    docs, gold = [docs[i] for i in keep], [rows[i]["sentiment"] for i in keep]
    rules = SentimentStage.load(head_dir("sentiment"))
    rules.aggregators = tuple(a for a in rules.aggregators if a.part_kind != agg.part_kind)
    both = copy.copy(rules)
    both.aggregators = (*rules.aggregators, agg)
    for name, stage in (("rules", rules), ("long-comment aggregator", both)):
        pred = [d.sentiment.label for d in stage(copy.deepcopy(docs))]  # type: ignore[union-attr]
        flips = sum({g, p} == {"positive", "negative"} for g, p in zip(gold, pred, strict=True))
        print(
            f"real long reviews ({len(gold)} ScandiSent-mt development rows of "
            f">= {agg.min_parts} sentences), {name}: 4-class macro-F1 "
            f"{macro_f1(gold, pred):.3f}, flips {flips}, {dict(Counter(pred))}"
        )


if __name__ == "__main__":
    main()

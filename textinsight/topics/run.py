"""``textinsight topics fit`` and ``topics show``: files in, a topic model directory out."""

from __future__ import annotations

import json
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from ..errors import InvalidInput
from ..io.archive import ArchiveLimits
from ..io.readers import Columns, count_rows, read_inputs
from ..pipeline import Pipeline, redaction_policy
from ..settings import Settings
from .model import FitParams, FitReport, TopicModel, Unit, fit, month_of, units_from_docs, week_of
from .nonanswer import is_non_answer


def collect_units(inputs: list[Path], settings: Settings, cols: Columns,
                  pipeline: Pipeline | None = None, date_key: str | None = "date",
                  progress: bool = False,
                  class_keys: Sequence[str] = ()) -> list[Unit]:  # fmt: skip
    """Run the analysis pipeline once and keep what clustering needs (embeddings included,
    and the values of the ``class_keys`` columns)."""
    from tqdm import tqdm

    for p in inputs:
        if not p.exists():
            raise InvalidInput(f"input file not found: {p}")
    pipeline = pipeline or Pipeline.from_settings(settings)
    if "embed" not in pipeline.names:
        raise InvalidInput("topics need the 'embed' stage in the pipeline")
    limits = ArchiveLimits.from_settings(settings)
    bar = tqdm(total=count_rows(inputs, limits), unit="doc", file=sys.stderr, disable=not progress)
    units: list[Unit] = []
    for doc in pipeline.pipe(read_inputs(inputs, cols, limits)):
        units.extend(units_from_docs([doc], date_key=date_key, class_keys=class_keys))
        bar.update(1)
    bar.close()
    return units


def class_keys_of(class_key: str | Sequence[str] | None) -> tuple[str, ...]:
    """``--class-column`` given once, several times, or not at all."""
    if class_key is None:
        return ()
    return (class_key,) if isinstance(class_key, str) else tuple(dict.fromkeys(class_key))


def fit_files(inputs: list[Path], out: Path, settings: Settings, params: FitParams,
              cols: Columns | None = None, date_key: str | None = "date",
              class_key: str | Sequence[str] | None = None, progress: bool = False,
              pipeline: Pipeline | None = None,
              provider: Callable[[], tuple[list[Unit], Any]] | None = None,
              ) -> tuple[TopicModel, FitReport]:  # fmt: skip
    """Fit a topic model on files and write DIR (model, topics.json, assignments.jsonl).

    ``provider`` (``--engine ray``): returns the units, embeddings computed elsewhere, and the
    encoder for keyword ranking; the pipeline then does not run here."""
    t0 = time.perf_counter()
    if provider is not None:
        units, encoder = provider()
    else:
        pipeline = pipeline or Pipeline.from_settings(settings)
        units = collect_units(inputs, settings, cols or Columns(), pipeline, date_key, progress,
                              class_keys_of(class_key))  # fmt: skip
        encoder = pipeline.require_encoder("topic models")
    missing = [k for k in class_keys_of(class_key) if not any(k in u.classes for u in units)]
    if missing:  # a misspelt column is an error, not a silently empty breakdown
        raise InvalidInput(f"--class-column {', '.join(map(repr, missing))}: no such column "
                           "(or no value in it) in the input")  # fmt: skip
    t1 = time.perf_counter()
    model, assignment, report = fit(units, params, encoder.encode)
    t2 = time.perf_counter()
    model.meta.update({
        "encoder": f"{encoder.name}@{encoder.version}", "report": _report_dict(report),
        "seconds": {"analyse_and_embed": round(t1 - t0, 1), "cluster": round(t2 - t1, 1)},
        "per_class": _per_class(units, assignment, class_key),
        # with redaction, units hold the redacted text: representative texts and keywords too
        "redaction": redaction_policy(settings),
    })  # fmt: skip
    model.save(out)
    write_assignments(out / "assignments.jsonl", units, assignment, model)
    return model, report


def _report_dict(r: FitReport) -> dict[str, Any]:
    return {"units": r.units, "documents": r.documents, "non_answers": r.non_answers,
            "failed": r.failed, "clustered": r.clustered, "topics": r.topics,
            "outliers_before": r.outliers_before, "outliers_after": r.outliers_after,
            "outlier_share_before": round(r.outlier_share_before, 4),
            "outlier_share_after": round(r.outlier_share_after, 4),
            "refit_agreement": r.refit_agreement}  # fmt: skip


def _per_class(units: list[Unit], assignment: list[int],
               class_key: str | Sequence[str] | None,
               ) -> dict[str, dict[str, dict[str, int]]]:  # fmt: skip
    """Topics per class: per touchpoint and per pillar always, per each ``--class-column``
    (``{column: {value: {topic: count}}}``)."""
    keys = class_keys_of(class_key)
    out: dict[str, dict[str, Counter[str]]] = {"touchpoint": defaultdict(Counter),
                                               "pillar": defaultdict(Counter)}  # fmt: skip
    for k in keys:
        out.setdefault(k, defaultdict(Counter))
    for u, t in zip(units, assignment, strict=True):
        if t < 0:
            continue
        for tp in u.touchpoints:
            out["touchpoint"][tp][str(t)] += 1
        for p in u.pillars:
            out["pillar"][p][str(t)] += 1
        for k in keys:
            if k in u.classes:
                out[k][u.classes[k]][str(t)] += 1
    return {k: {c: dict(v.most_common()) for c, v in sorted(d.items())} for k, d in out.items()}


def write_assignments(path: Path, units: list[Unit], assignment: list[int],
                      model: TopicModel) -> None:  # fmt: skip
    """One line per input record: its topic (-1 outlier), set-aside reason, and turn topics."""
    by_doc: dict[str, list[tuple[Unit, int]]] = defaultdict(list)
    order: list[str] = []
    for u, t in zip(units, assignment, strict=True):
        if u.doc_id not in by_doc:
            order.append(u.doc_id)
        by_doc[u.doc_id].append((u, t))
    with open(path, "w", encoding="utf-8") as f:
        for doc_id in order:
            items = by_doc[doc_id]
            rec: dict[str, Any]
            if items[0][0].segment is None:
                u, t = items[0]
                rec = {"id": doc_id, "topic": max(t, -1), "label": model.label(t)}
                if t == -2:
                    rec["set_aside"] = "failed" if u.embedding is None else "non_answer"
            else:
                counts = Counter(t for _, t in items if t >= 0)
                main = counts.most_common(1)[0][0] if counts else -1
                rec = {"id": doc_id, "topic": main, "label": model.label(main),
                       "topics": [t for t, _ in counts.most_common()],
                       "segments": [{"start": u.segment[0], "end": u.segment[1],  # type: ignore[index]
                                     "topic": max(t, -1)} for u, t in items]}  # fmt: skip
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")


PERIODS = {"month": "over_time", "week": "over_week"}


def show(path: Path, top: int = 20, period: str = "month") -> str:
    """A one-screen text view of a fitted model; counts over time per ``period`` (month or
    ISO week)."""
    if period not in PERIODS:
        raise InvalidInput(f"--period {period!r}: one of {', '.join(PERIODS)}")
    model = TopicModel.load(path)
    rep = model.meta.get("report", {})
    lines = [f"topic model {path}: {rep.get('topics', len(model.topics))} topics over "
             f"{rep.get('clustered', '?')} texts; {rep.get('non_answers', 0)} non-answers set "
             f"aside; outliers {rep.get('outlier_share_before', 0):.1%} before reduction, "
             f"{rep.get('outlier_share_after', 0):.1%} after"]  # fmt: skip
    if model.meta.get("redaction"):
        lines.append(f"personal data redacted ({model.meta['redaction']}) before clustering")
    for t in model.topics[:top]:
        sent = ", ".join(f"{k} {v}" for k, v in t["sentiment"].items())
        langs = " ".join(f"{k}:{v}" for k, v in t["languages"].items())
        lines.append(f"\n[{t['topic']}] {t['label']}  (n={t['size']}; {langs})")
        lines.append(f"    keywords: {', '.join(t['keywords'])}")
        if sent:
            lines.append(f"    sentiment: {sent}")
        for key in ("pillars", "touchpoints"):
            if t[key]:
                lines.append(f"    {key}: " + ", ".join(f"{k} {v}" for k, v in
                                                        list(t[key].items())[:4]))  # fmt: skip
        for col, counts in t.get("classes", {}).items():
            lines.append(f"    {col}: " + ", ".join(f"{k} {v}" for k, v in counts.items()))
        over = t.get(PERIODS[period], {})
        if over:
            lines.append(f"    per {period}: " + " ".join(f"{k}:{v}" for k, v in over.items()))
        if t.get("representative_texts"):
            lines.append(f'    e.g. "{t["representative_texts"][0][:100]}"')
    if len(model.topics) > top:
        lines.append(f"\n... {len(model.topics) - top} more in topics.json")
    return "\n".join(lines)


_UNIT_FIELDS = ("doc_id", "text", "lang", "segment", "sentiment", "pillars", "touchpoints",
                "date", "keyword_text", "classes")


def fit_files_online(inputs: list[Path], out: Path, settings: Settings, n_topics: int,
                     params: FitParams, cols: Columns | None = None,
                     date_key: str | None = "date", chunk_size: int = 10_000,
                     progress: bool = False,
                     class_key: str | Sequence[str] | None = None) -> TopicModel:  # fmt: skip
    """The online path (:mod:`textinsight.topics.online`): memory stays one chunk deep.

    The pipeline runs once; each chunk of units goes to a temporary file (embeddings as
    ``.npy``, the rest as JSON), the fit reads the chunks back three times, and a last pass
    writes ``assignments.jsonl`` and the per-topic breakdowns.
    """
    import tempfile

    import numpy as np
    from tqdm import tqdm

    from .online import fit_online

    pipeline = Pipeline.from_settings(settings)
    encoder = pipeline.require_encoder("topic models")
    limits = ArchiveLimits.from_settings(settings)
    bar = tqdm(total=count_rows(inputs, limits), unit="doc", file=sys.stderr, disable=not progress)
    with tempfile.TemporaryDirectory(prefix="textinsight-online-") as tmp:
        paths: list[Path] = []
        buf: list[Unit] = []

        def flush() -> None:
            if not buf:
                return
            p = Path(tmp) / f"chunk{len(paths):05d}"
            dim = next((len(u.embedding) for u in buf if u.embedding is not None), 1)
            np.save(p.with_suffix(".npy"), np.stack([
                u.embedding if u.embedding is not None else np.full(dim, np.nan, np.float32)
                for u in buf]))  # fmt: skip
            with open(p.with_suffix(".jsonl"), "w", encoding="utf-8") as f:
                for u in buf:
                    d = {k: getattr(u, k) for k in _UNIT_FIELDS}
                    f.write(json.dumps(d, ensure_ascii=False) + "\n")
            paths.append(p)
            buf.clear()

        for doc in pipeline.pipe(read_inputs(inputs, cols or Columns(), limits)):
            buf.extend(units_from_docs([doc], date_key=date_key,
                                       class_keys=class_keys_of(class_key)))  # fmt: skip
            bar.update(1)
            if len(buf) >= chunk_size:
                flush()
        flush()
        bar.close()

        def load(p: Path) -> list[Unit]:
            emb = np.load(p.with_suffix(".npy"))
            out_units = []
            with open(p.with_suffix(".jsonl"), encoding="utf-8") as f:
                for row, line in zip(emb, f, strict=True):
                    d = json.loads(line)
                    seg = tuple(d["segment"]) if d["segment"] else None
                    out_units.append(Unit(
                        d["doc_id"], d["text"], d["lang"], None if np.isnan(row).any() else row,
                        seg, d["sentiment"], tuple(d["pillars"]), tuple(d["touchpoints"]),
                        d["date"], keyword_text=d["keyword_text"], classes=d["classes"],
                    ))  # fmt: skip
            return out_units

        model, info = fit_online(lambda: (load(p) for p in paths), n_topics, params,
                                 encoder.encode)  # fmt: skip
        # last pass: assignments and breakdowns
        stats: dict[int, dict[str, Counter[str]]] = defaultdict(lambda: defaultdict(Counter))
        all_units: list[Unit] = []
        assignment: list[int] = []
        non_answers = 0
        for p in paths:
            us = load(p)
            ok = [k for k, u in enumerate(us) if u.embedding is not None
                  and not is_non_answer(u.text)]  # fmt: skip
            ids = [-2] * len(us)
            if ok:
                got, _ = model.assign(np.stack([us[k].embedding for k in ok]),  # type: ignore[misc]
                                      [us[k].lang for k in ok])  # fmt: skip
                for k, t in zip(ok, got.tolist(), strict=True):
                    ids[k] = int(t)
            non_answers += sum(1 for u in us if u.embedding is not None and is_non_answer(u.text))
            for u, t in zip(us, ids, strict=True):
                if t >= 0:
                    s = stats[t]
                    s["languages"][u.lang] += 1
                    if u.sentiment:
                        s["sentiment"][u.sentiment] += 1
                    s["pillars"].update(u.pillars)
                    s["touchpoints"].update(u.touchpoints)
                    month, week = month_of(u.date), week_of(u.date)
                    if month:
                        s["over_time"][month] += 1
                    if week:
                        s["over_week"][week] += 1
                    for column, value in u.classes.items():
                        s["class:" + column][value] += 1
            all_units.extend(Unit(u.doc_id, "", u.lang, None, u.segment) for u in us)
            assignment.extend(ids)
    for t in model.topics:
        s = stats[t["topic"]]
        t["size"] = sum(s["languages"].values())
        for key in ("languages", "sentiment", "pillars", "touchpoints"):
            t[key] = dict(s[key].most_common())
        t["over_time"] = dict(sorted(s["over_time"].items()))
        t["over_week"] = dict(sorted(s["over_week"].items()))
        if class_keys_of(class_key):
            t["classes"] = {k: dict(s["class:" + k].most_common())
                            for k in class_keys_of(class_key)}  # fmt: skip
        t.setdefault("representative_ids", [])
    model.topics.sort(key=lambda r: (-r["size"], r["topic"]))
    model.meta["report"] = {**info, "non_answers": non_answers, "clustered": info["units"],
                            "outlier_share_before": 0.0, "outlier_share_after": 0.0}  # fmt: skip
    model.meta["redaction"] = redaction_policy(settings)
    model.save(out)
    write_assignments(out / "assignments.jsonl", all_units, assignment, model)
    return model

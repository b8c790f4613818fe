"""``textinsight topics fit`` and ``topics show``: documents in, a topic model directory out.

One path fits from documents, whoever asks: :func:`fit_documents` runs the analysis pipeline
once over the documents and hands their clustering units to :func:`fit_units`, which fits
(the batch fit, or the online one with ``online_topics``), counts the breakdowns
(:mod:`textinsight.topics.breakdown`), records the report and the seconds, saves the model
and writes ``assignments.jsonl``. The CLI's batch and online fits (:func:`fit_files`,
:func:`fit_files_online`), the service's fit job and the Ray engine (units computed on Ray,
then :func:`fit_units`) all go through it.
"""

from __future__ import annotations

import json
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import nullcontext
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

import numpy as np

from ..errors import InvalidInput
from ..io.archive import ArchiveLimits
from ..io.readers import Columns, count_rows, read_inputs
from ..pipeline import Pipeline, redaction_policy
from ..settings import Settings
from ..types import Document
from .breakdown import PERIODS as PERIODS
from .breakdown import Breakdown, show_lines
from .model import FitParams, FitReport, TopicModel, Unit, fit, units_from_docs


@dataclass
class FitOptions:
    """What a fit from documents does, besides the clustering parameters."""

    params: FitParams
    date_key: str | None = "date"  # the input column of dates (over_time, over_week)
    class_keys: tuple[str, ...] = ()  # --class-column: input columns broken down per topic
    label_keys: tuple[str, ...] | None = None  # label fields broken down (None: every one)
    online_topics: int | None = None  # the online fit with this many topics (None: batch)
    chunk_size: int = 10_000  # units per chunk of the online fit
    assignments: bool = True  # write assignments.jsonl beside the model


@dataclass
class FitResult:
    """A fit's model, its report (None for the online fit: its counts are in the model's
    ``report``) and how many documents were read."""

    model: TopicModel
    report: FitReport | None
    documents: int


def class_keys_of(class_key: str | Sequence[str] | None) -> tuple[str, ...]:
    """``--class-column`` given once, several times, or not at all."""
    if class_key is None:
        return ()
    return (class_key,) if isinstance(class_key, str) else tuple(dict.fromkeys(class_key))


def _check_inputs(inputs: list[Path]) -> None:
    for p in inputs:
        if not p.exists():
            raise InvalidInput(f"input file not found: {p}")


def _check_class_keys(keys: Sequence[str], seen: set[str]) -> None:
    missing = [k for k in keys if k not in seen]
    if missing:  # a misspelt column is an error, not a silently empty breakdown
        raise InvalidInput(
            f"--class-column {', '.join(map(repr, missing))}: no such column "
            "(or no value in it) in the input"
        )


class _Counted:
    """Documents passing by, counted."""

    def __init__(self, docs: Iterable[Document]) -> None:
        self.docs, self.n = docs, 0

    def __iter__(self) -> Iterator[Document]:
        for d in self.docs:
            self.n += 1
            yield d


def _units(
    pipeline: Pipeline,
    docs: Iterable[Document],
    options: FitOptions,
    tick: Callable[[int], Any] | None,
) -> Iterator[Unit]:
    """The analysed documents' clustering units, document by document."""
    for doc in pipeline.pipe(docs):
        yield from units_from_docs([doc], date_key=options.date_key, class_keys=options.class_keys)
        if tick is not None:
            tick(1)


def collect_units(
    inputs: list[Path],
    settings: Settings,
    cols: Columns,
    pipeline: Pipeline | None = None,
    date_key: str | None = "date",
    progress: bool = False,
    class_keys: Sequence[str] = (),
) -> list[Unit]:
    """Run the analysis pipeline once and keep what clustering needs (embeddings included,
    and the values of the ``class_keys`` columns)."""
    _check_inputs(inputs)
    pipeline = pipeline or Pipeline.from_settings(settings)
    if pipeline.encoder is None:
        raise InvalidInput("topics need the 'embed' stage in the pipeline")
    limits = ArchiveLimits.from_settings(settings)
    options = FitOptions(FitParams(), date_key, tuple(class_keys))
    with _bar(inputs, limits, progress) as bar:
        return list(_units(pipeline, read_inputs(inputs, cols, limits), options, bar.update))


def _bar(inputs: list[Path], limits: ArchiveLimits, progress: bool) -> Any:
    from tqdm import tqdm

    return tqdm(
        total=count_rows(inputs, limits) if progress else None,
        unit="doc",
        file=sys.stderr,
        disable=not progress,
    )


def fit_documents(
    docs: Iterable[Document],
    out: Path,
    pipeline: Pipeline,
    options: FitOptions,
    redaction: str | None = None,
    tick: Callable[[int], Any] | None = None,
) -> FitResult:
    """THE fit from documents: the pipeline analyses ``docs`` once (``tick(1)`` per
    document), then :func:`fit_units` fits, saves the model to ``out`` and writes
    ``assignments.jsonl``."""
    t0 = time.perf_counter()
    encoder = pipeline.require_encoder("topic models")
    counted = _Counted(docs)
    result = fit_units(
        _units(pipeline, counted, options, tick), out, encoder, options, redaction, started=t0
    )
    result.documents = counted.n
    return result


def fit_units(
    units: Iterable[Unit],
    out: Path,
    encoder: Any,
    options: FitOptions,
    redaction: str | None = None,
    started: float | None = None,
) -> FitResult:
    """Fit on clustering units (a stream: the online fit keeps one chunk in memory), count
    the breakdowns, record the report and seconds, save to ``out`` and write the
    assignments. ``encoder`` ranks keyword candidates; ``started``: when the analysis began
    (its seconds are ``analyse_and_embed``)."""
    t0 = time.perf_counter() if started is None else started
    if options.online_topics is not None:
        return _fit_online(units, out, encoder, options, redaction, t0)
    units = list(units)
    _check_class_keys(options.class_keys, {k for u in units for k in u.classes})
    t1 = time.perf_counter()
    model, assignment, report = fit(units, options.params, encoder.encode, options.label_keys)
    t2 = time.perf_counter()
    model.meta.update(
        {
            "encoder": f"{encoder.name}@{encoder.version}",
            "report": _report_dict(report),
            "seconds": {
                "analyse_and_embed": round(t1 - t0, 1),
                "cluster": round(t2 - t1, 1),
                "steps": report.seconds,
            },
            # with redaction, units hold the redacted text: representative texts and keywords too
            "redaction": redaction,
        }
    )
    model.save(out)
    if options.assignments:
        with _Assignments(out / "assignments.jsonl", model) as writer:
            writer.add(units, assignment)
    return FitResult(model, report, len({u.doc_id for u in units}))


def _report_dict(r: FitReport) -> dict[str, Any]:
    return {
        "units": r.units,
        "documents": r.documents,
        "non_answers": r.non_answers,
        "failed": r.failed,
        "clustered": r.clustered,
        "topics": r.topics,
        "outliers_before": r.outliers_before,
        "outliers_after": r.outliers_after,
        "outlier_share_before": round(r.outlier_share_before, 4),
        "outlier_share_after": round(r.outlier_share_after, 4),
        "refit_agreement": r.refit_agreement,
    }


class _Assignments:
    """``assignments.jsonl``, written as units come (the units of a document together): one
    line per input record with its topic (-1 outlier), set-aside reason, and turn topics."""

    def __init__(self, path: Path, model: TopicModel) -> None:
        self.path, self.model = path, model
        self.f: IO[str] | None = None
        self.doc: list[tuple[Unit, int]] = []

    def __enter__(self) -> _Assignments:
        self.f = open(self.path, "w", encoding="utf-8")  # noqa: SIM115 - closed in __exit__
        return self

    def __exit__(self, *exc: object) -> None:
        self._flush()
        assert self.f is not None
        self.f.close()

    def add(self, units: Sequence[Unit], assignment: Sequence[int]) -> None:
        """Write the lines of these units (a document's last line waits for its next unit)."""
        for u, t in zip(units, assignment, strict=True):
            if self.doc and self.doc[0][0].doc_id != u.doc_id:
                self._flush()
            self.doc.append((u, t))

    def _flush(self) -> None:
        if not self.doc:
            return
        items, self.doc, label = self.doc, [], self.model.label
        rec: dict[str, Any]
        if items[0][0].segment is None:
            u, t = items[0]
            rec = {"id": u.doc_id, "topic": max(t, -1), "label": label(t)}
            if t == -2:
                rec["set_aside"] = "failed" if u.embedding is None else "non_answer"
        else:
            counts = Counter(t for _, t in items if t >= 0)
            main = counts.most_common(1)[0][0] if counts else -1
            rec = {
                "id": items[0][0].doc_id,
                "topic": main,
                "label": label(main),
                "topics": [t for t, _ in counts.most_common()],
                "segments": [
                    {
                        "start": u.segment[0],  # type: ignore[index]
                        "end": u.segment[1],  # type: ignore[index]
                        "topic": max(t, -1),
                    }
                    for u, t in items
                ],
            }
        assert self.f is not None
        self.f.write(json.dumps(rec, ensure_ascii=False) + "\n")


def write_assignments(
    path: Path, units: list[Unit], assignment: list[int], model: TopicModel
) -> None:
    """One line per input record: its topic (-1 outlier), set-aside reason, and turn topics."""
    with _Assignments(path, model) as writer:
        writer.add(units, assignment)


_UNIT_FIELDS = ("doc_id", "text", "lang", "segment", "labels", "date", "keyword_text", "classes")


class _Spool:
    """Units on disk in chunks (embeddings as ``.npy``, the rest as JSON lines), read back
    once per pass of the online fit: memory stays one chunk deep."""

    def __init__(self, directory: Path, chunk_size: int) -> None:
        self.dir, self.chunk_size = directory, chunk_size
        self.paths: list[Path] = []
        self.buf: list[Unit] = []
        self.class_keys: set[str] = set()

    def extend(self, units: Iterable[Unit]) -> None:
        """Spool units, a chunk written whenever ``chunk_size`` are waiting (after a whole
        document: the units of one document stay in one chunk)."""
        last = None
        for u in units:
            if u.doc_id != last and len(self.buf) >= self.chunk_size:
                self.flush()
            last = u.doc_id
            self.buf.append(u)
            self.class_keys.update(u.classes)
        self.flush()

    def flush(self) -> None:
        """Write the waiting units as one chunk."""
        if not self.buf:
            return
        p = self.dir / f"chunk{len(self.paths):05d}"
        dim = next((len(u.embedding) for u in self.buf if u.embedding is not None), 1)
        np.save(
            p.with_suffix(".npy"),
            np.stack(
                [
                    u.embedding if u.embedding is not None else np.full(dim, np.nan, np.float32)
                    for u in self.buf
                ]
            ),
        )
        with open(p.with_suffix(".jsonl"), "w", encoding="utf-8") as f:
            for u in self.buf:
                f.write(
                    json.dumps({k: getattr(u, k) for k in _UNIT_FIELDS}, ensure_ascii=False) + "\n"
                )
        self.paths.append(p)
        self.buf = []

    @staticmethod
    def load(p: Path) -> list[Unit]:
        """One chunk's units."""
        emb = np.load(p.with_suffix(".npy"))
        out = []
        with open(p.with_suffix(".jsonl"), encoding="utf-8") as f:
            for row, line in zip(emb, f, strict=True):
                d = json.loads(line)
                labels = {k: tuple(v) if isinstance(v, list) else v for k, v in d["labels"].items()}
                out.append(
                    Unit(
                        d["doc_id"],
                        d["text"],
                        d["lang"],
                        None if np.isnan(row).any() else row,
                        tuple(d["segment"]) if d["segment"] else None,
                        labels,
                        d["date"],
                        keyword_text=d["keyword_text"],
                        classes=d["classes"],
                    )
                )
        return out

    def chunks(self) -> Iterator[list[Unit]]:
        """Every chunk, in order."""
        return (self.load(p) for p in self.paths)


def _fit_online(
    units: Iterable[Unit],
    out: Path,
    encoder: Any,
    options: FitOptions,
    redaction: str | None,
    t0: float,
) -> FitResult:
    """The online fit's part of :func:`fit_units`: spool, fit (three passes), then a last
    pass that assigns every unit, counts the breakdowns and writes the assignments."""
    from .online import assign_units, fit_online

    assert options.online_topics is not None
    with tempfile.TemporaryDirectory(prefix="textinsight-online-") as tmp:
        spool = _Spool(Path(tmp), options.chunk_size)
        spool.extend(units)
        _check_class_keys(options.class_keys, spool.class_keys)
        t1 = time.perf_counter()
        model, info = fit_online(
            spool.chunks, options.online_topics, options.params, encoder.encode
        )
        t2 = time.perf_counter()
        counts = Breakdown(options.label_keys, options.class_keys)
        non_answers = documents = 0
        last: str | None = None
        out.mkdir(parents=True, exist_ok=True)
        path = out / "assignments.jsonl"
        with _Assignments(path, model) if options.assignments else nullcontext() as writer:
            for chunk in spool.chunks():
                ids = assign_units(model, chunk)
                counts.add(chunk, ids)
                for u, t in zip(chunk, ids, strict=True):
                    non_answers += t == -2 and u.embedding is not None
                    documents += u.doc_id != last
                    last = u.doc_id
                if writer is not None:
                    writer.add(chunk, ids)
        seconds = {
            **info.pop("seconds"),
            "assign_and_breakdown": round(time.perf_counter() - t2, 3),
        }
    for entry in model.topics:
        entry.update({"size": counts.sizes[entry["topic"]], **counts.fields(entry["topic"])})
        entry.setdefault("representative_ids", [])
    model.topics.sort(key=lambda r: (-r["size"], r["topic"]))
    model.meta.update(
        {
            "encoder": f"{encoder.name}@{encoder.version}",
            "report": {
                **info,
                "non_answers": non_answers,
                "clustered": info["units"],
                "outlier_share_before": 0.0,
                "outlier_share_after": 0.0,
            },
            "seconds": {
                "analyse_and_embed": round(t1 - t0, 1),
                "cluster": round(t2 - t1, 1),
                "steps": seconds,
            },
            "per_class": counts.per_class(),
            "redaction": redaction,
        }
    )
    model.save(out)
    return FitResult(model, None, documents)


# ------------------------------------------------------------------------ the CLI's fits
def fit_files(
    inputs: list[Path],
    out: Path,
    settings: Settings,
    params: FitParams,
    cols: Columns | None = None,
    date_key: str | None = "date",
    class_key: str | Sequence[str] | None = None,
    progress: bool = False,
    pipeline: Pipeline | None = None,
    provider: Callable[[], tuple[list[Unit], Any]] | None = None,
) -> tuple[TopicModel, FitReport]:
    """Fit a topic model on files and write DIR (model, topics.json, assignments.jsonl).

    ``provider`` (``--engine ray``): returns the units, embeddings computed elsewhere, and the
    encoder for keyword ranking; the pipeline then does not run here."""
    options = FitOptions(params, date_key, class_keys_of(class_key))
    if provider is not None:
        t0 = time.perf_counter()
        units, encoder = provider()
        result = fit_units(units, out, encoder, options, redaction_policy(settings), t0)
    else:
        result = _fit_files(inputs, out, settings, options, cols, progress, pipeline)
    assert result.report is not None
    return result.model, result.report


def _fit_files(
    inputs: list[Path],
    out: Path,
    settings: Settings,
    options: FitOptions,
    cols: Columns | None,
    progress: bool,
    pipeline: Pipeline | None = None,
) -> FitResult:
    _check_inputs(inputs)
    pipeline = pipeline or Pipeline.from_settings(settings)
    limits = ArchiveLimits.from_settings(settings)
    with _bar(inputs, limits, progress) as bar:
        return fit_documents(
            read_inputs(inputs, cols or Columns(), limits),
            out,
            pipeline,
            options,
            redaction_policy(settings),
            bar.update,
        )


def fit_files_online(
    inputs: list[Path],
    out: Path,
    settings: Settings,
    n_topics: int,
    params: FitParams,
    cols: Columns | None = None,
    date_key: str | None = "date",
    chunk_size: int = 10_000,
    progress: bool = False,
    class_key: str | Sequence[str] | None = None,
) -> TopicModel:
    """The online path (:mod:`textinsight.topics.online`): memory stays one chunk deep.

    The pipeline runs once; each chunk of units goes to a temporary file (embeddings as
    ``.npy``, the rest as JSON), the fit reads the chunks back three times, and a last pass
    writes ``assignments.jsonl`` and the per-topic breakdowns.
    """
    options = FitOptions(
        params, date_key, class_keys_of(class_key), online_topics=n_topics, chunk_size=chunk_size
    )
    return _fit_files(inputs, out, settings, options, cols, progress).model


# ------------------------------------------------------------------------------ show
def show(path: Path, top: int = 20, period: str = "month") -> str:
    """A one-screen text view of a fitted model; counts over time per ``period`` (month or
    ISO week)."""
    if period not in PERIODS:
        raise InvalidInput(f"--period {period!r}: one of {', '.join(PERIODS)}")
    model = TopicModel.load(path)
    rep = model.meta.get("report", {})
    lines = [
        f"topic model {path}: {rep.get('topics', len(model.topics))} topics over "
        f"{rep.get('clustered', '?')} texts; {rep.get('non_answers', 0)} non-answers set "
        f"aside; outliers {rep.get('outlier_share_before', 0):.1%} before reduction, "
        f"{rep.get('outlier_share_after', 0):.1%} after"
    ]
    if model.meta.get("redaction"):
        lines.append(f"personal data redacted ({model.meta['redaction']}) before clustering")
    for t in model.topics[:top]:
        langs = " ".join(f"{k}:{v}" for k, v in t["languages"].items())
        lines.append(f"\n[{t['topic']}] {t['label']}  (n={t['size']}; {langs})")
        lines.append(f"    keywords: {', '.join(t['keywords'])}")
        lines.extend(show_lines(t, period))
        if t.get("representative_texts"):
            lines.append(f'    e.g. "{t["representative_texts"][0][:100]}"')
    if len(model.topics) > top:
        lines.append(f"\n... {len(model.topics) - top} more in topics.json")
    return "\n".join(lines)

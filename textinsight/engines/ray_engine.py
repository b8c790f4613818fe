"""``analyze --engine ray``: Ray Data over a local Ray or a cluster, records equal to the
local engine's.

The shape: :mod:`~textinsight.engines.ray_source` reads the inputs with the project's readers
into blocks of ``batch_size`` documents (one block = one batch of the local engine); an actor
pool of :class:`AnalyzeActor` (``map_batches`` with a callable class: the models load once per
actor, in ``__init__``) turns each block into records; the driver takes the records in input
order and writes them.

Guarantees, and where they are kept:

- **Same records as the local engine.** Same readers, same order, same batches, same pipeline
  and the same record function (:func:`textinsight.record.to_record`).
- **Every document exactly once.** Ray Data restarts an actor that dies (its node lost) and
  retries the batch it held (``max_restarts`` / ``max_task_retries``, -1 by default: until a
  node can take it); a batch's records count only from the attempt that finished. The driver
  checks that the order indices come back as 0, 1, 2, ... with none missing or repeated
  (:class:`~textinsight.errors.EngineError` otherwise), before it writes anything final.
- **Nothing raw leaves an actor.** Redaction (``--redact``, ``never_store_raw``) runs in the
  actor's pipeline ('pii' stage) before a record is made, so records in the object store, on
  the driver and in the output hold only redacted text. An actor that fails raises an error
  naming only the exception's type, never its message (which may quote the text). Input blocks
  do hold raw text: see :mod:`~textinsight.engines.ray_session` for spilling and logs.

What the local engine has and this one does not: ``--resume`` (a failed Ray run is rerun;
Ray itself recovers from lost nodes), standard input, and the pseudonym policy (its numbering
is one table for the whole run, which actors cannot share; tag and mask are stateless).
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from ..errors import EngineError, InvalidInput, TextInsightError
from ..io.archive import ArchiveLimits
from ..io.readers import Columns, count_rows
from ..io.writers import OUTPUT_FORMATS, columns, parquet_cell, parquet_schema, write_records
from ..pipeline import Pipeline, redaction_policy
from ..record import flatten
from ..settings import Settings
from ..summary import RunSummary
from .ray_session import RaySession, import_ray, ray_session

PipelineFactory = Callable[[Settings], Pipeline]
PART_ROWS = 100_000  # records per Parquet part of a directory output


class AnalyzeActor:
    """A Ray Data callable class: one loaded pipeline per actor, one block of documents per
    call, one JSON record per document out (in the block's order)."""

    def __init__(self, settings: Settings, factory: PipelineFactory | None = None) -> None:
        self.pipeline = (factory or Pipeline.from_settings)(settings)

    def __call__(self, batch: dict[str, Any]) -> dict[str, Any]:
        """Records of one block (``order``, ``doc`` columns) as ``order``, ``rows``, ``record``."""
        import numpy as np

        from ..io.writers import dumps
        from ..record import to_record
        from .ray_source import decode_docs

        try:
            docs = list(self.pipeline.pipe(decode_docs(batch["doc"])))
            lines = [dumps(to_record(d)) for d in docs]
        except Exception as exc:  # noqa: BLE001 - re-raised without a message that may quote text
            raise EngineError(
                f"a batch failed in a Ray actor ({type(exc).__name__}); its "
                "message is left out as it may quote the text"
            ) from None
        if len(lines) != len(batch["order"]):
            raise EngineError(
                f"a Ray actor returned {len(lines)} records for {len(batch['order'])} documents"
            )
        return {
            "order": batch["order"],
            "rows": np.array([d.rows for d in docs], np.int64),
            "record": np.array(lines, dtype=object),
        }


def is_directory_output(output: str) -> bool:
    """True when ``output`` asks for a directory of Parquet parts (ends with '/' or exists
    as a directory)."""
    return output.endswith(("/", os.sep)) or Path(output).is_dir()


def check_run(inputs: list[Path], output: str, settings: Settings) -> None:
    """Refuse what the Ray engine cannot do, before Ray starts."""
    if not is_directory_output(output):
        suffix = "-" if output == "-" else Path(output).suffix.lower()
        if suffix not in OUTPUT_FORMATS:
            raise InvalidInput(
                f"cannot write {output}: use one of {sorted(OUTPUT_FORMATS)} "
                "or a directory (ending in '/') for Parquet parts"
            )
    for p in inputs:
        if str(p) == "-":
            raise InvalidInput("--engine ray reads files, not standard input")
        if not p.exists():
            raise InvalidInput(f"input file not found: {p}")
    if redaction_policy(settings) == "pseudonym":
        raise InvalidInput(
            "--engine ray cannot number pseudonyms across actors (one table per "
            "run); use --redact-policy tag or mask, or --engine local"
        )


def local_cpus(settings: Settings) -> float:
    """Logical CPUs of a local Ray: one per actor (``ray_actor_cpus`` each), and one for the
    read task (without it, actors holding every CPU would starve the reader)."""
    actors = settings.ray_actors or max(1, int((os.cpu_count() or 1) // settings.ray_actor_cpus))
    return actors * settings.ray_actor_cpus + 1


def actor_count(settings: Settings, session: RaySession) -> int:
    """Actors in the pool: ``ray_actors``, else as many as the cluster's CPUs hold with one
    CPU left for reading."""
    if settings.ray_actors:
        return settings.ray_actors
    return max(1, int((session.cluster_cpus() - 1) // settings.ray_actor_cpus))


def records_dataset(
    inputs: list[Path],
    settings: Settings,
    cols: Columns,
    session: RaySession,
    actor_cls: type,
    **actor_kwargs: Any,
) -> Any:
    """The Ray Data pipeline: read blocks of documents, map them through an actor pool."""
    ray = import_ray()
    from .ray_source import make_datasource

    source = make_datasource(
        inputs, cols, ArchiveLimits.from_settings(settings), settings.batch_size
    )
    # one read task; its output cut into blocks of exactly batch_size documents (Ray Data
    # merges and splits a read's blocks by bytes), so each actor call is one local batch
    ds = ray.data.read_datasource(source, override_num_blocks=1).repartition(
        target_num_rows_per_block=settings.batch_size, strict=True
    )
    return ds.map_batches(
        actor_cls,
        fn_constructor_kwargs={"settings": settings, **actor_kwargs},
        batch_size=settings.batch_size,
        batch_format="numpy",
        compute=ray.data.ActorPoolStrategy(size=actor_count(settings, session)),
        num_cpus=settings.ray_actor_cpus,  # Ray Data spreads actors over the nodes
    )


def ordered_batches(ds: Any) -> Iterator[dict[str, Any]]:
    """The dataset's batches, checked: order indices 0, 1, 2, ... each exactly once."""
    expected = 0
    try:
        for batch in ds.iter_batches(batch_size=None, batch_format="numpy"):
            for o in batch["order"].tolist():
                if o != expected:
                    raise EngineError(
                        f"document {o} came back where {expected} was expected: "
                        "a document was lost or repeated"
                    )
                expected += 1
            yield batch
    except Exception as exc:  # a RayTaskError: give back the library error it wraps
        raise unwrap(exc) from None


def unwrap(exc: BaseException) -> BaseException:
    """The TextInsightError inside a Ray error (a reader's InvalidInput, an actor's
    EngineError), else the exception itself."""
    seen = exc
    for _ in range(8):
        if isinstance(seen, TextInsightError):
            return seen
        cause = getattr(seen, "cause", None) or seen.__cause__
        if cause is None:
            break
        seen = cause
    return exc


def run_analysis_ray(
    inputs: list[Path],
    output: str,
    settings: Settings,
    *,
    cols: Columns | None = None,
    progress: bool | None = None,
    factory: PipelineFactory | None = None,
    on_batch: Callable[[list[dict[str, Any]]], None] | None = None,
) -> RunSummary:
    """Analyse every input document on Ray and write ``output`` (a file by its extension, ``-``,
    or a directory of Parquet parts); returns the run's summary. ``factory`` builds each
    actor's pipeline (default: from the settings); ``on_batch`` is called on the driver with
    the records of each batch as they arrive."""
    from tqdm import tqdm

    cols = cols or Columns()
    check_run(inputs, output, settings)
    show = settings.progress if progress is None else progress
    limits = ArchiveLimits.from_settings(settings)
    summary = RunSummary(rows_read=0)
    as_dir = is_directory_output(output)
    final = Path(output.rstrip("/" + os.sep)) if output != "-" else None
    journal = None if final is None else final.with_name(final.name + ".textinsight-ray.jsonl")
    bar = tqdm(total=count_rows(inputs, limits), unit="doc", file=sys.stderr, disable=not show)
    address = settings.ray_address
    try:
        with ray_session(address, None if address else local_cpus(settings)) as session:
            ds = records_dataset(inputs, settings, cols, session, AnalyzeActor, factory=factory)
            sink = sys.stdout if journal is None else open(journal, "w", encoding="utf-8")  # noqa: SIM115
            try:
                for batch in ordered_batches(ds):
                    recs = []
                    for line in batch["record"].tolist():
                        recs.append(json.loads(line))
                        summary.add(recs[-1])
                        sink.write(line + "\n")
                    summary.rows_read = (summary.rows_read or 0) + int(batch["rows"].sum())
                    bar.update(len(batch["order"]))
                    if on_batch is not None:
                        on_batch(recs)
                sink.flush()
            finally:
                if sink is not sys.stdout:
                    sink.close()
    except BaseException:
        if journal is not None:
            journal.unlink(missing_ok=True)
        raise
    finally:
        bar.close()
    if journal is not None and final is not None:
        _finish(journal, final, as_dir)
    return summary


def _finish(journal: Path, final: Path, as_dir: bool) -> None:
    """Turn the run's JSONL into the output it asked for, then remove it."""

    def records() -> Iterator[dict[str, Any]]:
        with open(journal, encoding="utf-8") as f:
            for line in f:
                yield json.loads(line)

    try:
        if as_dir:
            write_parquet_parts(records, final)
        elif final.suffix.lower() == ".jsonl":
            os.replace(journal, final)
            return
        else:
            tmp = final.with_name(final.name + ".tmp" + final.suffix)
            write_records(records, str(tmp))
            os.replace(tmp, final)
    finally:
        journal.unlink(missing_ok=True)


def write_parquet_parts(
    records: Callable[[], Iterator[dict[str, Any]]], directory: Path, part_rows: int = PART_ROWS
) -> list[Path]:
    """A directory of Parquet parts (``part-00000.parquet``, ...) in record order, all with
    one schema: the flat columns of a ``.parquet`` output (two passes over the records)."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    directory.mkdir(parents=True, exist_ok=True)
    for old in directory.glob("part-*.parquet"):
        old.unlink()  # parts of an earlier run would mix with this run's
    cols = columns(records)
    schema = parquet_schema(cols)
    cell = parquet_cell

    parts: list[Path] = []

    def flush(buf: list[dict[str, Any]]) -> None:
        path = directory / f"part-{len(parts):05d}.parquet"
        pq.write_table(pa.Table.from_pylist(buf, schema=schema), path)
        parts.append(path)

    buf: list[dict[str, Any]] = []
    for rec in records():
        row = flatten(rec)
        buf.append({c: cell(c, row.get(c)) for c in cols})
        if len(buf) >= part_rows:
            flush(buf)
            buf = []
    if buf or not parts:
        flush(buf)
    return parts

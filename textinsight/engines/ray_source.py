"""Ray Data reads the inputs with the project's own readers, in the local engine's order.

Why not ``ray.data.read_csv`` / ``read_json`` / ``read_parquet``: they infer column types
(an id ``007`` becomes the integer 7), fail a whole file on one malformed JSON line or a
cp1252 byte, and know nothing of the reader's ids (row numbers, file prefixes), meta values,
dates or per-row errors, so their records would not equal the local engine's. This datasource
runs :func:`textinsight.io.readers.read_inputs` inside a Ray read task instead: every format the
local engine reads (CSV/TSV, JSONL, Parquet, XLSX, TXT, DOCX) gives the same documents, streamed
as blocks of ``block_docs`` documents, so a block is exactly one batch of the local engine's
pipeline (same batches, same encoder padding, same vectors).

One read task reads all inputs in order: reading costs about 1 % of the analysis, so one reader
feeds hundreds of actors; the order index it gives each document is how the driver checks that
every document comes back exactly once. The read task runs on the driver's node: the input
paths are the driver's, and a lost worker node loses no input.
"""

from __future__ import annotations

import pickle
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from ..io.archive import ArchiveLimits
from ..io.readers import Columns, read_inputs
from ..types import Document


def encode_docs(docs: list[Document], first: int) -> Any:  # -> pyarrow.Table
    """One block: the order index of each document and the document itself (pickled; it
    holds the raw text, which stays in Ray's object store only until an actor takes it)."""
    import pyarrow as pa

    return pa.table(
        {
            "order": pa.array(range(first, first + len(docs)), pa.int64()),
            "doc": pa.array([pickle.dumps(d, protocol=5) for d in docs], pa.binary()),
        }
    )


def decode_docs(column: Any) -> list[Document]:
    """The documents of a block's ``doc`` column (a numpy array of bytes)."""
    return [pickle.loads(b) for b in column]  # noqa: S301 - written by encode_docs in this run


def iter_blocks(
    inputs: list[Path], cols: Columns, limits: ArchiveLimits | None, block_docs: int
) -> Iterator[Any]:
    """Blocks of ``block_docs`` documents of all inputs, in the local engine's order."""
    buf: list[Document] = []
    done = 0
    for doc in read_inputs(inputs, cols, limits):
        buf.append(doc)
        if len(buf) >= block_docs:
            yield encode_docs(buf, done)
            done += len(buf)
            buf = []
    if buf:
        yield encode_docs(buf, done)


def make_datasource(
    inputs: list[Path], cols: Columns, limits: ArchiveLimits | None, block_docs: int
) -> Any:
    """A :class:`ray.data.Datasource` over the inputs (Ray imported here, not at import)."""
    from ray.data.block import BlockMetadata
    from ray.data.datasource import Datasource, ReadTask

    class DocumentDatasource(Datasource):
        """Documents of textinsight's readers, one read task for all inputs."""

        def __init__(self) -> None:
            super().__init__()

        def get_name(self) -> str:
            return "TextInsightDocuments"

        def estimate_inmemory_data_size(self) -> int | None:
            return sum(p.stat().st_size for p in inputs if p.exists()) or None

        @property
        def supports_distributed_reads(self) -> bool:
            return False  # read on the driver's node, where the paths are

        def get_read_tasks(
            self, parallelism: int, per_task_row_limit: int | None = None, data_context: Any = None
        ) -> list[ReadTask]:
            meta = BlockMetadata(
                num_rows=None,
                size_bytes=self.estimate_inmemory_data_size(),
                input_files=tuple(str(p) for p in inputs),
                exec_stats=None,
            )
            paths, c, lim, n = list(inputs), cols, limits, block_docs
            return [ReadTask(lambda: iter_blocks(paths, c, lim, n), meta)]

    return DocumentDatasource()

"""``topics fit --engine ray``: the pipeline and its embeddings (the expensive part) on Ray,
the clustering on the driver over the vectors.

Each actor runs the topic fit's own pipeline (:func:`textinsight.topics.run.collect_units` does
the same locally) on blocks of documents and returns each document's clustering units,
embeddings included. The driver gathers them in input order (checked: every document exactly
once) and hands them to :func:`textinsight.topics.run.fit_files`, which clusters and writes the
model as the local path does. Blocks are the local path's batches, so the vectors, and with the
same seed the topics, are the local path's, bit for bit, with the embed cache off
(``embed_cache_entries=0``). With it on (the default), a text repeated across batches takes the
vector of the batch where its process first saw it; one process and several actors see
different first batches, the vectors then differ in about the 7th digit, and UMAP can place a
few borderline texts in other topics.
"""

from __future__ import annotations

import pickle
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from ..errors import EngineError, InvalidInput
from ..io.archive import ArchiveLimits
from ..io.readers import Columns, count_rows
from ..pipeline import Pipeline
from ..settings import Settings
from ..topics.model import FitParams, FitReport, TopicModel, Unit
from .ray_engine import PipelineFactory, local_cpus, ordered_batches, records_dataset
from .ray_session import ray_session


class UnitsActor:
    """A Ray Data callable class: one loaded pipeline per actor; per document, its clustering
    units (pickled: text, labels, the embedding as float32)."""

    def __init__(
        self,
        settings: Settings,
        date_key: str | None = "date",
        class_keys: Sequence[str] = (),
        factory: PipelineFactory | None = None,
    ) -> None:
        self.pipeline = (factory or Pipeline.from_settings)(settings)
        if "embed" not in self.pipeline.names:
            raise InvalidInput("topics need the 'embed' stage in the pipeline")
        self.date_key, self.class_keys = date_key, tuple(class_keys)

    def __call__(self, batch: dict[str, Any]) -> dict[str, Any]:
        """Units of one block, one pickled list per document, in the block's order."""
        import numpy as np

        from ..topics.model import units_from_docs
        from .ray_source import decode_docs

        try:
            docs = list(self.pipeline.pipe(decode_docs(batch["doc"])))
            out = [
                pickle.dumps(
                    units_from_docs([d], date_key=self.date_key, class_keys=self.class_keys),
                    protocol=5,
                )
                for d in docs
            ]
        except Exception as exc:  # noqa: BLE001 - re-raised without a message that may quote text
            raise EngineError(
                f"a batch failed in a Ray actor ({type(exc).__name__}); its "
                "message is left out as it may quote the text"
            ) from None
        return {"order": batch["order"], "units": np.array(out, dtype=object)}


def collect_units_ray(
    inputs: list[Path],
    settings: Settings,
    cols: Columns,
    date_key: str | None = "date",
    progress: bool = False,
    factory: PipelineFactory | None = None,
    class_keys: Sequence[str] = (),
) -> list[Unit]:
    """The clustering units of every input document, computed on Ray, in input order."""
    from tqdm import tqdm

    for p in inputs:
        if str(p) == "-" or not p.exists():
            raise InvalidInput(f"input file not found: {p}")
    total = count_rows(inputs, ArchiveLimits.from_settings(settings))
    bar = tqdm(total=total, unit="doc", file=sys.stderr, disable=not progress)
    units: list[Unit] = []
    address = settings.ray_address
    try:
        with ray_session(address, None if address else local_cpus(settings)) as session:
            ds = records_dataset(
                inputs,
                settings,
                cols,
                session,
                UnitsActor,
                date_key=date_key,
                class_keys=tuple(class_keys),
                factory=factory,
            )
            for batch in ordered_batches(ds):
                for blob in batch["units"].tolist():
                    units.extend(pickle.loads(blob))  # noqa: S301 - made by UnitsActor
                bar.update(len(batch["order"]))
    finally:
        bar.close()
    return units


def fit_files_ray(
    inputs: list[Path],
    out: Path,
    settings: Settings,
    params: FitParams,
    cols: Columns | None = None,
    date_key: str | None = "date",
    class_key: str | Sequence[str] | None = None,
    progress: bool = False,
    factory: PipelineFactory | None = None,
) -> tuple[TopicModel, FitReport]:
    """:func:`textinsight.topics.run.fit_files` with the pipeline and embeddings on Ray."""
    from ..encoder.encoder import Encoder
    from ..topics.run import class_keys_of, fit_files

    def provider() -> tuple[list[Unit], Any]:
        units = collect_units_ray(
            inputs,
            settings,
            cols or Columns(),
            date_key,
            progress,
            factory,
            class_keys_of(class_key),
        )
        # the driver's encoder only ranks keyword candidates (single words)
        return units, Encoder.from_settings(settings)

    return fit_files(
        inputs, out, settings, params, cols, date_key, class_key, progress, provider=provider
    )

"""The Python API for notebooks: analyse a list of texts or a pandas DataFrame."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

from .pipeline import Pipeline
from .record import flatten, to_record
from .settings import Settings
from .types import Document

if TYPE_CHECKING:
    import pandas as pd


class Analyzer:
    """Holds a loaded pipeline; the CLI, the HTTP API and notebooks share it.

    >>> an = Analyzer.from_settings(Settings())            # doctest: +SKIP
    >>> an.analyze(["Ventetiden var alt for lang."])[0]["language"]["code"]  # doctest: +SKIP
    'da'
    """

    def __init__(self, pipeline: Pipeline) -> None:
        self.pipeline = pipeline

    @classmethod
    def from_settings(cls, settings: Settings | None = None, **shared: Any) -> Analyzer:
        """Build the pipeline the settings describe (models load here, once)."""
        return cls(Pipeline.from_settings(settings or Settings(), **shared))

    def analyze_documents(self, docs: Iterable[Document]) -> list[dict[str, Any]]:
        """Records for already-built documents, in input order."""
        return [to_record(d) for d in self.pipeline.pipe(docs)]

    def analyze(self, items: Iterable[str | Mapping[str, Any]]) -> list[dict[str, Any]]:
        """Records for texts, or for mappings with ``text`` and optional ``id``/``language``/
        ``meta``; one record per item, in order."""
        docs = []
        for i, item in enumerate(items):
            if isinstance(item, str):
                docs.append(Document(str(i), item))
            else:
                docs.append(
                    Document(
                        str(item.get("id", i)),
                        item.get("text", ""),
                        dict(item.get("meta") or {}),
                        item.get("language"),
                    )
                )
        return self.analyze_documents(docs)

    def analyze_dataframe(
        self,
        df: pd.DataFrame,
        text_column: str = "text",
        id_column: str | None = None,
    ) -> pd.DataFrame:
        """The input frame with the analysis columns added (same index, same row order)."""
        import pandas as pd

        if text_column not in df.columns:
            raise KeyError(f"no column {text_column!r}; columns are {list(df.columns)}")
        texts = df[text_column].tolist()
        ids = df[id_column].astype(str).tolist() if id_column else [str(i) for i in df.index]
        docs = [
            Document(i, t if isinstance(t, str) else "" if pd.isna(t) else str(t))
            for i, t in zip(ids, texts, strict=True)
        ]
        flat = [flatten(r) for r in self.analyze_documents(docs)]
        out = pd.DataFrame(flat, index=df.index).drop(columns=["id", "text"])
        out = out.drop(columns=[c for c in out.columns if c.startswith("meta.")])
        out.columns = [f"{c}_analysis" if c in df.columns else c for c in out.columns]
        return pd.concat([df, out], axis=1)


_default: Analyzer | None = None


def analyze(
    texts: Iterable[str | Mapping[str, Any]], settings: Settings | None = None
) -> list[dict[str, Any]]:
    """Analyse texts with a process-wide default analyzer (built on first call)."""
    global _default
    if settings is not None:
        return Analyzer.from_settings(settings).analyze(texts)
    if _default is None:
        _default = Analyzer.from_settings()
    return _default.analyze(texts)

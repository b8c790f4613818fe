"""Assign each document (and each transcript turn) a topic of a fitted topic model."""

from __future__ import annotations

from pathlib import Path

from ..topics.model import TopicModel
from ..types import Document


class TopicStage:
    """Stage: ``Document.topic`` from the embeddings already computed (no second encoding)."""

    name = "topics"
    requires: tuple[str, ...] = ("embedding",)
    assigns: tuple[str, ...] = ("topic",)

    def __init__(self, model: TopicModel) -> None:
        self.model = model

    @classmethod
    def load(cls, path: Path) -> TopicStage:
        """Load a model written by ``textinsight topics fit``."""
        return cls(TopicModel.load(path))

    def __call__(self, docs: list[Document]) -> list[Document]:
        """Assign topics in place."""
        self.model.assign_documents(docs)
        return docs

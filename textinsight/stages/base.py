"""The contract every stage follows."""

from __future__ import annotations

from typing import Protocol, runtime_checkable

from ..types import Document


@runtime_checkable
class Stage(Protocol):
    """A pipeline stage: a callable from a batch of documents to the same batch.

    ``name`` is its registry name; ``requires``/``assigns`` name the Document fields it reads
    and writes, so the pipeline can check the order of stages before running anything.
    """

    name: str
    requires: tuple[str, ...]
    assigns: tuple[str, ...]

    def __call__(self, docs: list[Document]) -> list[Document]:
        """Process a batch in place and return it."""
        ...

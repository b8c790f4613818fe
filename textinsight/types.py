"""Typed records exchanged between pipeline stages."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

import numpy as np

SegmentKind = Literal["document", "sentence", "turn"]


@dataclass(slots=True)
class RecordError:
    """Why a document could not be analysed; the batch goes on."""

    code: str
    message: str


@dataclass(slots=True)
class Language:
    """The detected (or hinted) language of a document."""

    code: str
    confidence: float
    supported: bool = True
    source: Literal["detected", "hint"] = "detected"


@dataclass(slots=True)
class Sentiment:
    """A sentiment label with a score in [-1, 1] and class probabilities."""

    label: str
    score: float
    probabilities: dict[str, float] = field(default_factory=dict)


@dataclass(slots=True)
class LabelScore:
    """One label of a multi-label set (or the label of a single-label task) and its confidence."""

    id: str
    confidence: float


@dataclass(slots=True)
class TopicScore:
    """A topic assignment: id (-1 outlier), its label, and the cosine to the topic."""

    id: int
    label: str | None
    confidence: float


@dataclass(slots=True)
class Segment:
    """A sentence or speaker turn: character offsets into the original text."""

    start: int
    end: int
    kind: SegmentKind = "sentence"
    speaker: str | None = None
    model_text: str | None = None
    sentiment: Sentiment | None = None
    labels: dict[str, list[LabelScore]] = field(default_factory=dict)  # multi-label heads
    choices: dict[str, LabelScore] = field(default_factory=dict)  # single-label heads
    topic: int | None = None


@dataclass(slots=True)
class Document:
    """One input document as it moves through the pipeline."""

    id: str
    text: str
    meta: dict[str, Any] = field(default_factory=dict)
    language_hint: str | None = None
    language: Language | None = None
    segments: list[Segment] = field(default_factory=list)
    segment_embeddings: np.ndarray | None = None
    embedding: np.ndarray | None = None
    # what the label heads read: the fine-tuned branch of the encoder (the same arrays as the
    # two above when the encoder has none)
    segment_label_embeddings: np.ndarray | None = None
    label_embedding: np.ndarray | None = None
    sentiment: Sentiment | None = None
    # what the label heads write, by record key (as spaCy's ``doc.cats``): the labels above
    # their thresholds of each multi-label head, the one label of each single-label head
    labels: dict[str, list[LabelScore]] = field(default_factory=dict)
    choices: dict[str, LabelScore] = field(default_factory=dict)
    pii: list[Any] | None = None
    topic: TopicScore | None = None
    topics: list[TopicScore] | None = None
    error: RecordError | None = None
    run: str | None = None  # scope of pseudonyms (a request, a job); None: the whole process
    rows: int = 1  # lines of the input it was read from (a CSV field with line breaks: more)

    @property
    def feedback_type(self) -> LabelScore | None:
        """The feedback-type head's label (``choices["feedback_type"]``), if it ran."""
        return self.choices.get("feedback_type")

    @feedback_type.setter
    def feedback_type(self, value: LabelScore | None) -> None:
        if value is None:
            self.choices.pop("feedback_type", None)
        else:
            self.choices["feedback_type"] = value

    @property
    def ok(self) -> bool:
        """True while no stage has marked the document as failed."""
        return self.error is None

    def segment_text(self, seg: Segment) -> str:
        """The original text of a segment."""
        return self.text[seg.start : seg.end]

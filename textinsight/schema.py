"""The analysis record of CONTRACT.md as pydantic models: the one record model, owned by the
library, that the HTTP API's response schemas use too.

The fields of the label heads are not written out here: the JSON schema of :class:`Record`
gains one property per registered head (``pillars``, ``touchpoints``, ``feedback_type``, ...)
when it is built, from the head registry (:data:`textinsight.heads.HEADS` and each manifest),
so a new head appears in the OpenAPI document without an edit here. :func:`record_model`
gives a model with those fields typed, to validate records.
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict, create_model

from .heads import HeadSpec, label_specs


class LabelOut(BaseModel):
    """A label of a multi-label head and its confidence."""

    id: str
    confidence: float


class ChoiceOut(BaseModel):
    """The label of a single-label head and its probability."""

    label: str
    confidence: float


class SentimentOut(BaseModel):
    """Sentiment of a document or sentence."""

    model_config = ConfigDict(extra="allow")

    label: str
    score: float
    probabilities: dict[str, float] | None = None


class RecordError(BaseModel):
    """Why a record could not be analysed."""

    code: str
    message: str


def head_schema(spec: HeadSpec) -> dict[str, Any]:
    """The JSON schema of one head's record field (self-contained: no ``$ref``)."""
    classes = ", ".join(spec.classes)
    if spec.kind == "multi":
        return {
            "type": "array",
            "items": LabelOut.model_json_schema(),
            "description": f"Labels above their thresholds, most confident first "
            f"(of: {classes}); head '{spec.name}'.",
        }
    return {
        **ChoiceOut.model_json_schema(),
        "description": f"One of: {classes}; head '{spec.name}'.",
    }


def _with_heads(schema: dict[str, Any], cls: type[BaseModel]) -> None:
    """Add a property per registered label head (called when the JSON schema is built)."""
    props = schema.setdefault("properties", {})
    for spec in label_specs():
        props[spec.key] = head_schema(spec)


class Record(BaseModel):
    """The analysis record of CONTRACT.md; fields of stages that did not run are absent.

    Every registered label head adds its field (see the module docstring).
    """

    model_config = ConfigDict(extra="allow", json_schema_extra=_with_heads)

    id: str
    text: str
    language: dict[str, Any] | None = None
    sentiment: SentimentOut | None = None
    sentences: list[dict[str, Any]] | None = None
    pii: list[dict[str, Any]] | None = None
    topic: dict[str, Any] | None = None
    meta: dict[str, Any]
    error: RecordError | None


def record_model(specs: list[HeadSpec] | None = None) -> type[Record]:
    """A :class:`Record` with a typed field for every registered label head (or ``specs``):
    a list of :class:`LabelOut` for a multi-label head, a :class:`ChoiceOut` for a
    single-label one."""
    fields: dict[str, Any] = {
        s.key: (list[LabelOut] | None, None) if s.kind == "multi" else (ChoiceOut | None, None)
        for s in (label_specs() if specs is None else specs)
    }
    return create_model("HeadRecord", __base__=Record, **fields)

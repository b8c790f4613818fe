"""Turn pipeline documents into the analysis record of CONTRACT.md, and flatten it for tables."""

from __future__ import annotations

import json
import re
from typing import Any

from .heads import HeadSpec, label_specs
from .types import Document, LabelScore, Sentiment

_FLAT_HEAD = ("id", "text", "language", "language_confidence", "sentiment", "sentiment_score")
_FLAT_TAIL = ("topic", "topic_label", "pii", "sentences", "error_code", "error_message")


def head_columns(spec: HeadSpec) -> tuple[str, ...]:
    """The flat columns of one label head: ``key`` (``a;b`` for a multi-label head), and
    ``key_confidence`` for a single-label one."""
    return (spec.key,) if spec.kind == "multi" else (spec.key, f"{spec.key}_confidence")


def flat_columns(specs: list[HeadSpec] | None = None) -> list[str]:
    """Columns of the flat (CSV / Excel / Parquet) view, in order, with the columns of every
    registered label head (or of ``specs``); absent fields are left out of a file."""
    heads = [c for s in (label_specs() if specs is None else specs) for c in head_columns(s)]
    return [*_FLAT_HEAD, *heads, *_FLAT_TAIL]


_SURROGATE = re.compile("[\ud800-\udfff]")


def no_surrogates(text: str) -> str:
    """``text`` with each lone surrogate (bytes that were not UTF-8, or a JSON ``\\ud800``)
    replaced by U+FFFD: no output (JSON, CSV, Parquet, XLSX) may hold one, and the length,
    so every character offset, stays the same."""
    return text if text.isascii() else _SURROGATE.sub("\ufffd", text)


def clean(value: Any) -> Any:
    """``value`` with :func:`no_surrogates` applied to every string in it, keys included."""
    if isinstance(value, str):
        return no_surrogates(value)
    if isinstance(value, dict):
        return {clean(k): clean(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [clean(v) for v in value]
    return value


def to_record(doc: Document) -> dict[str, Any]:
    """The JSON record of one document (fields of stages that did not run are absent); it
    holds no lone surrogate (see :func:`no_surrogates`), whatever the input held."""
    rec: dict[str, Any] = {"id": doc.id, "text": doc.text}
    if doc.language is not None:
        lang: dict[str, Any] = {"code": doc.language.code, "confidence": doc.language.confidence}
        if not doc.language.supported:
            lang["supported"] = False  # labels for this language are best-effort
        if doc.language.source == "hint":
            lang["source"] = "hint"
        rec["language"] = lang
    if doc.sentiment is not None:
        rec["sentiment"] = _sentiment(doc.sentiment, probabilities=True)
    _heads(rec, doc.labels, doc.choices)
    if doc.segments:
        sents = []
        for s in doc.segments:
            item: dict[str, Any] = {"start": s.start, "end": s.end}
            if s.kind != "sentence":
                item["kind"] = s.kind
            if s.speaker is not None:
                item["speaker"] = s.speaker
            if s.sentiment is not None:
                item["sentiment"] = _sentiment(s.sentiment, probabilities=False)
            _heads(item, s.labels, s.choices)
            if s.topic is not None:
                item["topic"] = s.topic
            sents.append(item)
        rec["sentences"] = sents
    if doc.pii is not None:
        rec["pii"] = [{"start": p.start, "end": p.end, "kind": p.kind} for p in doc.pii]
    if doc.topic is not None:
        rec["topic"] = {
            "id": doc.topic.id,
            "label": doc.topic.label,
            "confidence": doc.topic.confidence,
        }
    if doc.topics is not None:  # a transcript: every topic its turns touch, by share
        rec["topics"] = [{"id": t.id, "label": t.label, "share": t.confidence} for t in doc.topics]
    rec["meta"] = doc.meta
    rec["error"] = (
        {"code": doc.error.code, "message": doc.error.message} if doc.error is not None else None
    )
    return clean(rec)


def _heads(
    out: dict[str, Any], labels: dict[str, list[LabelScore]], choices: dict[str, LabelScore]
) -> None:
    """What the label heads wrote, by record key: a list of ``{"id", "confidence"}`` for a
    multi-label head, ``{"label", "confidence"}`` for a single-label one."""
    for key, hits in labels.items():
        out[key] = [{"id": x.id, "confidence": x.confidence} for x in hits]
    for key, x in choices.items():
        out[key] = {"label": x.id, "confidence": x.confidence}


def _sentiment(s: Sentiment, probabilities: bool) -> dict[str, Any]:
    out: dict[str, Any] = {"label": s.label, "score": s.score}
    if probabilities:
        out["probabilities"] = s.probabilities
    return out


def _labels(items: Any) -> str:
    return ";".join(i["id"] for i in items) if items else ""


def flatten(rec: dict[str, Any]) -> dict[str, Any]:
    """One flat row for tabular outputs; nested parts become JSON strings, meta ``meta.<key>``."""
    row: dict[str, Any] = {"id": rec["id"], "text": rec["text"]}
    if "language" in rec:
        row["language"] = rec["language"]["code"]
        row["language_confidence"] = rec["language"]["confidence"]
    if "sentiment" in rec:
        row["sentiment"] = rec["sentiment"]["label"]
        row["sentiment_score"] = rec["sentiment"]["score"]
    for spec in label_specs():
        value = rec.get(spec.key)
        if value is None:
            continue
        if spec.kind == "multi":
            row[spec.key] = _labels(value)
        else:
            row[spec.key] = value["label"]
            row[f"{spec.key}_confidence"] = value["confidence"]
    if "topic" in rec:
        row["topic"] = rec["topic"]["id"]
        row["topic_label"] = rec["topic"].get("label")
    for key in ("pii", "sentences"):
        if key in rec:
            row[key] = json.dumps(rec[key], ensure_ascii=False)
    err = rec.get("error")
    row["error_code"] = err["code"] if err else None
    row["error_message"] = err["message"] if err else None
    for k, v in (rec.get("meta") or {}).items():
        row[f"meta.{no_surrogates(str(k))}"] = (
            v
            if v is None or isinstance(v, str | int | float | bool)
            else json.dumps(v, ensure_ascii=False, default=str)
        )
    return row

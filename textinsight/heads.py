"""Label heads: the one registry of heads, their description from each manifest, and the
linear classifier they run on the encoder's vectors (saved as safetensors + JSON).

One encoder pass feeds every head. A head is data: its folder ``models/<name>/`` holds
``weights.safetensors`` and a ``manifest.json`` that says what it predicts:

``kind``
    ``single`` (one class per text, softmax) or ``multi`` (independent sigmoids with a
    calibrated threshold per label); the older ``softmax`` / ``sigmoid`` are read as these.
``level``
    ``document``, ``sentence`` or ``both`` (default: ``both`` for multi-label heads and for
    sentiment, ``document`` for single-label ones).
``classes``, ``thresholds``
    the label order of the probability columns, and each label's decision threshold.
``key``
    the record key it writes (default: the folder name). A single-label head writes
    ``{"label", "confidence"}``, a multi-label one ``[{"id", "confidence"}, ...]``.
``group``
    the group kind of trends and drivers (default: the key; ``pillars`` says ``pillar``).

Sentiment is a head too (``task: sentiment``): its own stage adds the score and ``mixed``.
Adding a head is its model folder plus one line in :data:`HEADS`.

A head may ship a variant for the int8 encoder in ``models/<name>/int8/`` (a head folder of
its own, written by ``scripts/calibrate_int8_heads.py``): int8 moves the vectors, so heads
fitted on float vectors read them wrongly; :func:`head_folder` picks the variant when the
encoder runs int8.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, Literal

import numpy as np

from . import paths

# The one head registry: model folder under models/ -> whether it runs by default.
# The default pipeline (settings.DEFAULT_STAGES), the records, the flat columns, the summary,
# evaluate, the insight tables and the API schema all loop over it.
HEADS: dict[str, bool] = {
    "sentiment": True,
    "pillars": True,
    "touchpoints": True,
    "feedback_type": True,
    "churn_risk": True,
}

Kind = Literal["softmax", "sigmoid"]
HeadKind = Literal["single", "multi"]
Level = Literal["document", "sentence", "both"]
_KINDS: dict[str, HeadKind] = {
    "single": "single",
    "softmax": "single",
    "multi": "multi",
    "sigmoid": "multi",
}
_LEVELS = ("document", "sentence", "both")


def default_heads() -> list[str]:
    """The registered heads that run by default, in registry order."""
    return [name for name, on in HEADS.items() if on]


def head_dir(name: str) -> Path:
    """The model folder of a registered head."""
    return paths.models_dir() / name


INT8_VARIANT = "int8"  # the sub-folder of a head fitted to the int8 encoder's vectors


def head_folder(directory: Path, encoder_runtime: str) -> Path:
    """The folder to load a head from: its ``int8/`` variant when the encoder runs int8
    (``onnx-int8``) and the head ships one, else ``directory`` itself."""
    variant = directory / INT8_VARIANT
    if encoder_runtime == "onnx-int8" and (variant / "manifest.json").is_file():
        return variant
    return directory


@dataclass(frozen=True)
class HeadSpec:
    """What a head predicts and where it writes, as its manifest describes it."""

    name: str
    key: str
    kind: HeadKind
    level: Level
    classes: tuple[str, ...]
    thresholds: tuple[float, ...]
    group: str
    sentiment: bool = False  # the sentiment head: its own stage and record shape
    # the class a stock non-answer ("Ingen kommentarer", "-", "N/A") gets from a single-label
    # head (manifest ``non_answer``; None: the model decides); multi-label heads give it none
    non_answer: str | None = None

    @classmethod
    def from_manifest(cls, name: str, manifest: dict[str, Any]) -> HeadSpec:
        """The spec of head ``name`` from its manifest (old and new field values)."""
        from .errors import ModelError

        kind = _KINDS.get(str(manifest.get("kind")))
        if kind is None:
            raise ModelError(
                f"head {name!r}: kind must be one of {sorted(_KINDS)}, got {manifest.get('kind')!r}"
            )
        sentiment = manifest.get("task") == "sentiment"
        level = manifest.get("level") or ("both" if kind == "multi" or sentiment else "document")
        if level not in _LEVELS:
            raise ModelError(f"head {name!r}: level must be one of {_LEVELS}, got {level!r}")
        classes = tuple(str(c) for c in manifest["classes"])
        thresholds = tuple(float(t) for t in manifest.get("thresholds") or [0.5] * len(classes))
        if len(thresholds) != len(classes):
            raise ModelError(
                f"head {name!r}: {len(classes)} classes but {len(thresholds)} thresholds"
            )
        key = str(manifest.get("key") or name)
        non_answer = manifest.get("non_answer")
        if non_answer is not None and (kind != "single" or non_answer not in classes):
            raise ModelError(
                f"head {name!r}: non_answer must be one of its classes (single-label heads), "
                f"got {non_answer!r}"
            )
        return cls(
            name,
            key,
            kind,
            level,  # type: ignore[arg-type]
            classes,
            thresholds,
            str(manifest.get("group") or key),
            sentiment,
            non_answer,
        )

    @property
    def documents(self) -> bool:
        """Whether it labels whole documents."""
        return self.level in ("document", "both")

    @property
    def sentences(self) -> bool:
        """Whether it labels each sentence or turn."""
        return self.level in ("sentence", "both")


def read_spec(directory: Path, name: str | None = None) -> HeadSpec:
    """The spec in ``directory/manifest.json`` (the weights are not read)."""
    from .encoder.registry import read_manifest

    return HeadSpec.from_manifest(
        name or directory.name, read_manifest(directory, "head", verify=False)
    )


@lru_cache(maxsize=32)
def _specs(names: tuple[str, ...], models: str) -> tuple[HeadSpec, ...]:
    return tuple(read_spec(Path(models) / n, n) for n in names)


def head_specs(names: list[str] | None = None) -> list[HeadSpec]:
    """Specs of the registered heads (or of ``names``, in that order), read once per process."""
    return list(_specs(tuple(HEADS if names is None else names), str(paths.models_dir())))


def label_specs(names: list[str] | None = None) -> list[HeadSpec]:
    """:func:`head_specs` without sentiment: the heads written as labels or choices."""
    return [s for s in head_specs(names) if not s.sentiment]


class LinearHead:
    """``scores = X @ coef_.T + intercept_``; ``classes_`` order = probability columns."""

    def __init__(
        self,
        coef: np.ndarray,
        intercept: np.ndarray,
        classes: list[str],
        kind: Kind,
        thresholds: np.ndarray | None = None,
    ) -> None:
        self.coef_ = np.asarray(coef, dtype=np.float32)
        self.intercept_ = np.asarray(intercept, dtype=np.float32)
        self.classes_ = list(classes)
        self.kind: Kind = kind
        self.thresholds_ = (
            np.asarray(thresholds, dtype=np.float32)
            if thresholds is not None
            else np.full(len(classes), 0.5, dtype=np.float32)
        )

    def predict_proba(self, x: np.ndarray, shift: np.ndarray | None = None) -> np.ndarray:
        """Probabilities ``(n, len(classes_))``: rows sum to 1 for softmax heads. ``shift``
        (one value per class, or one row per input) is added to the logits."""
        x = np.asarray(x, dtype=np.float32)
        if x.ndim == 1:
            x = x[None, :]
        logits = x @ self.coef_.T + self.intercept_
        if shift is not None:
            logits = logits + np.asarray(shift, dtype=np.float32)
        if self.kind == "sigmoid":
            return 1.0 / (1.0 + np.exp(-logits))
        logits -= logits.max(axis=1, keepdims=True)
        p = np.exp(logits)
        return p / p.sum(axis=1, keepdims=True)

    def save(self, directory: Path, manifest: dict[str, Any]) -> None:
        """Write ``weights.safetensors`` and ``manifest.json`` (with the weights' sha256)."""
        from safetensors.numpy import save_file

        from .encoder.registry import sha256_file

        directory.mkdir(parents=True, exist_ok=True)
        weights = directory / "weights.safetensors"
        save_file(
            {
                "coef": np.ascontiguousarray(self.coef_, dtype=np.float32),
                "intercept": np.ascontiguousarray(self.intercept_, dtype=np.float32),
                "thresholds": np.ascontiguousarray(self.thresholds_, dtype=np.float32),
            },
            str(weights),
        )
        # the manifest may name the kind the new way (single / multi) when it agrees
        kind = (
            manifest.get("kind")
            if _KINDS.get(str(manifest.get("kind"))) == _KINDS[self.kind]
            else self.kind
        )
        full = {
            **manifest,
            "classes": self.classes_,
            "kind": kind,
            "thresholds": [round(float(t), 4) for t in self.thresholds_],
            "sha256": {"weights.safetensors": sha256_file(weights)},
        }
        (directory / "manifest.json").write_text(
            json.dumps(full, indent=2, ensure_ascii=False) + "\n"
        )

    @classmethod
    def load(cls, directory: Path, verify: bool = True) -> LinearHead:
        """Load a head; with ``verify`` the weights must match the manifest's sha256."""
        from safetensors.numpy import load_file

        from .encoder.registry import read_manifest

        manifest = read_manifest(directory, "head", verify=verify)
        t = load_file(str(directory / "weights.safetensors"))
        kind: Kind = "sigmoid" if _KINDS.get(str(manifest.get("kind"))) == "multi" else "softmax"
        return cls(t["coef"], t["intercept"], manifest["classes"], kind, t.get("thresholds"))

"""Linear classification heads on top of the encoder's vectors (saved as safetensors + JSON).

One encoder pass feeds every head: sentiment (softmax), feedback type (softmax), CX pillars
and touchpoints (independent sigmoids with a calibrated threshold per label).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Literal

import numpy as np

Kind = Literal["softmax", "sigmoid"]


class LinearHead:
    """``scores = X @ coef_.T + intercept_``; ``classes_`` order = probability columns."""

    def __init__(self, coef: np.ndarray, intercept: np.ndarray, classes: list[str], kind: Kind,
                 thresholds: np.ndarray | None = None) -> None:  # fmt: skip
        self.coef_ = np.asarray(coef, dtype=np.float32)
        self.intercept_ = np.asarray(intercept, dtype=np.float32)
        self.classes_ = list(classes)
        self.kind: Kind = kind
        self.thresholds_ = (
            np.asarray(thresholds, dtype=np.float32) if thresholds is not None
            else np.full(len(classes), 0.5, dtype=np.float32)
        )  # fmt: skip

    def predict_proba(self, x: np.ndarray) -> np.ndarray:
        """Probabilities ``(n, len(classes_))``: rows sum to 1 for softmax heads."""
        x = np.asarray(x, dtype=np.float32)
        if x.ndim == 1:
            x = x[None, :]
        logits = x @ self.coef_.T + self.intercept_
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
        save_file({
            "coef": np.ascontiguousarray(self.coef_, dtype=np.float32),
            "intercept": np.ascontiguousarray(self.intercept_, dtype=np.float32),
            "thresholds": np.ascontiguousarray(self.thresholds_, dtype=np.float32),
        }, str(weights))  # fmt: skip
        full = {**manifest, "classes": self.classes_, "kind": self.kind,
                "thresholds": [round(float(t), 4) for t in self.thresholds_],
                "sha256": {"weights.safetensors": sha256_file(weights)}}  # fmt: skip
        (directory / "manifest.json").write_text(json.dumps(full, indent=2, ensure_ascii=False)
                                                 + "\n")  # fmt: skip

    @classmethod
    def load(cls, directory: Path, verify: bool = True) -> LinearHead:
        """Load a head; with ``verify`` the weights must match the manifest's sha256."""
        from safetensors.numpy import load_file

        from .encoder.registry import read_manifest

        manifest = read_manifest(directory, "head", verify=verify)
        t = load_file(str(directory / "weights.safetensors"))
        return cls(t["coef"], t["intercept"], manifest["classes"], manifest["kind"],
                   t.get("thresholds"))  # fmt: skip

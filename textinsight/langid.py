"""A small char/word n-gram classifier that tells Danish, Bokmål, Swedish and English apart.

General-purpose detectors confuse Danish and Norwegian Bokmål on short texts; this model is
trained by ``scripts/train_langid.py`` on Nordic feedback-like text and stored as safetensors
plus a JSON manifest (no pickles). Features are hashed, so nothing but the weights is saved.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

_URL = re.compile(r"(?:https?://|www\.)\S+", re.IGNORECASE)
_TAG = re.compile(r"(?<![\w@#])[@#]\w+")
_MIN_LETTERS = 3


def voting_text(text: str) -> str:
    """The part of ``text`` that language ID reads: without URLs, @handles and #hashtags.

    Handles and hashtags are names (``@Telia_DK``, ``@Telenor_Norge``, ``#kbh``, ``#sthlm``):
    they tell where a brand or a town is, not what language the post is written in. When
    nothing else is left (a post that is only tags), the tags' words are read after all.
    """
    stripped = _TAG.sub(" ", _URL.sub(" ", text))
    if sum(ch.isalpha() for ch in stripped) >= _MIN_LETTERS:
        return " ".join(stripped.split())
    return " ".join(_URL.sub(" ", text).replace("#", " ").replace("@", " ").split())


def make_vectorizers(n_features: int) -> tuple[Any, Any]:
    """The hashing vectorizers shared by training and inference."""
    from sklearn.feature_extraction.text import HashingVectorizer

    char = HashingVectorizer(
        analyzer="char_wb",
        ngram_range=(1, 5),
        n_features=n_features,
        alternate_sign=False,
        norm="l2",
        lowercase=True,
    )
    word = HashingVectorizer(
        analyzer="word",
        ngram_range=(1, 1),
        n_features=n_features,
        alternate_sign=False,
        norm="l2",
        lowercase=True,
        token_pattern=r"(?u)\b\w+\b",
    )
    return char, word


def featurize(texts: Sequence[str], n_features: int) -> Any:
    """Sparse features ``(len(texts), 2 * n_features)``."""
    from scipy.sparse import hstack

    char, word = make_vectorizers(n_features)
    return hstack([char.transform(texts), word.transform(texts)]).tocsr()


class NordicLanguageModel:
    """Linear softmax classifier over hashed n-grams; ``classes_`` order = probability columns."""

    def __init__(
        self, coef: np.ndarray, intercept: np.ndarray, classes: list[str], n_features: int
    ) -> None:
        self.coef_ = coef
        self.intercept_ = intercept
        self.classes_ = classes
        self.n_features = n_features

    @classmethod
    def load(cls, directory: Path) -> NordicLanguageModel:
        """Load weights and manifest from a model directory."""
        from safetensors.numpy import load_file

        manifest = json.loads((directory / "manifest.json").read_text())
        tensors = load_file(str(directory / "weights.safetensors"))
        return cls(
            tensors["coef"].astype(np.float32),
            tensors["intercept"].astype(np.float32),
            list(manifest["classes"]),
            int(manifest["n_features"]),
        )

    def save(self, directory: Path, manifest: dict[str, Any]) -> None:
        """Write weights (float16) and the manifest."""
        from safetensors.numpy import save_file

        from .encoder.registry import sha256_file

        directory.mkdir(parents=True, exist_ok=True)
        weights = directory / "weights.safetensors"
        save_file(
            {
                "coef": np.ascontiguousarray(self.coef_, dtype=np.float16),
                "intercept": np.ascontiguousarray(self.intercept_, dtype=np.float32),
            },
            str(weights),
        )
        manifest = {**manifest, "classes": self.classes_, "n_features": self.n_features}
        manifest["sha256"] = {"weights.safetensors": sha256_file(weights)}
        (directory / "manifest.json").write_text(json.dumps(manifest, indent=2) + "\n")

    def predict_proba(self, texts: Sequence[str]) -> np.ndarray:
        """Class probabilities, columns in ``classes_`` order."""
        x = featurize(texts, self.n_features)
        logits = np.asarray(x @ self.coef_.T) + self.intercept_
        logits -= logits.max(axis=1, keepdims=True)
        p = np.exp(logits)
        return p / p.sum(axis=1, keepdims=True)

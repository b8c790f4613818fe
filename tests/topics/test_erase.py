"""Language erasure (textinsight.topics.erase) on synthetic vectors whose language is known."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import adjusted_rand_score

from textinsight.topics.erase import balanced_neighbours, erase_language
from textinsight.topics.model import FitParams, TopicModel, fit

from .test_model import LANGS, corpus


def language_data(
    n: int = 1200, d: int = 12, seed: int = 0
) -> tuple[np.ndarray, list[str], np.ndarray]:
    """Four languages, each a linear offset plus a per-language scaling of one direction; six
    topics that a classifier should still find after erasure."""
    rng = np.random.default_rng(seed)
    topics = rng.integers(0, 6, size=n)
    langs = [LANGS[i % 4] for i in range(n)]
    centres = rng.normal(size=(6, d)) * 2.0
    offsets = {lang: rng.normal(size=d) * 1.5 for lang in LANGS}
    x = centres[topics] + rng.normal(size=(n, d))
    x += np.stack([offsets[lang] for lang in langs])
    return x.astype(np.float32), langs, topics


def accuracy(x: np.ndarray, y: list[str] | np.ndarray) -> float:
    """Training accuracy of a linear classifier (what erasure should defeat)."""
    return float(LogisticRegression(max_iter=2000).fit(x, y).score(x, y))


@pytest.mark.parametrize("method", ["mean", "leace", "inlp", "mean+inlp"])
def test_erasure_leaves_no_linear_trace_of_the_language_and_keeps_the_topics(
    method: str,
) -> None:
    x, langs, topics = language_data()
    assert accuracy(x, langs) > 0.9  # the language is plain to see before
    eraser = erase_language(x, langs, method, iterations=6)
    e = eraser.transform(x, langs)
    means = np.stack([e[[i for i, lang in enumerate(langs) if lang == L]].mean(0) for L in LANGS])
    if method != "inlp":  # INLP removes what separates, not exactly the mean differences
        assert np.abs(means - means.mean(0)).max() < 0.05  # class-conditional means equal
    assert accuracy(e, langs) < 0.40  # chance is 0.25
    # what topics need is still there (chance 1/6); INLP removes whole classifier directions,
    # topic content with them, LEACE only the k - 1 directions of the mean differences
    assert accuracy(e, topics) > (0.9 if "inlp" not in method else 0.5)
    if method in ("leace", "inlp"):
        assert eraser.rank >= 3  # at least the k - 1 mean-difference directions
    if method == "mean+inlp":  # centred, a held-out classifier is at chance: INLP stops
        assert eraser.rank == 0
    if method == "leace":
        assert eraser.rank == 3  # and LEACE removes no more than that


def test_leace_needs_no_language_at_transform_time() -> None:
    x, langs, _ = language_data(seed=2)
    eraser = erase_language(x, langs, "leace")
    # one linear map: the languages passed to transform do not matter
    assert np.allclose(eraser.transform(x[:50], langs[:50]), eraser.transform(x[:50], ["und"] * 50))
    assert erase_language(x, ["da"] * len(x), "leace").rank == 0  # one language: nothing to erase


def test_unknown_method_is_refused() -> None:
    x, langs, _ = language_data(n=40)
    with pytest.raises(ValueError, match="language erasure"):
        erase_language(x, langs, "pca")


def test_balanced_neighbours_take_every_language_in_fixed_shares() -> None:
    rng = np.random.default_rng(0)
    x = rng.normal(size=(200, 8))
    x[:100] += 5.0  # two languages far apart: plain kNN would never cross
    x /= np.linalg.norm(x, axis=1, keepdims=True)
    langs = ["da"] * 100 + ["en"] * 100
    idx, dist = balanced_neighbours(x, langs, k=9)  # type: ignore[misc]
    assert (idx[:, 0] == np.arange(200)).all() and np.allclose(dist[:, 0], 0.0)
    other = np.array([[langs[j] != langs[i] for j in row[1:]] for i, row in enumerate(idx)])
    assert (other.sum(1) == 4).all()  # 8 neighbours: 4 of each language
    assert (np.diff(dist, axis=1) >= 0).all()  # sorted by distance, as UMAP expects
    assert balanced_neighbours(x, ["da"] * 200, k=9) is None


@pytest.mark.slow  # a batch fit: UMAP compiles its numba code first (~15 s CPU)
def test_fit_with_leace_saves_the_eraser_and_assigns_alike_after_loading(tmp_path: Path) -> None:
    units, gold = corpus()
    model, assign, _ = fit(units, FitParams(seed=1, min_topic_size=15, language_erasure="leace"))
    assert adjusted_rand_score(gold, assign[: len(gold)]) > 0.8
    assert model.eraser.method == "leace" and model.eraser.rank == 3
    model.save(tmp_path / "m")
    loaded = TopicModel.load(tmp_path / "m")
    assert loaded.eraser.method == "leace" and loaded.eraser.rank == 3
    new, _ = corpus(seed=9)
    emb = np.stack([u.embedding for u in new if u.embedding is not None])
    langs = [u.lang for u in new if u.embedding is not None]
    a1, s1 = model.assign(emb, langs)
    a2, s2 = loaded.assign(emb, langs)
    assert (a1 == a2).all() and np.allclose(s1, s2, atol=1e-6)
    # the saved map is the one the fit used: projecting by hand gives the same vectors
    assert np.allclose(loaded.project(emb, langs), model.project(emb, langs), atol=1e-6)

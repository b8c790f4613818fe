"""Fitting, reproducibility, persistence and assignment on synthetic embeddings (fast)."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from sklearn.metrics import adjusted_rand_score

from textinsight.topics.model import FitParams, TopicModel, Unit, fit

WORDS = [["levering", "pakke", "forsinket"], ["faktura", "gebyr", "betaling"],
         ["app", "login", "crash"], ["kundeservice", "telefon", "ventetid"],
         ["butik", "personale", "venlig"], ["pris", "tilbud", "rabat"]]  # fmt: skip
LANGS = ["da", "nb", "sv", "en"]


def corpus(n_per: int = 40, seed: int = 0) -> tuple[list[Unit], list[int]]:
    """Six topics; each language adds its own offset (as real multilingual embeddings do)."""
    rng = np.random.default_rng(seed)
    centres = rng.normal(size=(len(WORDS), 64))
    offsets = {lang: rng.normal(size=64) * 1.5 for lang in LANGS}
    units, gold = [], []
    for k, words in enumerate(WORDS):
        for j in range(n_per):
            lang = LANGS[j % 4]
            v = centres[k] + offsets[lang] + rng.normal(scale=0.35, size=64)
            text = " ".join(rng.choice(words, size=4)) + f" kunde {j}"
            units.append(Unit(f"d{k}-{j}", text, lang, (v / np.linalg.norm(v)).astype(np.float32)))
            gold.append(k)
    units += [
        Unit("na-1", "Ingen kommentarer", "da", units[0].embedding),
        Unit("na-2", "N/A", "en", units[1].embedding),
        Unit("bad", "", "und", None),
    ]
    return units, gold


@pytest.mark.slow  # a batch fit: UMAP compiles its numba code first (~15 s CPU)
def test_fit_finds_topics_across_languages_and_sets_non_answers_aside() -> None:
    units, gold = corpus()
    model, assign, rep = fit(units, FitParams(seed=1, min_topic_size=15))
    assert rep.non_answers == 2 and rep.failed == 1 and assign[-3:] == [-2, -2, -2]
    assert adjusted_rand_score(gold, assign[: len(gold)]) > 0.8
    assert rep.outliers_after <= rep.outliers_before and rep.outlier_share_after <= 0.15
    # without language centring, the language offsets split topics (the reason it exists)
    _, plain, _ = fit(units, FitParams(seed=1, min_topic_size=15, center_languages=False))
    assert adjusted_rand_score(gold, assign[: len(gold)]) > adjusted_rand_score(
        gold, plain[: len(gold)]
    )
    sizes = {t["topic"]: t["size"] for t in model.topics}
    assert sum(sizes.values()) == sum(1 for a in assign if a >= 0)
    for t in model.topics:
        assert t["keywords"] and t["label"] and set(t["languages"]) <= set(LANGS)
        assert not {"og", "the", "att"} & set(t["keywords"])


@pytest.mark.slow  # a batch fit: UMAP compiles its numba code first (~15 s CPU)
def test_same_input_and_seed_give_identical_assignments() -> None:
    units, _ = corpus(seed=3)
    a = fit(units, FitParams(seed=7, min_topic_size=15))[1]
    b = fit(units, FitParams(seed=7, min_topic_size=15))[1]
    assert a == b


@pytest.mark.slow  # a batch fit: UMAP compiles its numba code first (~15 s CPU)
def test_saved_and_loaded_model_assigns_like_the_fitted_one(tmp_path: Path) -> None:
    units, _ = corpus()
    model, assign, rep = fit(units, FitParams(seed=1, min_topic_size=15))
    model.save(tmp_path / "m")
    assert (tmp_path / "m" / "bertopic").is_dir()
    assert not list((tmp_path / "m").rglob("*.pkl")) and not list((tmp_path / "m").rglob("*.bin"))
    loaded = TopicModel.load(tmp_path / "m")
    new, _ = corpus(seed=9)  # unseen documents from the same topics
    emb = np.stack([u.embedding for u in new if u.embedding is not None])
    langs = [u.lang for u in new if u.embedding is not None]
    a1, s1 = model.assign(emb, langs)
    a2, s2 = loaded.assign(emb, langs)
    assert (a1 == a2).all() and np.allclose(s1, s2)
    # the one assignment rule reproduces the fit on its own training documents
    assert rep.refit_agreement >= 0.9
    # BERTopic's own loader reads the saved safetensors with our topic embeddings
    bt = loaded.load_bertopic(tmp_path / "m")
    offset = 1 if -1 in bt.get_topics() else 0
    for row, t in enumerate(loaded.topic_ids):
        assert np.allclose(
            bt.topic_embeddings_[t + offset], loaded.topic_embeddings[row], atol=1e-5
        )


def test_load_rejects_a_directory_that_is_no_model(tmp_path: Path) -> None:
    from textinsight.errors import ModelError

    with pytest.raises(ModelError):
        TopicModel.load(tmp_path)


def test_online_fit_learns_topics_from_chunks_and_saves_like_the_batch_fit(
    tmp_path: Path,
) -> None:
    from textinsight.topics.online import fit_online

    units, gold = corpus(n_per=60, seed=5)
    order = np.random.default_rng(0).permutation(len(gold))  # a stream mixes topics
    stream = [units[i] for i in order]
    calls = []

    def chunks():  # type: ignore[no-untyped-def]
        calls.append(1)
        return (stream[i : i + 90] for i in range(0, len(stream), 90))

    model, info = fit_online(chunks, n_topics=6, params=FitParams(seed=3))
    assert len(calls) == 3 and info["partial_fit_units"] == len(gold)
    emb = np.stack([u.embedding for u in units[: len(gold)]])
    assigned, _ = model.assign(emb, [u.lang for u in units[: len(gold)]])
    assert adjusted_rand_score(gold, assigned) > 0.8
    model.save(tmp_path / "online")
    again, _ = TopicModel.load(tmp_path / "online").assign(
        emb, [u.lang for u in units[: len(gold)]]
    )
    assert (again == assigned).all()

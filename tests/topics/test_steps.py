"""The fit as named steps (textinsight.topics.steps), the keyword re-ranking as a BERTopic
representation model (textinsight.topics.representation), shared by the batch and online fits."""

from __future__ import annotations

from typing import Any

import numpy as np
import pytest

from tests.topics.test_model import WORDS, corpus
from textinsight.topics.model import FitParams, TopicModel, Unit, fit
from textinsight.topics.steps import BATCH_STEPS, FitReport

VOCAB = sorted({w for ws in WORDS for w in ws} | {"nordlink", "delivery", "levering", "pakke"})


def one_hot_words(words: list[str]) -> np.ndarray:
    """Each known word its own direction; "delivery" a near-copy of "levering" (a translation);
    64 dimensions, as the corpus's vectors."""
    out = np.zeros((len(words), 64), dtype=np.float32)
    for k, w in enumerate(words):
        out[k, VOCAB.index(w) if w in VOCAB else -1] = 1.0
        if w == "delivery":
            out[k] = 0.0
            out[k, VOCAB.index("levering")] = 1.0
            out[k, -1] = 0.05
    return out / np.linalg.norm(out, axis=1, keepdims=True)


@pytest.fixture(scope="module")
def fitted() -> tuple[TopicModel, list[int], FitReport]:
    return fit(corpus()[0], FitParams(seed=1, min_topic_size=15), one_hot_words)


@pytest.mark.slow  # a batch fit: UMAP compiles its numba code first (~15 s CPU)
def test_every_step_runs_once_in_order_and_is_timed(fitted: Any) -> None:
    model, _, report = fitted
    names = [step.__name__ for step in BATCH_STEPS]
    assert list(report.seconds) == names and len(set(names)) == len(names)
    assert all(s >= 0 for s in report.seconds.values())
    assert model.meta["seconds"]["steps"] == report.seconds
    # the breakdowns of topics.json, per value the other way round (model.json per_class)
    assert "per_class" in model.meta


@pytest.mark.slow  # a batch fit: UMAP compiles its numba code first (~15 s CPU)
def test_keywords_are_bertopics_own_representation(fitted: Any) -> None:
    from textinsight.topics.representation import KeywordReranker

    model, _, _ = fitted
    bt = model.bertopic
    assert isinstance(bt.representation_model, KeywordReranker)
    assert bt.representation_model.embeddings_ is None  # the fit's vectors are not kept
    for t in model.topics:
        assert [w for w, _ in bt.get_topic(t["topic"])] == t["keywords"]
        assert model.label(t["topic"]) == t["label"]
    labels = dict(zip(sorted(set(bt.topics_)), bt.custom_labels_, strict=True))
    assert all(labels[t["topic"]] == t["label"] for t in model.topics)


def _frame(docs: dict[int, list[str]]) -> Any:
    import pandas as pd

    rows = [(d, t) for t, ds in docs.items() for d in ds]
    return pd.DataFrame(
        {"Document": [d for d, _ in rows], "Topic": [t for _, t in rows], "ID": range(len(rows))}
    )


def test_reranker_rules_on_candidates() -> None:
    from textinsight.topics.representation import KeywordReranker

    docs = {
        0: ["nordlink levering pakke", "nordlink pakke"],
        1: ["nordlink faktura gebyr"],
        2: ["nordlink app login"],
        -1: ["støj"],
    }
    cands = {
        0: [("nordlink", 0.9), ("levering", 0.5), ("delivery", 0.4), ("pakke", 0.3)],
        1: [("nordlink", 0.9), ("faktura", 0.5), ("gebyr", 0.4)],
        2: [("nordlink", 0.9), ("app", 0.5), ("login", 0.4)],
        -1: [("støj", 0.1)],
    }
    centroids = {
        0: one_hot_words(["pakke"])[0],
        1: one_hot_words(["gebyr"])[0],
        2: one_hot_words(["login"])[0],
    }
    out = (
        KeywordReranker(one_hot_words)
        .use_centroids(centroids)
        .extract_topics(None, _frame(docs), None, cands)
    )
    words = {t: [w for w, _ in v] for t, v in out.items()}
    assert words[-1] == ["støj"]  # the outlier topic keeps its candidates
    assert all("nordlink" not in words[t] for t in (0, 1, 2))  # in every topic: no one's own
    assert words[0][0] == "pakke" and words[1][0] == "gebyr" and words[2][0] == "login"
    assert len({"levering", "delivery"} & set(words[0])) == 1  # a translation counts once
    # without a word encoder: c-TF-IDF's order, the same rules otherwise
    plain = KeywordReranker(None).extract_topics(None, _frame(docs), None, cands)
    assert [w for w, _ in plain[1]] == ["faktura", "gebyr"]


def test_online_fit_uses_the_same_keyword_rules() -> None:
    from textinsight.topics.online import fit_online

    units, _ = corpus(n_per=30, seed=5)
    branded = [Unit(u.doc_id, u.text + " nordlink", u.lang, u.embedding) for u in units]
    stream = [branded[i] for i in np.random.default_rng(0).permutation(len(branded))]
    model, info = fit_online(
        lambda: (stream[i : i + 60] for i in range(0, len(stream), 60)),
        n_topics=6,
        params=FitParams(seed=3),
        encode_words=one_hot_words,
    )
    assert list(info["seconds"]) == [
        "language_means",
        "partial_fit",
        "topic_sums",
        "represent",
        "label",
    ]
    assert model.topics and all(t["keywords"] for t in model.topics)
    # "nordlink" is in every text: the batch rule keeps it out of every topic's keywords
    assert not [t for t in model.topics if "nordlink" in t["keywords"]]
    assert len({t["label"] for t in model.topics}) == len(model.topics)

"""Non-answers and keyword text: the parts of topics that need no model."""

from __future__ import annotations

import pytest

from textinsight.nonanswer import is_non_answer
from textinsight.topics.keywords import lemma_text, rerank, stop_words


@pytest.mark.parametrize(
    "text",
    [
        "Ingen kommentarer",
        "N/A",
        "-",
        "ok",
        "Intet at tilføje.",
        "  ",
        "Inget att tillägga!",
        "ingenting å tilføye",
        "nej tak",
        "No comment 🙂",
        "...",
        "0",
    ],
)
def test_non_answers_are_recognised(text: str) -> None:
    assert is_non_answer(text)


@pytest.mark.parametrize(
    "text",
    [
        "Nej, ventetiden var alt for lang.",
        "ok but it crashes",
        "Ingen svarede i telefonen",
        "Inget fungerar",
    ],
)
def test_real_answers_are_kept(text: str) -> None:
    assert not is_non_answer(text)


def test_lemma_text_drops_stop_words_of_all_four_languages() -> None:
    out = lemma_text("Og så var pakkerne ikke leveret, and the driver att det", "da").split()
    assert not {"og", "så", "var", "ikke", "and", "the", "att", "det"} & set(out)
    assert "levere" in out and "leveret" not in out  # lemmatised
    stops = stop_words()
    assert {"og", "att", "the", "ikke", "inte", "jeg", "jag"} <= stops


def test_rerank_prefers_words_near_the_centroid_and_skips_translations() -> None:
    import numpy as np

    vecs = {
        "delivery": [1.0, 0.0, 0.0],
        "levering": [0.99, 0.14, 0.0],
        "late": [0.6, 0.8, 0.0],
        "banana": [0.0, 0.0, 1.0],
    }

    def embed(words: list[str]) -> np.ndarray:
        m = np.array([vecs[w] for w in words])
        return m / np.linalg.norm(m, axis=1, keepdims=True)

    out = rerank(list(vecs), np.array([0.9, 0.43, 0.0]), embed, top_n=3)
    words = [w for w, _ in out]
    assert words[0] == "levering" and "delivery" not in words  # a near-duplicate is skipped
    assert words.index("late") < words.index("banana")

"""Which texts are stock non-answers: set aside by topics, unlabelled by the label stages."""

from __future__ import annotations

import pytest

from textinsight.nonanswer import is_non_answer, is_unlabelled_answer


@pytest.mark.parametrize(
    "text", ["Ingen kommentarer.", "Inget att tillägga", "Ingenting", "N/A", "-", "...", " ", "nej"]
)
def test_nonanswer_stock_answers_and_bare_marks_get_no_labels(text: str) -> None:
    assert is_non_answer(text) and is_unlabelled_answer(text)


@pytest.mark.parametrize("text", ["ok", "Fine.", "good", "👎", "😡", ":(", "<3", "10"])
def test_nonanswer_ratings_faces_and_numbers_are_left_to_the_models(text: str) -> None:
    """Topics set them aside (no words to cluster), but they rate the service."""
    assert is_non_answer(text) and not is_unlabelled_answer(text)


def test_nonanswer_a_real_comment_is_neither() -> None:
    for text in (
        "Ingen ringede tilbage.",
        "Nothing works in the app",
        "Customer had nothing to add",
    ):
        assert not is_non_answer(text) and not is_unlabelled_answer(text)

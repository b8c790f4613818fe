"""Near-duplicate texts for the checkers of the hand-written sets: a normalised form and
character-trigram Jaccard similarity."""

import re
import unicodedata


def normalise(text: str) -> str:
    """NFKC, lower case, words separated by single spaces (punctuation removed)."""
    text = unicodedata.normalize("NFKC", text).lower()
    text = re.sub(r"[^\w]+", " ", text, flags=re.UNICODE).replace("_", " ")
    return " ".join(text.split())


def trigrams(norm: str) -> set[str]:
    """The character trigrams of a normalised text."""
    return {norm[i : i + 3] for i in range(max(len(norm) - 2, 1))} if norm else set()


def jaccard(a: set[str], b: set[str]) -> float:
    """|a ∩ b| / |a ∪ b| (0 when either is empty)."""
    if not a or not b:
        return 0.0
    inter = len(a & b)
    return inter / len(a | b) if inter else 0.0

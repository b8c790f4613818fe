"""Topic keywords that read like topics in four languages.

Documents are turned into lemma strings per language (``simplemma``) with the stop words of
all four languages removed, so c-TF-IDF never builds a topic from "og", "att" or "the". The
c-TF-IDF candidates of a topic are then re-ranked by how close each word's embedding is to the
topic's centroid (a KeyBERT-style representation that reuses the document embeddings instead
of encoding the documents again), and a word that is a near-translation of one already picked
("levering" after "delivery") is skipped, so a cross-lingual topic gets distinct keywords.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import lru_cache

import numpy as np

_WORD = re.compile(r"[^\W\d_][\w'’-]*[^\W\d_]|[^\W\d_]", re.UNICODE)
LANGS = ("da", "nb", "sv", "en")


@lru_cache(maxsize=1)
def stop_words() -> frozenset[str]:
    """Stop words of da, nb, sv and en (spaCy's lists), plus their lemmas."""
    import simplemma
    import spacy

    words: set[str] = set()
    for lang in LANGS:
        words |= {w.lower() for w in spacy.blank(lang).Defaults.stop_words}
    lemmas = {simplemma.lemmatize(w, lang=lang).lower() for w in words for lang in LANGS}
    # survey filler that carries no topic in any of the languages
    extra = {"ok", "okay", "fx", "osv", "dvs", "bl.a", "f.eks", "t.ex", "etc", "pga", "p.g.a",
             "mm", "nok", "bare", "helt", "godt", "bra", "fint", "just", "get", "got", "really",
             "very", "also", "still", "even", "thing", "things", "lot", "way", "one",
             "ting", "interviewer", "intervjuare", "intervjuer", "informant", "respondent",
             "deltager", "deltaker", "deltagare", "kunde", "kunden", "kund",
             "customer"}  # fmt: skip
    return frozenset(words | lemmas | extra)


def lemma_text(text: str, lang: str) -> str:
    """Space-separated lemmas of the content words of ``text``."""
    import simplemma

    code = lang if lang in LANGS else "en"
    stops = stop_words()
    out = []
    for m in _WORD.finditer(text.lower()):
        w = m.group()
        if len(w) < 3 or w in stops:
            continue
        lemma = simplemma.lemmatize(w, lang=code).lower()
        if len(lemma) >= 3 and lemma not in stops:
            out.append(lemma)
    return " ".join(out)


def rerank(
    candidates: Sequence[str],
    centroid: np.ndarray,
    embed_words: Callable[[list[str]], np.ndarray],
    top_n: int = 10,
    duplicate_cosine: float = 0.92,
) -> list[tuple[str, float]]:
    """The ``top_n`` candidates closest to ``centroid``, skipping near-duplicates."""
    if not candidates:
        return []
    vecs = embed_words(list(candidates))
    sims = vecs @ centroid
    picked: list[int] = []
    for i in np.argsort(-sims, kind="stable"):
        if any(float(vecs[i] @ vecs[j]) >= duplicate_cosine for j in picked):
            continue
        picked.append(int(i))
        if len(picked) == top_n:
            break
    return [(candidates[i], round(float(sims[i]), 4)) for i in picked]


class WordEmbeddings:
    """Embeds single words once per run (keywords repeat across topics)."""

    def __init__(self, encode: Callable[[list[str]], np.ndarray]) -> None:
        self.encode = encode
        self.cache: dict[str, np.ndarray] = {}

    def __call__(self, words: list[str]) -> np.ndarray:
        new = [w for w in dict.fromkeys(words) if w not in self.cache]
        if new:
            for w, v in zip(new, self.encode(new), strict=True):
                self.cache[w] = v
        return np.stack([self.cache[w] for w in words])

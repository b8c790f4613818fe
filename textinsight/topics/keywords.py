"""Topic keywords that read like topics in four languages.

Documents are turned into lemma strings per language (``simplemma``) with the stop words of
all four languages removed, so c-TF-IDF never builds a topic from "og", "att" or "the". The
c-TF-IDF candidates of a topic are then re-ranked by how close each word's embedding is to the
topic's centroid (a KeyBERT-style representation that reuses the document embeddings instead
of encoding the documents again), and a word that is a near-translation of one already picked
("levering" after "delivery") is skipped, so a cross-lingual topic gets distinct keywords.

Labels follow rules a reader relies on (each with a unit test): ``@handles`` and URLs never
reach the keyword text; a hashtag is split into its words (``#DoubleCharge`` → "double
charge", ``#dobbeltbetaling`` → "dobbelt betaling" when both parts are known words); a word
spread over most topics (a brand name in every post) is not distinctive and stays out; word
forms of one stem ("faktura", "fakturan") count once; and no two topics share a label.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence

import numpy as np

from .. import lang as langpacks

_WORD = re.compile(r"[^\W\d_][\w'’-]*[^\W\d_]|[^\W\d_]", re.UNICODE)
_HANDLE_OR_URL = re.compile(r"(?<![\w@])@\w+|\bhttps?://\S+|\bwww\.\S+", re.UNICODE)
_HASHTAG = re.compile(r"(?<![\w#])#(\w+)", re.UNICODE)
_CAMEL = re.compile(r"(?<=[a-zæøåäö])(?=[A-ZÆØÅÄÖ])|(?<=[A-ZÆØÅÄÖ])(?=[A-ZÆØÅÄÖ][a-zæøåäö])")


@langpacks.cached
def _simplemma_codes() -> tuple[str, ...]:
    """simplemma's codes of the language packs (base languages), in pack order."""
    codes = (p.simplemma for p in langpacks.packs().values() if not p.variant_of)
    return tuple(dict.fromkeys(c for c in codes if c))


def _known(word: str, langs: Sequence[str]) -> bool:
    import simplemma

    return any(simplemma.is_known(word, lang=lang) for lang in langs)


def split_compound(word: str, lang: str = "en") -> list[str]:
    """A lower-case hashtag word as its parts when it is not a known word but two known words
    of at least 3 letters each are (a Nordic linking "s" or "e" allowed between them); else
    ``[word]``. The text's language is tried first, then the other three."""
    langs = _simplemma_codes()
    order = [lang, *[x for x in langs if x != lang]] if lang in langs else list(langs)
    if len(word) < 6 or _known(word, order):
        return [word]
    best: list[str] | None = None
    for i in range(3, len(word) - 2):
        head, tail = word[:i], word[i:]
        for link in ("", "s", "e"):
            if link and not (tail.startswith(link) and len(tail) - len(link) >= 3):
                continue
            rest = tail[len(link) :]
            if _known(head, order) and _known(rest, order):
                cand = [head, rest]
                if best is None or min(map(len, cand)) > min(map(len, best)):
                    best = cand
    return best or [word]


def split_hashtag(tag: str, lang: str = "en") -> str:
    """``#DoubleCharge`` → "Double Charge"; ``#dobbeltbetaling`` → "dobbelt betaling"; the
    '#' always goes."""
    tag = tag.lstrip("#")
    parts = [p for chunk in tag.split("_") for p in _CAMEL.split(chunk) if p]
    out: list[str] = []
    for p in parts:
        out.extend(split_compound(p, lang) if p.islower() else [p])
    return " ".join(out)


def keyword_source(text: str, lang: str = "en") -> str:
    """The text keywords are taken from: no @handles, no URLs, hashtags split into words."""
    text = _HANDLE_OR_URL.sub(" ", text)
    return _HASHTAG.sub(lambda m: split_hashtag(m.group(1), lang), text)


@langpacks.cached
def stop_words() -> frozenset[str]:
    """Stop words of every language pack (spaCy's lists), plus their lemmas, plus each pack's
    survey filler (``stop_words``: words that carry no topic in any of the languages)."""
    import simplemma
    import spacy

    words: set[str] = set()
    for code in dict.fromkeys(p.spacy for p in langpacks.packs().values()):
        words |= {w.lower() for w in spacy.blank(code).Defaults.stop_words}
    codes = _simplemma_codes()
    lemmas = {simplemma.lemmatize(w, lang=code).lower() for w in words for code in codes}
    return frozenset(words | lemmas | set(langpacks.union("stop_words")))


def lemma_text(text: str, lang: str) -> str:
    """Space-separated lemmas of the content words of ``text``."""
    import simplemma

    code = lang if lang in _simplemma_codes() else "en"
    stops = stop_words()
    out = []
    for m in _WORD.finditer(keyword_source(text, code).lower()):
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
    duplicate_embed: Callable[[list[str]], np.ndarray] | None = None,
) -> list[tuple[str, float]]:
    """The ``top_n`` candidates closest to ``centroid``, skipping near-duplicates: a word whose
    vector (from ``duplicate_embed``, default ``embed_words``) has a cosine of at least
    ``duplicate_cosine`` with one already picked. With e5-small's raw word vectors, 0.92
    separates translations (technician/tekniker 0.94, betaling/payment 0.95, pris/price 0.92)
    from related words (app/login 0.88, router/box 0.86); faktura/invoice (0.875) it misses."""
    if not candidates:
        return []
    vecs = embed_words(list(candidates))
    dup = vecs if duplicate_embed is None else duplicate_embed(list(candidates))
    sims = vecs @ centroid
    picked: list[int] = []
    for i in np.argsort(-sims, kind="stable"):
        if any(float(dup[i] @ dup[j]) >= duplicate_cosine for j in picked):
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


def same_stem(a: str, b: str) -> bool:
    """Two forms of one word across the four languages ("faktura" / "fakturan", "betaling" /
    "betalning", "invoice" / "invoices", "ruter" / "router"): a common start of at least four
    letters and a spelling similarity of at least 0.75 (difflib's ratio), or a similarity of
    at least 0.85 between words of five letters or more."""
    from difflib import SequenceMatcher

    if a == b:
        return True
    prefix = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        prefix += 1
    ratio = SequenceMatcher(None, a, b).ratio()
    return (prefix >= 4 and ratio >= 0.75) or (min(len(a), len(b)) >= 5 and ratio >= 0.85)


def dedupe_keywords(words: Sequence[str]) -> list[str]:
    """``words`` in order, each dropped when it is a form of one already kept."""
    kept: list[str] = []
    for w in words:
        if not any(same_stem(w, k) for k in kept):
            kept.append(w)
    return kept


def widespread_words(
    topic_docs: Sequence[Sequence[str]],
    share: float = 0.5,
    min_df: float = 0.1,
    min_topics: int = 3,
) -> set[str]:
    """Words that are no topic's own: found in at least ``min_df`` of the documents of at
    least ``share`` of the topics (and of ``min_topics``). A brand or a handle in every post
    is such a word; a brand that only one topic is about is not.

    ``topic_docs``: per topic, its documents as keyword strings (space-separated words)."""
    if len(topic_docs) < min_topics:
        return set()
    counts: Counter[str] = Counter()
    for docs in topic_docs:
        if not docs:
            continue
        df = Counter(w for d in docs for w in set(d.split()))
        counts.update(w for w, n in df.items() if n / len(docs) >= min_df)
    need = max(min_topics, share * len(topic_docs))
    return {w for w, n in counts.items() if n >= need}


def unique_labels(
    keywords: Sequence[Sequence[str]], n: int = 3, fallback: Sequence[str] | None = None
) -> list[str]:
    """One label per topic: its first ``n`` keywords joined by " · ", made unique. While two
    topics have the same set of label words, each of them takes its next keyword that the
    other's label lacks; a topic with no keyword left gets its ``fallback`` name (default
    "topic K")."""
    names = list(fallback) if fallback is not None else [f"topic {k}" for k in range(len(keywords))]
    picked = [list(kw[:n]) for kw in keywords]
    nxt = [min(n, len(kw)) for kw in keywords]
    for _ in range(max((len(kw) for kw in keywords), default=0) + 1):
        groups: dict[frozenset[str], list[int]] = {}
        for k, words in enumerate(picked):
            groups.setdefault(frozenset(words), []).append(k)
        clashes = [g for g in groups.values() if len(g) > 1]
        if not clashes:
            break
        for g in clashes:
            for k in g:
                others = {w for j in g if j != k for w in picked[j]}
                while nxt[k] < len(keywords[k]) and keywords[k][nxt[k]] in set(picked[k]) | others:
                    nxt[k] += 1
                if nxt[k] < len(keywords[k]):
                    picked[k].append(keywords[k][nxt[k]])
                    nxt[k] += 1
    labels = [" · ".join(words) if words else names[k] for k, words in enumerate(picked)]
    seen: set[frozenset[str]] = set()
    for k, words in enumerate(picked):  # still equal (no keyword left): the topic's own name
        key = frozenset(words) if words else frozenset([labels[k]])
        if key in seen:
            labels[k] = f"{labels[k]} ({names[k]})"
        seen.add(key)
    return labels

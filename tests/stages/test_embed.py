"""The embed stage: identical texts are encoded once, in a batch and across batches."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from textinsight.stages.embed import Embedder
from textinsight.types import Document, Segment


class CountingEncoder:
    """A fake encoder: a vector per text from its hash, and a count of what it was given."""

    def __init__(self, two_views: bool = True) -> None:
        self.seen: list[str] = []
        self.two_views = two_views

    def encode_views(self, texts: Sequence[str]) -> tuple[np.ndarray, np.ndarray]:
        self.seen.extend(texts)
        g = np.stack([np.random.default_rng(abs(hash(t.strip()))).normal(size=8) for t in texts])
        g = (g / np.linalg.norm(g, axis=1, keepdims=True)).astype(np.float32)
        return (g, -g) if self.two_views else (g, g)


def _doc(i: int, *parts: str) -> Document:
    text = " ".join(parts)
    segs, a = [], 0
    for p in parts:
        segs.append(Segment(a, a + len(p)))
        a += len(p) + 1
    return Document(str(i), text, segments=segs)


def test_identical_texts_are_encoded_once_per_batch_and_across_batches() -> None:
    enc = CountingEncoder()
    stage = Embedder(enc, cache_entries=100)  # type: ignore[arg-type]
    first = [_doc(0, "Nej"), _doc(1, "ok"), _doc(2, "Nej"), _doc(3, "N/A", "Nej", "ok")]
    stage(first)
    assert sorted(enc.seen) == ["N/A", "Nej", "ok"]  # 6 segments, 3 distinct texts
    second = [_doc(4, "ok"), _doc(5, "Nej", "a re-post about the bill"), _doc(6, "N/A")]
    stage(second)
    assert enc.seen[3:] == ["a re-post about the bill"]  # only the new text
    # every copy got its own text's vectors, in both views
    want = CountingEncoder().encode_views(["Nej", "ok"])
    # (close, not bit-equal: numpy's row norms may differ in the last bit with the row's
    # place in the batch; other texts' vectors are nowhere near)
    for doc in (first[0], first[2], second[1]):
        np.testing.assert_allclose(doc.segment_embeddings[0], want[0][0], atol=1e-6)
        np.testing.assert_allclose(doc.segment_label_embeddings[0], want[1][0], atol=1e-6)
    np.testing.assert_allclose(first[1].embedding, want[0][1], atol=1e-6)
    assert not np.array_equal(first[3].embedding, first[3].label_embedding)


def test_the_key_is_the_trimmed_exact_text() -> None:
    enc = CountingEncoder()
    stage = Embedder(enc, cache_entries=100)  # type: ignore[arg-type]
    g, _ = stage.predict(["Nej", " Nej\n", "nej", "Nej!"])
    assert enc.seen == ["Nej", "nej", "Nej!"]  # case and punctuation are other texts
    np.testing.assert_array_equal(g[0], g[1])


def test_the_cache_is_bounded_and_can_be_off() -> None:
    enc = CountingEncoder(two_views=False)
    stage = Embedder(enc, cache_entries=2)  # type: ignore[arg-type]
    general, label = stage.predict(["a", "b", "c"])
    assert label is general  # one view stays one array
    assert len(stage._cache) == 2
    stage.predict(["a"])  # evicted (least recently used): encoded again
    assert enc.seen == ["a", "b", "c", "a"]
    off = Embedder(enc, cache_entries=0)  # type: ignore[arg-type]
    off.predict(["z", "z"])
    off.predict(["z"])
    assert enc.seen[4:] == ["z", "z"] and not off._cache

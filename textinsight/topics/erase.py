"""Language erasure: topic vectors that do not say which language (or genre) a text is in.

multilingual-e5 puts a Danish complaint nearer to other Danish texts than to the same
complaint in English, so clusters split by language. Three ways to remove that, in order of
strength, all fitted on the pipeline's own vectors at fit time and saved with the model, so
``assign`` applies the same map to new documents:

- ``mean``: subtract each language's mean vector (needs the language at transform time; the
  detected language is always there).
- ``leace``: LEAst-squares Concept Erasure (Belrose et al., 2023). Whiten the vectors
  (``W = Σ^-1/2``), take the span of the whitened cross-covariance between vectors and the
  one-hot concept (the class-conditional mean differences), project it out and un-whiten:
  ``r(x) = x - W⁺ P W (x - μ)``. Afterwards no linear classifier predicts the concept better
  than a constant, and it is the smallest such change in the least-squares sense. It needs no
  label at transform time (one linear map).
- ``inlp``: Iterative Null-space Projection (Ravfogel et al., 2020). Train a linear classifier
  for the concept, project its weight vectors out, repeat ``iterations`` times; removes
  directions that *separate* the classes, not only their mean differences.

Steps combine: ``mean+inlp`` centres first and then removes what still predicts the language.
A linear step is kept in low-rank form ``(x - μ) - (x - μ) V Uᵀ`` (``U``, ``V``: d × r):
centred on the fit's mean as the mean step centres, because the common direction of e5's
vectors otherwise dominates every cosine.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

import numpy as np

# ("mean+leace" is no method: after the mean step the class means are equal and LEACE has
# nothing left to remove)
METHODS = ("none", "mean", "leace", "inlp", "mean+inlp")
MIN_CLASS = 5  # a class with fewer members gets no mean of its own and no column in Z


@dataclass
class Eraser:
    """A fitted erasure; ``transform`` maps raw vectors to erased ones (not normalised)."""

    method: str = "none"
    lang_means: dict[str, np.ndarray] = field(default_factory=dict)
    global_mean: np.ndarray | None = None
    mu: np.ndarray | None = None  # centre of the linear map
    u: np.ndarray | None = None  # d x r
    v: np.ndarray | None = None  # d x r

    @property
    def rank(self) -> int:
        """How many directions the linear map removes."""
        return 0 if self.u is None else int(self.u.shape[1])

    def center(self, x: np.ndarray, langs: Sequence[str]) -> np.ndarray:
        """The mean step alone (a copy)."""
        x = np.asarray(x, dtype=np.float32).copy()
        if self.lang_means:
            fallback = self.global_mean if self.global_mean is not None else 0.0
            for i, lang in enumerate(langs):
                x[i] -= self.lang_means.get(lang, fallback)
        return x

    def transform(self, x: np.ndarray, langs: Sequence[str]) -> np.ndarray:
        """Erased vectors: the mean step (if fitted), then the linear map (if fitted)."""
        x = self.center(x, langs)
        if self.mu is not None:
            x = x - self.mu
        if self.u is not None and self.v is not None:
            x = x - (x @ self.v) @ self.u.T
        return x.astype(np.float32)

    # ---------------------------------------------------------------- persistence
    def tensors(self) -> dict[str, np.ndarray]:
        """Arrays to save (safetensors); the language means are saved by the model."""
        out = {} if self.mu is None else {"eraser.mu": self.mu.astype(np.float32)}
        if self.u is not None and self.v is not None:
            out.update(
                {"eraser.u": self.u.astype(np.float32), "eraser.v": self.v.astype(np.float32)}
            )
        return out

    @classmethod
    def from_tensors(
        cls,
        method: str,
        tensors: Mapping[str, np.ndarray],
        lang_means: dict[str, np.ndarray],
        global_mean: np.ndarray,
    ) -> Eraser:
        """Rebuild what :meth:`tensors` saved."""
        means = lang_means if method.startswith("mean") else {}
        return cls(
            method,
            means,
            global_mean,
            tensors.get("eraser.mu"),
            tensors.get("eraser.u"),
            tensors.get("eraser.v"),
        )


def _one_hot(labels: Sequence[str], min_count: int = MIN_CLASS) -> np.ndarray:
    """n x k one-hot of the classes with at least ``min_count`` members."""
    counts = Counter(labels)
    classes = sorted(c for c, n in counts.items() if n >= min_count)
    if len(classes) < 2:  # one class: nothing that tells classes apart
        return np.zeros((len(labels), 0), dtype=np.float64)
    z = np.zeros((len(labels), len(classes)), dtype=np.float64)
    for i, lab in enumerate(labels):
        if lab in classes:
            z[i, classes.index(lab)] = 1.0
    return z


def leace(
    x: np.ndarray, z: np.ndarray, tol: float = 1e-6
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """LEACE in closed form: ``(mu, U, V)`` with ``r(x) = x - (x - mu) V Uᵀ``.

    ``W = Σ^-1/2`` (pseudo-inverse on the eigenvalues above ``tol`` × the largest), ``Q`` an
    orthonormal basis of ``W Σ_xz``; ``W⁺ Q Qᵀ W = U Vᵀ`` with ``U = W⁺ Q``, ``V = W Q``.
    """
    x = np.asarray(x, dtype=np.float64)
    mu = x.mean(0)
    xc = x - mu
    n = len(x)
    sigma = xc.T @ xc / n
    vals, vecs = np.linalg.eigh(sigma)
    keep = vals > tol * vals.max()
    root = np.sqrt(vals[keep])
    w = (vecs[:, keep] / root) @ vecs[:, keep].T  # Σ^-1/2
    w_inv = (vecs[:, keep] * root) @ vecs[:, keep].T  # Σ^1/2
    sigma_xz = xc.T @ (z - z.mean(0)) / n  # d x k
    q, s, _ = np.linalg.svd(w @ sigma_xz, full_matrices=False)
    q = q[:, s > max(tol * float(s.max(initial=0.0)), 1e-6)]  # whitened: noise is ~1e-9
    return mu, w_inv @ q, w @ q


def inlp(
    x: np.ndarray,
    labels: Sequence[str],
    iterations: int = 8,
    seed: int = 0,
    c: float = 1.0,
    margin: float = 0.02,
) -> tuple[np.ndarray, np.ndarray]:
    """INLP: ``(mu, B)`` with ``B`` (d x r) orthonormal; ``r(x) = x - (x - mu) B Bᵀ``.

    Each iteration fits a multinomial logistic regression (L2, ``C=c``) for ``labels`` on a
    seeded 70 % of the vectors with the directions found so far removed, and adds its weight
    vectors, until ``iterations`` or until the classifier predicts the held-out 30 % no better
    than the majority class plus ``margin`` (the language is then gone; more directions would
    only remove topic content the classifier overfits to).
    """
    from sklearn.linear_model import LogisticRegression

    x = np.asarray(x, dtype=np.float64)
    mu = x.mean(0)
    xc = x - mu
    y = np.asarray(labels)
    basis = np.zeros((x.shape[1], 0))
    if len(set(labels)) < 2:
        return mu, basis
    order = np.random.default_rng(seed).permutation(len(x))
    train, test = order[: int(0.7 * len(x))], order[int(0.7 * len(x)) :]
    majority = Counter(y[test].tolist()).most_common(1)[0][1] / max(len(test), 1)
    for _ in range(iterations):
        xp = xc - (xc @ basis) @ basis.T
        scale = float(np.sqrt((xp**2).sum(1).mean())) or 1.0
        clf = LogisticRegression(C=c, max_iter=500, random_state=seed)
        clf.fit(xp[train] / scale, y[train])
        if len(test) and clf.score(xp[test] / scale, y[test]) <= majority + margin:
            break
        clf.fit(xp / scale, y)
        w = clf.coef_.T  # d x k (k = 1 for two classes)
        w = w - basis @ (basis.T @ w)
        q, s, _ = np.linalg.svd(w, full_matrices=False)
        q = q[:, s > 1e-8 * max(float(s.max(initial=0.0)), 1e-30)]
        if q.shape[1] == 0:
            break
        basis = np.linalg.qr(np.hstack([basis, q]))[0]
    return mu, basis


def erase_language(
    vectors: np.ndarray,
    langs: Sequence[str],
    method: str = "mean",
    iterations: int = 8,
    seed: int = 0,
    extra: Mapping[str, Sequence[str]] | None = None,
) -> Eraser:
    """Fit an :class:`Eraser` of the language (and of any ``extra`` concept, e.g. a genre) on
    ``vectors`` (n x d, the pipeline's own), by ``method`` (one of :data:`METHODS`).

    The mean step is per language only (it needs the class at transform time); the linear
    step erases the language and every ``extra`` concept together (their one-hots side by
    side for LEACE; the joint class for INLP).
    """
    if method not in METHODS:
        raise ValueError(f"language erasure {method!r}: one of {', '.join(METHODS)}")
    x = np.asarray(vectors, dtype=np.float32)
    global_mean = x.mean(0)
    eraser = Eraser(method, {}, global_mean)
    if method == "none":
        return eraser
    if method.startswith("mean"):
        for lang in sorted(set(langs)):
            idx = [k for k, v in enumerate(langs) if v == lang]
            eraser.lang_means[lang] = x[idx].mean(0) if len(idx) >= MIN_CLASS else global_mean
        x = eraser.center(x, langs)
    step = method.split("+")[-1]
    concepts = [list(langs), *[list(v) for v in (extra or {}).values()]]
    if step in ("leace", "inlp"):
        eraser.mu = x.mean(0).astype(np.float32)
    u = v = None
    if step == "leace":
        z = np.hstack([_one_hot(c) for c in concepts])
        if z.shape[1] >= 2:
            _, u, v = leace(x, z)
    elif step == "inlp":
        joint = ["|".join(t) for t in zip(*concepts, strict=True)]
        counts = Counter(joint)
        keep = [i for i, j in enumerate(joint) if counts[j] >= MIN_CLASS]
        _, u = inlp(x[keep], [joint[i] for i in keep], iterations, seed)
        v = u
    if u is not None and v is not None and u.shape[1]:
        eraser.u, eraser.v = u.astype(np.float32), v.astype(np.float32)
    return eraser


def balanced_neighbours(
    x: np.ndarray,
    langs: Sequence[str],
    k: int,
    block: int = 512,
) -> tuple[np.ndarray, np.ndarray] | None:
    """A k-nearest-neighbour graph with every language's share of each text's neighbours fixed.

    Even with the language erased, a text's nearest neighbours are mostly in its own language,
    so UMAP's graph (and the clusters on it) still leans toward language. Here each text gets
    itself plus its nearest ``(k - 1) / L`` texts *of each* of the ``L`` languages (by cosine
    distance on unit vectors ``x``), the cross-lingual analogue of CSLS's local scaling. A
    topic that exists in one language only still forms: its far neighbours elsewhere are
    weak edges in UMAP's fuzzy graph. Returns ``(indices, distances)`` (n x k, self first) for
    UMAP's ``precomputed_knn``, or None with fewer than two languages of ``MIN_CLASS`` texts.
    """
    counts = Counter(langs)
    groups = sorted(c for c, m in counts.items() if m >= max(MIN_CLASS, k))
    if len(groups) < 2:
        return None
    rest = [i for i, lang in enumerate(langs) if lang not in groups]
    lists = [[i for i, lang in enumerate(langs) if lang == g] for g in groups]
    if len(rest) >= k:
        lists.append(rest)
    else:  # a few texts in other languages: candidates among the biggest language's
        max(lists, key=len).extend(rest)
    members = [np.array(sorted(m)) for m in lists]
    share = [(k - 1) // len(members) + (j < (k - 1) % len(members)) for j in range(len(members))]
    n = len(x)
    idx = np.zeros((n, k), dtype=np.int64)
    dist = np.zeros((n, k), dtype=np.float32)
    xf = np.asarray(x, dtype=np.float32)
    for start in range(0, n, block):
        rows = np.arange(start, min(n, start + block))
        d = 1.0 - xf[rows] @ xf.T
        d[np.arange(len(rows)), rows] = np.inf  # self is added first, below
        cols_i: list[np.ndarray] = [rows[:, None]]
        cols_d: list[np.ndarray] = [np.zeros((len(rows), 1), dtype=np.float32)]
        for m, want in zip(members, share, strict=True):
            s = min(int(want), len(m))
            if s == 0:
                continue
            sub = d[:, m]
            part = (
                np.argpartition(sub, s - 1, axis=1)[:, :s]
                if s < len(m)
                else np.tile(np.arange(len(m)), (len(rows), 1))
            )
            cols_i.append(m[part])
            cols_d.append(np.take_along_axis(sub, part, axis=1))
        ci, cd = np.hstack(cols_i)[:, :k], np.hstack(cols_d)[:, :k]
        order = np.argsort(cd, axis=1, kind="stable")
        idx[rows] = np.take_along_axis(ci, order, axis=1)
        dist[rows] = np.maximum(np.take_along_axis(cd, order, axis=1), 0.0)
    return idx, dist

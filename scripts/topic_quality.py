"""Score topic clustering against labelled texts: ARI, NMI, languages and genres together.

Every configuration clusters the same embeddings (the pipeline's, computed once and cached by
content hash), so a comparison is about language erasure, clustering, keywords and outlier
handling only. Outliers (-1) count as one cluster. Measures:

- ARI / NMI against ``--label`` over the scored rows;
- within language: the mean over languages of the ARI restricted to one language's rows (does
  erasing the language hurt telling topics apart inside a language?);
- largest language share: per topic, the share of its biggest language (size-weighted; 0.25
  is perfect mixing for four languages);
- together: per label, the majority topic of each language (and, with a ``genre`` field, of
  each genre); the share of labels whose languages (genres) all share one non-outlier topic;
- ``--count VALUE``: how many topics the rows labelled VALUE land in (outliers apart).

With ``--seeds 1,2,3`` every configuration is fitted once per seed and the mean (and the
spread, max - min) is printed: on 800 texts one seed moves ARI by several hundredths.

    python scripts/topic_quality.py ../shared/data/clustering/en_banking77_train.jsonl \
        --label intent
    python scripts/topic_quality.py data/topics/crosslingual.jsonl --label situation \
        --erasure none,mean,leace,inlp,mean+inlp --seeds 1,2,3
    python scripts/topic_quality.py tests/data/marketing/social_posts.jsonl --label case \
        --count double_charge --erasure none,mean,leace --seeds 1,2,3 --labels
    python scripts/topic_quality.py tests/data/marketing/genres.jsonl --label case \
        --background tests/data/marketing/social_posts.jsonl --erasure mean,leace --seeds 1,2,3
"""

from __future__ import annotations

import argparse
import hashlib
import json
import time
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

import numpy as np
from sklearn.metrics import adjusted_rand_score, normalized_mutual_info_score

from textinsight.pipeline import Pipeline
from textinsight.settings import Settings
from textinsight.topics.model import FitParams, Unit, fit
from textinsight.types import Document


def embed(
    rows: list[dict], settings: Settings, vectors: str = "general", layer: int | None = None
) -> tuple[np.ndarray, list[str], Pipeline]:
    """Document embeddings (the ``general`` ones topics use, or the ``label`` branch) and
    detected languages, cached under the cache dir. With ``layer`` the general vectors are
    the mean-pooled output of that layer of the plain encoder (torch; 12 is the usual
    vector), through the same segments and document pooling."""
    names = ["validate", "language", "segment", "normalize", "embed"]
    update: dict = {"stages": names}
    if layer is not None:
        update |= {"encoder_backend": "torch", "encoder_tuned": "none"}
    pipe = Pipeline.from_settings(settings.model_copy(update=update))
    if layer is not None:
        pool_layer(pipe.require_encoder("--layer"), layer)
    texts = "\n".join(r["text"] for r in rows)
    if vectors != "general":
        texts += f"\n{vectors}:{settings.encoder_tuned}"
    if layer is not None:
        texts += f"\nlayer:{layer}"
    key = hashlib.sha256(texts.encode()).hexdigest()[:16]
    cache = settings.cache_dir / "embeddings" / f"topics-{key}.npz"
    if cache.exists():
        z = np.load(cache)
        return z["emb"], [str(x) for x in z["lang"]], pipe
    docs = list(pipe.pipe(Document(str(i), r["text"]) for i, r in enumerate(rows)))
    emb = np.stack(
        [d.embedding if vectors == "general" else d.label_embedding for d in docs]
    ).astype(np.float32)
    langs = [d.language.code if d.language else "und" for d in docs]
    cache.parent.mkdir(parents=True, exist_ok=True)
    np.savez(cache, emb=emb, lang=np.array(langs))
    return emb, langs, pipe


def pool_layer(encoder: Any, layer: int) -> None:
    """Make ``encoder`` (a torch :class:`~textinsight.encoder.encoder.Encoder` without a tuned
    branch) pool the output of ``layer`` instead of the last one."""
    import torch

    def pooled(seqs: list[list[int]]) -> list[np.ndarray]:
        with torch.inference_mode():
            ids, mask = encoder.pad(seqs)
            m = mask.unsqueeze(-1).to(torch.float32)
            out = encoder.model(input_ids=ids, attention_mask=mask, output_hidden_states=True)
            h = out.hidden_states[layer].float()
            return [((h * m).sum(1) / m.sum(1)).numpy()]

    encoder.pooled = pooled


def together(
    rows: list[dict], label: str, assign: np.ndarray, by: str = "lang"
) -> dict[str, float]:
    """Per label: the majority topic of each ``by`` group (language or genre); 'together'
    when all agree on a topic that is not the outlier topic."""
    per: dict[str, dict[str, Counter[int]]] = defaultdict(lambda: defaultdict(Counter))
    for r, t in zip(rows, assign, strict=True):
        per[r[label]][r.get(by, "?")][int(t)] += 1
    joined = three = 0
    for groups in per.values():
        majors = Counter(c.most_common(1)[0][0] for c in groups.values())
        top, n = majors.most_common(1)[0]
        joined += n == len(groups) and top != -1
        three += n >= len(groups) - 1 and top != -1
    return {"together": joined / len(per), "all_but_one": three / len(per)}


def cross_lingual(rows: list[dict], label: str, assign: np.ndarray) -> dict[str, float]:
    """The languages of a situation together (kept for callers of the earlier script)."""
    t = together(rows, label, assign)
    return {
        "situations": len({r[label] for r in rows}),
        "all_languages_in_one_topic": round(t["together"], 3),
        "at_least_all_but_one": round(t["all_but_one"], 3),
    }


def purity(gold: list[str], assign: np.ndarray) -> float:
    """Size-weighted share of each topic's majority label (outliers left out)."""
    per: dict[int, Counter[str]] = defaultdict(Counter)
    for g, t in zip(gold, assign, strict=True):
        if t != -1:
            per[int(t)][g] += 1
    n = sum(sum(c.values()) for c in per.values())
    return sum(c.most_common(1)[0][1] for c in per.values()) / max(n, 1)


def scores(rows: list[dict], label: str, assign: np.ndarray, count: str | None) -> dict[str, float]:
    """Every measure of one fit over the scored rows."""
    gold = [r[label] for r in rows]
    out = {
        "ARI": adjusted_rand_score(gold, assign),
        "NMI": normalized_mutual_info_score(gold, assign),
        "purity": purity(gold, assign),
    }
    langs = sorted({r.get("lang", "?") for r in rows})
    if len(langs) > 1:
        per = [
            adjusted_rand_score(
                [g for g, r in zip(gold, rows, strict=True) if r["lang"] == L],
                [a for a, r in zip(assign, rows, strict=True) if r["lang"] == L],
            )
            for L in langs
        ]
        out["within-language ARI"] = float(np.mean(per))
        out["languages together"] = together(rows, label, assign)["together"]
        # how mixed topics are: the biggest language's share (1 / languages is perfect)
        out["largest language share"] = purity([r["lang"] for r in rows], assign)
    if len({r.get("genre") for r in rows}) > 1:
        out["genres together"] = together(rows, label, assign, by="genre")["together"]
    if count is not None:
        hit = [int(a) for a, g in zip(assign, gold, strict=True) if g == count]
        tops = Counter(t for t in hit if t != -1)
        out[f"topics of {count}"] = len(tops)
        out[f"{count} in its biggest topic"] = max(tops.values(), default=0) / max(len(hit), 1)
        out[f"{count} outliers"] = sum(t == -1 for t in hit)
    return out


def configs(spec: str, plain: bool) -> dict[str, dict]:
    """``--erasure`` items: METHOD or METHOD/unbalanced (UMAP's plain neighbour graph)."""
    out: dict[str, dict] = {}
    if plain:
        out["plain BERTopic defaults"] = {"plain": True, "reduce_outliers": False}
    for item in spec.split(","):
        method, _, flag = item.strip().partition("/")
        out[f"erasure {item.strip()}"] = {
            "language_erasure": method,
            "balance_languages": flag != "unbalanced",
        }
    return out


def main() -> None:
    """Fit every configuration (per seed) and print the table."""
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("gold", type=Path)
    ap.add_argument("--label", default="intent")
    ap.add_argument("--seeds", default="42", help="comma-separated seeds; the mean is printed")
    ap.add_argument(
        "--erasure",
        default="mean/unbalanced,mean,leace",
        help="configurations: METHOD[/unbalanced] (none, mean, leace, inlp, "
        "mean+inlp), comma-separated",
    )
    ap.add_argument("--plain", action="store_true", help="also BERTopic's defaults")
    ap.add_argument("--count", help="a label value: how many topics its rows land in")
    ap.add_argument(
        "--background",
        type=Path,
        help="more rows to fit with (those labelled 'background', or all when none is), not scored",
    )
    ap.add_argument("--labels", action="store_true", help="rank keywords; print the labels")
    ap.add_argument(
        "--n-neighbors",
        type=int,
        default=FitParams().n_neighbors,
        help="UMAP's neighbours (textinsight's default: 15)",
    )
    ap.add_argument(
        "--vectors",
        choices=["general", "label"],
        default="general",
        help="cluster the general vectors (what topics use) or the label branch",
    )
    ap.add_argument(
        "--layer",
        type=int,
        default=None,
        help="general vectors from this layer of the plain encoder (torch; e.g. 8, where the "
        "label branch starts)",
    )
    args = ap.parse_args()
    if args.layer is not None and args.vectors != "general":
        ap.error("--layer gives general vectors from the plain encoder: not with --vectors label")

    def read(p: Path) -> list[dict]:
        return [json.loads(x) for x in p.read_text(encoding="utf-8").splitlines() if x.strip()]

    rows = read(args.gold)
    extra: list[dict] = []
    if args.background:
        extra = read(args.background)
        if any(r.get(args.label) == "background" for r in extra):
            extra = [r for r in extra if r.get(args.label) == "background"]
    settings = Settings(progress=False)
    t0 = time.perf_counter()
    emb, langs, pipe = embed(rows + extra, settings, args.vectors, args.layer)
    print(
        f"{len(rows)} texts scored ({len({r[args.label] for r in rows})} labels), "
        f"{len(extra)} background; embeddings {time.perf_counter() - t0:.0f} s"
    )
    encoder = pipe.require_encoder("topic_quality")
    every = rows + extra
    units = [
        Unit(str(i), r["text"], lang, e)
        for i, (r, lang, e) in enumerate(zip(every, langs, emb, strict=True))
    ]
    seeds = [int(s) for s in args.seeds.split(",")]
    for name, kw in configs(args.erasure, args.plain).items():
        runs: list[dict[str, float]] = []
        t0 = time.perf_counter()
        for seed in seeds:
            params = FitParams(seed=seed, n_neighbors=args.n_neighbors, **kw)
            model, assign, rep = fit(units, params, encoder.encode if args.labels else None)
            a = np.array(assign[: len(rows)])
            runs.append({"topics": rep.topics, **scores(rows, args.label, a, args.count)})
        keys = list(runs[0])
        cells = []
        for k in keys:
            vals = [r[k] for r in runs]
            fmt = ".0f" if k.startswith("topics") or k.endswith("outliers") else ".3f"
            spread = f"±{(max(vals) - min(vals)) / 2:{fmt}}" if len(vals) > 1 else ""
            cells.append(f"{k} {np.mean(vals):{fmt}}{spread}")
        print(
            f"{name:<26} "
            + "  ".join(cells)
            + f"  ({(time.perf_counter() - t0) / len(seeds):.0f} s/fit)"
        )
        if args.labels:
            for t in model.topics[:12]:
                print(
                    f"   [{t['topic']:>3}] n={t['size']:<4} {t['label']:<45} "
                    f"{dict(list(t['languages'].items())[:4])}"
                )


if __name__ == "__main__":
    main()

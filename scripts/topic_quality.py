"""Score topic clustering against labelled intents: ARI and NMI, ours vs plain BERTopic.

Both runs use the same embeddings (the pipeline's, computed once and cached by content hash),
so the comparison is about clustering, keywords and outlier handling only. For multilingual
sets it also reports how often a situation's languages share one topic.

    python scripts/topic_quality.py ../shared/data/clustering/en_banking77_train.jsonl \
        --label intent
    python scripts/topic_quality.py data/topics/crosslingual.jsonl --label situation
"""

from __future__ import annotations

import argparse
import hashlib
import json
import time
from collections import Counter, defaultdict
from pathlib import Path

import numpy as np
from sklearn.metrics import adjusted_rand_score, normalized_mutual_info_score

from textinsight.pipeline import Pipeline
from textinsight.settings import Settings
from textinsight.topics.model import FitParams, Unit, fit
from textinsight.types import Document


def embed(rows: list[dict], settings: Settings,
          vectors: str = "general") -> tuple[np.ndarray, list[str], Pipeline]:  # fmt: skip
    """Document embeddings (the ``general`` ones topics use, or the ``label`` branch) and
    detected languages, cached under the cache dir."""
    names = ["validate", "language", "segment", "normalize", "embed"]
    pipe = Pipeline.from_settings(settings.model_copy(update={"stages": names}))
    texts = "\n".join(r["text"] for r in rows)
    if vectors != "general":
        texts += f"\n{vectors}:{settings.encoder_tuned}"
    key = hashlib.sha256(texts.encode()).hexdigest()[:16]
    cache = settings.cache_dir / "embeddings" / f"topics-{key}.npz"
    if cache.exists():
        z = np.load(cache)
        return z["emb"], [str(x) for x in z["lang"]], pipe
    docs = list(pipe.pipe(Document(str(i), r["text"]) for i, r in enumerate(rows)))
    emb = np.stack([d.embedding if vectors == "general" else d.label_embedding
                    for d in docs]).astype(np.float32)  # fmt: skip
    langs = [d.language.code if d.language else "und" for d in docs]
    cache.parent.mkdir(parents=True, exist_ok=True)
    np.savez(cache, emb=emb, lang=np.array(langs))
    return emb, langs, pipe


def cross_lingual(rows: list[dict], label: str, assign: np.ndarray) -> dict[str, float]:
    """Per situation: the majority topic of each language; 'together' when all agree."""
    per: dict[str, dict[str, Counter[int]]] = defaultdict(lambda: defaultdict(Counter))
    for r, t in zip(rows, assign, strict=True):
        per[r[label]][r.get("lang", "?")][int(t)] += 1
    together = three = 0
    for langs in per.values():
        majors = Counter(c.most_common(1)[0][0] for c in langs.values())
        top, n = majors.most_common(1)[0]
        together += n == len(langs) and top != -1
        three += n >= len(langs) - 1 and top != -1
    return {"situations": len(per), "all_languages_in_one_topic": round(together / len(per), 3),
            "at_least_all_but_one": round(three / len(per), 3)}  # fmt: skip


def main() -> None:
    """Run both configurations and print the table."""
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("gold", type=Path)
    ap.add_argument("--label", default="intent")
    ap.add_argument("--seed", type=int, default=42)
    ap.add_argument("--vectors", choices=["general", "label"], default="general",
                    help="cluster the general vectors (what topics use) or the label branch")
    args = ap.parse_args()

    rows = [json.loads(x) for x in args.gold.read_text(encoding="utf-8").splitlines() if x.strip()]
    settings = Settings(progress=False)
    t0 = time.perf_counter()
    emb, langs, pipe = embed(rows, settings, args.vectors)
    print(f"{len(rows)} texts, {len({r[args.label] for r in rows})} labels; embeddings "
          f"{time.perf_counter() - t0:.0f} s")  # fmt: skip
    encoder = pipe.get("embed").encoder  # type: ignore[union-attr]
    units = [Unit(str(i), r["text"], lang, e)
             for i, (r, lang, e) in enumerate(zip(rows, langs, emb, strict=True))]  # fmt: skip
    gold = [r[args.label] for r in rows]
    multi = len({r.get("lang") for r in rows}) > 1
    configs = {
        "plain BERTopic defaults": FitParams(seed=args.seed, plain=True, reduce_outliers=False),
        "textinsight": FitParams(seed=args.seed),
    }
    if multi:  # what language centring is worth
        configs["textinsight, no centring"] = FitParams(seed=args.seed, center_languages=False)
    for name, params in configs.items():
        t0 = time.perf_counter()
        model, assign, rep = fit(units, params, encoder.encode)
        a = np.array(assign)
        line = (f"{name:<25} topics {rep.topics:>4}  outliers {rep.outlier_share_before:6.1%} -> "
                f"{rep.outlier_share_after:6.1%}  ARI {adjusted_rand_score(gold, a):.3f}  "
                f"NMI {normalized_mutual_info_score(gold, a):.3f}  "
                f"({time.perf_counter() - t0:.0f} s)")  # fmt: skip
        print(line)
        if multi:
            print(f"{'':<25} {cross_lingual(rows, args.label, a)}")
        if name == "textinsight":
            for t in model.topics[:8]:
                print(f"   [{t['topic']:>3}] n={t['size']:<4} {t['label']:<40} "
                      f"{dict(list(t['languages'].items())[:4])}")  # fmt: skip


if __name__ == "__main__":
    main()

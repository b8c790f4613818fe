"""Same-polarity word swaps of the project's written training rows (measured, not shipped).

    python scripts/word_swaps.py OUT_DIR
    PYTHONPATH=scripts:. python scripts/finetune_trunk.py ... --extra OUT_DIR   (trunk v6 candidate)

Each positive or negative training row of ``data/cx`` (train split) and of the written sets
``finetune_trunk.EXTRA`` (``split: train``) that holds one of the strong evaluative adjectives
below gets one copy per other word of its group, the word swapped in the same inflection slot
(common gender / neuter / plural-definite) and the label kept. A copy that shares 40 % of an
issue-11 example's words with the same polarity is dropped (the written sets' guard). Writes
``OUT_DIR/<lang>.jsonl`` (ids ``swap<n>-<id>``, ``split: train``); nothing is committed.
Measured in the README's ablation table (trunk v6 and v7 candidates): not shipped.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from textinsight.splits import cx_split  # noqa: E402

GROUPS: dict[str, dict[str, list[tuple[str, ...]]]] = {  # fmt: skip
    "nb": {
        "negative": [
            ("dårlig", "dårlig", "dårlige"),
            ("elendig", "elendig", "elendige"),
            ("forferdelig", "forferdelig", "forferdelige"),
            ("håpløs", "håpløst", "håpløse"),
            ("katastrofal", "katastrofalt", "katastrofale"),
            ("horribel", "horribelt", "horrible"),
            ("grusom", "grusomt", "grusomme"),
            ("skuffende", "skuffende", "skuffende"),
        ],
        "positive": [
            ("bra", "bra", "bra"),
            ("flott", "flott", "flotte"),
            ("fantastisk", "fantastisk", "fantastiske"),
            ("strålende", "strålende", "strålende"),
            ("utmerket", "utmerket", "utmerkede"),
            ("glimrende", "glimrende", "glimrende"),
            ("supert", "supert", "supre"),
            ("knallbra", "knallbra", "knallbra"),
        ],
    },
    "da": {
        "negative": [
            ("dårlig", "dårligt", "dårlige"),
            ("elendig", "elendigt", "elendige"),
            ("forfærdelig", "forfærdeligt", "forfærdelige"),
            ("håbløs", "håbløst", "håbløse"),
            ("katastrofal", "katastrofalt", "katastrofale"),
            ("horribel", "horribelt", "horrible"),
            ("skuffende", "skuffende", "skuffende"),
            ("uacceptabel", "uacceptabelt", "uacceptable"),
        ],
        "positive": [
            ("god", "godt", "gode"),
            ("fantastisk", "fantastisk", "fantastiske"),
            ("fremragende", "fremragende", "fremragende"),
            ("glimrende", "glimrende", "glimrende"),
            ("super", "super", "super"),
            ("fin", "fint", "fine"),
            ("perfekt", "perfekt", "perfekte"),
            ("genial", "genialt", "geniale"),
        ],
    },
    "sv": {
        "negative": [
            ("dålig", "dåligt", "dåliga"),
            ("usel", "uselt", "usla"),
            ("urusel", "uruselt", "urusla"),
            ("värdelös", "värdelöst", "värdelösa"),
            ("katastrofal", "katastrofalt", "katastrofala"),
            ("hemsk", "hemskt", "hemska"),
            ("fruktansvärd", "fruktansvärt", "fruktansvärda"),
            ("kass", "kasst", "kassa"),
            ("oacceptabel", "oacceptabelt", "oacceptabla"),
        ],
        "positive": [
            ("bra", "bra", "bra"),
            ("fantastisk", "fantastiskt", "fantastiska"),
            ("utmärkt", "utmärkt", "utmärkta"),
            ("suverän", "suveränt", "suveräna"),
            ("jättebra", "jättebra", "jättebra"),
            ("grym", "grymt", "grymma"),
            ("toppen", "toppen", "toppen"),
            ("perfekt", "perfekt", "perfekta"),
        ],
    },
    "en": {
        "negative": [
            ("bad",),
            ("terrible",),
            ("awful",),
            ("horrible",),
            ("dreadful",),
            ("abysmal",),
            ("appalling",),
            ("lousy",),
            ("useless",),
            ("disappointing",),
        ],
        "positive": [
            ("great",),
            ("excellent",),
            ("fantastic",),
            ("superb",),
            ("brilliant",),
            ("outstanding",),
            ("amazing",),
            ("wonderful",),
        ],
    },
}


def words(text: str) -> set[str]:
    """The written sets' guard's words (as tests/datasets/test_written_sets.py)."""
    return {w for w in re.findall(r"\w+", text.lower()) if len(w) > 2}


def sources(root: Path) -> list[dict]:
    """The polar training rows of the project's own written sets."""
    from finetune_trunk import EXTRA, read

    rows = [r for p in sorted((root / "data/cx").glob("*.jsonl")) for r in read(p)]
    out = [r for r in rows if cx_split(r["id"]) == "train"]
    for d in EXTRA:
        for p in sorted((root / "data" / d).glob("*.jsonl")):
            if not p.name.startswith("polarity"):
                out += [r for r in read(p) if r.get("split", "train") == "train"]
    return out


def swaps(rows: list[dict], examples: list[tuple[str, str]]) -> dict[str, list[dict]]:
    """Every row's copies, by language (the first group word of a row is swapped)."""
    out: dict[str, list[dict]] = {}
    for r in rows:
        lang, pol = r.get("lang"), r.get("sentiment")
        if lang not in GROUPS or pol not in ("positive", "negative"):
            continue
        group = GROUPS[lang][pol]
        forms = {f.lower(): (i, k) for i, w in enumerate(group) for k, f in enumerate(w)}
        hits = [t for t in re.findall(r"\w+", r["text"]) if t.lower() in forms]
        if not hits:
            continue
        t = hits[0]
        i, k = forms[t.lower()]
        for n, j in enumerate(j for j in range(len(group)) if j != i):
            new = group[j][min(k, len(group[j]) - 1)]
            new = new[0].upper() + new[1:] if t[0].isupper() else new
            text = re.sub(rf"\b{re.escape(t)}\b", new, r["text"], count=1)
            close = any(
                pol == gold and len(words(text) & words(ex)) / len(words(ex)) >= 0.4
                for ex, gold in examples
            )
            if not close:
                out.setdefault(lang, []).append(
                    {**r, "id": f"swap{n}-{r['id']}", "text": text, "split": "train"}
                )
    return out


def main() -> None:
    """Write the swapped rows."""
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("out", type=Path)
    args = ap.parse_args()
    root = Path(__file__).resolve().parents[1]
    sys.path.insert(0, str(root / "scripts"))
    sys.path.insert(0, str(root))
    from tests.test_labels_real import ISSUE_EXAMPLES

    found = swaps(sources(root), list(ISSUE_EXAMPLES))
    args.out.mkdir(parents=True, exist_ok=True)
    for lang, rows in found.items():
        with (args.out / f"{lang}.jsonl").open("w", encoding="utf-8") as f:
            f.writelines(json.dumps(x, ensure_ascii=False) + "\n" for x in rows)
    print({lang: len(v) for lang, v in found.items()})


if __name__ == "__main__":
    main()

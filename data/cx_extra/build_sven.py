#!/usr/bin/env python3
"""Hand-written Swedish (sv) and English (en) CX training texts for textinsight.

Every text in texts_sven.json (next to this file) was written by hand. Each row is a tuple:
    (sentiment, pillars, touchpoints, feedback_type, text)
with short codes that are expanded to the label ids of /work/shared/TAXONOMY.md.
Run:  python3 build_sven.py   -> validates, prints counts, writes sv.jsonl and en.jsonl
Standard library only.
"""

import collections
import os
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # data/, for tools/
from tools.jsonl import read_texts, write_jsonl

HERE = os.path.dirname(os.path.abspath(__file__))

SENT = {"pos": "positive", "neu": "neutral", "neg": "negative", "mix": "mixed"}
PILL = {
    "int": "integrity",
    "res": "resolution",
    "exp": "expectations",
    "tim": "time_effort",
    "per": "personalisation",
    "emp": "empathy",
}
TOUCH = {
    "mkt": "marketing",
    "sal": "sales",
    "onb": "onboarding",
    "web": "website_app",
    "cs": "customer_service",
    "bil": "billing",
    "del": "delivery",
    "prd": "product",
    "sto": "store",
    "rep": "repair_returns",
    "can": "cancellation",
}
FTYPE = {
    "pra": "praise",
    "com": "complaint",
    "sug": "suggestion",
    "que": "question",
    "oth": "other",
}
GENRES = ("survey", "social", "interview")

DATA = {lang: {g: [] for g in GENRES} for lang in ("sv", "en")}
for _r in read_texts(Path(__file__).resolve().parent / "texts_sven.json"):
    DATA[_r["lang"]][_r["genre"]].append(
        (_r["sentiment"], _r["pillars"], _r["touchpoints"], _r["feedback"], _r["text"])
    )

# ================================================================ build, validate, write
MIN_PILLAR = 18
MIN_TOUCH = 12


def expand(lang, genre, idx, row):
    assert isinstance(row, tuple) and len(row) == 5, (lang, genre, idx, row)
    s, p, t, f, text = row
    assert s in SENT, (lang, genre, idx, s)
    assert f in FTYPE, (lang, genre, idx, f)
    pills = p.split()
    touch = t.split()
    for x in pills:
        assert x in PILL, (lang, genre, idx, "bad pillar", x)
    for x in touch:
        assert x in TOUCH, (lang, genre, idx, "bad touchpoint", x)
    assert len(set(pills)) == len(pills) and len(set(touch)) == len(touch), (lang, genre, idx)
    assert text == text.strip() and '"' not in text, (lang, genre, idx, text)
    n_words = len(text.split())
    assert 4 <= n_words <= 150, (lang, genre, idx, n_words, text)
    return {
        "text": text,
        "lang": lang,
        "genre": genre,
        "sentiment": SENT[s],
        "pillars": [PILL[x] for x in pills],
        "touchpoints": [TOUCH[x] for x in touch],
        "feedback_type": FTYPE[f],
    }


def pct(n, total):
    return f"{n:3d} ({100.0 * n / total:4.1f} %)"


def report(lang, recs):
    total = len(recs)
    print(f"\n=== {lang}: {total} records")
    for field, keys in (
        ("genre", GENRES),
        ("sentiment", SENT.values()),
        ("feedback_type", FTYPE.values()),
    ):
        c = collections.Counter(r[field] for r in recs)
        print(f"  {field}: " + ", ".join(f"{k} {pct(c[k], total)}" for k in keys))
    for field, keys in (("pillars", PILL.values()), ("touchpoints", TOUCH.values())):
        c = collections.Counter(x for r in recs for x in r[field])
        print(f"  {field}: " + ", ".join(f"{k} {c[k]}" for k in keys))
        n = collections.Counter(min(len(r[field]), 3) for r in recs)
        print(
            f"  {field} per text: "
            + ", ".join(f"{k if k < 3 else '3+'}: {pct(n[k], total)}" for k in range(4))
        )
    cross = collections.Counter((r["sentiment"], r["feedback_type"]) for r in recs)
    print(
        "  sentiment x feedback: "
        + ", ".join(
            f"{s[:3]}/{f[:3]} {cross[(s, f)]}"
            for s in SENT.values()
            for f in FTYPE.values()
            if cross[(s, f)]
        )
    )


def main():
    seen_prefix = {}
    problems = []
    out = {}
    for lang in ("sv", "en"):
        recs = []
        for genre in GENRES:
            for idx, row in enumerate(DATA[lang][genre]):
                recs.append(expand(lang, genre, idx, row))
        for i, r in enumerate(recs, 1):
            r["id"] = f"cxx-{lang}-{i:04d}"
        for r in recs:
            # consistency between sentiment and feedback type
            if r["feedback_type"] == "praise" and r["sentiment"] == "negative":
                problems.append(f"{r['id']}: praise with negative sentiment")
            if r["feedback_type"] == "complaint" and r["sentiment"] == "positive":
                problems.append(f"{r['id']}: complaint with positive sentiment")
            # duplicates / near-duplicates across both languages
            key = re.sub(r"\s+", " ", r["text"].lower())[:40]
            if key in seen_prefix:
                problems.append(f"{r['id']}: near-duplicate of {seen_prefix[key]}: {key!r}")
            seen_prefix.setdefault(key, r["id"])
        pc = collections.Counter(x for r in recs for x in r["pillars"])
        tc = collections.Counter(x for r in recs for x in r["touchpoints"])
        for k in PILL.values():
            if pc[k] < MIN_PILLAR:
                problems.append(f"{lang}: pillar {k} only {pc[k]} (< {MIN_PILLAR})")
        for k in TOUCH.values():
            if tc[k] < MIN_TOUCH:
                problems.append(f"{lang}: touchpoint {k} only {tc[k]} (< {MIN_TOUCH})")
        out[lang] = recs
        report(lang, recs)
    ids = [r["id"] for recs in out.values() for r in recs]
    assert len(ids) == len(set(ids)), "duplicate ids"
    if problems:
        print("\nVALIDATION PROBLEMS:")
        for p in problems:
            print("  " + p)
    assert not problems, f"{len(problems)} validation problem(s)"
    keys = ("id", "text", "lang", "genre", "sentiment", "pillars", "touchpoints", "feedback_type")
    for lang, recs in out.items():
        path = os.path.join(HERE, f"{lang}.jsonl")
        write_jsonl(path, ({k: r[k] for k in keys} for r in recs))
        print(f"wrote {path} ({len(recs)} records)")


if __name__ == "__main__":
    main()

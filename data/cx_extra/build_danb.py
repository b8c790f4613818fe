#!/usr/bin/env python3
"""Builder for hand-written Danish (da) and Norwegian Bokmal (nb) CX feedback training data.

Each row of texts_danb.json (next to this file) becomes a tuple:
    (genre, sentiment, feedback_type, pillars, touchpoints, text)
genre:        sur = survey, soc = social, int = interview
sentiment:    pos, neu, neg, mix
feedback:     pr = praise, co = complaint, su = suggestion, qu = question, ot = other
pillars:      space separated short ids (see PILLAR), "" = none
touchpoints:  space separated short ids (see TOUCH), "" = none

All texts are written by hand. Standard library only.
Outputs: da.jsonl and nb.jsonl next to this file.
"""

import collections
import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # data/, for tools/
from tools.jsonl import read_texts, write_jsonl

GENRE = {"sur": "survey", "soc": "social", "int": "interview"}
SENT = {"pos": "positive", "neu": "neutral", "neg": "negative", "mix": "mixed"}
FTYPE = {"pr": "praise", "co": "complaint", "su": "suggestion", "qu": "question", "ot": "other"}
PILLAR = {
    "int": "integrity",
    "res": "resolution",
    "exp": "expectations",
    "te": "time_effort",
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

# ---------------------------------------------------------------------------
# (genre, sentiment, feedback_type, pillars, touchpoints, text) per language: texts_danb.json
# ---------------------------------------------------------------------------
_ROWS = read_texts(Path(__file__).resolve().parent / "texts_danb.json")
SETS = {
    lang: [
        (r["genre"], r["sentiment"], r["feedback"], r["pillars"], r["touchpoints"], r["text"])
        for r in _ROWS
        if r["lang"] == lang
    ]
    for lang in ("da", "nb")
}


# ---------------------------------------------------------------------------
# build, validate, write
# ---------------------------------------------------------------------------
CONSISTENT = {
    # feedback type -> sentiments allowed
    "praise": {"positive", "mixed"},
    "complaint": {"negative", "mixed", "neutral"},
    "suggestion": {"neutral", "negative", "mixed", "positive"},
    "question": {"neutral", "negative", "positive", "mixed"},
    "other": {"neutral", "positive", "negative", "mixed"},
}


def build(lang, rows):
    records = []
    for n, row in enumerate(rows, 1):
        assert len(row) == 6, (lang, n, row)
        genre, sent, ftype, pillars, touch, text = row
        assert genre in GENRE, (lang, n, genre)
        assert sent in SENT, (lang, n, sent)
        assert ftype in FTYPE, (lang, n, ftype)
        pl = pillars.split()
        tp = touch.split()
        for p in pl:
            assert p in PILLAR, (lang, n, p)
        for t in tp:
            assert t in TOUCH, (lang, n, t)
        assert len(set(pl)) == len(pl) and len(set(tp)) == len(tp), (lang, n, "duplicate label")
        text = text.strip()
        words = len(text.split())
        assert 4 <= words <= 150, (lang, n, words, text)
        rec = {
            "id": f"cxx-{lang}-{n:04d}",
            "text": text,
            "lang": lang,
            "genre": GENRE[genre],
            "sentiment": SENT[sent],
            "pillars": [PILLAR[p] for p in pl],
            "touchpoints": [TOUCH[t] for t in tp],
            "feedback_type": FTYPE[ftype],
        }
        assert rec["sentiment"] in CONSISTENT[rec["feedback_type"]], (
            lang,
            n,
            rec["sentiment"],
            rec["feedback_type"],
        )
        records.append(rec)
    return records


def validate_all(all_records):
    ids = [r["id"] for r in all_records]
    assert len(ids) == len(set(ids)), "duplicate ids"
    seen = {}
    problems = []
    for r in all_records:
        key = " ".join(r["text"].lower().split())[:40]
        if key in seen:
            problems.append((seen[key], r["id"], key))
        seen[key] = r["id"]
    texts = [" ".join(r["text"].lower().split()) for r in all_records]
    if len(texts) != len(set(texts)):
        problems.append("exact duplicate text")
    assert not problems, problems


def report(lang, recs):
    n = len(recs)
    print(f"=== {lang}: {n:d} records ===")

    def show(title, counter, keys):
        parts = [f"{k}={counter.get(k, 0):d} ({100.0 * counter.get(k, 0) / n:.0f}%)" for k in keys]
        print("  {:<13} {}".format(title + ":", ", ".join(parts)))

    show("genre", collections.Counter(r["genre"] for r in recs), list(GENRE.values()))
    show("sentiment", collections.Counter(r["sentiment"] for r in recs), list(SENT.values()))
    show("feedback", collections.Counter(r["feedback_type"] for r in recs), list(FTYPE.values()))
    show(
        "pillars", collections.Counter(p for r in recs for p in r["pillars"]), list(PILLAR.values())
    )
    show(
        "n_pillars",
        collections.Counter(str(min(len(r["pillars"]), 3)) for r in recs),
        "0 1 2 3".split(),
    )
    show(
        "touchpoints",
        collections.Counter(t for r in recs for t in r["touchpoints"]),
        list(TOUCH.values()),
    )
    show(
        "n_touch",
        collections.Counter(str(min(len(r["touchpoints"]), 3)) for r in recs),
        "0 1 2 3".split(),
    )


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    built = {lang: build(lang, rows) for lang, rows in SETS.items()}
    validate_all([r for recs in built.values() for r in recs])
    for lang, recs in built.items():
        report(lang, recs)
        counts_p = collections.Counter(p for r in recs for p in r["pillars"])
        counts_t = collections.Counter(t for r in recs for t in r["touchpoints"])
        if recs:
            for p in PILLAR.values():
                assert counts_p[p] >= 18, (lang, p, counts_p[p])
            for t in TOUCH.values():
                assert counts_t[t] >= 12, (lang, t, counts_t[t])
    if "--check" in sys.argv:
        return
    for lang, recs in built.items():
        write_jsonl(os.path.join(here, lang + ".jsonl"), recs)
        print(f"wrote {lang}.jsonl ({len(recs):d} records)")


if __name__ == "__main__":
    main()

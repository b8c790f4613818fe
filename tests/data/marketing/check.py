"""Sanity check of the hand-written marketing fixtures (counts, ids, dates, spike week, NPS driver).

Run: .venv/bin/python tests/data/marketing/check.py
"""

import datetime as dt
import json
from collections import Counter
from pathlib import Path

HERE = Path(__file__).parent
LANGS = {"da", "nb", "sv", "en"}
TOUCHPOINTS = {
    "marketing",
    "sales",
    "onboarding",
    "website_app",
    "customer_service",
    "billing",
    "delivery",
    "product",
    "store",
    "repair_returns",
    "cancellation",
}
SENTIMENTS = {"positive", "neutral", "negative", "mixed"}
FIRST, LAST = dt.date(2026, 9, 1), dt.date(2026, 11, 29)
SPIKE = (dt.date(2026, 10, 19), dt.date(2026, 10, 25))


def load(name: str) -> list[dict]:
    with open(HERE / name, encoding="utf-8") as f:
        return [json.loads(line) for line in f]


def week(day: str) -> int:
    return (dt.date.fromisoformat(day) - dt.date(2026, 8, 31)).days // 7


def check_posts() -> None:
    rows = load("social_posts.jsonl")
    assert len(rows) == 300, len(rows)
    assert [r["id"] for r in rows] == [f"sp-{i:03d}" for i in range(1, 301)]
    for r in rows:
        d = dt.date.fromisoformat(r["date"])
        assert FIRST <= d <= LAST, r
        assert r["channel"] in {"x", "facebook", "instagram", "trustpilot"}, r
        assert r["lang"] in LANGS and r["sentiment"] in SENTIMENTS, r
        assert r["case"] in {"double_charge", "background"}, r
        assert r["touchpoints"] and set(r["touchpoints"]) <= TOUCHPOINTS, r
    dc = [r for r in rows if r["case"] == "double_charge"]
    bg = [r for r in rows if r["case"] == "background"]
    assert len(dc) == 60 and len(bg) == 240
    assert all(SPIKE[0] <= dt.date.fromisoformat(r["date"]) <= SPIKE[1] for r in dc)
    per_lang = Counter(r["lang"] for r in dc)
    assert set(per_lang.values()) == {15} and set(per_lang) == LANGS, per_lang
    assert all("billing" in r["touchpoints"] for r in dc)
    bg_weeks = Counter(week(r["date"]) for r in bg)
    bill_weeks = Counter(week(r["date"]) for r in bg if "billing" in r["touchpoints"])
    assert sorted(bg_weeks) == list(range(13)) and max(bill_weeks.values()) <= 1
    all_weeks = Counter(week(r["date"]) for r in rows)
    billing_weeks = Counter(week(r["date"]) for r in rows if "billing" in r["touchpoints"])
    print("social_posts: 300 rows, ids unique and in order, dates in", FIRST, "..", LAST)
    print("  double_charge per language:", dict(sorted(per_lang.items())))
    print("  all double_charge posts within", SPIKE[0], "..", SPIKE[1])
    print("  background per language:", dict(sorted(Counter(r["lang"] for r in bg).items())))
    print("  background sentiment:", dict(Counter(r["sentiment"] for r in bg).most_common()))
    print("  posts per week (week 0 starts 2026-08-31):", [all_weeks[w] for w in range(13)])
    print("  billing posts per week:", [billing_weeks[w] for w in range(13)])
    print("  channels:", dict(Counter(r["channel"] for r in rows).most_common()))


def check_nps() -> None:
    rows = load("nps_survey.jsonl")
    assert len(rows) == 240
    assert [r["id"] for r in rows] == [f"nps-{i:03d}" for i in range(1, 241)]
    for r in rows:
        assert FIRST <= dt.date.fromisoformat(r["date"]) <= LAST, r
        assert r["channel"] == "survey" and isinstance(r["nps"], int) and 0 <= r["nps"] <= 10, r
        assert r["lang"] in LANGS and r["sentiment"] in SENTIMENTS, r
        assert r["touchpoints"] and set(r["touchpoints"]) <= TOUCHPOINTS, r
    assert set(Counter(r["lang"] for r in rows).values()) == {60}
    overall = sum(r["nps"] for r in rows) / len(rows)
    means = {}
    for tp in sorted({t for r in rows for t in r["touchpoints"]}):
        scores = [r["nps"] for r in rows if tp in r["touchpoints"]]
        means[tp] = (len(scores), sum(scores) / len(scores))
    dlv = [r for r in rows if "delivery" in r["touchpoints"]]
    print(f"nps_survey: 240 rows, 60 per language, overall mean NPS {overall:.2f}")
    dlv_langs = dict(sorted(Counter(r["lang"] for r in dlv).items()))
    print("  delivery comments per language:", dlv_langs)
    for tp, (n, m) in sorted(means.items(), key=lambda kv: kv[1][1]):
        print(f"  {tp:17s} n={n:3d} mean={m:.2f}")
    assert means["delivery"][1] <= 3.5 and overall >= 6
    others = [m for tp, (n, m) in means.items() if tp != "delivery" and n >= 5]
    assert means["delivery"][1] + 2 <= min(others), "delivery must be lowest by a wide margin"
    assert 45 <= len(dlv) <= 55


def check_genres() -> None:
    rows = load("genres.jsonl")
    assert len(rows) == 80 and len({r["id"] for r in rows}) == 80
    cells = Counter((r["case"], r["lang"], r["genre"]) for r in rows)
    for case in ("double_charge", "late_router"):
        for lang in LANGS:
            got = tuple(cells[(case, lang, g)] for g in ("tweet", "survey", "interview"))
            assert got == (4, 3, 3), (case, lang, got)
    print("genres: 80 rows; per case x language: 4 tweet, 3 survey, 3 interview")


if __name__ == "__main__":
    check_posts()
    check_nps()
    check_genres()
    print("all checks passed")

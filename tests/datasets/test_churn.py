"""data/churn/build.py: the split rule (25 % test per label, by text, not by position), the
row checks, and the committed sets as the builder describes them."""

from __future__ import annotations

import collections
import importlib.util
import json
import math
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
BUILDER = ROOT / "data" / "churn" / "build.py"


def _builder():  # -> data/churn/build.py as a module
    spec = importlib.util.spec_from_file_location("churn_build", BUILDER)
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    sys.modules["churn_build"] = mod
    spec.loader.exec_module(mod)
    return mod


def _rows(n_risk: int, n_none: int) -> list[dict]:
    risk = [
        {
            "genre": "survey",
            "case": "leaving",
            "label": "at_risk",
            "text": f"I am leaving you, reason number {i}.",
        }
        for i in range(n_risk)
    ]
    none = [
        {
            "genre": "chat",
            "case": "complaint",
            "label": "none",
            "text": f"Slow delivery again, parcel {i}.",
        }
        for i in range(n_none)
    ]
    return risk + none


def test_split_is_a_quarter_of_each_label_and_ignores_row_order():
    build = _builder().build
    rows = _rows(14, 26)
    forward = build("en", rows)
    backward = build("en", list(reversed(rows)))
    for label, n in (("at_risk", 14), ("none", 26)):
        tests = [r for r in forward if r["label"] == label and r["split"] == "test"]
        assert len(tests) == math.ceil(n / 4)
    split_of = {r["text"]: r["split"] for r in forward}
    assert {r["text"]: r["split"] for r in backward} == split_of
    assert [r["id"] for r in forward][:2] == ["churn-en-0001", "churn-en-0002"]


@pytest.mark.parametrize(
    "change, message",
    [
        ({"label": "none"}, "case 'leaving' with label 'none'"),
        ({"genre": "email"}, "genre"),
        ({"text": " padded"}, "stray whitespace"),
        ({"text": "word " * 80 + "end"}, "81 words"),
        ({"extra": 1}, "fields"),
    ],
)
def test_bad_rows_are_refused(change, message):
    rows = _rows(7, 13)
    rows[0] = {**rows[0], **change}
    with pytest.raises(ValueError, match=message):
        _builder().build("en", rows)


def test_at_risk_share_is_enforced():
    with pytest.raises(ValueError, match="at_risk share"):
        _builder().build("en", _rows(3, 17))


def test_duplicates_within_a_language_and_long_ones_across_languages_are_refused():
    mod = _builder()
    da = mod.build("da", _rows(7, 13))
    en = mod.build("en", _rows(7, 13))
    with pytest.raises(ValueError, match="duplicate text"):
        mod.check_duplicates(da + en)  # the same sentences in two languages
    dash = {"genre": "survey", "case": "non_answer", "label": "none", "text": "-"}
    da2 = mod.build("da", _rows(7, 12) + [dash])
    en2 = [
        {**r, "text": r["text"].replace("reason", "cause").replace("Slow", "Late")}
        for r in mod.build("en", _rows(7, 12) + [dash])
    ]
    mod.check_duplicates(da2 + en2)  # "-" may stand in every language
    with pytest.raises(ValueError, match="duplicate text"):
        mod.check_duplicates(da2 + [{**da2[-1], "id": "churn-da-0099"}])


def test_committed_sets_match_the_readme():
    for lang in ("da", "nb", "sv", "en"):
        recs = [
            json.loads(line)
            for line in (ROOT / "data" / "churn" / f"{lang}.jsonl").read_text("utf-8").splitlines()
        ]
        assert [r["id"] for r in recs] == [f"churn-{lang}-{n:04d}" for n in range(1, 161)]
        assert {r["language"] for r in recs} == {lang}
        counts = collections.Counter((r["label"], r["split"]) for r in recs)
        assert counts == {
            ("at_risk", "train"): 42,
            ("at_risk", "test"): 14,
            ("none", "train"): 78,
            ("none", "test"): 26,
        }
        cases_in_test = {r["case"] for r in recs if r["split"] == "test"}
        assert cases_in_test == {r["case"] for r in recs}  # every case is measured

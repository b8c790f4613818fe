"""Facts from records: dates, scores, groups, and the (document, group) rows."""

from __future__ import annotations

import datetime as dt

import pytest

from textinsight.insight.facts import facts, record_date, record_groups, record_score

from .synth import record


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2026-10-19", dt.date(2026, 10, 19)),
        ("2026-10-19T23:10:00+00:00", dt.date(2026, 10, 19)),
        ("2026-10-19 08:00:00", dt.date(2026, 10, 19)),
        ("2026-10-19T08:00:00Z", dt.date(2026, 10, 19)),
        ("19.10.2026", dt.date(2026, 10, 19)),
        (46314, dt.date(2026, 10, 19)),  # an Excel day number
        (1792368000, dt.date(2026, 10, 19)),  # epoch seconds
        (1792368000000, dt.date(2026, 10, 19)),  # epoch milliseconds
        ('"2026-10-19 00:00:00"', dt.date(2026, 10, 19)),  # a JSON-quoted datetime from flatten
    ],
)
def test_facts_record_date_formats(value: object, expected: dt.date) -> None:
    assert record_date({"meta": {"when": value}}, "when") == expected


def test_facts_record_date_prefers_the_record_field_then_default() -> None:
    rec = {"date": "2026-01-02", "meta": {"date": "2026-05-05"}}
    assert record_date(rec) == dt.date(2026, 1, 2)
    assert record_date({"meta": {"date": "not a date"}}, default=dt.date(2026, 3, 1)) == dt.date(
        2026, 3, 1
    )
    assert record_date({"meta": {}}) is None


def test_facts_record_score_numbers_and_strings() -> None:
    assert record_score({"meta": {"nps": 3}}, "nps") == 3.0
    assert record_score({"meta": {"nps": "7,5"}}, "nps") == 7.5
    assert record_score({"meta": {"nps": ""}}, "nps") is None
    assert record_score({"meta": {"nps": True}}, "nps") is None
    # a list or an object in meta is no score (it once raised TypeError: a 500 on a stream post)
    assert record_score({"meta": {"nps": []}}, "nps") is None
    assert record_score({"meta": {"nps": {"v": 3}}}, "nps") is None
    assert record_score({"meta": {"nps": "[1, 2]"}}, "nps") is None
    assert record_score({"meta": {"nps": 3}}, None) is None


def test_facts_record_groups_topic_outlier_and_dedup() -> None:
    rec = record(
        "a",
        dt.date(2026, 1, 5),
        touchpoints=("billing", "billing", "delivery"),
        pillars=("integrity",),
        topic=-1,
    )
    g = record_groups(rec)
    assert g["touchpoint"] == ["billing", "delivery"]
    assert g["topic"] == []
    assert g["language"] == ["da"] and g["channel"] == ["twitter"]
    assert record_groups(record("b", dt.date(2026, 1, 5), topic=4))["topic"] == ["4"]


def test_facts_rows_per_group_plus_all_and_skips_errors_and_undated() -> None:
    day = dt.date(2026, 1, 5)
    recs = [
        record("a", day, label="mixed", touchpoints=("billing", "delivery"), score=3),
        record("b", day, label="positive", touchpoints=("billing",)),
        {**record("c", day), "error": {"code": "empty_text", "message": "x"}},
        {**record("d", day), "meta": {}},
    ]
    f = facts(recs, score_column="nps")
    assert f.attrs["documents"] == 2 and f.attrs["errors"] == 1 and f.attrs["undated"] == 1
    tp = f[f["group_kind"] == "touchpoint"]
    assert sorted(zip(tp["id"], tp["group"], strict=True)) == [
        ("a", "billing"),
        ("a", "delivery"),
        ("b", "billing"),
    ]
    alls = f[f["group_kind"] == "all"].set_index("id")
    assert bool(alls.loc["a", "negative"]) and not bool(alls.loc["b", "negative"])  # mixed counts
    assert alls.loc["a", "score"] == 3.0 and alls["score"].isna().sum() == 1
    assert str(f["day"].dtype) == "datetime64[ns]"


@pytest.mark.parametrize("suffix", [".jsonl", ".csv", ".parquet", ".xlsx"])
def test_facts_read_records_inverts_every_output_format(tmp_path, suffix: str) -> None:
    from textinsight.insight.facts import read_records
    from textinsight.io.writers import write_records

    day = dt.date(2026, 10, 19)
    recs = [
        record(
            "=1+1",
            day,
            label="mixed",
            touchpoints=("billing", "delivery"),
            pillars=("integrity",),
            score=3,
            topic=4,
        ),
        record("b", day, label="positive", touchpoints=(), score=9, topic=-1, channel=None),
        {**record("c", day), "error": {"code": "empty_text", "message": "no text"}},
    ]
    recs[1]["meta"]["when"] = {"nested": [1, 2]}
    out = tmp_path / f"records{suffix}"
    write_records(lambda: iter(recs), str(out))
    back = list(read_records([out]))
    assert [r["id"] for r in back] == ["=1+1", "b", "c"]
    assert back[2]["error"]["code"] == "empty_text" and back[0]["error"] is None
    for r in back[:2]:
        assert record_date(r) == day
    assert record_score(back[0], "nps") == 3.0 and record_score(back[1], "nps") == 9.0
    assert record_groups(back[0]) == record_groups(recs[0])
    assert record_groups(back[1]) == record_groups(recs[1])
    assert back[0]["sentiment"]["label"] == "mixed"
    assert back[0]["sentiment"]["score"] == pytest.approx(-0.2)
    assert back[1]["meta"]["when"] == {"nested": [1, 2]}
    f_back = facts(back, score_column="nps").sort_values(["id", "group_kind", "group"])
    f_orig = facts(recs, score_column="nps").sort_values(["id", "group_kind", "group"])
    assert f_back.reset_index(drop=True).equals(f_orig.reset_index(drop=True))


def test_facts_read_records_folder_of_parquet_parts_and_bad_suffix(tmp_path) -> None:
    from textinsight.errors import UnsupportedFormat
    from textinsight.insight.facts import read_records
    from textinsight.io.writers import write_records

    parts = tmp_path / "parts"
    parts.mkdir()
    day = dt.date(2026, 1, 5)
    for k in range(2):
        write_records(lambda k=k: iter([record(f"r{k}", day)]), str(parts / f"p{k}.parquet"))
    assert [r["id"] for r in read_records([parts])] == ["r0", "r1"]
    (tmp_path / "x.txt").write_text("hi")
    with pytest.raises(UnsupportedFormat, match="x.txt"):
        list(read_records([tmp_path / "x.txt"]))


def test_facts_with_topics_from_assignments(tmp_path) -> None:
    from textinsight.insight.facts import with_topics

    (tmp_path / "assignments.jsonl").write_text(
        '{"id": "a", "topic": 3, "label": "double charge"}\n{"id": "b", "topic": -1}\n'
    )
    recs = [
        record("a", dt.date(2026, 1, 5)),
        record("b", dt.date(2026, 1, 5)),
        record("c", dt.date(2026, 1, 5), topic=7),
    ]
    out = list(with_topics(recs, tmp_path))
    assert [record_groups(r)["topic"] for r in out] == [["3"], [], ["7"]]
    assert out[0]["topic"]["label"] == "double charge"

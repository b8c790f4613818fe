"""The HTML report: one self-contained file (no network), the view embedded unchanged, and
the page rendered in a real headless Chromium without console errors."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from tests.chromium import Chromium, browser_or_skip
from textinsight.cli import app
from textinsight.cli_report import build_report_view
from textinsight.insight.report import plain, plotly_js, write_report

from .marketing import BILLING_PER_WEEK, SPIKE_WEEK, gold_record, rows, write_jsonl

runner = CliRunner()


@pytest.fixture(scope="module")
def social(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The 300 social posts (60 double charges in one week) as a record file."""
    path = tmp_path_factory.mktemp("social") / "social.jsonl"
    return write_jsonl([gold_record(r) for r in rows("social_posts")], path)


@pytest.fixture(scope="module")
def report(social: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[dict[str, Any], Path]:
    """The view of the social posts and its report file."""
    view, _ = build_report_view([social], title="Nordlink social </script><b>posts</b>")
    return view, write_report(view, tmp_path_factory.mktemp("report") / "report.html")


def _embedded(html: str, element_id: str) -> Any:
    m = re.search(rf'<script type="application/json" id="{element_id}">(.*?)</script>', html, re.S)
    assert m, element_id
    return json.loads(m.group(1))


def _outside_scripts(html: str) -> str:
    return re.sub(r"<script\b[^>]*>.*?</script>", "<script></script>", html, flags=re.S)


def test_report_embeds_the_view_unchanged(report: tuple[dict[str, Any], Path]) -> None:
    view, path = report
    html = path.read_text(encoding="utf-8")
    assert _embedded(html, "ti-view") == json.loads(json.dumps(plain(view)))
    assert _embedded(html, "ti-config") == {"mode": "report"}
    billing = [r for r in view["groups"]["touchpoint"] if r["group"] == "billing"]
    assert [r["count"] for r in billing] == BILLING_PER_WEEK
    spike = [
        s for s in view["spikes"] if (s["group_kind"], s["group"]) == ("touchpoint", "billing")
    ]
    assert [s["period_start"] for s in spike] == [SPIKE_WEEK] and spike[0]["examples"]


def test_report_is_self_contained(report: tuple[dict[str, Any], Path]) -> None:
    html = report[1].read_text(encoding="utf-8")
    assert plotly_js().read_text(encoding="utf-8") in html  # plotly inlined, byte for byte
    outside = _outside_scripts(html)
    assert not re.search(r"""(?:src|href|action)\s*=\s*["']?\s*(?:https?:)?//""", outside, re.I)
    assert not re.search(r"<script[^>]*\bsrc=|<link[^>]*stylesheet", outside, re.I)
    csp = re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', html)
    assert csp and "default-src 'none'" in csp.group(1) and "connect-src 'none'" in csp.group(1)
    # the title's markup is text: it neither closes the data block nor becomes a tag
    assert "</script><b>posts" not in html and "&lt;/script&gt;&lt;b&gt;posts" in html


def test_report_json_cannot_break_out_of_its_element(tmp_path: Path) -> None:
    view = {
        "title": "x",
        "period": "week",
        "groups": {},
        "spikes": [],
        "drivers": [],
        "topics": [],
        "languages": {},
        "channels": {},
        "note": "</script><script>alert(1)</script><!-- \u2028 & nan",
        "p": float("nan"),
    }
    html = write_report(view, tmp_path / "r.html").read_text(encoding="utf-8")
    assert "<script>alert(1)" not in html and "<!-- \u2028" not in html
    got = _embedded(html, "ti-view")
    assert got["note"] == view["note"] and got["p"] is None


def test_report_cli_writes_the_spike_and_drivers(tmp_path: Path) -> None:
    nps = write_jsonl([gold_record(r) for r in rows("nps_survey")], tmp_path / "nps.jsonl")
    out = tmp_path / "nps.html"
    res = runner.invoke(
        app, ["report", str(nps), "-o", str(out), "--score-column", "nps", "--period", "month"]
    )
    assert res.exit_code == 0, res.output
    view = _embedded(out.read_text(encoding="utf-8"), "ti-view")
    assert view["period"] == "month" and view["documents"] == 240
    first = min(view["drivers"], key=lambda d: d["rank"])
    assert (first["group_kind"], first["group"]) == ("touchpoint", "delivery")
    assert first["ci_high"] < 0  # the written driver hurts the score, and surely so


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--period", "year"], "--period"),
        (["--score-column", "nope"], "--score-column"),
        (["--date-column", "when"], "--date-column"),
        (["--topics", "missing"], "does not exist"),
    ],
)
def test_report_cli_refuses_bad_options(
    social: Path, tmp_path: Path, args: list[str], message: str
) -> None:
    res = runner.invoke(app, ["report", str(social), "-o", str(tmp_path / "r.html"), *args])
    assert res.exit_code == 2 and message in res.output
    assert not (tmp_path / "r.html").exists()


@pytest.mark.slow  # starts Chromium
def test_report_renders_in_chromium(report: tuple[dict[str, Any], Path], tmp_path: Path) -> None:
    binary = browser_or_skip()
    view, path = report
    with Chromium(binary) as browser:
        browser.goto(path.as_uri())
        browser.wait_for("document.body.getAttribute('data-ready') === '1'")
        traces = browser.evaluate(
            "document.getElementById('ti-volume').data.map(t => ({name: t.name, y: t.y, "
            "meta: t.meta}))"
        )
        billing = [t for t in traces if (t["meta"] or {}).get("group") == "billing"]
        assert billing and billing[0]["y"] == BILLING_PER_WEEK
        spikes = [t for t in traces if (t["meta"] or {}).get("spikes")]
        assert 60 in spikes[0]["y"]
        i = next(k for k, s in enumerate(view["spikes"]) if s["group"] == "billing")
        browser.evaluate(f"document.querySelector('[data-spike=\"{i}\"]').click()")
        shown = int(
            browser.wait_for("document.getElementById('ti-comments').getAttribute('data-loaded')")
        )
        assert shown == len(view["spikes"][i]["examples"]) > 0
        text = browser.evaluate("document.getElementById('ti-comments').innerText")
        assert view["spikes"][i]["examples"][0]["text"][:30] in text
        assert browser.evaluate("document.getElementById('ti-languages').data[0].y.length") == 4
        assert browser.evaluate("document.title") == view["title"]
        browser.drain()
        assert browser.console_errors() == []
        assert {u.split(":", 1)[0] for u in browser.requested_urls()} <= {"file", "data", "blob"}
        browser.screenshot(tmp_path / "report.png", full_page=True)
    assert (tmp_path / "report.png").stat().st_size > 10_000


def test_report_with_a_topics_folder(social: Path, tmp_path: Path) -> None:
    """--topics DIR: topics.json describes the topics, assignments.jsonl gives each record
    its topic, and the report lists the topics with their own example comments."""
    posts = rows("social_posts")
    topics_dir = tmp_path / "topics"
    topics_dir.mkdir()
    cases = {"double_charge": 0, "background": 1}
    described = [
        {
            "topic": 0,
            "label": "charged · twice · refund",
            "size": 60,
            "keywords": ["charged", "twice", "refund"],
        },
        {
            "topic": 1,
            "label": "router · delivery · app",
            "size": 240,
            "keywords": ["router", "delivery", "app"],
        },
    ]
    (topics_dir / "topics.json").write_text(json.dumps(described), encoding="utf-8")
    write_jsonl(
        [
            {
                "id": r["id"],
                "topic": cases[r["case"]],
                "label": described[cases[r["case"]]]["label"],
            }
            for r in posts
        ],
        topics_dir / "assignments.jsonl",
    )
    out = tmp_path / "topics.html"
    res = runner.invoke(app, ["report", str(social), "-o", str(out), "--topics", str(topics_dir)])
    assert res.exit_code == 0, res.output
    view = _embedded(out.read_text(encoding="utf-8"), "ti-view")
    assert [(t["topic"], t["size"]) for t in view["topics"]] == [(0, 60), (1, 240)]
    double = {r["text"] for r in posts if r["case"] == "double_charge"}
    assert view["topics"][0]["examples"]
    assert {e["text"] for e in view["topics"][0]["examples"]} <= double
    weekly = [r["count"] for r in view["groups"]["topic"] if r["group"] == "0"]
    assert sum(weekly) == 60 and max(weekly) == 60
    binary = browser_or_skip()
    with Chromium(binary) as browser:
        browser.goto(out.as_uri())
        browser.wait_for("document.body.getAttribute('data-ready') === '1'")
        cards = browser.evaluate(
            "Array.from(document.querySelectorAll('.ti-topic summary')).map(s => s.textContent)"
        )
        assert cards == ["#0 charged · twice · refund (60)", "#1 router · delivery · app (240)"]
        browser.evaluate(
            "const s = document.getElementById('ti-kind'); s.value = 'topic';"
            "s.dispatchEvent(new Event('change'))"
        )
        names = browser.evaluate("document.getElementById('ti-volume').data.map(t => t.name)")
        assert "0 · charged · twice · refund" in names
        browser.drain()
        assert browser.console_errors() == []

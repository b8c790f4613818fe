"""The README's pictures of the report and the dashboard, made in headless Chromium.

    .venv/bin/python scripts/screenshots.py [--out docs/img]

Writes report.png (the HTML report of the 300 social posts of tests/data/marketing, the
billing spike's comments opened), drivers.png (the report of the 240 NPS survey comments:
drivers of NPS) and dashboard.png (/dashboard on a live service whose stream holds the same
300 posts, after logging in and clicking the spike). The records carry the fixtures' gold
labels (no models run), so the figures are the ones the tests assert. Each PNG is scaled
down to stay under 150 KB.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

LIMIT = 150_000


def _click_spike(browser, group: str = "touchpoint billing") -> None:  # noqa: ANN001
    browser.wait_for("document.body.getAttribute('data-ready') === '1'")
    browser.evaluate(
        "Array.from(document.querySelectorAll('[data-spike]')).find("
        f"b => b.textContent.includes({group!r})).click()"
    )
    browser.wait_for("document.getElementById('ti-comments').getAttribute('data-loaded')")
    browser.evaluate("document.activeElement && document.activeElement.blur()")


def _shoot(browser, path: Path, **kw) -> None:  # noqa: ANN001
    for scale in (0.75, 0.6, 0.5, 0.4):
        browser.screenshot(path, scale=scale, **kw)
        if path.stat().st_size <= LIMIT:
            break
    print(f"{path}: {path.stat().st_size // 1000} KB")


def main() -> None:
    """Make the pictures."""
    from tests.api.live import fill_stream, live_service
    from tests.chromium import Chromium, find_browser
    from tests.insight.marketing import gold_record, rows, write_jsonl
    from textinsight.cli_report import build_report_view
    from textinsight.insight.report import write_report
    from textinsight.service.db import make_engine
    from textinsight.service.keys import KeyStore

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=ROOT / "docs" / "img")
    out = ap.parse_args().out
    out.mkdir(parents=True, exist_ok=True)
    binary = find_browser()
    if binary is None:
        sys.exit("no chromium binary: apt-get install chromium")
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        social = write_jsonl([gold_record(r) for r in rows("social_posts")], tmp / "social.jsonl")
        nps = write_jsonl([gold_record(r) for r in rows("nps_survey")], tmp / "nps.jsonl")
        view, _ = build_report_view([social], title="Nordlink social posts")
        report = write_report(view, tmp / "social.html")
        view, _ = build_report_view([nps], score_column="nps", title="Nordlink NPS survey")
        drivers = write_report(view, tmp / "nps.html")
        with Chromium(binary, width=1280, height=1000) as browser:
            browser.goto(report.as_uri())
            _click_spike(browser)
            _shoot(browser, out / "report.png")
            browser.goto(drivers.as_uri())
            browser.wait_for("document.body.getAttribute('data-ready') === '1'")
            _shoot(browser, out / "drivers.png", selector="#ti-drivers-card")
        with live_service(tmp / "service") as (base, settings, _):
            keys = KeyStore(make_engine(settings))
            fill_stream(base, keys.create("writer", "analyze")[1], "social", "social_posts")
            reader = keys.create("dashboard", "read")[1]
            with Chromium(binary, width=1280, height=1000) as browser:
                browser.goto(f"{base}/dashboard")
                _shoot(browser, out / "login.png", selector=".ti-login")
                browser.evaluate(
                    f"document.querySelector('input[name=api_key]').value = '{reader}'"
                )
                browser.evaluate("document.querySelector('form button').click()")
                _click_spike(browser)
                _shoot(browser, out / "dashboard.png")


if __name__ == "__main__":
    main()

"""/dashboard in a real headless Chromium (Debian's chromium, driven over the DevTools
protocol): log in through the form, the charts draw the stream's known counts, a click on
the spike lists its comments, the console stays free of errors, and every request goes to
the service itself. Skips only when there is no chromium and CI is not set."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.api.live import fill_stream, live_service, run_job
from tests.chromium import Chromium, browser_or_skip
from tests.insight.marketing import BILLING_PER_WEEK, SPIKE_WEEK, rows
from textinsight.service.db import make_engine
from textinsight.service.keys import KeyStore

pytestmark = pytest.mark.slow

VOLUME_TRACES = (
    "document.getElementById('ti-volume').data.map(t => ({y: t.y, x: t.x, meta: t.meta}))"
)


def test_dashboard_browser_login_charts_spike_comments(tmp_path: Path) -> None:
    binary = browser_or_skip()
    double = {r["text"] for r in rows("social_posts") if r["case"] == "double_charge"}
    with live_service(tmp_path / "service") as (base, settings, app):
        keys = KeyStore(make_engine(settings))
        writer = keys.create("writer", "analyze,jobs")[1]
        reader = keys.create("dashboard", "read")[1]
        assert fill_stream(base, writer, "social", "social_posts") == 300
        job = run_job(base, writer, app, "nps_survey")
        with Chromium(binary) as browser:
            browser.goto(f"{base}/dashboard")
            assert browser.evaluate("!!document.querySelector('form input[name=api_key]')")
            browser.evaluate(f"document.querySelector('input[name=api_key]').value = '{reader}'")
            browser.evaluate("document.querySelector('form button[type=submit]').click()")
            browser.wait_for("document.body.getAttribute('data-ready') === '1'")
            assert reader not in browser.evaluate("location.href")
            assert "ti_session" not in browser.evaluate("document.cookie")  # HttpOnly
            assert browser.evaluate("document.getElementById('ti-source').value") == "stream:social"
            # the group-kind tabs are the server's: the view's kinds that have rows, its names
            tabs = browser.evaluate(
                "Array.from(document.querySelectorAll('#ti-kind option'))"
                ".map(o => [o.value, o.textContent])"
            )
            view = browser.evaluate("fetch('/v1/streams/social/view').then(r => r.json())")
            assert tabs == [
                [k["kind"], k["name"]] for k in view["kinds"] if view["groups"][k["kind"]]
            ]
            assert ["touchpoint", "touchpoint"] in tabs and tabs[-1] == ["all", "all documents"]
            traces = browser.evaluate(VOLUME_TRACES)
            billing = next(t for t in traces if (t["meta"] or {}).get("group") == "billing")
            assert billing["y"] == BILLING_PER_WEEK
            spikes = next(t for t in traces if (t["meta"] or {}).get("spikes"))
            assert [x[:10] for x, y in zip(spikes["x"], spikes["y"], strict=True) if y == 60] == [
                SPIKE_WEEK
            ]
            # the spike list: click the billing spike, its comments come from /v1/.../records
            i = browser.evaluate(
                "Array.from(document.querySelectorAll('[data-spike]')).findIndex("
                "b => b.textContent.includes('touchpoint billing'))"
            )
            assert i >= 0
            browser.evaluate(f"document.querySelectorAll('[data-spike]')[{i}].click()")
            shown = int(
                browser.wait_for(
                    "document.getElementById('ti-comments').getAttribute('data-loaded')"
                )
            )
            assert shown == 20  # the route's limit; the week has 60
            texts = browser.evaluate(
                "Array.from(document.querySelectorAll('#ti-comments .ti-text'))"
                ".map(p => p.textContent)"
            )
            assert len(texts) == 20 and set(texts) <= double
            # group by channel: the selector redraws the charts from the same view
            browser.evaluate(
                "const s = document.getElementById('ti-kind'); s.value = 'channel';"
                "s.dispatchEvent(new Event('change'))"
            )
            kinds = browser.evaluate(
                "document.getElementById('ti-volume').data.map(t => t.meta && t.meta.kind)"
            )
            assert "channel" in kinds and "touchpoint" not in kinds
            # a finished job: its view, with drivers of the NPS column
            assert browser.evaluate(
                "Array.from(document.querySelectorAll('#ti-source option'))"
                f".some(o => o.value === 'job:{job}')"
            )
            browser.evaluate(
                f"document.getElementById('ti-source').value = 'job:{job}';"
                "document.getElementById('ti-score').value = 'nps';"
                "document.getElementById('ti-load').click()"
            )
            browser.wait_for(
                "document.body.getAttribute('data-ready') === '1' && "
                f"document.getElementById('ti-title').textContent === 'job {job}'"
            )
            bars = browser.evaluate("document.getElementById('ti-drivers').data[0].y")
            assert bars[-1] == "touchpoint: delivery"  # rank 1 is drawn on top
            browser.drain()
            assert browser.console_errors() == []
            assert all(u.startswith((base, "data:")) for u in browser.requested_urls())
            assert not [r for r in browser.responses() if r[1] >= 400]
            browser.screenshot(tmp_path / "dashboard.png", full_page=True)
    assert (tmp_path / "dashboard.png").stat().st_size > 10_000

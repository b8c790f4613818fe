"""Re-measure issue 16 items 3 and 4: zip bombs, and one tenant stalling the others.

Part 1 (bombs): an XLSX and a DOCX that expand to ``--bomb-mb`` MB are read the way the worker
reads uploads (``read_limited`` with the settings' limits): refused from the zip directory, so
no parsing process starts and this process's peak RSS does not move. Then the same DOCX with
the archive checks loosened (``input_max_compression_ratio`` huge), so that it reaches the
memory-limited child: the child's peak RSS and the outcome are reported.

Part 2 (fairness): an in-process app (httpx ASGI transport, nothing listens on a port) with the
real models. Tenant A keeps sending the worst request allowed (``api_max_documents`` documents
of ``api_max_chars`` characters, in as many sentences as ``max_segments`` allows);
tenant B sends one-line requests one after another. B's latency (p50, max) is reported, and
how A's requests ended (200 or 503 past the budget).

    .venv/bin/python scripts/attack_resources.py [--bomb-mb 1024] [--b-requests 15]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.io.test_archive import MB, docx_bomb, xlsx_bomb  # noqa: E402
from textinsight.errors import InputTooLarge  # noqa: E402
from textinsight.io.archive import ArchiveLimits  # noqa: E402
from textinsight.io.readers import Columns  # noqa: E402
from textinsight.io.sandbox import ParseLimits, read_limited  # noqa: E402
from textinsight.settings import Settings  # noqa: E402


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def bombs(size_mb: int, docx_parse_mb: int) -> list[dict[str, object]]:
    """Each bomb through the worker's reader: outcome, time, peak RSS of parent and child."""
    settings = Settings()
    out = []
    with tempfile.TemporaryDirectory() as tmp:
        t = Path(tmp)
        (t / "x").mkdir()
        (t / "d").mkdir()
        (t / "p").mkdir()
        cases = [
            ("xlsx", xlsx_bomb(t / "x", size_mb * MB), ParseLimits.from_settings(settings)),
            ("docx", docx_bomb(t / "d", size_mb * MB), ParseLimits.from_settings(settings)),
            (
                f"docx {docx_parse_mb} MB XML, archive checks loosened",
                docx_bomb(t / "p", docx_parse_mb * MB),
                ParseLimits(
                    ArchiveLimits(max_ratio=1e9, max_uncompressed_bytes=1 << 40),
                    settings.parse_memory_mb,
                ),
            ),
        ]
        for name, path, limits in cases:
            stats: dict[str, object] = {}
            before, t0 = _peak_mb(), time.perf_counter()
            try:
                n = sum(1 for _ in read_limited(path, Columns(), limits, stats=stats))
                outcome = f"parsed ({n} documents)"
            except InputTooLarge as exc:
                outcome = f"InputTooLarge: {exc}"
            child = stats.get("peak_rss_bytes")
            out.append(
                {
                    "file": name,
                    "compressed_kb": round(path.stat().st_size / 1024),
                    "outcome": outcome[:160],
                    "seconds": round(time.perf_counter() - t0, 2),
                    "parent_peak_rss_mb_before": round(before),
                    "parent_peak_rss_mb_after": round(_peak_mb()),
                    "child_peak_rss_mb": (
                        round(int(child) / MB)  # type: ignore[call-overload]
                        if child
                        else "no child started"
                    ),
                }
            )
            print(json.dumps(out[-1]), flush=True)
    return out


async def fairness(b_requests: int, a_docs: int | None) -> dict[str, object]:
    """Tenant B's one-line latency while tenant A sends the worst request allowed."""
    import httpx

    from api.main import create_app
    from textinsight.service.db import make_engine
    from textinsight.service.keys import KeyStore

    tmp = tempfile.mkdtemp(prefix="attack-")
    settings = Settings(progress=False, data_dir=Path(tmp))
    keys = KeyStore(make_engine(settings))
    ha = {"Authorization": f"Bearer {keys.create('a', 'analyze', 'tenant-a')[1]}"}
    hb = {"Authorization": f"Bearer {keys.create('b', 'analyze', 'tenant-b')[1]}"}
    # as many sentences as max_segments allows (one more and it is analysed at document level)
    sentence = "Ventetiden var alt for lang i dag, ja. "
    reps = min(settings.max_segments, settings.api_max_chars // len(sentence))
    worst = sentence * reps
    worst += "x" * (settings.api_max_chars - len(worst))  # padding: the last sentence grows
    n_docs = a_docs or settings.api_max_documents
    body_a = {"documents": [{"id": str(i), "text": worst} for i in range(n_docs)]}
    body_b = {"documents": [{"id": "b", "text": "Hvor bliver min pakke af?"}]}
    app = create_app(settings)
    a_status: list[int] = []
    b_status: list[int] = []
    lat: list[float] = []
    t_load = time.perf_counter()
    async with app.router.lifespan_context(app):
        load_s = time.perf_counter() - t_load
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(
            transport=transport, base_url="http://127.0.0.1", timeout=600
        ) as c:
            await c.post("/v1/analyze", json=body_b, headers=hb)  # warm-up
            t_alone = []
            for _ in range(3):
                t0 = time.perf_counter()
                await c.post("/v1/analyze", json=body_b, headers=hb)
                t_alone.append(time.perf_counter() - t0)
            stop = asyncio.Event()

            async def tenant_a() -> None:
                while not stop.is_set():
                    res = await c.post("/v1/analyze", json=body_a, headers=ha)
                    a_status.append(res.status_code)

            task = asyncio.create_task(tenant_a())
            await asyncio.sleep(2)  # A's batches are running
            for _ in range(b_requests):
                t0 = time.perf_counter()
                res = await c.post("/v1/analyze", json=body_b, headers=hb)
                lat.append(time.perf_counter() - t0)
                b_status.append(res.status_code)
                await asyncio.sleep(0.5)
            stop.set()
            await task
    return {
        "models_load_s": round(load_s, 1),
        "a_request": f"{n_docs} documents x {len(worst)} characters ({reps} sentences each)",
        "a_statuses": {str(s): a_status.count(s) for s in sorted(set(a_status))},
        "b_alone_p50_s": round(statistics.median(t_alone), 3),
        "b_statuses": {str(x): b_status.count(x) for x in sorted(set(b_status))},
        "b_requests": len(lat),
        "b_p50_s": round(statistics.median(lat), 3),
        "b_max_s": round(max(lat), 3),
        "settings": {
            k: getattr(settings, k)
            for k in (
                "max_segments",
                "api_batch_max_chars",
                "api_batch_max_documents",
                "api_request_budget_seconds",
                "api_max_chars",
                "api_max_documents",
            )
        },
    }


def main() -> None:
    """Run both parts and print JSON."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--bomb-mb", type=int, default=1024, help="Uncompressed size of each bomb.")
    ap.add_argument(
        "--docx-parse-mb",
        type=int,
        default=200,
        help="XML size of the DOCX that reaches the memory-limited child.",
    )
    ap.add_argument("--b-requests", type=int, default=15, help="Tenant B's one-line requests.")
    ap.add_argument(
        "--a-docs",
        type=int,
        default=None,
        help="Documents per tenant-A request (default: api_max_documents).",
    )
    ap.add_argument("--skip-bombs", action="store_true")
    ap.add_argument("--skip-fairness", action="store_true")
    args = ap.parse_args()
    if not args.skip_bombs:
        bombs(args.bomb_mb, args.docx_parse_mb)
    if not args.skip_fairness:
        print(json.dumps(asyncio.run(fairness(args.b_requests, args.a_docs))), flush=True)


if __name__ == "__main__":
    main()

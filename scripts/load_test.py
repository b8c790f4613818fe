"""Load test of POST /v1/analyze: N concurrent clients, one ~30-word survey comment per request.

Loopback only, bounded in time and in requests; it stops by itself.

    # start a server with the real models, make a key, and run 50 clients for 60 s:
    python scripts/load_test.py --start-server --clients 50 --seconds 60
    # or against a running server:
    python scripts/load_test.py --url http://127.0.0.1:8000 --key ti_... --clients 50

Prints one JSON object: requests, errors, throughput (requests/s) and latency p50/p90/p99/max
in milliseconds, plus the server's own batch sizes from /metrics.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import urlparse

import httpx

ROOT = Path(__file__).resolve().parents[1]

OPENINGS = ["Ventetiden hos kundeservice var alt for lang", "The delivery arrived two days late",
            "Personalen i butiken var väldigt trevliga", "Appen logger meg ut hele tiden",
            "I was charged twice for the same order", "Medarbejderen i telefonen var venlig",
            "Leveransen kom i tid och allt fungerade",
            "Fakturaen var høyere enn avtalt"]  # fmt: skip
MIDDLES = ["og jeg måtte ringe tre gange før nogen hjalp mig", "and nobody answered my emails",
           "men det tog lång tid att få svar på mina frågor", "selv om jeg har oppdatert den",
           "which is frustrating after ten years as a customer", "og hun løste problemet hurtigt",
           "vilket gjorde mig mycket nöjd med tjänsten",
           "og ingen kunne forklare hvorfor"]  # fmt: skip
ENDINGS = ["Det må I gøre bedre.", "Please fix this soon.", "Tack för hjälpen!",
           "Jeg vurderer å bytte leverandør.", "Otherwise I am happy with the service.",
           "Tak for en god oplevelse.", "Jag rekommenderar er gärna.", "Dette er ikke greit."]


def comment(rng: random.Random) -> str:
    """A survey comment of about 30 words in one of da / nb / sv / en."""
    return (f"{rng.choice(OPENINGS)}, {rng.choice(MIDDLES)}. {rng.choice(ENDINGS)} "
            f"{rng.choice(OPENINGS).lower()} {rng.choice(MIDDLES)}.")  # fmt: skip


def _loopback(url: str) -> None:
    host = urlparse(url).hostname or ""
    if host not in ("localhost", "::1") and not host.startswith("127."):
        sys.exit(f"refusing {url}: this load test only targets loopback addresses")


async def client_loop(c: httpx.AsyncClient, key: str, seed: int, stop_at: float,
                      budget: list[int], lat: list[float], errors: list[str]) -> None:  # fmt: skip
    rng = random.Random(seed)
    h = {"Authorization": f"Bearer {key}"}
    n = 0
    while time.monotonic() < stop_at and budget[0] > 0:
        budget[0] -= 1
        body = {"documents": [{"id": f"{seed}-{n}", "text": comment(rng)}]}
        n += 1
        t = time.perf_counter()
        try:
            r = await c.post("/v1/analyze", json=body, headers=h)
            ok = r.status_code == 200 and r.json()["documents"][0]["error"] is None
            if not ok:
                errors.append(f"status {r.status_code}")
        except httpx.HTTPError as exc:
            errors.append(type(exc).__name__)
            continue
        lat.append(time.perf_counter() - t)


def pct(xs: list[float], p: float) -> float:
    """The p-th percentile (nearest rank), in milliseconds."""
    if not xs:
        return float("nan")
    s = sorted(xs)
    return round(1000 * s[min(len(s) - 1, max(0, int(round(p / 100 * len(s))) - 1))], 1)


async def run(url: str, key: str, clients: int, seconds: float, max_requests: int,
              warmup: float) -> dict[str, object]:  # fmt: skip
    limits = httpx.Limits(max_connections=clients, max_keepalive_connections=clients)
    async with httpx.AsyncClient(base_url=url, timeout=30, limits=limits) as c:
        if warmup > 0:  # first requests pay for lazy set-up; not counted
            w_lat: list[float] = []
            await asyncio.gather(*[client_loop(c, key, 10_000 + i, time.monotonic() + warmup,
                                               [10**9], w_lat, []) for i in range(clients)])
        lat: list[float] = []
        errors: list[str] = []
        budget = [max_requests]
        t0 = time.monotonic()
        await asyncio.gather(*[client_loop(c, key, i, t0 + seconds, budget, lat, errors)
                               for i in range(clients)])  # fmt: skip
        wall = time.monotonic() - t0
        metrics = (await c.get("/metrics")).text
    batches = [line for line in metrics.splitlines()
               if line.startswith("textinsight_analyze_batch_documents_")]  # fmt: skip
    b_sum = next((float(x.split()[-1]) for x in batches if "_sum" in x), 0.0)
    b_count = next((float(x.split()[-1]) for x in batches if "_count" in x), 0.0)
    return {
        "clients": clients, "seconds": round(wall, 1), "requests": len(lat) + len(errors),
        "errors": len(errors), "error_kinds": sorted(set(errors))[:5],
        "throughput_rps": round(len(lat) / wall, 1),
        "latency_ms": {"p50": pct(lat, 50), "p90": pct(lat, 90), "p99": pct(lat, 99),
                       "max": round(1000 * max(lat), 1) if lat else None},
        "server_mean_batch_documents": round(b_sum / b_count, 1) if b_count else None,
    }  # fmt: skip


def start_server(port: int, data_dir: Path) -> tuple[subprocess.Popen[bytes], str]:
    """`textinsight serve` with the default (real) models on a fresh database; returns a key."""
    env = {**os.environ, "TEXTINSIGHT_DATA_DIR": str(data_dir), "PYTHONPATH": str(ROOT)}
    env.pop("TEXTINSIGHT_DATABASE_URL", None)
    out = subprocess.run([sys.executable, "-m", "textinsight", "keys", "create", "--name",
                          "load-test", "--scopes", "analyze"], env=env, cwd=ROOT,
                         capture_output=True, text=True, check=True)  # fmt: skip
    key = json.loads(out.stdout)["token"]
    log = open(data_dir / "server.log", "wb")  # noqa: SIM115 - the server holds it
    proc = subprocess.Popen([sys.executable, "-m", "textinsight", "serve", "--port", str(port)],
                            env=env, cwd=ROOT, stdout=log, stderr=log)  # fmt: skip
    deadline = time.monotonic() + 180
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            sys.exit(f"the server exited; see {data_dir / 'server.log'}")
        try:
            if httpx.get(f"http://127.0.0.1:{port}/readyz", timeout=1).status_code == 200:
                return proc, key
        except httpx.HTTPError:
            pass
        time.sleep(0.5)
    proc.terminate()
    sys.exit("the server did not become ready in 180 s")


def main() -> None:
    """Parse arguments, run, print the result."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--url", default=None, help="a running server (loopback only)")
    ap.add_argument("--key", default=os.environ.get("TEXTINSIGHT_API_KEY"))
    ap.add_argument("--start-server", action="store_true",
                    help="start `textinsight serve` with the real models on a free port")
    ap.add_argument("--clients", type=int, default=50)
    ap.add_argument("--seconds", type=float, default=60.0)
    ap.add_argument("--warmup", type=float, default=5.0)
    ap.add_argument("--max-requests", type=int, default=200_000)
    args = ap.parse_args()
    if not 1 <= args.clients <= 500 or not 0 < args.seconds <= 600:
        sys.exit("clients must be 1-500 and seconds at most 600")
    proc = None
    try:
        if args.start_server:
            with socket.socket() as s:
                s.bind(("127.0.0.1", 0))
                port = s.getsockname()[1]
            proc, key = start_server(port, Path(tempfile.mkdtemp(prefix="textinsight-load-")))
            url = f"http://127.0.0.1:{port}"
        else:
            if not args.url or not args.key:
                sys.exit("give --url and --key (or TEXTINSIGHT_API_KEY), or --start-server")
            url, key = args.url, args.key
        _loopback(url)
        result = asyncio.run(run(url, key, args.clients, args.seconds, args.max_requests,
                                 args.warmup))  # fmt: skip
        print(json.dumps(result, indent=2))
    finally:
        if proc is not None:
            proc.terminate()
            proc.wait(30)


if __name__ == "__main__":
    main()

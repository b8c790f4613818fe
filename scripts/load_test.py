"""Load test of POST /v1/analyze: closed-loop clients, an open-loop fixed arrival rate, or a
capacity search; one short survey comment per request.

Loopback only, bounded in time and in requests; it stops by itself.

    # closed loop: 50 clients, each sends its next request when the last one is answered
    python scripts/load_test.py --start-server --mode closed --clients 50 --seconds 60
    # open loop: 20 requests/s at fixed send times for 60 s (latency from the scheduled time)
    python scripts/load_test.py --start-server --mode open --rate 20 --duration 60
    # the capacity (step search), then 50 % and 80 % of it, then 50 closed-loop clients
    python scripts/load_test.py --start-server --mode capacity
    # or against a running server:
    python scripts/load_test.py --url http://127.0.0.1:8000 --key ti_... --mode open --rate 10

Open loop: request i is due at t0 + i / rate whatever happened to the others, and its latency
is measured from that due time, so a slow server cannot slow the arrivals down and hide its
queueing (no coordinated omission); ``send_lag_ms`` shows whether this process kept to the
schedule. A 503 is counted as shed (its share is ``shed_share``), never as a latency;
closed-loop clients wait ``Retry-After`` after one, as a polite client would.

Capacity: rates from ``--start-rate`` doubling, then bisected ``--refine`` times between the
last rate that passed and the first that failed; a rate passes when at most ``--max-shed``
of its requests were shed, none failed otherwise and its p99 is within ``--p99-limit-ms``.
The texts are the survey comments of examples/feedback.csv (``--texts``: ``examples``,
``generated`` ~30-word comments, or a CSV / JSONL file with a ``text`` column).

Prints one JSON object per phase (latency p50/p90/p99/max in milliseconds over the answered
requests, throughput, shed share, the server's mean batch size and shed count over the
phase from /metrics), and with ``--mode capacity`` a summary at the end.
"""

from __future__ import annotations

import argparse
import asyncio
import csv
import json
import os
import random
import socket
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
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
ENDINGS = [
    "Det må I gøre bedre.",
    "Please fix this soon.",
    "Tack för hjälpen!",
    "Jeg vurderer å bytte leverandør.",
    "Otherwise I am happy with the service.",
    "Tak for en god oplevelse.",
    "Jag rekommenderar er gärna.",
    "Dette er ikke greit.",
]


def comment(rng: random.Random) -> str:
    """A generated survey comment of about 30 words in one of da / nb / sv / en."""
    return (
        f"{rng.choice(OPENINGS)}, {rng.choice(MIDDLES)}. {rng.choice(ENDINGS)} "
        f"{rng.choice(OPENINGS).lower()} {rng.choice(MIDDLES)}."
    )


def load_texts(spec: str) -> list[str] | None:
    """The comments to send: ``examples`` (the survey rows of examples/feedback.csv),
    ``generated`` (None: made up per request) or a CSV / JSONL file with ``text``."""
    if spec == "generated":
        return None
    if spec == "examples":
        with open(ROOT / "examples" / "feedback.csv", encoding="utf-8", newline="") as f:
            return [r["text"] for r in csv.DictReader(f) if r["channel"] == "survey"]
    path = Path(spec)
    with open(path, encoding="utf-8", newline="") as f:
        if path.suffix == ".jsonl":
            texts = [json.loads(line)["text"] for line in f if line.strip()]
        else:
            texts = [r["text"] for r in csv.DictReader(f)]
    if not texts:
        sys.exit(f"no texts in {spec}")
    return texts


def _loopback(url: str) -> None:
    host = urlparse(url).hostname or ""
    if host not in ("localhost", "::1") and not host.startswith("127."):
        sys.exit(f"refusing {url}: this load test only targets loopback addresses")


@dataclass
class Tally:
    """What one phase saw."""

    lat: list[float] = field(default_factory=list)  # seconds, answered requests
    lag: list[float] = field(default_factory=list)  # seconds late at sending (open loop)
    shed: int = 0
    errors: list[str] = field(default_factory=list)

    def outcome(self, r: httpx.Response | None, exc: Exception | None, seconds: float) -> float:
        """Count one answer; the Retry-After of a 503 (0 otherwise)."""
        if exc is not None:
            self.errors.append(type(exc).__name__)
            return 0.0
        assert r is not None
        if r.status_code == 503:
            self.shed += 1
            try:
                return float(r.headers.get("retry-after", "1"))
            except ValueError:
                return 1.0
        if r.status_code != 200 or r.json()["documents"][0]["error"] is not None:
            self.errors.append(f"status {r.status_code}")
            return 0.0
        self.lat.append(seconds)
        return 0.0


class Sender:
    """Builds request bodies from the texts, one comment each."""

    def __init__(self, key: str, texts: list[str] | None, seed: int) -> None:
        self.headers = {"Authorization": f"Bearer {key}"}
        self.texts = texts
        self.rng = random.Random(seed)
        self.n = 0

    def body(self) -> dict[str, object]:
        self.n += 1
        text = self.rng.choice(self.texts) if self.texts else comment(self.rng)
        return {"documents": [{"id": f"r{self.n}", "text": text}]}


def pct(xs: list[float], p: float) -> float:
    """The p-th percentile (nearest rank), in milliseconds."""
    if not xs:
        return float("nan")
    s = sorted(xs)
    return round(1000 * s[min(len(s) - 1, max(0, int(round(p / 100 * len(s))) - 1))], 1)


async def server_counters(c: httpx.AsyncClient) -> dict[str, float]:
    """Batch-size sum and count, and shed requests, from /metrics."""
    out = {"batch_sum": 0.0, "batch_count": 0.0, "shed": 0.0}
    names = {
        "textinsight_analyze_batch_documents_sum": "batch_sum",
        "textinsight_analyze_batch_documents_count": "batch_count",
        "textinsight_analyze_shed_requests_total": "shed",
    }
    for line in (await c.get("/metrics")).text.splitlines():
        parts = line.split()
        if len(parts) == 2 and parts[0] in names:
            out[names[parts[0]]] = float(parts[1])
    return out


def summary(
    t: Tally, wall: float, before: dict[str, float], after: dict[str, float], **head: object
) -> dict[str, object]:
    n = len(t.lat) + t.shed + len(t.errors)
    batches = after["batch_count"] - before["batch_count"]
    out: dict[str, object] = {
        **head, "seconds": round(wall, 1), "requests": n, "answered": len(t.lat),
        "shed": t.shed, "shed_share": round(t.shed / n, 4) if n else None,
        "errors": len(t.errors), "error_kinds": sorted(set(t.errors))[:5],
        "throughput_rps": round(len(t.lat) / wall, 1),
        "latency_ms": {"p50": pct(t.lat, 50), "p90": pct(t.lat, 90), "p99": pct(t.lat, 99),
                       "max": round(1000 * max(t.lat), 1) if t.lat else None},
        "server_mean_batch_documents": round(
            (after["batch_sum"] - before["batch_sum"]) / batches, 1) if batches else None,
        "server_shed": int(after["shed"] - before["shed"]),
    }  # fmt: skip
    if t.lag:
        out["send_lag_ms"] = {"p50": pct(t.lag, 50), "p99": pct(t.lag, 99)}
    return out


async def closed_loop(
    c: httpx.AsyncClient,
    key: str,
    texts: list[str] | None,
    clients: int,
    seconds: float,
    max_requests: int,
) -> dict[str, object]:
    """``clients`` callers, each sending its next request when the last is answered (and
    waiting Retry-After after a 503)."""
    t = Tally()
    budget = [max_requests]

    async def client(i: int, stop_at: float) -> None:
        s = Sender(key, texts, i)
        while time.monotonic() < stop_at and budget[0] > 0:
            budget[0] -= 1
            t0 = time.perf_counter()
            r = exc = None
            try:
                r = await c.post("/v1/analyze", json=s.body(), headers=s.headers)
            except httpx.HTTPError as e:
                exc = e
            retry = t.outcome(r, exc, time.perf_counter() - t0)
            if retry:
                await asyncio.sleep(min(retry, max(0.0, stop_at - time.monotonic())))

    before = await server_counters(c)
    start = time.monotonic()
    await asyncio.gather(*[client(i, start + seconds) for i in range(clients)])
    wall = time.monotonic() - start
    return summary(t, wall, before, await server_counters(c), mode="closed", clients=clients)


async def open_loop(
    c: httpx.AsyncClient,
    key: str,
    texts: list[str] | None,
    rate: float,
    duration: float,
    seed: int = 0,
) -> dict[str, object]:
    """Requests due at fixed times (``rate`` per second for ``duration`` seconds), each
    sent at its due time whatever the others are doing; latency from the due time."""
    loop = asyncio.get_running_loop()
    t = Tally()
    s = Sender(key, texts, seed)

    async def one(due: float, body: dict[str, object]) -> None:
        t.lag.append(max(0.0, loop.time() - due))
        r = exc = None
        try:
            r = await c.post("/v1/analyze", json=body, headers=s.headers)
        except httpx.HTTPError as e:
            exc = e
        t.outcome(r, exc, loop.time() - due)

    before = await server_counters(c)
    n = max(1, int(rate * duration))
    start = loop.time() + 0.05
    tasks = []
    for i in range(n):
        due = start + i / rate
        delay = due - loop.time()
        if delay > 0:
            await asyncio.sleep(delay)
        tasks.append(asyncio.create_task(one(due, s.body())))
    await asyncio.gather(*tasks)
    wall = loop.time() - start
    return summary(t, wall, before, await server_counters(c), mode="open", rate=rate)


def passes(r: dict[str, object], max_shed: float, p99_limit_ms: float) -> bool:
    """A rate the service keeps up with: few shed, no other failure, p99 within the limit."""
    p99 = r["latency_ms"]["p99"]  # type: ignore[index]
    return (
        r["shed_share"] is not None
        and r["shed_share"] <= max_shed  # type: ignore[operator]
        and not r["errors"]
        and p99 == p99
        and p99 <= p99_limit_ms
    )


async def capacity(
    c: httpx.AsyncClient, key: str, texts: list[str] | None, args: argparse.Namespace
) -> dict[str, object]:
    """Step search for the highest passing rate, then 50 % and 80 % of it, then closed loop."""
    steps: list[dict[str, object]] = []

    async def step(rate: float) -> bool:
        r = await open_loop(c, key, texts, round(rate, 2), args.step_seconds, seed=len(steps))
        r["passed"] = passes(r, args.max_shed, args.p99_limit_ms)
        steps.append(r)
        print(json.dumps(r), flush=True)
        await asyncio.sleep(args.pause)  # let the queue drain between steps
        return bool(r["passed"])

    good, bad = 0.0, None
    rate = args.start_rate
    while bad is None and rate <= args.max_rate:
        if await step(rate):
            good, rate = rate, rate * 2
        else:
            bad = rate
    if bad is None:
        sys.exit(f"no rate up to --max-rate {args.max_rate} failed; raise it")
    for _ in range(args.refine):
        mid = (good + bad) / 2
        if await step(mid):
            good = mid
        else:
            bad = mid
    if good == 0:
        sys.exit(f"even --start-rate {args.start_rate} failed; lower it")
    cap = round(good, 1)
    out: dict[str, object] = {
        "capacity_rps": cap,
        "first_failing_rps": round(bad, 1),
        "criterion": {"max_shed": args.max_shed, "p99_limit_ms": args.p99_limit_ms},
        "steps": steps,
    }
    for share in (0.5, 0.8):
        r = await open_loop(c, key, texts, round(share * cap, 2), args.duration, seed=99)
        print(json.dumps(r), flush=True)
        out[f"at_{int(share * 100)}pct"] = r
        await asyncio.sleep(args.pause)
    r = await closed_loop(c, key, texts, args.clients, args.seconds, args.max_requests)
    print(json.dumps(r), flush=True)
    out["closed"] = r
    return out


async def run(url: str, key: str, args: argparse.Namespace) -> dict[str, object]:
    texts = load_texts(args.texts)
    limits = httpx.Limits(max_connections=1000, max_keepalive_connections=200)
    async with httpx.AsyncClient(base_url=url, timeout=60, limits=limits) as c:
        if args.warmup > 0:  # first requests pay for lazy set-up; not counted
            s = Sender(key, texts, 12345)
            answered = 0
            for _ in range(30):  # one at a time first: the first batch may take seconds
                r = await c.post("/v1/analyze", json=s.body(), headers=s.headers, timeout=300)
                if r.status_code == 503:  # shed while the set-up held the server: as a client
                    await asyncio.sleep(float(r.headers.get("retry-after", "1")))
                    continue
                r.raise_for_status()
                answered += 1
                if answered == 3:
                    break
            await closed_loop(c, key, texts, 4, args.warmup, 10**6)
        if args.mode == "closed":
            return await closed_loop(c, key, texts, args.clients, args.seconds, args.max_requests)
        if args.mode == "open":
            return await open_loop(c, key, texts, args.rate, args.duration)
        return await capacity(c, key, texts, args)


def start_server(port: int, data_dir: Path) -> tuple[subprocess.Popen[bytes], str]:
    """`textinsight serve` with the default (real) models on a fresh database; returns a key.
    The per-key rate limit is off (one key sends everything); other TEXTINSIGHT_* settings
    come from the environment."""
    env = {**os.environ, "TEXTINSIGHT_DATA_DIR": str(data_dir), "PYTHONPATH": str(ROOT)}
    env.setdefault("TEXTINSIGHT_RATE_LIMIT_PER_SECOND", "0")
    env.pop("TEXTINSIGHT_DATABASE_URL", None)
    out = subprocess.run(
        [
            sys.executable,
            "-m",
            "textinsight",
            "keys",
            "create",
            "--name",
            "load-test",
            "--scopes",
            "analyze",
        ],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    key = json.loads(out.stdout)["token"]
    log = open(data_dir / "server.log", "wb")  # noqa: SIM115 - the server holds it
    proc = subprocess.Popen(
        [sys.executable, "-m", "textinsight", "serve", "--port", str(port)],
        env=env,
        cwd=ROOT,
        stdout=log,
        stderr=log,
    )
    deadline = time.monotonic() + 300
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
    sys.exit("the server did not become ready in 300 s")


def peak_rss_mb(pid: int) -> int | None:
    """The peak resident memory of a process (Linux), in MiB."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) // 1024
    except OSError:
        pass
    return None


def main() -> None:
    """Parse arguments, run, print the result."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--url", default=None, help="a running server (loopback only)")
    ap.add_argument("--key", default=os.environ.get("TEXTINSIGHT_API_KEY"))
    ap.add_argument(
        "--start-server",
        action="store_true",
        help="start `textinsight serve` with the real models on a free port",
    )
    ap.add_argument("--mode", choices=["closed", "open", "capacity"], default="closed")
    ap.add_argument(
        "--texts", default="examples", help="examples | generated | a CSV or JSONL file with 'text'"
    )
    ap.add_argument("--clients", type=int, default=50, help="closed loop: concurrent clients")
    ap.add_argument("--seconds", type=float, default=60.0, help="closed loop: duration")
    ap.add_argument("--rate", type=float, default=10.0, help="open loop: requests per second")
    ap.add_argument(
        "--duration",
        type=float,
        default=60.0,
        help="open loop (and capacity's 50 %% / 80 %% runs): seconds",
    )
    ap.add_argument("--start-rate", type=float, default=4.0, help="capacity: first rate")
    ap.add_argument("--max-rate", type=float, default=400.0, help="capacity: highest rate")
    ap.add_argument("--step-seconds", type=float, default=20.0, help="capacity: per step")
    ap.add_argument("--refine", type=int, default=3, help="capacity: bisection steps")
    ap.add_argument(
        "--max-shed",
        type=float,
        default=0.01,
        help="capacity: the largest shed share of a passing rate",
    )
    ap.add_argument(
        "--p99-limit-ms",
        type=float,
        default=1000.0,
        help="capacity: the largest p99 of a passing rate",
    )
    ap.add_argument("--pause", type=float, default=3.0, help="capacity: seconds between runs")
    ap.add_argument("--warmup", type=float, default=5.0)
    ap.add_argument("--max-requests", type=int, default=200_000)
    args = ap.parse_args()
    if not 1 <= args.clients <= 500 or not 0 < args.seconds <= 600:
        sys.exit("clients must be 1-500 and seconds at most 600")
    if not 0 < args.rate <= 1000 or not 0 < args.duration <= 600:
        sys.exit("rate must be at most 1000 per second and duration at most 600 s")
    if not 0 < args.step_seconds <= 120 or not 0 < args.max_rate <= 1000:
        sys.exit("step-seconds must be at most 120 and max-rate at most 1000")
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
        result = asyncio.run(run(url, key, args))
        if proc is not None:
            result["server_peak_rss_mb"] = peak_rss_mb(proc.pid)
            sys.path.insert(0, str(ROOT))
            from textinsight.settings import Settings

            st = Settings()  # what the server read from the same environment
            result["server_settings"] = {
                k: getattr(st, k)
                for k in (
                    "encoder_backend",
                    "api_max_queue_wait_ms",
                    "api_batch_max_documents",
                    "api_batch_wait_ms",
                    "threads",
                )
            }
        if args.mode == "capacity":
            result = {k: v for k, v in result.items() if k != "steps"} | {
                "steps": [
                    {k: s[k] for k in ("rate", "shed_share", "latency_ms", "passed")}
                    for s in result["steps"]
                ]
            }  # type: ignore[union-attr]
        print(json.dumps(result, indent=2))
    finally:
        if proc is not None:
            proc.terminate()
            proc.wait(30)


if __name__ == "__main__":
    main()

"""Time the test suites as the README reports them: the fast suite (``-m "not model and not
slow"``) in one process and on every core (``./scripts/test.sh fast``), and with ``--full`` the
whole suite (``./scripts/test.sh``). Prints wall and CPU seconds (this process's children,
their children included) and the load average around each run, since a shared machine's
wall times say little without it.

    .venv/bin/python scripts/test_times.py            # the fast suite, serial and parallel
    .venv/bin/python scripts/test_times.py --full     # and the whole suite
"""

from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FAST = ["-m", "not model and not slow"]


def cpu() -> float:
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def timed(name: str, args: list[str], env: dict[str, str]) -> None:
    """Run pytest with ``args``; print its wall and CPU seconds, result line, load averages."""
    load0, c0, t0 = os.getloadavg()[0], cpu(), time.monotonic()
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
    )
    wall, used, load1 = time.monotonic() - t0, cpu() - c0, os.getloadavg()[0]
    lines = done.stdout.strip().splitlines()
    tail = lines[-1] if lines else done.stderr[-300:]
    print(
        f"{name:<20} wall {wall:7.1f} s  cpu {used:7.1f} s  load {load0:.2f} -> {load1:.2f}  "
        f"{tail}",
        flush=True,
    )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--full", action="store_true", help="also time the whole suite")
    ap.add_argument("--workers", default="auto", help="pytest-xdist workers of the parallel run")
    opts = ap.parse_args()
    env = {k: v for k, v in os.environ.items() if k != "TEXTINSIGHT_TEST_POSTGRES_URL"}
    print(f"{os.cpu_count()} CPUs; PostgreSQL tests skipped in the fast runs", flush=True)
    timed("fast, one process", [*FAST, "-p", "no:xdist"], env)
    timed(f"fast, -n {opts.workers}", [*FAST, "-n", opts.workers], env)
    if opts.full:
        timed("full (everything)", [], dict(os.environ))


if __name__ == "__main__":
    main()

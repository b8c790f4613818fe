"""Fixtures of the engine tests: a private local Ray per module, and inputs with every shape
the readers know (a conftest of its own because they serve only tests/engines).

Ray starts slowly on a small shared machine (10-30 s), so each module starts one and shuts it
down when its tests are done.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import EXAMPLES

# planted personal data: none of these strings may appear in an output or a Ray directory
# when the run redacts
PLANTED = ("kirsten.vognsen@firma.dk", "070761-4285", "20 12 34 56")
PII_TEXT = "Skriv til kirsten.vognsen@firma.dk eller ring +45 20 12 34 56, mit CPR er 070761-4285."
LIGHT_STAGES = ["validate", "language", "pii", "segment", "normalize"]


@pytest.fixture(scope="module")
def local_ray() -> Iterator[object]:  # -> RaySession
    """A private local Ray for the module (4 logical CPUs: two actors, the reader, a spare)."""
    from textinsight.engines.ray_session import ray_session

    with ray_session(None, num_cpus=4) as session:
        yield session


def make_inputs(directory: Path, n: int) -> list[Path]:
    """A CSV of ``n`` rows (ids missing on some, empty texts, planted personal data, a date and
    a channel column), a JSONL file with a malformed line and a line without text, and the
    two shipped transcripts (.txt, .docx): every reader path and both id rules."""
    with open(EXAMPLES / "feedback.csv", encoding="utf-8") as f:
        base = list(csv.DictReader(f))
    directory.mkdir(parents=True, exist_ok=True)
    table = directory / "survey.csv"
    with open(table, "w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=["id", "text", "date", "channel"])
        w.writeheader()
        for i in range(n):
            src = base[i % len(base)]
            text = f"{src['text']} ({i})"
            if i % 17 == 0:
                text = f"{PII_TEXT} {text}"
            if i % 53 == 0:
                text = ""
            w.writerow(
                {
                    "id": "" if i % 11 == 0 else f"s{i:05d}",
                    "text": text,
                    "date": src["date"],
                    "channel": src["channel"],
                }
            )
    lines = directory / "posts.jsonl"
    rows = [
        json.dumps({"id": f"p{k}", "text": f"{base[k]['text']} #{k}", "likes": k})
        for k in range(20)
    ]
    rows[5] = '{"id": "p5", "text": broken'
    rows[9] = json.dumps({"id": "p9", "body": "no text key"})
    lines.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return [table, lines, EXAMPLES / "interview_da.txt", EXAMPLES / "interview_sv.docx"]


def read_jsonl(path: Path) -> list[dict]:
    """The records of a JSONL output."""
    return [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines()]


def files_holding(directory: Path, needles: tuple[str, ...]) -> list[str]:
    """Files under ``directory`` whose bytes hold any of ``needles`` (UTF-8)."""
    hits = []
    for p in directory.rglob("*"):
        if p.is_file() and not p.is_symlink():
            try:
                data = p.read_bytes()
            except OSError:
                continue  # a socket or a file removed meanwhile
            hits += [f"{p}: {n}" for n in needles if n.encode() in data]
    return hits

"""The bare package (no extras) installs into a fresh virtual environment and analyses a file.

How a missing core dependency is caught, offline and in well under two minutes:

1. a wheel of this checkout is built (``pip wheel --no-deps --no-build-isolation``) and
   installed with ``pip --python <fresh venv> install --no-deps --no-index``: the package
   exactly as ``pip install textinsight`` would lay it out, with its package data;
2. the fresh venv (no system site-packages, no user site) gets *only* the distributions that
   the core ``[project].dependencies`` of pyproject.toml name, and what those name in turn
   (markers evaluated, extras left out), resolved from the metadata of the project's own
   ``.venv`` and linked from its site-packages rather than downloaded;
3. ``python -m textinsight analyze`` runs the default pipeline on a small CSV in that venv.

A module the code imports but the core does not declare (scipy, scikit-learn: installed only
with the ``topics`` extra, through BERTopic) is then simply absent, and the analysis fails with
``ModuleNotFoundError`` as it would for a user.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tomllib
from importlib import metadata
from pathlib import Path

import pytest
from packaging.markers import default_environment
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

ROOT = Path(__file__).resolve().parents[1]


def core_closure() -> list[metadata.Distribution]:
    """The installed distributions the core dependencies need, transitively."""
    core = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["dependencies"]
    env = {**default_environment(), "extra": ""}
    todo = [Requirement(r) for r in core]
    seen: dict[str, metadata.Distribution] = {}
    while todo:
        req = todo.pop()
        name = canonicalize_name(req.name)
        if name in seen or (req.marker is not None and not req.marker.evaluate(env)):
            continue
        try:
            dist = metadata.distribution(req.name)
        except metadata.PackageNotFoundError:
            continue  # not installed here either (e.g. a GPU-only wheel of torch)
        seen[name] = dist
        todo.extend(Requirement(r) for r in dist.requires or [])
    return list(seen.values())


def _site_packages(venv: Path) -> Path:
    out = subprocess.run(
        [
            str(venv / "bin" / "python"),
            "-c",
            "import sysconfig; print(sysconfig.get_paths()['purelib'])",
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    return Path(out.stdout.strip())


def _link(dists: list[metadata.Distribution], site: Path) -> None:
    """Link each distribution's top-level files and folders into ``site``."""
    for dist in dists:
        base = Path(str(dist.locate_file("")))
        tops = {Path(str(f)).parts[0] for f in dist.files or [] if not str(f).startswith("..")}
        for top in sorted(tops):
            if top.endswith(".pth") or top == "__pycache__":
                continue
            target = site / top
            if not target.exists() and (base / top).exists():
                target.symlink_to(base / top)


@pytest.mark.slow
@pytest.mark.model
def test_install_bare_package_analyses_a_file(tmp_path: Path) -> None:
    wheels, venv = tmp_path / "wheels", tmp_path / "venv"
    pip = [sys.executable, "-m", "pip", "--disable-pip-version-check", "-q"]
    subprocess.run(
        [
            *pip,
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "--no-index",
            "-w",
            str(wheels),
            str(ROOT),
        ],
        check=True,
        capture_output=True,
    )
    wheel = next(wheels.glob("textinsight-*.whl"))
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True)
    subprocess.run(
        [
            *pip,
            "--python",
            str(venv / "bin" / "python"),
            "install",
            "--no-deps",
            "--no-index",
            str(wheel),
        ],
        check=True,
        capture_output=True,
    )
    deps = core_closure()
    names = {canonicalize_name(d.metadata["Name"]) for d in deps}
    assert "bertopic" not in names and "fastapi" not in names  # extras stay out
    _link(deps, _site_packages(venv))

    src = tmp_path / "survey.csv"
    src.write_text(
        "id;kommentar\n1;Ventetiden hos kundeservice var over en time.\n"
        "2;Leveransen kom två dagar för sent.\n",
        encoding="utf-8",
    )
    out = tmp_path / "out.jsonl"
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "VIRTUAL_ENV"))}
    env |= {"PYTHONNOUSERSITE": "1", "TEXTINSIGHT_PROGRESS": "false"}
    res = subprocess.run(
        [
            str(venv / "bin" / "python"),
            "-m",
            "textinsight",
            "analyze",
            str(src),
            "-o",
            str(out),
            "--text-column",
            "kommentar",
            "--no-progress",
        ],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert res.returncode == 0, res.stderr[-3000:]
    recs = [json.loads(x) for x in out.read_text().splitlines()]
    assert [r["language"]["code"] for r in recs] == ["da", "sv"]
    assert all(r["error"] is None and r["sentiment"]["label"] for r in recs)

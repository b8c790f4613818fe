"""What a new API resource costs: how routes reach the app's parts at a revision, and the files
a commit that added a resource touched.

    python scripts/resource_change_cost.py --rev 19e1b97 --rev HEAD \
        --commit d099c85 --commit 35c8e56

Per revision, over the Python files under ``api/`` (read from git, no checkout): the
``assert`` statements, the calls of ``state(...)`` (the app state fetched by hand), the route
functions, and the files that register routers (``include_router`` or the ``RESOURCES``
registry). Per commit: the files it touched, split into source (``api/``, ``textinsight/``)
and the rest (tests, docs).
"""

from __future__ import annotations

import argparse
import ast
import subprocess


def git(*args: str) -> str:
    """The standard output of a git command."""
    return subprocess.run(["git", *args], capture_output=True, text=True, check=True).stdout


def api_sources(rev: str) -> dict[str, str]:
    """The Python files under api/ at ``rev``, by path."""
    paths = [
        p for p in git("ls-tree", "-r", "--name-only", rev, "api").splitlines() if p.endswith(".py")
    ]
    return {p: git("show", f"{rev}:{p}") for p in paths}


def measure(rev: str) -> dict[str, object]:
    """Asserts, hand-fetched states, routes and registering files under api/ at ``rev``."""
    asserts = state_calls = routes = 0
    registering = []
    for path, source in api_sources(rev).items():
        tree = ast.parse(source)
        for node in ast.walk(tree):
            if isinstance(node, ast.Assert):
                asserts += 1
            elif (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id == "state"
            ):
                state_calls += 1
            elif isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef) and any(
                isinstance(d, ast.Call)
                and isinstance(d.func, ast.Attribute)
                and isinstance(d.func.value, ast.Name)
                and d.func.value.id == "router"
                for d in node.decorator_list
            ):
                routes += 1
        if "include_router(module.router)" in source or "RESOURCES = (" in source:
            registering.append(path)
    return {
        "asserts": asserts,
        "state() calls": state_calls,
        "routes": routes,
        "router registry": ", ".join(registering),
    }


def main() -> None:
    """Print the measures per revision, then each commit's files."""
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--rev", action="append", default=[], help="A revision (repeatable).")
    ap.add_argument("--commit", action="append", default=[], help="A commit to list.")
    args = ap.parse_args()
    for rev in args.rev or ["HEAD"]:
        short = git("rev-parse", "--short", rev).strip()
        found = measure(rev)
        print(f"{rev} ({short}): " + "; ".join(f"{k} {v}" for k, v in found.items()))
    for commit in args.commit:
        touched = git("show", "--name-only", "--format=", commit).split()
        source = [p for p in touched if p.startswith(("api/", "textinsight/"))]
        other = [p for p in touched if p not in source]
        subject = git("show", "-s", "--format=%s", commit).strip()[:70]
        print(f"commit {commit} ({subject}...): {len(source)} source files, {len(other)} others")
        for p in source:
            print(f"    {p}")
        for p in other:
            print(f"    ({p})")


if __name__ == "__main__":
    main()

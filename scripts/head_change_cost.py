"""What a new label head costs: the source files that name a head in code, at a revision, and
the files a commit touched.

    python scripts/head_change_cost.py --rev 19e1b97 --rev HEAD \
        --names feedback_type,pillars,churn_risk [--commit <the commit that added a head>]

A file *names* a head when its code (not its comments or docstrings) holds the head's name as
a string literal (``"feedback_type"``, ``("pillars", "touchpoints")``) or as a part of an
identifier (``feedback_type``, ``_pillars``, ``pillars_taxonomy``): each is a place a new
head of that kind had to be added by hand. Python files under ``textinsight/`` and ``api/``
are read from git (``git show REV:path``), so any revision can be measured without a
checkout. ``--commit`` lists the files that commit changed (``git show --name-only``).
"""

from __future__ import annotations

import argparse
import io
import re
import subprocess
import tokenize

ROOTS = ("textinsight/", "api/")


def git(*args: str) -> str:
    """The standard output of a git command."""
    return subprocess.run(["git", *args], capture_output=True, text=True, check=True).stdout


def names_in_code(source: str, name: str) -> bool:
    """Whether ``source`` names ``name`` in a string literal or an identifier (see above)."""
    word = re.compile(rf"(^|_){re.escape(name)}s?($|_)")
    try:
        tokens = list(tokenize.generate_tokens(io.StringIO(source).readline))
    except (tokenize.TokenError, SyntaxError):
        return False
    prev = None
    for tok in tokens:
        if tok.type == tokenize.NAME and word.search(tok.string):
            return True
        if tok.type == tokenize.STRING:
            body = tok.string.lstrip("rbfuRBFU")
            value = body.strip("'\"")
            # a docstring is a string statement (after a newline / indent), not a value
            is_doc = prev in (None, tokenize.NEWLINE, tokenize.INDENT, tokenize.DEDENT, tokenize.NL)
            if not is_doc and (value == name or re.fullmatch(rf"[\w.]*\b{name}\b[\w.]*", value)):
                return True
        if tok.type not in (tokenize.COMMENT, tokenize.NL):
            prev = tok.type
    return False


def files_naming(rev: str, name: str) -> list[str]:
    """The Python source files at ``rev`` that name ``name`` in code."""
    paths = [
        p
        for p in git("ls-tree", "-r", "--name-only", rev).splitlines()
        if p.startswith(ROOTS) and p.endswith(".py")
    ]
    return [p for p in paths if names_in_code(git("show", f"{rev}:{p}"), name)]


def main() -> None:
    """Print, per revision and head name, the files that name it; then a commit's files."""
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--rev", action="append", default=[], help="A revision (repeatable).")
    ap.add_argument("--names", default="feedback_type,pillars,churn_risk")
    ap.add_argument("--commit", action="append", default=[], help="A commit to list.")
    args = ap.parse_args()
    for rev in args.rev or ["HEAD"]:
        short = git("rev-parse", "--short", rev).strip()
        for name in args.names.split(","):
            found = files_naming(rev, name)
            print(f"{rev} ({short}) {name}: {len(found)} files name it in code")
            for p in found:
                print(f"    {p}")
    for commit in args.commit:
        touched = git("show", "--name-only", "--format=", commit).split()
        print(f"commit {commit}: {len(touched)} files touched")
        for p in touched:
            print(f"    {p}")


if __name__ == "__main__":
    main()

"""Files a new language touches: the source files that declare the language list or hold a
language's words, at each given commit.

    python scripts/lang_change_cost.py --rev 19e1b97 --rev HEAD

A file counts when it names the list of languages ("da", "nb" side by side, the "nn" → "nb"
mapping, a Faker locale such as da_DK) or holds a Danish word of the language lists: any word
of ``textinsight/lang/da/pack.toml`` (at the newest commit given) of four characters or more
("f.eks." too) that no other pack holds, searched as a whole word, case-insensitive, in the
string literals (not the docstrings or comments) of every module and in every ``.toml`` file
under ``textinsight/``. A new language adds its own words wherever Danish has
them, so each such file is one to touch; the packs themselves count as the one file a new
language creates.
"""

from __future__ import annotations

import argparse
import ast
import re
import subprocess
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LANG_LIST = re.compile(r"""["']da["'],\s*["']nb["']|["']nn["']:\s*["']nb["']|\bda_DK\b""")


def git(*args: str) -> str:
    """The output of a git command run in the repository."""
    return subprocess.run(
        ["git", *args], cwd=ROOT, check=True, capture_output=True, text=True
    ).stdout


def pack_words(rev: str, code: str) -> set[str]:
    """The plain words of one pack's lists at ``rev``."""
    raw = tomllib.loads(git("show", f"{rev}:textinsight/lang/{code}/pack.toml"))
    words = {w.lower() for lst in raw.get("lists", {}).values() for w in lst}
    # words and abbreviations ("f.eks."), not the parts of regular expressions ("ring\w*")
    return {
        w for w in words if re.fullmatch(r"[^\W\d_][^\W\d_.]*(?:\.[^\W\d_.]*)*", w) and len(w) >= 4
    }


def code_strings(path: str, text: str) -> str:
    """The text a search reads: a pack whole; of a module its string literals but docstrings
    (examples in a docstring or a comment are not word lists)."""
    if not path.endswith(".py"):
        return text
    tree = ast.parse(text)
    docs = {
        id(n.body[0].value)
        for n in ast.walk(tree)
        if isinstance(n, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef))
        and n.body
        and isinstance(n.body[0], ast.Expr)
    }
    parts, inner = [], set()
    for n in ast.walk(tree):
        if isinstance(n, ast.JoinedStr):  # an f-string: its placeholders as a word character
            parts.append("".join(v.value if isinstance(v, ast.Constant) else "X" for v in n.values))
            inner |= {id(v) for v in n.values}
        elif (
            isinstance(n, ast.Constant)
            and isinstance(n.value, str)
            and id(n) not in docs
            and id(n) not in inner
        ):
            parts.append(n.value)
    return "\n".join(parts)


def main() -> None:
    """Print, per commit, the files a new language touches."""
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--rev", action="append", required=True)
    args = ap.parse_args()
    newest = args.rev[-1]
    others = set().union(*(pack_words(newest, c) for c in ("nb", "sv", "en")))
    danish = sorted(pack_words(newest, "da") - others)
    word_re = re.compile(rf"(?i)(?<![\w\\])(?:{'|'.join(map(re.escape, danish))})(?!\w)")
    print(f"{len(danish)} Danish words of the packs, e.g. {', '.join(danish[:8])}")
    for rev in args.rev:
        files = [
            f
            for f in git("ls-tree", "-r", "--name-only", rev, "textinsight").split()
            if f.endswith((".py", ".toml"))
        ]
        hits = []
        for f in files:
            raw = git("show", f"{rev}:{f}")
            text = code_strings(f, raw)
            found = sorted({m.group().lower() for m in word_re.finditer(text)})
            why = (["language list"] if LANG_LIST.search(raw) else []) + (
                [f"Danish words ({', '.join(found[:4])}{', ...' if len(found) > 4 else ''})"]
                if found
                else []
            )
            if why:
                hits.append((f, why))
        packs = [f for f, _ in hits if re.fullmatch(r"textinsight/lang/[a-z]+/pack\.toml", f)]
        rest = [(f, why) for f, why in hits if f not in packs]
        print(
            f"\n{rev}: {len(rest) + (1 if packs else 0)} files "
            f"({'one new pack + ' if packs else ''}{len(rest)} to edit)"
        )
        for f, why in rest:
            print(f"  {f}: {', '.join(why)}")


if __name__ == "__main__":
    main()

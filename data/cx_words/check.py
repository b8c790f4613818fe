#!/usr/bin/env python3
"""Check the hand-written "plain words" CX sets in this folder (stdlib only).

The checks are those of ``data/tools/written_set.py`` (fields, ids ``words-<lang>-0001``,
label ids, case rules and counts, the split rule, the polarity mix, near-duplicates within a
language and against ``data/cx``, ``data/cx_extra``, ``data/cx_hard`` and
``data/cx_everyday``); this file says what the set is. Prints counts per language / case /
split / sentiment / genre; exit status 1 on any error.

Run: ``python3 data/cx_words/check.py``  (or pass file paths to check only those)
"""

import pathlib
import sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # data/, for tools/
from tools.written_set import NEUTRAL, POLAR, Spec, main  # noqa: E402

# The writers were told to leave out the five situations of issue 11's example texts, so no
# row is moved to test on top of the every-third-row rule.
SPEC = Spec(
    folder=HERE,
    prefix="words",
    case_counts={
        "evaluative_word": 100,
        "factual_outcome": 60,
        "staff_behaviour": 40,
        "neutral": 40,
    },
    case_rules={
        "evaluative_word": POLAR,
        "factual_outcome": POLAR,
        "staff_behaviour": POLAR,
        "neutral": NEUTRAL,
    },
    earlier_sets=("cx", "cx_extra", "cx_hard", "cx_everyday"),
)

if __name__ == "__main__":
    sys.exit(main(SPEC, sys.argv[1:]))

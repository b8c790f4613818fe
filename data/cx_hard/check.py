#!/usr/bin/env python3
"""Check the hand-written hard-case CX sets in this folder (stdlib only).

Loops over every ``*.jsonl`` file next to this script:

* ``<lang>.jsonl`` (e.g. ``da.jsonl``): the hard-case set, with ``case`` and ``split``;
* ``polarity_<lang>.jsonl``: short positive / negative texts, test only
  (fields ``id``, ``text``, ``lang``, ``sentiment`` only).

Checks: valid JSON, unique ids (across all files), valid label ids (copied from
shared/TAXONOMY.md), praise is never negative, complaint is never positive, non-answers are
neutral / other with no pillars or touchpoints, case-specific sentiment rules, split values
and about 35 % test per case, per-case counts, and near-duplicates within a language
(equal normalised text, or character-trigram Jaccard > 0.8). Prints counts per
language / case / split / sentiment / genre. Exit status 1 if anything is wrong.

Run: ``python3 data/cx_hard/check.py``
"""

import collections
import pathlib
import re
import sys

HERE = pathlib.Path(__file__).resolve().parent

# --- label ids, copied from shared/TAXONOMY.md ---------------------------------------------
sys.path.insert(0, str(HERE.parent))  # data/, for tools/
from tools.labels import (  # noqa: E402
    LANGS,
    SENTIMENTS,
)
from tools.neardup import normalise, trigrams  # noqa: E402
from tools.rowcheck import check_labels, checked_rows  # noqa: E402

# --- the hard cases and how many of each a language's set holds ---------------------------
CASE_COUNTS = {
    "non_answer": 20,
    "polite_complaint": 25,
    "sarcasm": 20,
    "put_right": 20,
    "negated_praise": 20,
    "resolved": 15,
    "unresolved": 20,
    "mixed": 25,
    "plain": 15,
}
TEST_SHARE = 0.35  # target share of split == "test" per case
TEST_SHARE_TOLERANCE = 0.10
NEAR_DUP_JACCARD = 0.8

# case -> (allowed sentiments, allowed feedback types or None, pillar that must be present or None)
CASE_RULES = {
    "non_answer": ({"neutral"}, {"other"}, None),
    "polite_complaint": ({"negative"}, {"complaint"}, None),
    "sarcasm": ({"negative"}, None, None),
    "put_right": ({"positive"}, {"praise"}, "resolution"),
    "negated_praise": ({"negative"}, None, None),
    "resolved": ({"positive"}, None, "resolution"),
    "unresolved": ({"negative"}, None, "resolution"),
    "mixed": ({"mixed"}, None, None),
    "plain": (SENTIMENTS, None, None),
}

MAIN_FIELDS = {
    "id",
    "text",
    "lang",
    "genre",
    "case",
    "split",
    "sentiment",
    "pillars",
    "touchpoints",
    "feedback_type",
}
POLARITY_FIELDS = {"id", "text", "lang", "sentiment"}

MAIN_NAME = re.compile(r"^([a-z]{2})\.jsonl$")
POLARITY_NAME = re.compile(r"^polarity_([a-z]{2})\.jsonl$")


def main():
    errors = []
    warnings = []

    def err(where, msg):
        errors.append(f"{where}: {msg}")

    seen_ids = {}
    texts_by_lang = collections.defaultdict(list)  # lang -> [(where, raw, norm)]
    main_rows = collections.defaultdict(list)  # lang -> rows
    polarity_rows = collections.defaultdict(list)

    files = sorted(HERE.glob("*.jsonl"))
    if not files:
        print("no *.jsonl files found next to check.py")
        return 1

    for path in files:
        m_main = MAIN_NAME.match(path.name)
        m_pol = POLARITY_NAME.match(path.name)
        if not (m_main or m_pol):
            warnings.append(
                f"{path.name}: name is neither <lang>.jsonl nor polarity_<lang>.jsonl; skipped"
            )
            continue
        file_lang = (m_main or m_pol).group(1)
        if file_lang not in LANGS:
            err(path.name, f"unknown language {file_lang!r} in file name")
        for where, row in checked_rows(path, file_lang, seen_ids, err):
            rid, text = row.get("id"), row["text"]
            if m_pol:
                if set(row) != POLARITY_FIELDS:
                    err(
                        where,
                        f"polarity rows have exactly {sorted(POLARITY_FIELDS)}; got {sorted(row)}",
                    )
                if row.get("sentiment") not in {"positive", "negative"}:
                    err(
                        where,
                        "polarity sentiment must be positive or negative, "
                        f"got {row.get('sentiment')!r}",
                    )
                if rid and not re.fullmatch(rf"pol-{file_lang}-\d{{4}}", rid):
                    warnings.append(f"{where}: polarity id does not look like pol-{file_lang}-0001")
                polarity_rows[file_lang].append(row)
            else:
                missing = MAIN_FIELDS - set(row)
                extra = set(row) - MAIN_FIELDS
                if missing:
                    err(where, f"missing fields {sorted(missing)}")
                if extra:
                    err(where, f"unexpected fields {sorted(extra)}")
                if rid and not re.fullmatch(rf"hard-{file_lang}-\d{{4}}", rid):
                    err(where, f"id should look like hard-{file_lang}-0001")
                check_main_row(row, where, err)
                main_rows[file_lang].append(row)
            texts_by_lang[file_lang].append((where, text.strip(), normalise(text)))

    # --- per-language set checks ----------------------------------------------------------
    for lang, rows in sorted(main_rows.items()):
        by_case = collections.defaultdict(list)
        for row in rows:
            by_case[row.get("case")].append(row)
        for case, want in CASE_COUNTS.items():
            got = len(by_case.get(case, []))
            if got != want:
                err(f"{lang}.jsonl", f"case {case}: {got} rows, expected {want}")
            if got:
                tests = sum(1 for r in by_case[case] if r.get("split") == "test")
                share = tests / got
                if abs(share - TEST_SHARE) > TEST_SHARE_TOLERANCE:
                    err(
                        f"{lang}.jsonl",
                        f"case {case}: test share {share:.0%} (want about {TEST_SHARE:.0%})",
                    )
        total = sum(CASE_COUNTS.values())
        if len(rows) != total:
            err(f"{lang}.jsonl", f"{len(rows)} rows, expected {total}")

    for lang, rows in sorted(polarity_rows.items()):
        c = collections.Counter(r.get("sentiment") for r in rows)
        if len(rows) and min(c["positive"], c["negative"]) < 0.4 * len(rows):
            warnings.append(f"polarity_{lang}.jsonl: unbalanced {dict(c)}")

    # --- near-duplicates within a language (all files of that language together) ---------
    for _lang, items in sorted(texts_by_lang.items()):
        keyed = []
        for where, raw, norm in items:
            key = norm if norm else "RAW:" + raw
            keyed.append((where, raw, key, trigrams(norm)))
        first = {}
        for where, raw, key, _ in keyed:
            if key in first:
                err(where, f"duplicate text (normalised) of {first[key]}: {raw!r}")
            else:
                first[key] = where
        for i in range(len(keyed)):
            wi, ri, ki, ti = keyed[i]
            if not ti:
                continue
            for j in range(i + 1, len(keyed)):
                wj, rj, kj, tj = keyed[j]
                if not tj or ki == kj:
                    continue
                inter = len(ti & tj)
                if not inter:
                    continue
                jac = inter / len(ti | tj)
                if jac > NEAR_DUP_JACCARD:
                    err(wj, f"near-duplicate of {wi} (trigram Jaccard {jac:.2f}): {rj!r} ~ {ri!r}")

    # --- report -----------------------------------------------------------------------------
    for lang, rows in sorted(main_rows.items()):
        print(f"== {lang}.jsonl: {len(rows)} rows")
        print(f"   split:     {fmt(collections.Counter(r.get('split') for r in rows))}")
        print(f"   sentiment: {fmt(collections.Counter(r.get('sentiment') for r in rows))}")
        print(f"   genre:     {fmt(collections.Counter(r.get('genre') for r in rows))}")
        print(f"   type:      {fmt(collections.Counter(r.get('feedback_type') for r in rows))}")
        print(f"   {'case':<17}{'n':>4}{'train':>7}{'test':>6}   sentiment")
        for case in CASE_COUNTS:
            cr = [r for r in rows if r.get("case") == case]
            sp = collections.Counter(r.get("split") for r in cr)
            print(
                f"   {case:<17}{len(cr):>4}{sp['train']:>7}{sp['test']:>6}   "
                f"{fmt(collections.Counter(r.get('sentiment') for r in cr))}"
            )
        others = sorted({str(r.get("case")) for r in rows} - set(CASE_COUNTS))
        if others:
            print(f"   unknown cases: {others}")
        pc = collections.Counter(p for r in rows for p in r.get("pillars") or [])
        tc = collections.Counter(t for r in rows for t in r.get("touchpoints") or [])
        print(f"   pillars:     {fmt(pc)}")
        print(f"   touchpoints: {fmt(tc)}")
    for lang, rows in sorted(polarity_rows.items()):
        print(
            f"== polarity_{lang}.jsonl: {len(rows)} rows; "
            f"{fmt(collections.Counter(r.get('sentiment') for r in rows))}"
        )

    for w in warnings:
        print("WARNING", w)
    for e in errors:
        print("ERROR", e)
    print(f"{len(errors)} error(s), {len(warnings)} warning(s)")
    return 1 if errors else 0


def check_main_row(row, where, err):
    sent = row.get("sentiment")
    ftype = row.get("feedback_type")
    case = row.get("case")
    pillars = row.get("pillars")
    tps = row.get("touchpoints")
    check_labels(row, where, err)
    if case not in CASE_RULES:
        err(where, f"case {case!r} not in {sorted(CASE_RULES)}")
        return
    sents, ftypes, pillar = CASE_RULES[case]
    if sent not in sents:
        err(where, f"case {case} wants sentiment in {sorted(sents)}, got {sent!r}")
    if ftypes is not None and ftype not in ftypes:
        err(where, f"case {case} wants feedback_type in {sorted(ftypes)}, got {ftype!r}")
    if pillar and isinstance(pillars, list) and pillar not in pillars:
        err(where, f"case {case} wants pillar {pillar!r}")
    if case == "non_answer" and (pillars or tps):
        err(where, "non_answer must have no pillars and no touchpoints")
    if case != "mixed" and sent == "mixed":
        err(where, "sentiment 'mixed' outside case mixed")


def fmt(counter):
    ordered = sorted(counter.items(), key=lambda kv: (-kv[1], str(kv[0])))
    return ", ".join(f"{k}={v}" for k, v in ordered)


if __name__ == "__main__":
    sys.exit(main())

"""The checker shared by the hand-written CX sets with cases and a test split
(``data/cx_everyday``, ``data/cx_words``, ``data/cx_vocab``; standard library only).

Each set's ``check.py`` describes itself with a :class:`Spec` (id prefix, cases and their
counts, allowed labels per case, the earlier sets it must not copy, rows moved to test) and
calls :func:`main`. For every ``<lang>.jsonl`` in the set's folder (a language whose file is
missing is skipped) it checks: valid JSON, exactly the record fields in order, ids
``<prefix>-<lang>-0001`` unique across files, label ids from TAXONOMY.md, praise never
negative and complaint never positive, each case's allowed sentiments and feedback types, at
most 5 ``mixed``, the per-case counts and the split rule (rows 3, 6, 9, ... of each case are
``test``, plus the spec's moved rows), the polarity mix (45 / 35 / 20 %, +-8 points), and
near-duplicates within a language and against the earlier sets of the same language (equal
normalised text or character-trigram Jaccard > 0.8). It warns on the genre mix, on neutral
rows outside case ``neutral``, on short verdicts over 6 words and on texts over 40 words,
prints counts per language, case, split, sentiment and genre, and returns 1 on any error.
"""

import collections
import json
import pathlib
import re
from dataclasses import dataclass, field

from .labels import DOC_SENTIMENTS, LANGS
from .neardup import jaccard, normalise, trigrams
from .rowcheck import check_labels, checked_rows

MAX_MIXED = 5
# target share of each sentiment over a language's file, and the tolerance (fraction points)
POLARITY_MIX = {"negative": 0.45, "positive": 0.35, "neutral": 0.20}
POLARITY_TOLERANCE = 0.08
# target share of each genre (warning only)
GENRE_MIX = {"survey": 0.50, "social": 0.35, "interview": 0.15}
GENRE_TOLERANCE = 0.12
SHORT_VERDICT_MAX_WORDS = 6
LONG_TEXT_WORDS = 40
NEAR_DUP_JACCARD = 0.8
FIELDS = [
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
]
FILE_NAME = re.compile(r"^([a-z]{2})\.jsonl$")
# a polar case: any document sentiment, any feedback type; neutral texts have their own case
POLAR = (DOC_SENTIMENTS, None)
NEUTRAL = ({"neutral"}, {"question", "suggestion", "other"})


@dataclass(frozen=True)
class Spec:
    """What one written set is: its folder, id prefix, cases (name -> rows per language),
    the sentiments / feedback types each case allows (None: any), the earlier sets of
    ``data/`` it must not copy, and rows held out as test beyond the every-third-row rule."""

    folder: pathlib.Path
    prefix: str
    case_counts: dict
    case_rules: dict
    earlier_sets: tuple
    moved_to_test: frozenset = field(default_factory=frozenset)


def word_count(text):
    """Words with letters, not counting #hashtags and @handles."""
    return sum(
        1
        for tok in text.split()
        if not tok.startswith(("#", "@")) and re.search(r"[^\W\d_]", tok, flags=re.UNICODE)
    )


def earlier_texts(spec, lang):
    """(where, norm, trigrams) of the texts of the earlier hand-written / built sets."""
    out = []
    for name in spec.earlier_sets:
        folder = spec.folder.parent / name
        if not folder.is_dir():
            continue
        for path in sorted(folder.glob("*.jsonl")):
            stem = path.stem
            if stem != lang and stem != f"polarity_{lang}":
                continue
            with path.open(encoding="utf-8") as fh:
                for lineno, line in enumerate(fh, 1):
                    try:
                        text = json.loads(line).get("text")
                    except (json.JSONDecodeError, AttributeError):
                        continue
                    if isinstance(text, str) and text.strip():
                        norm = normalise(text)
                        out.append((f"{name}/{path.name}:{lineno}", norm, trigrams(norm)))
    return out


def main(spec, argv):
    errors = []
    warnings = []

    def err(where, msg):
        errors.append(f"{where}: {msg}")

    def warn(where, msg):
        warnings.append(f"{where}: {msg}")

    if argv:
        files = [pathlib.Path(a).resolve() for a in argv]
    else:
        files = sorted(p for p in spec.folder.glob("*.jsonl") if FILE_NAME.match(p.name))
    if not files:
        print("no <lang>.jsonl files found next to check.py (nothing to check yet)")
        return 0

    seen_ids = {}
    rows_by_lang = collections.defaultdict(list)  # lang -> [(where, row)]

    for path in files:
        m = FILE_NAME.match(path.name)
        if not m:
            warn(path.name, "name is not <lang>.jsonl; skipped")
            continue
        if not path.exists():
            warn(path.name, "does not exist (yet); skipped")
            continue
        file_lang = m.group(1)
        if file_lang not in LANGS:
            err(path.name, f"unknown language {file_lang!r} in file name")
        for where, row in checked_rows(path, file_lang, seen_ids, err):
            rid = row.get("id")
            if isinstance(rid, str) and not re.fullmatch(
                rf"{spec.prefix}-{file_lang}-\d{{4}}", rid
            ):
                err(where, f"id should look like {spec.prefix}-{file_lang}-0001")
            if list(row) != FIELDS:
                missing = [f for f in FIELDS if f not in row]
                extra = [f for f in row if f not in FIELDS]
                if missing:
                    err(where, f"missing fields {missing}")
                if extra:
                    err(where, f"unexpected fields {extra}")
                if not missing and not extra:
                    warn(where, "fields not in the documented order")
            check_row(spec, row, where, err, warn)
            rows_by_lang[file_lang].append((where, row))

    for lang, items in sorted(rows_by_lang.items()):
        check_language(spec, lang, items, err, warn)

    # --- report -----------------------------------------------------------------------------
    for lang, items in sorted(rows_by_lang.items()):
        rows = [r for _, r in items]
        n = len(rows) or 1
        sc = collections.Counter(r.get("sentiment") for r in rows)
        print(f"== {lang}.jsonl: {len(rows)} rows")
        print(f"   split:     {fmt(collections.Counter(r.get('split') for r in rows))}")
        print(
            f"   sentiment: {fmt(sc)}  ("
            + ", ".join(f"{k} {sc[k] / n:.0%}" for k in POLARITY_MIX)
            + ")"
        )
        print(f"   genre:     {fmt(collections.Counter(r.get('genre') for r in rows))}")
        print(f"   type:      {fmt(collections.Counter(r.get('feedback_type') for r in rows))}")
        print(f"   {'case':<17}{'n':>4}{'train':>7}{'test':>6}   sentiment")
        for case in spec.case_counts:
            cr = [r for r in rows if r.get("case") == case]
            sp = collections.Counter(r.get("split") for r in cr)
            print(
                f"   {case:<17}{len(cr):>4}{sp['train']:>7}{sp['test']:>6}   "
                f"{fmt(collections.Counter(r.get('sentiment') for r in cr))}"
            )
        pc = collections.Counter(p for r in rows for p in r.get("pillars") or [])
        tc = collections.Counter(t for r in rows for t in r.get("touchpoints") or [])
        print(f"   pillars:     {fmt(pc)}")
        print(f"   touchpoints: {fmt(tc)}")
    missing_langs = [lang for lang in LANGS if lang not in rows_by_lang]
    if missing_langs and not argv:
        print(f"(no file yet for: {', '.join(missing_langs)})")

    for w in warnings:
        print("WARNING", w)
    for e in errors:
        print("ERROR", e)
    print(f"{len(errors)} error(s), {len(warnings)} warning(s)")
    return 1 if errors else 0


def check_row(spec, row, where, err, warn):
    sent = row.get("sentiment")
    ftype = row.get("feedback_type")
    case = row.get("case")
    text = row.get("text") or ""
    check_labels(row, where, err)
    if sent == "positive" and ftype not in {"praise", "suggestion", "question", "other"}:
        err(where, f"positive row with feedback_type {ftype!r}")
    if sent == "negative" and ftype == "praise":
        err(where, "negative row marked praise")
    if case not in spec.case_rules:
        err(where, f"case {case!r} not in {sorted(spec.case_rules)}")
        return
    sents, ftypes = spec.case_rules[case]
    if sent not in sents:
        err(where, f"case {case} wants sentiment in {sorted(sents)}, got {sent!r}")
    if ftypes is not None and ftype not in ftypes:
        err(where, f"case {case} wants feedback_type in {sorted(ftypes)}, got {ftype!r}")
    if case != "neutral" and sent == "neutral":
        warn(where, f"neutral sentiment in case {case} (neutral texts belong in case neutral)")
    words = word_count(text)
    if case == "short_verdict" and words > SHORT_VERDICT_MAX_WORDS:
        warn(where, f"short_verdict with {words} words (want 1-{SHORT_VERDICT_MAX_WORDS})")
    if words > LONG_TEXT_WORDS:
        warn(where, f"{words} words (texts should be short: mostly 4-25 words)")


def check_language(spec, lang, items, err, warn):
    rows = [r for _, r in items]
    name = f"{lang}.jsonl"
    # per-case counts and the split rule: rows 3, 6, 9, ... of each case are test
    by_case = collections.defaultdict(list)
    for where, row in items:
        by_case[row.get("case")].append((where, row))
    for case, want in spec.case_counts.items():
        got = len(by_case.get(case, []))
        if got != want:
            err(name, f"case {case}: {got} rows, expected {want}")
    for case, case_items in by_case.items():
        for k, (where, row) in enumerate(case_items, 1):
            want_split = "test" if k % 3 == 0 or row.get("id") in spec.moved_to_test else "train"
            if row.get("split") != want_split:
                err(
                    where,
                    f"split rule: row {k} of case {case} should be {want_split!r}, "
                    f"got {row.get('split')!r}",
                )
    total = sum(spec.case_counts.values())
    if len(rows) != total:
        err(name, f"{len(rows)} rows, expected {total}")

    # polarity mix, mixed cap, genre mix
    n = len(rows) or 1
    sc = collections.Counter(r.get("sentiment") for r in rows)
    if sc["mixed"] > MAX_MIXED:
        err(name, f"{sc['mixed']} mixed rows (at most {MAX_MIXED})")
    for sent, target in POLARITY_MIX.items():
        share = sc[sent] / n
        if abs(share - target) > POLARITY_TOLERANCE + 1e-9:
            err(name, f"{sent} share {share:.0%} (want about {target:.0%})")
    gc = collections.Counter(r.get("genre") for r in rows)
    for genre, target in GENRE_MIX.items():
        share = gc[genre] / n
        if abs(share - target) > GENRE_TOLERANCE + 1e-9:
            warn(name, f"genre {genre} share {share:.0%} (want about {target:.0%})")

    # near-duplicates within the language
    keyed = []
    for where, row in items:
        raw = row.get("text") or ""
        norm = normalise(raw)
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
        for j in range(i + 1, len(keyed)):
            wj, rj, kj, tj = keyed[j]
            if ki == kj:
                continue
            jac = jaccard(ti, tj)
            if jac > NEAR_DUP_JACCARD:
                err(wj, f"near-duplicate of {wi} (trigram Jaccard {jac:.2f}): {rj!r} ~ {ri!r}")

    # against the earlier sets of the same language (nothing copied from them)
    earlier = earlier_texts(spec, lang)
    earlier_by_norm = {}
    for where, norm, _ in earlier:
        earlier_by_norm.setdefault(norm, where)
    for where, raw, key, tri in keyed:
        if key in earlier_by_norm:
            err(where, f"same text as {earlier_by_norm[key]}: {raw!r}")
            continue
        for ewhere, _enorm, etri in earlier:
            jac = jaccard(tri, etri)
            if jac > NEAR_DUP_JACCARD:
                err(where, f"near-copy of {ewhere} (trigram Jaccard {jac:.2f}): {raw!r}")
                break


def fmt(counter):
    ordered = sorted(counter.items(), key=lambda kv: (-kv[1], str(kv[0])))
    return ", ".join(f"{k}={v}" for k, v in ordered)

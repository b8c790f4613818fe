"""Insight commands of the CLI (``trends``, ``drivers``, ``export-long``) over analysed files.

Thin wrappers over :mod:`textinsight.insight`: records -> facts -> daily sums -> trends or
drivers, the same functions the service runs over its database.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

import typer

from .errors import InvalidInput, TextInsightError

BY_HELP = (
    "touchpoint, pillar, feedback_type (each label head's group), topic, channel, language, all"
)
PERIOD_CHOICES = ("day", "week", "month")

Records = Annotated[
    list[Path],
    typer.Argument(
        help="Analysis outputs (.jsonl .csv .parquet .xlsx, or a folder of Parquet parts)."
    ),
]
Period = Annotated[str, typer.Option(help="day, week (ISO, from Monday) or month.")]
DateColumn = Annotated[
    str,
    typer.Option(
        help="Meta column with the document's date (ISO date/datetime, 19.10.2026, an Excel day "
        "number, epoch seconds)."
    ),
]
ScoreColumn = Annotated[
    str | None, typer.Option(help="Meta column with a numeric score (NPS 0-10, CSAT, ...).")
]
ChannelColumn = Annotated[str, typer.Option(help="Meta column naming the channel.")]


def _fail(exc: Exception) -> None:
    typer.echo(f"error: {exc}", err=True)
    raise typer.Exit(2)


def _choice(option: str, value: str, choices: tuple[str, ...]) -> str:
    if value not in choices:
        raise InvalidInput(f"{option}: one of {', '.join(choices)}, not {value!r}")
    return value


def load_facts(
    paths: list[Path],
    *,
    date_column: str,
    score_column: str | None,
    channel_column: str,
    default_date: Any = None,
) -> tuple[Any, list[dict[str, Any]]]:
    """The facts frame of the records in ``paths`` and the records; a one-line error when no
    record has a date or the score column holds no number."""
    from .insight.facts import facts, read_records

    for p in paths:
        if not p.exists():
            raise InvalidInput(f"RECORDS: {p} does not exist")
    records = list(read_records(paths))
    f = facts(
        records,
        date_column=date_column,
        score_column=score_column,
        channel_column=channel_column,
        default_date=default_date,
    )
    if f.attrs["documents"] == 0 and f.attrs["undated"] > 0:
        keys = sorted({k for r in records for k in (r.get("meta") or {})})
        raise InvalidInput(
            f"--date-column: no record has a date in {date_column!r} "
            f"(meta columns: {', '.join(keys) or 'none'})"
        )
    if score_column and f.attrs["documents"] and f["score"].notna().sum() == 0:
        raise InvalidInput(f"--score-column: no record has a number in {score_column!r}")
    if f.attrs["undated"]:
        typer.echo(
            f"warning: {f.attrs['undated']} record(s) without a date in {date_column!r} left out",
            err=True,
        )
    return f, records


def _table(frame: Any, columns: list[str], floats: str = "{:.3g}") -> str:
    """A plain text table of ``columns`` of ``frame``."""
    cells = [[c for c in columns]]
    for _, r in frame.iterrows():
        cells.append(
            [
                "" if v is None or v != v else floats.format(v) if isinstance(v, float) else str(v)
                for v in (r[c] for c in columns)
            ]
        )
    widths = [max(len(row[k]) for row in cells) for k in range(len(columns))]
    return "\n".join(
        "  ".join(
            c.rjust(w) if k else c.ljust(w)
            for k, (c, w) in enumerate(zip(row, widths, strict=True))
        )
        for row in cells
    )


def trends_cmd(
    records: Records,
    output: Annotated[
        Path | None,
        typer.Option("-o", "--output", help=".csv .parquet .jsonl (omitted: print the spikes)"),
    ] = None,
    period: Period = "week",
    by: Annotated[str, typer.Option(help=f"Group kind: {BY_HELP}.")] = "touchpoint",
    date_column: DateColumn = "date",
    score_column: ScoreColumn = None,
    channel_column: ChannelColumn = "channel",
    sensitivity: Annotated[
        float,
        typer.Option(
            help="p-value below which a period is a spike (per test, no multiple-test correction)."
        ),
    ] = 0.01,
    min_count: Annotated[int, typer.Option(help="Fewest documents a spike needs.")] = 10,
    baseline_periods: Annotated[
        int,
        typer.Option(
            help="Periods before each period that form its baseline (3 at least are needed)."
        ),
    ] = 8,
) -> None:
    """Count, negative share, mean sentiment and score per period and group, with spikes."""
    from .insight.exports import write_frame
    from .insight.trends import MIN_BASELINE, daily, spikes, trends

    try:
        from .insight.facts import group_kinds

        _choice("--by", by, (*group_kinds(), "all"))
        _choice("--period", period, PERIOD_CHOICES)
        if not 0 < sensitivity < 1:
            raise InvalidInput(f"--sensitivity: a p-value between 0 and 1, not {sensitivity}")
        if baseline_periods < MIN_BASELINE:
            raise InvalidInput(
                f"--baseline-periods: at least {MIN_BASELINE}, not {baseline_periods}"
            )
        if output is not None and output.suffix.lower() not in (".csv", ".parquet", ".jsonl"):
            raise InvalidInput(f"-o: .csv, .parquet or .jsonl, not {output.name!r}")
        f, _ = load_facts(
            records,
            date_column=date_column,
            score_column=score_column,
            channel_column=channel_column,
        )
        t = trends(
            daily(f),
            period=period,  # type: ignore[arg-type]
            by=by,
            sensitivity=sensitivity,
            min_count=min_count,
            baseline_periods=baseline_periods,
        )
        if output is not None:
            write_frame(t, output)
        s = spikes(t)
        typer.echo(
            f"{f.attrs['documents']} documents, {t['period'].nunique()} {period}s, "
            f"{t['group'].nunique()} {by} groups, {len(s)} spike(s)",
            err=True,
        )
        if len(s):
            s = s.assign(period_start=s["period_start"].dt.strftime("%Y-%m-%d"))
            shown = _table(
                s,
                [
                    "period_start",
                    "period",
                    "group",
                    "count",
                    "negative_share",
                    "baseline_count",
                    "baseline_negative_share",
                    "spike_metric",
                    "spike_p",
                ],
            )
            typer.echo(shown, err=output is not None)
    except (TextInsightError, OSError, ValueError) as exc:
        _fail(exc)


def drivers_cmd(
    records: Records,
    score_column: Annotated[
        str, typer.Option(help="Meta column with a numeric score (NPS 0-10, CSAT, ...).")
    ],
    output: Annotated[
        Path | None,
        typer.Option("-o", "--output", help=".csv .parquet .jsonl (omitted: print a table)"),
    ] = None,
    kinds: Annotated[
        str, typer.Option(help="Comma-separated group kinds to rank.")
    ] = "touchpoint,pillar,topic",
    min_count: Annotated[int, typer.Option(help="Fewest scored documents for an interval.")] = 5,
    confidence: Annotated[float, typer.Option(help="Confidence of the intervals.")] = 0.95,
    date_column: DateColumn = "date",
    channel_column: ChannelColumn = "channel",
) -> None:
    """Per label: mean score with and without it, the difference with a Welch interval, and
    the impact on the overall score (rank 1 pulls it down most)."""
    import datetime as dt

    from .insight.drivers import drivers
    from .insight.exports import write_frame
    from .insight.trends import daily

    try:
        from .insight.facts import group_kinds

        kind_list = [k.strip() for k in kinds.split(",") if k.strip()]
        for k in kind_list:
            _choice("--kinds", k, group_kinds())
        if not 0 < confidence < 1:
            raise InvalidInput(f"--confidence: between 0 and 1, not {confidence}")
        if output is not None and output.suffix.lower() not in (".csv", ".parquet", ".jsonl"):
            raise InvalidInput(f"-o: .csv, .parquet or .jsonl, not {output.name!r}")
        # drivers need no dates: an undated record counts on a placeholder day
        f, _ = load_facts(
            records,
            date_column=date_column,
            score_column=score_column,
            channel_column=channel_column,
            default_date=dt.date(1970, 1, 1),
        )
        d = drivers(daily(f), kinds=kind_list, min_count=min_count, confidence=confidence)
        if output is not None:
            write_frame(d, output)
            typer.echo(f"{len(d)} labels ranked -> {output}", err=True)
            return
        n = int(f[f["group_kind"] == "all"]["score"].notna().sum())
        typer.echo(
            f"{n} documents with a {score_column!r} score, overall mean "
            f"{f[f['group_kind'] == 'all']['score'].mean():.2f}"
        )
        typer.echo(
            _table(
                d,
                [
                    "rank",
                    "group_kind",
                    "group",
                    "count",
                    "mean_with",
                    "mean_without",
                    "effect",
                    "ci_low",
                    "ci_high",
                    "impact",
                    "too_few",
                ],
                "{:.2f}",
            )
        )
    except (TextInsightError, OSError, ValueError) as exc:
        _fail(exc)


def export_long_cmd(
    records: Records,
    output: Annotated[Path, typer.Option("-o", "--output", help=".parquet or .csv")],
    period: Period = "week",
    date_column: DateColumn = "date",
    score_column: ScoreColumn = None,
    channel_column: ChannelColumn = "channel",
) -> None:
    """A long table for BI tools: one row per document and label (and one 'all' row per
    document), with date and period columns that are dates."""
    from .insight.exports import LONG_FORMATS, long_table, write_long

    try:
        _choice("--period", period, PERIOD_CHOICES)
        if output.suffix.lower() not in LONG_FORMATS:
            raise InvalidInput(f"-o: .parquet or .csv, not {output.name!r}")
        _, recs = load_facts(
            records,
            date_column=date_column,
            score_column=score_column,
            channel_column=channel_column,
        )
        t = long_table(
            recs,
            period=period,  # type: ignore[arg-type]
            date_column=date_column,
            score_column=score_column,
            channel_column=channel_column,
        )
        write_long(t, output)
        typer.echo(f"{t['id'].nunique()} documents, {len(t)} rows -> {output}", err=True)
    except (TextInsightError, OSError, ValueError) as exc:
        _fail(exc)


def register(app: typer.Typer) -> None:
    """Add the insight commands to ``app``."""
    app.command("trends")(trends_cmd)
    app.command("drivers")(drivers_cmd)
    app.command("export-long")(export_long_cmd)

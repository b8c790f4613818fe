"""``textinsight report``: analysed files -> one self-contained HTML report.

A thin wrapper: records -> facts -> daily sums -> the view model (:mod:`.insight.view`) ->
:func:`textinsight.insight.report.write_report`, the same view the service's ``/dashboard``
draws for a stream.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

import typer

from .errors import InvalidInput, TextInsightError

PERIODS = ("day", "week", "month")


def build_report_view(
    paths: list[Path],
    *,
    topics: Path | None = None,
    period: str = "week",
    date_column: str = "date",
    score_column: str | None = None,
    channel_column: str = "channel",
    title: str | None = None,
    sensitivity: float = 0.01,
    min_count: int = 10,
) -> tuple[dict[str, Any], dict[str, Any]]:
    """The view of the records in ``paths`` (with a topic model folder's topics) and the
    facts' counts (documents, undated, errors)."""
    from .insight.facts import facts, read_records, with_topics
    from .insight.trends import daily
    from .insight.view import build_view, record_examples

    if period not in PERIODS:
        raise InvalidInput(f"--period: one of {', '.join(PERIODS)}, not {period!r}")
    for p in [*paths, *([topics] if topics else [])]:
        if not p.exists():
            raise InvalidInput(f"{p} does not exist")
    if topics is not None and not (topics / "topics.json").is_file():
        raise InvalidInput(f"--topics: {topics} holds no topics.json (a 'topics fit' folder)")
    records = list(read_records(paths))
    if topics is not None and (topics / "assignments.jsonl").is_file():
        records = list(with_topics(records, topics))
    f = facts(
        records, date_column=date_column, score_column=score_column, channel_column=channel_column
    )
    if f.attrs["documents"] == 0:
        keys = sorted({k for r in records for k in (r.get("meta") or {})})
        raise InvalidInput(
            f"--date-column: no record has a date in {date_column!r} "
            f"(meta columns: {', '.join(keys) or 'none'})"
        )
    if score_column and f[f["group_kind"] == "all"]["score"].notna().sum() == 0:
        raise InvalidInput(f"--score-column: no record has a number in {score_column!r}")
    name = title or ", ".join(p.name for p in paths)
    view = build_view(
        daily(f),
        period=period,  # type: ignore[arg-type]
        examples=record_examples(f, records),
        topics=topics,
        title=name,
        sensitivity=sensitivity,
        min_count=min_count,
    )
    return view, {k: f.attrs[k] for k in ("documents", "undated", "errors")}


def report_cmd(
    records: Annotated[
        list[Path],
        typer.Argument(
            help="Analysis outputs (.jsonl .csv .parquet .xlsx, or a folder of Parquet parts)."
        ),
    ],
    output: Annotated[Path, typer.Option("-o", "--output", help="The HTML file to write.")],
    topics: Annotated[
        Path | None,
        typer.Option("--topics", help="A 'topics fit' folder: its topics, labels and assignments."),
    ] = None,
    period: Annotated[str, typer.Option(help="day, week (ISO, from Monday) or month.")] = "week",
    score_column: Annotated[
        str | None,
        typer.Option(help="Meta column with a numeric score (NPS 0-10, CSAT, ...): adds drivers."),
    ] = None,
    date_column: Annotated[str, typer.Option(help="Meta column with the date.")] = "date",
    channel_column: Annotated[
        str, typer.Option(help="Meta column naming the channel.")
    ] = "channel",
    title: Annotated[str | None, typer.Option(help="Title (default: the input names).")] = None,
    sensitivity: Annotated[
        float, typer.Option(help="p-value below which a period is a spike.")
    ] = 0.01,
    min_count: Annotated[int, typer.Option(help="Fewest documents a spike needs.")] = 10,
) -> None:
    """One self-contained HTML report (plotly inlined, no network): volume and negative share
    over time per group with spikes marked, their comments, drivers, topics, languages and
    channels."""
    from .insight.report import write_report

    try:
        if output.suffix.lower() not in (".html", ".htm"):
            raise InvalidInput(f"-o: an .html file, not {output.name!r}")
        if not 0 < sensitivity < 1:
            raise InvalidInput(f"--sensitivity: a p-value between 0 and 1, not {sensitivity}")
        view, counts = build_report_view(
            records,
            topics=topics,
            period=period,
            date_column=date_column,
            score_column=score_column,
            channel_column=channel_column,
            title=title,
            sensitivity=sensitivity,
            min_count=min_count,
        )
        write_report(view, output)
    except (TextInsightError, OSError, ValueError) as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2) from None
    if counts["undated"]:
        typer.echo(
            f"warning: {counts['undated']} record(s) without a date in {date_column!r} left out",
            err=True,
        )
    typer.echo(
        f"{counts['documents']} documents, {len(view['spikes'])} spike(s), "
        f"{len(view['topics'])} topic(s) -> {output}",
        err=True,
    )


def register(app: typer.Typer) -> None:
    """Add ``report`` to ``app``."""
    app.command("report")(report_cmd)

"""The ``textinsight`` command line: thin wrappers over library functions."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer

from .cli_insight import register as register_insight_commands
from .cli_report import register as register_report_commands
from .cli_service import register as register_service_commands
from .errors import InvalidInput, TextInsightError

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    help="Customer-experience insight from Nordic and English feedback.",
)
models_app = typer.Typer(no_args_is_help=True, help="Build and check the model files.")
app.add_typer(models_app, name="models")
taxonomy_app = typer.Typer(no_args_is_help=True, help="Custom label taxonomies.")
app.add_typer(taxonomy_app, name="taxonomy")
topics_app = typer.Typer(no_args_is_help=True, help="Topics across a corpus (BERTopic).")
app.add_typer(topics_app, name="topics")
register_service_commands(app)
register_report_commands(app)  # report: records -> one HTML file
register_insight_commands(app)


def _settings(**overrides: object):  # -> Settings
    """Settings from the environment plus the command's options, all validated: a bad value
    (``--batch-size 0``, ``TEXTINSIGHT_SEGMENT=bogus``) exits 2 with one line naming it."""
    from .settings import Settings

    try:
        return Settings.load(**overrides)
    except InvalidInput as exc:
        message = str(exc)
        for name, value in overrides.items():
            if value is not None:
                message = message.replace(f"setting {name} (", f"--{name.replace('_', '-')} (")
        _fail(InvalidInput(message))


ENGINE_HELP = "local (this process) or ray (Ray Data actor pool; local Ray or --ray-address)."
RAY_ADDRESS_HELP = (
    "With --engine ray: auto or host:6379, a cluster this machine is a node of "
    "(default: a local Ray)."
)
ACTORS_HELP = "With --engine ray: actors in the pool, each with the models loaded once."


def _policy(redact: bool, redact_policy: str) -> str | None:
    """The redaction policy ``--redact`` / ``--redact-policy`` ask for (None: no redaction)."""
    if redact and redact_policy not in ("tag", "mask", "pseudonym"):
        raise InvalidInput(f"--redact-policy: tag, mask or pseudonym, not {redact_policy!r}")
    return redact_policy if redact else None


def _fail(exc: Exception) -> None:
    typer.echo(f"error: {exc}", err=True)
    raise typer.Exit(2)


@app.command()
def analyze(
    inputs: Annotated[list[Path], typer.Argument(help="Input files, or - for JSONL on stdin.")],
    output: Annotated[str, typer.Option("-o", "--output", help=".jsonl .csv .parquet .xlsx or -")],
    text_column: Annotated[str, typer.Option(help="Column/key holding the text.")] = "text",
    id_column: Annotated[str, typer.Option(help="Column/key holding the id.")] = "id",
    language_column: Annotated[
        str | None, typer.Option(help="Column with a language hint (it wins over detection).")
    ] = None,
    encoding: Annotated[
        str | None,
        typer.Option(
            help="Encoding of CSV/TSV/JSONL/TXT inputs, e.g. cp1252 or utf-16 (default: detected)."
        ),
    ] = None,
    segment: Annotated[str | None, typer.Option(help="auto, document, sentence or turn.")] = None,
    batch_size: Annotated[int | None, typer.Option(help="Documents per batch.")] = None,
    resume: Annotated[bool, typer.Option(help="Continue an interrupted run.")] = False,
    progress: Annotated[bool, typer.Option(help="Progress bar on stderr.")] = True,
    topics: Annotated[
        Path | None, typer.Option("--topics", help="A topic model directory (topics fit).")
    ] = None,
    redact: Annotated[
        bool, typer.Option("--redact", help="Redact personal data in the written text.")
    ] = False,
    redact_policy: Annotated[
        str, typer.Option(help="With --redact: tag ([PERSON]), mask (*****) or pseudonym.")
    ] = "tag",
    engine: Annotated[str | None, typer.Option(help=ENGINE_HELP)] = None,
    ray_address: Annotated[str | None, typer.Option(help=RAY_ADDRESS_HELP)] = None,
    actors: Annotated[int | None, typer.Option(help=ACTORS_HELP)] = None,
) -> None:
    """Analyse feedback files and write one record per document."""
    from .io.readers import Columns
    from .runner import run_analysis

    try:
        settings = _settings(
            segment=segment,
            batch_size=batch_size,
            redact=_policy(redact, redact_policy),
            topic_model=topics,
            engine=engine,
            ray_address=ray_address,
            ray_actors=actors,
        )
        cols = Columns(text_column, id_column, language_column, encoding)
        if settings.engine == "ray":
            from .engines.ray_engine import run_analysis_ray

            if resume:
                raise InvalidInput("--resume works with --engine local only (rerun a Ray run)")
            summary = run_analysis_ray(inputs, output, settings, cols=cols, progress=progress)
        else:
            summary = run_analysis(
                inputs, output, settings, resume=resume, progress=progress, cols=cols
            )
    except TextInsightError as exc:
        _fail(exc)
    typer.echo(summary.render(), err=True)


@app.command()
def evaluate(
    gold: Annotated[list[Path], typer.Argument(help="Gold JSON Lines (id, text, lang, ...).")],
    report: Annotated[Path | None, typer.Option(help="Also write the report here.")] = None,
    tasks: Annotated[
        str | None, typer.Option(help="Comma-separated tasks to score (default: all labelled).")
    ] = None,
    label_head: Annotated[
        str | None,
        typer.Option(
            help="Score this single-label head (e.g. churn_risk) against the gold 'label' column."
        ),
    ] = None,
    split: Annotated[
        str | None, typer.Option(help="Score only the gold rows whose 'split' is this (e.g. test).")
    ] = None,
) -> None:
    """Score the models on labelled files; prints JSON."""
    from .evaluate import evaluate_file

    try:
        only = [t.strip() for t in tasks.split(",")] if tasks else None
        result = evaluate_file(gold, _settings(), tasks=only, label_head=label_head, split=split)
    except TextInsightError as exc:
        _fail(exc)
    text = json.dumps(result, indent=2, ensure_ascii=False)
    typer.echo(text)
    if report:
        report.write_text(text + "\n")


@models_app.command("prepare")
def models_prepare() -> None:
    """Build (first run) and verify the default encoder in the cache directory."""
    from .encoder.registry import resolve

    settings = _settings()
    try:
        resolved = resolve(settings.encoder, settings.cache_dir)
        if settings.encoder_backend != "torch":  # export the ONNX graph now, not in a first run
            from .encoder.encoder import Encoder

            Encoder.from_settings(settings)
    except TextInsightError as exc:
        _fail(exc)
    typer.echo(
        f"encoder {resolved.name} ({resolved.version}) ready at {resolved.location}"
        f" ({settings.encoder_backend})"
    )


@taxonomy_app.command("check")
def taxonomy_check(
    path: Annotated[Path, typer.Argument(help="A taxonomy file (.yaml, .yml or .json).")],
) -> None:
    """Report how well a taxonomy's labels separate, and which collide; prints JSON."""
    from .encoder.encoder import Encoder
    from .taxonomy import load_taxonomy
    from .taxonomy_model import check_taxonomy

    try:
        tax = load_taxonomy(path)
        encoder = Encoder.from_settings(_settings())
        result = check_taxonomy(tax, lambda texts: encoder.encode_views(texts)[1])
    except TextInsightError as exc:
        _fail(exc)
    typer.echo(json.dumps({"taxonomy": tax.name, **result.to_dict()}, indent=2, ensure_ascii=False))


@topics_app.command("fit")
def topics_fit(
    inputs: Annotated[list[Path], typer.Argument(help="Input files (as for analyze).")],
    output: Annotated[Path, typer.Option("-o", "--output", help="Directory for the model.")],
    seed: Annotated[int, typer.Option(help="Random seed (same input + seed = same topics).")] = 42,
    min_topic_size: Annotated[
        int | None, typer.Option(help="Smallest topic; default scales with the corpus.")
    ] = None,
    text_column: Annotated[str, typer.Option(help="Column/key holding the text.")] = "text",
    id_column: Annotated[str, typer.Option(help="Column/key holding the id.")] = "id",
    date_column: Annotated[
        str, typer.Option(help="Column with a date (topics over time).")
    ] = "date",
    class_column: Annotated[
        list[str] | None,
        typer.Option(
            help="A column to break topics down by (counts per value in topics.json "
            "'classes' and topics show); repeat for several."
        ),
    ] = None,
    language_erasure: Annotated[
        str | None,
        typer.Option(
            help="How the language is erased from topic vectors: none, mean, leace, "
            "inlp, mean+inlp (default: the topic_language_erasure setting)."
        ),
    ] = None,
    online: Annotated[
        int | None,
        typer.Option(help="Online fit with this many topics (memory stays one chunk deep)."),
    ] = None,
    progress: Annotated[bool, typer.Option(help="Progress bar on stderr.")] = True,
    redact: Annotated[
        bool,
        typer.Option(
            "--redact",
            help="Redact personal data before clustering: the "
            "model's representative texts and keywords hold no raw names.",
        ),
    ] = False,
    redact_policy: Annotated[
        str, typer.Option(help="With --redact: tag ([PERSON]), mask (*****) or pseudonym.")
    ] = "tag",
    engine: Annotated[
        str | None, typer.Option(help=ENGINE_HELP + " Ray embeds; the clustering runs here.")
    ] = None,
    ray_address: Annotated[str | None, typer.Option(help=RAY_ADDRESS_HELP)] = None,
    actors: Annotated[int | None, typer.Option(help=ACTORS_HELP)] = None,
) -> None:
    """Fit a topic model; write DIR with topics.json and assignments.jsonl."""
    from .io.readers import Columns
    from .topics.model import FitParams
    from .topics.run import fit_files, fit_files_online, show

    try:
        settings = _settings(
            redact=_policy(redact, redact_policy),
            engine=engine,
            ray_address=ray_address,
            ray_actors=actors,
        )
        params = FitParams(
            seed,
            min_topic_size,
            language_erasure=language_erasure or settings.topic_language_erasure,
        )
        _ = params.erasure  # a wrong --language-erasure fails before the pipeline runs
        if settings.engine == "ray":
            from .engines.ray_topics import fit_files_ray

            if online:
                raise InvalidInput("--online works with --engine local only")
            fit_files_ray(
                inputs,
                output,
                settings,
                params,
                Columns(text_column, id_column),
                date_column,
                class_column,
                progress,
            )
            typer.echo(show(output, top=10), err=True)
            return
        if online:
            fit_files_online(
                inputs,
                output,
                settings,
                online,
                params,
                Columns(text_column, id_column),
                date_column,
                progress=progress,
                class_key=class_column,
            )
            typer.echo(show(output, top=10), err=True)
            return
        _, report = fit_files(
            inputs,
            output,
            settings,
            params,
            Columns(text_column, id_column),
            date_column,
            class_column,
            progress,
        )
    except TextInsightError as exc:
        _fail(exc)
    typer.echo(show(output, top=10), err=True)


@topics_app.command("show")
def topics_show(
    model_dir: Annotated[Path, typer.Argument(help="A directory written by topics fit.")],
    top: Annotated[int, typer.Option(help="How many topics to list.")] = 20,
    as_json: Annotated[bool, typer.Option("--json", help="Print topics.json instead.")] = False,
    period: Annotated[str, typer.Option(help="Counts over time per month or week.")] = "month",
) -> None:
    """Print a fitted model's topics with their breakdowns."""
    from .topics.run import show

    try:
        if as_json:
            typer.echo((model_dir / "topics.json").read_text(encoding="utf-8"))
        else:
            typer.echo(show(model_dir, top, period))
    except (TextInsightError, FileNotFoundError) as exc:
        _fail(exc)


def main() -> None:
    """Console-script entry point."""
    app()

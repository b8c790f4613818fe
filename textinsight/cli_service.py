"""Service commands of the CLI (``serve``, ``worker``, ``keys``), registered on the main app."""

from __future__ import annotations

import json
from typing import Annotated

import typer

keys_app = typer.Typer(no_args_is_help=True, help="API keys of the HTTP service.")


def _settings():  # -> Settings
    """Settings from the environment, validated: a bad value exits 2 with one line."""
    from .errors import InvalidInput
    from .settings import Settings

    try:
        return Settings.load()
    except InvalidInput as exc:
        _fail(exc)


def _fail(exc: Exception) -> None:
    typer.echo(f"error: {exc}", err=True)
    raise typer.Exit(2)


# The HTTP app's factory, found by name when `serve` runs: the library never imports the app
# (tests/test_import_graph.py holds that line).
APP_FACTORY = "api.main:create_app"


def serve(
    host: Annotated[str, typer.Option(help="Address to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.")] = 8000,
) -> None:
    """Run the HTTP API (models load once at start-up; jobs need `textinsight worker`)."""
    from .logs import configure

    try:
        import uvicorn
        from uvicorn.importer import ImportFromStringError, import_from_string

        create_app = import_from_string(APP_FACTORY)
    except ImportError as exc:
        _fail(RuntimeError(f"the HTTP API needs the 'api' extra ({exc.name} is missing)"))
        return
    except ImportFromStringError as exc:
        _fail(RuntimeError(f"the HTTP API is not installed ({exc})"))
        return
    settings = _settings()
    configure(settings.log_format)
    uvicorn.run(
        create_app(settings),
        host=host,
        port=port,
        access_log=False,
        log_config=None,
        timeout_graceful_shutdown=10,
    )


def worker(
    name: Annotated[
        str | None,
        typer.Option(
            help="A label for the logs (default: host-pid). Leases belong to the process, not "
            "the name: a restarted worker takes a job over once its lease has run out."
        ),
    ] = None,
    once: Annotated[bool, typer.Option(help="Exit when no job is waiting.")] = False,
) -> None:
    """Run queued jobs (analysis, topic-model fits) until stopped; safe to kill and restart."""
    import signal
    import threading

    from .errors import TextInsightError
    from .logs import configure
    from .service.worker import Worker

    settings = _settings()
    configure(settings.log_format)
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    try:
        w = Worker.from_settings(settings, name=name)
        w.run(stop, once=once)
    except TextInsightError as exc:
        _fail(exc)
    except KeyboardInterrupt:
        pass


@keys_app.command("create")
def keys_create(
    name: Annotated[str, typer.Option(help="Who or what uses the key.")],
    scopes: Annotated[str, typer.Option(help="Comma-separated: analyze,jobs,topics,read,admin")] = (
        "analyze"
    ),
    tenant: Annotated[str, typer.Option(help="The tenant whose jobs and models it sees.")] = (
        "default"
    ),
) -> None:
    """Create a key; its token is printed once and stored only as a hash."""
    from .errors import TextInsightError
    from .service.db import make_engine
    from .service.keys import KeyStore

    try:
        key, token = KeyStore(make_engine(_settings())).create(name, scopes, tenant)
    except TextInsightError as exc:
        _fail(exc)
        return
    typer.echo(
        json.dumps(
            {
                "id": key.id,
                "name": key.name,
                "tenant": key.tenant,
                "scopes": list(key.scopes),
                "token": token,
            }
        )
    )
    typer.echo("store the token now: it cannot be shown again", err=True)


@keys_app.command("list")
def keys_list() -> None:
    """List keys (ids, names, tenants, scopes, revoked or not; never tokens)."""
    from .service.db import make_engine
    from .service.keys import KeyStore

    for k in KeyStore(make_engine(_settings())).list():
        typer.echo(
            json.dumps(
                {
                    "id": k.id,
                    "name": k.name,
                    "tenant": k.tenant,
                    "scopes": list(k.scopes),
                    "revoked": k.revoked_at is not None,
                }
            )
        )


@keys_app.command("revoke")
def keys_revoke(
    key_id: Annotated[str, typer.Argument(help="The key's id (from `keys list`).")],
) -> None:
    """Revoke a key (servers stop accepting it within key_cache_seconds)."""
    from .service.db import make_engine
    from .service.keys import KeyStore

    if not KeyStore(make_engine(_settings())).revoke(key_id):
        _fail(LookupError(f"no active key {key_id!r}"))
    typer.echo(f"revoked {key_id}", err=True)


def register(app: typer.Typer) -> None:
    """Add the service commands to ``app``."""
    app.command()(serve)
    app.command()(worker)
    app.add_typer(keys_app, name="keys")

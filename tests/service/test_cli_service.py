"""`textinsight keys create / list / revoke`."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from textinsight.cli import app
from textinsight.service.db import make_engine
from textinsight.service.keys import KeyStore
from textinsight.settings import Settings


def test_cli_keys_create_list_revoke(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TEXTINSIGHT_DATA_DIR", str(tmp_path))
    monkeypatch.delenv("TEXTINSIGHT_DATABASE_URL", raising=False)
    runner = CliRunner()
    res = runner.invoke(
        app, ["keys", "create", "--name", "survey", "--scopes", "analyze,jobs", "--tenant", "acme"]
    )
    assert res.exit_code == 0, res.output
    made = json.loads(res.stdout.splitlines()[0])
    store = KeyStore(make_engine(Settings(data_dir=tmp_path)))
    key = store.verify(made["token"])
    assert key is not None and key.tenant == "acme" and key.scopes == ("analyze", "jobs")
    listed = [json.loads(x) for x in runner.invoke(app, ["keys", "list"]).stdout.splitlines()]
    assert listed == [
        {
            "id": made["id"],
            "name": "survey",
            "tenant": "acme",
            "scopes": ["analyze", "jobs"],
            "revoked": False,
        }
    ]
    assert made["token"] not in json.dumps(listed)
    assert runner.invoke(app, ["keys", "revoke", made["id"]]).exit_code == 0
    assert store.verify(made["token"]) is None
    assert runner.invoke(app, ["keys", "revoke", made["id"]]).exit_code != 0
    assert runner.invoke(app, ["keys", "create", "--name", "x", "--scopes", "root"]).exit_code == 2


def test_serve_finds_the_app_by_name_and_runs_it_with_the_settings(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import uvicorn

    import textinsight.cli_service as cli_service
    import textinsight.logs

    ran: dict[str, object] = {}
    monkeypatch.setattr(uvicorn, "run", lambda app, **kw: ran.update(app=app, **kw))
    monkeypatch.setattr(textinsight.logs, "configure", lambda fmt: ran.update(log_format=fmt))
    monkeypatch.setenv("TEXTINSIGHT_MAX_CHARS", "1234")
    monkeypatch.setenv("TEXTINSIGHT_LOG_FORMAT", "text")
    res = CliRunner().invoke(app, ["serve", "--port", "8123"])
    assert res.exit_code == 0, res.output
    assert ran["port"] == 8123 and ran["log_format"] == "text"
    assert ran["app"].state.textinsight.settings.max_chars == 1234  # type: ignore[attr-defined]

    monkeypatch.setattr(cli_service, "APP_FACTORY", "api.no_such_module:create_app")
    res = CliRunner().invoke(app, ["serve"])
    assert res.exit_code == 2 and "the HTTP API is not installed" in res.output

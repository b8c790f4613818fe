"""The one settings object."""

from __future__ import annotations

import pytest

from textinsight.settings import Settings


def test_settings_every_field_is_described() -> None:
    for name, field in Settings.model_fields.items():
        assert field.description and len(field.description) > 10, name


def test_settings_read_from_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TEXTINSIGHT_BATCH_SIZE", "7")
    monkeypatch.setenv("TEXTINSIGHT_STAGES", '["validate", "language"]')
    s = Settings()
    assert s.batch_size == 7 and s.stages == ["validate", "language"]


def test_settings_validate_values() -> None:
    with pytest.raises(ValueError):
        Settings(batch_size=0)
    with pytest.raises(ValueError):
        Settings(segment="paragraph")  # type: ignore[arg-type]


def test_updated_validates_what_model_copy_would_accept() -> None:
    base = Settings()
    assert base.updated(batch_size=5).batch_size == 5
    assert base.batch_size != 5 or base.updated(batch_size=6).batch_size == 6  # a copy
    with pytest.raises(ValueError, match=r"batch_size \(TEXTINSIGHT_BATCH_SIZE\)"):
        base.updated(batch_size=0)
    with pytest.raises(ValueError, match="segment"):
        base.updated(segment="bogus")
    with pytest.raises(ValueError, match="unknown setting"):
        base.updated(no_such_setting=1)


def test_load_names_a_bad_environment_value_in_one_line(monkeypatch: pytest.MonkeyPatch) -> None:
    from textinsight.errors import InvalidInput

    monkeypatch.setenv("TEXTINSIGHT_SEGMENT", "bogus")
    with pytest.raises(InvalidInput) as info:
        Settings.load()
    assert "TEXTINSIGHT_SEGMENT" in str(info.value) and "\n" not in str(info.value)


def test_cli_rejects_bad_options_and_environment(monkeypatch: pytest.MonkeyPatch, tmp_path) -> None:
    from typer.testing import CliRunner

    from textinsight.cli import app

    src = tmp_path / "in.jsonl"
    src.write_text('{"id": "1", "text": "hej"}\n', encoding="utf-8")
    out = tmp_path / "out.jsonl"
    runner = CliRunner()
    res = runner.invoke(
        app, ["analyze", str(src), "-o", str(out), "--segment", "bogus", "--batch-size", "0"]
    )
    assert res.exit_code == 2 and not out.exists()
    assert "--segment" in res.output and "--batch-size" in res.output
    assert "Traceback" not in res.output
    monkeypatch.setenv("TEXTINSIGHT_SEGMENT", "bogus")
    res = runner.invoke(app, ["keys", "list"])
    assert res.exit_code == 2 and "TEXTINSIGHT_SEGMENT" in res.output

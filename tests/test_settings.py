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

"""Taxonomy files: validation and the shipped defaults."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from textinsight.errors import InvalidInput
from textinsight.taxonomy import load_taxonomy

GOOD = {
    "name": "banking",
    "labels": [
        {"id": "fees", "description": "Charges and fees", "examples": ["Gebyret er for højt"]},
        {"id": "app", "description": {"en": "The mobile app", "sv": "Appen"}},
    ],
}


def test_taxonomy_loads_json_and_yaml(tmp_path: Path) -> None:
    import yaml

    (tmp_path / "t.json").write_text(json.dumps(GOOD))
    (tmp_path / "t.yaml").write_text(yaml.safe_dump(GOOD, allow_unicode=True))
    for name in ("t.json", "t.yaml"):
        tax = load_taxonomy(tmp_path / name)
        assert tax.ids == ["fees", "app"]
        assert tax.labels[1].descriptions() == ["The mobile app", "Appen"]


@pytest.mark.parametrize(
    "bad",
    [
        {"name": "x", "labels": [GOOD["labels"][0]]},  # one label
        {"name": "x", "labels": [GOOD["labels"][0], GOOD["labels"][0]]},  # duplicate id
        {"name": "x", "labels": [{"id": "Bad Id", "description": "d"}, GOOD["labels"][1]]},
    ],
)
def test_taxonomy_rejects_bad_files(tmp_path: Path, bad: dict) -> None:
    (tmp_path / "t.json").write_text(json.dumps(bad))
    with pytest.raises(InvalidInput):
        load_taxonomy(tmp_path / "t.json")

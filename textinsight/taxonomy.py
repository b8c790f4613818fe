"""Label taxonomies (the shipped CX pillars and touchpoints, or a user's own) in YAML or JSON."""

from __future__ import annotations

import json
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from .errors import InvalidInput
from .paths import models_dir


class LabelDef(BaseModel):
    """One label: a stable id, display names, a description and a few examples."""

    model_config = ConfigDict(extra="forbid")  # a misspelt key is an error, not ignored

    id: str = Field(pattern=r"^[a-z][a-z0-9_]{0,63}$", description="Stable id used in outputs.")
    names: dict[str, str] = Field(default_factory=dict, description="Display name per language.")
    description: dict[str, str] | str = Field(description="What texts with this label are about.")
    examples: list[str] = Field(default_factory=list, description="Example texts (any language).")

    def descriptions(self) -> list[str]:
        """The description(s) as a list of texts."""
        if isinstance(self.description, str):
            return [self.description]
        return [d for d in self.description.values() if d.strip()]


class Taxonomy(BaseModel):
    """A named set of labels (unknown keys are refused, at any level)."""

    model_config = ConfigDict(extra="forbid")

    name: str = Field(pattern=r"^[a-z][a-z0-9_\-]{0,63}$")
    version: int | str = 1
    multi_label: bool = True
    description: str = ""
    labels: list[LabelDef] = Field(min_length=2)

    @field_validator("labels")
    @classmethod
    def _unique_ids(cls, labels: list[LabelDef]) -> list[LabelDef]:
        ids = [label.id for label in labels]
        dupes = sorted({i for i in ids if ids.count(i) > 1})
        if dupes:
            raise ValueError(f"duplicate label ids: {dupes}")
        return labels

    @property
    def ids(self) -> list[str]:
        """Label ids in order."""
        return [label.id for label in self.labels]


def load_taxonomy(path: Path) -> Taxonomy:
    """Read and validate a taxonomy file (.yaml, .yml or .json)."""
    import yaml

    try:
        text = Path(path).read_text(encoding="utf-8")
    except OSError as exc:
        raise InvalidInput(f"cannot read taxonomy {path}: {exc}") from exc
    try:
        data = json.loads(text) if str(path).endswith(".json") else yaml.safe_load(text)
        return Taxonomy.model_validate(data)
    except (ValueError, yaml.YAMLError, ValidationError) as exc:
        raise InvalidInput(f"invalid taxonomy {path}: {exc}") from exc


def default_taxonomy(name: str) -> Taxonomy:
    """The shipped ``pillars`` or ``touchpoints`` taxonomy."""
    path = models_dir() / "taxonomies" / f"{name}.yaml"
    if not path.exists():
        raise InvalidInput(f"no default taxonomy {name!r}")
    return load_taxonomy(path)

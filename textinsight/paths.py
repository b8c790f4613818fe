"""Where the package keeps its shipped files (a leaf module: imports nothing of the project)."""

from __future__ import annotations

from pathlib import Path


def models_dir() -> Path:
    """The shipped ``models/`` directory (inside the installed package)."""
    from importlib import resources

    return Path(str(resources.files("textinsight").joinpath("resources/models")))

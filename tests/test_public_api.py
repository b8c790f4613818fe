"""The public surface and the error tree."""

from __future__ import annotations

import subprocess
import sys

import textinsight
from textinsight import errors


def test_public_api_all_names_resolve() -> None:
    for name in textinsight.__all__:
        assert getattr(textinsight, name) is not None


def test_public_api_import_is_cheap() -> None:
    heavy = "('torch', 'transformers', 'spacy', 'lingua', 'sklearn')"
    code = f"import sys, textinsight; print(sorted(m for m in {heavy} if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_errors_tree_subclasses_builtins() -> None:
    assert issubclass(errors.InvalidInput, ValueError)
    assert issubclass(errors.UnsupportedFormat, errors.InvalidInput)
    assert issubclass(errors.ChecksumMismatch, errors.ModelError)
    assert issubclass(errors.ModelError, RuntimeError)
    for cls in (errors.InvalidInput, errors.ResumeMismatch, errors.ModelError, errors.ConfigError):
        assert issubclass(cls, errors.TextInsightError)
        assert cls.code != errors.TextInsightError.code

"""The one error tree of textinsight.

::

    TextInsightError
    ├── InvalidInput (ValueError)          bad user input: a file, a column, an option
    │   ├── UnsupportedFormat              a file extension no reader/writer handles
    │   └── InputTooLarge                  a file that expands past a limit (zip bomb) or
    │                                      needs more memory to parse than allowed
    ├── ResumeMismatch (ValueError)        --resume against a journal of another run
    ├── ModelError (RuntimeError)          a model could not be built, loaded or verified
    │   └── ChecksumMismatch               converted weights differ from the manifest
    └── ConfigError (ValueError)           settings that cannot work together

The HTTP layer maps these to statuses in one module; the library never imports FastAPI.
"""

from __future__ import annotations


class TextInsightError(Exception):
    """Base of every error raised on purpose by textinsight."""

    code = "textinsight_error"


class InvalidInput(TextInsightError, ValueError):
    """The caller gave input that cannot be processed."""

    code = "invalid_input"


class UnsupportedFormat(InvalidInput):
    """A file format that no reader or writer handles."""

    code = "unsupported_format"


class InputTooLarge(InvalidInput):
    """An input file that would expand past a limit when parsed (a zip bomb, say)."""

    code = "input_too_large"


class ResumeMismatch(TextInsightError, ValueError):
    """A resume was asked for, but the journal belongs to a different run."""

    code = "resume_mismatch"


class ModelError(TextInsightError, RuntimeError):
    """A model could not be built, loaded or verified."""

    code = "model_error"


class ChecksumMismatch(ModelError):
    """Model files on disk do not match the checksums of their manifest."""

    code = "checksum_mismatch"


class ConfigError(TextInsightError, ValueError):
    """Settings that cannot work together."""

    code = "config_error"

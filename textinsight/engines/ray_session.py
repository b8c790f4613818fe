"""A Ray connection for one run: an existing cluster, or a private local Ray started for it.

Where raw text can be, and how it is kept in:

- **Input blocks** hold the raw text (the actors must read it). They live in Ray's object
  store (shared memory) until an actor has analysed them; an actor redacts before a record
  leaves it (see :mod:`textinsight.engines.ray_engine`), so blocks of records hold only what
  the output may hold.
- **Spilling.** When the object store is full, Ray writes objects to its spilling directory. A
  local Ray started here spills into ``<private temp dir>/spill``; the temp dir (mode 0700, made
  by :func:`tempfile.mkdtemp`) also holds Ray's session, socket and log files, and is removed
  when the run ends, even when it fails.
- **Logs.** Workers' stdout/stderr are not forwarded to the driver (``log_to_driver=False``),
  no dashboard is started, and the actors raise errors that name only the exception type, so
  no text reaches a log or a traceback through them.
- **Access.** The local Ray's ports take only callers holding a random token made for this
  process (Ray's token authentication, ``RAY_AUTH_TOKEN``); nothing is written to
  ``~/.ray/auth_token``, as Ray would do by default.

Against an existing cluster (``--ray-address``) the spilling and log directories are the
cluster's own: set them on private, ephemeral storage there (README "Scaling out").
"""

from __future__ import annotations

import logging
import os
import secrets
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import ConfigError


@dataclass
class RaySession:
    """What a run is connected to; ``temp_dir`` is set when this run started a local Ray."""

    address: str | None
    temp_dir: Path | None
    started: bool

    def cluster_cpus(self) -> float:
        """Logical CPUs of the whole cluster."""
        import ray

        return float(ray.cluster_resources().get("CPU", 1.0))


def import_ray() -> Any:
    """The ``ray`` module, or a ConfigError that says how to install it."""
    try:
        import ray
        import ray.data  # noqa: F401 - the engine needs Ray Data, not only Ray core
    except ImportError as exc:
        raise ConfigError("--engine ray needs Ray Data: pip install 'textinsight[ray]'") from exc
    return ray


def configure_data_context() -> None:
    """Ray Data settings every run needs: input order kept, no progress bars of Ray's own."""
    from ray.data import DataContext

    ctx = DataContext.get_current()
    ctx.execution_options.preserve_order = True  # records come back in input order
    ctx.enable_progress_bars = False  # textinsight draws its own
    ctx.print_on_execution_start = False
    logging.getLogger("ray.data").setLevel(logging.WARNING)


@contextmanager
def ray_session(address: str | None = None, num_cpus: float | None = None) -> Iterator[RaySession]:
    """Connect to ``address`` ('auto', 'host:6379'), start a private local Ray with ``num_cpus``
    logical CPUs when it is None, or reuse the Ray this process is already connected to (which
    is then left running). Ray Client addresses (``ray://``) are refused: Ray Data's executor
    needs a driver inside the cluster (Ray 2.60 fails with an AttributeError through a client);
    run the command on a node, or with ``ray job submit``."""
    if address and address.startswith("ray://"):
        raise ConfigError(
            "--ray-address ray://... (Ray Client) cannot run Ray Data; run the "
            "command on a node of the cluster with --ray-address auto, or submit "
            "it with 'ray job submit'"
        )
    ray = import_ray()
    if ray.is_initialized():
        configure_data_context()
        yield RaySession(address, None, started=False)
        return
    common: dict[str, Any] = {
        "log_to_driver": False,
        "logging_level": logging.WARNING,
        "include_dashboard": False,
    }
    if address:
        try:
            ray.init(address=address, **common)
        except (ConnectionError, RuntimeError, ValueError) as exc:
            raise ConfigError(
                f"cannot connect to the Ray cluster at {address} ({type(exc).__name__})"
            ) from exc
        try:
            configure_data_context()
            yield RaySession(address, None, started=False)
        finally:
            ray.shutdown()
        return
    base = tempfile.gettempdir()
    if len(base) > 40:  # Ray's socket paths under it must stay within 107 bytes (AF_UNIX)
        base = "/tmp"
    tmp = Path(tempfile.mkdtemp(prefix="ti-ray-", dir=base))  # 0700: this user only
    # the local Ray's processes inherit these: no usage reports, and a token of this process
    # (kept for its later local Rays: Ray caches the token it first read). RAY_AUTH_MODE is
    # left to Ray: a new local Ray turns token mode on itself, and a mode set after Ray was
    # imported would not reach the driver
    os.environ.setdefault("RAY_USAGE_STATS_ENABLED", "0")
    os.environ.setdefault("RAY_AUTH_TOKEN", secrets.token_hex(32))
    try:
        ray.init(
            num_cpus=num_cpus,
            _temp_dir=str(tmp),
            object_spilling_directory=str(tmp / "spill"),
            **common,
        )
        configure_data_context()
        yield RaySession(None, tmp, started=True)
    finally:
        if ray.is_initialized():
            ray.shutdown()
        shutil.rmtree(tmp, ignore_errors=True)

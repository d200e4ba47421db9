"""Under CI (CI=true) a missing outside requirement fails the run; on a developer's machine it skips."""
from __future__ import annotations

import os
import subprocess
import sys

import pytest

from tests.conftest import ROOT, skip_unless_ci


def test_missing_requirement_skips_locally_and_fails_under_ci(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.delenv("CI", raising=False)
    with pytest.raises(pytest.skip.Exception):
        skip_unless_ci("the shared scorer is missing")
    monkeypatch.setenv("CI", "true")
    with pytest.raises(pytest.fail.Exception, match="CI=true and the shared scorer is missing"):
        skip_unless_ci("the shared scorer is missing")


@pytest.mark.parametrize("ci,outcome", [("", "skipped"), ("true", "error")])
def test_missing_chromium_fails_the_browser_test_under_ci(ci: str, outcome: str):
    env = {**os.environ, "CI": ci, "CLAIMWATCH_CHROMIUM": "/nonexistent/chromium"}
    done = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "--co",
                           "tests/browser/test_ui.py"], cwd=ROOT, env=env, capture_output=True, text=True,
                          timeout=300)
    if outcome == "skipped":
        assert done.returncode == 5 and "BROWSER TEST SKIPPED" in done.stdout, done.stdout[-2000:]  # 5: none collected
    else:
        assert done.returncode == 2 and "CI=true and no Chromium" in done.stdout, done.stdout[-2000:]

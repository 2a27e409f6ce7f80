"""The harness refuses what would hide a defect: logged errors, missing tools, skips."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
CANARIES = "tests/canaries/test_harness.py"


def _run(ci: bool) -> tuple[int, dict[str, str], str]:
    env = {k: v for k, v in os.environ.items() if k not in ("CI", "HALL_TEST_PG_URL")}
    env["HALL_CANARIES"] = "1"
    if ci:
        env["CI"] = "true"
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "-p", "no:cacheprovider", "-rA", CANARIES],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    outcomes: dict[str, str] = {}
    for line in done.stdout.splitlines():
        word, _, rest = line.partition(" ")
        if word in ("PASSED", "FAILED", "ERROR") and "::" in rest:
            name = rest.split("::")[1].split(" ")[0]
            # A test that passes its call but fails in teardown reports both: keep ERROR.
            if outcomes.get(name) != "ERROR":
                outcomes[name] = word
    return done.returncode, outcomes, done.stdout


@pytest.mark.slow
def test_logged_errors_and_missing_tools_fail_and_ci_refuses_undesigned_skips():
    code, outcomes, output = _run(ci=True)
    assert outcomes == {
        "test_an_error_logged_by_surprise": "ERROR",
        "test_an_error_the_test_expects": "PASSED",
        "test_an_expected_error_that_never_comes": "ERROR",
        "test_a_task_that_fails_unseen": "ERROR",
        "test_a_missing_tool": "ERROR",  # refused in its set-up
    }
    assert "hall-no-such-tool is missing (Debian package hall-no-such-package)" in output
    assert "skips that CI does not accept" in output and "the font is missing" in output
    assert code == 1

    code, outcomes, output = _run(ci=False)
    # Off CI a missing tool is a skip, and a skip is just a skip.
    assert "test_a_missing_tool" not in outcomes
    assert "SKIPPED" in output and "hall-no-such-tool is missing" in output
    assert "skips that CI does not accept" not in output
    assert outcomes["test_an_error_logged_by_surprise"] == "ERROR"
    assert code == 1


def _run_one(test: str, *options: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "HALL_TEST_PG_URL"}
    env.update(HALL_CANARIES="1", CI="true")
    return subprocess.run(
        [sys.executable, "-m", "pytest", "-p", "no:cacheprovider", *options, f"{CANARIES}::{test}"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )


@pytest.mark.slow
def test_under_ci_an_undesigned_skip_alone_fails_the_run():
    done = _run_one("test_a_skip_that_is_not_by_design")
    assert done.returncode == 1, done.stdout
    assert "skips that CI does not accept" in done.stdout
    assert "the font is missing" in done.stdout
    done = _run_one("test_a_skip_by_design")
    assert done.returncode == 0, done.stdout


@pytest.mark.slow
def test_in_two_processes_an_undesigned_skip_still_fails_the_run():
    # The README's command runs the tests with pytest -n 2: the skip happens in a
    # worker, and the controller, which hears every report, refuses it. (Skips by
    # design pass there: the README's command itself has some.)
    done = _run_one("test_a_skip_that_is_not_by_design", "-n", "2")
    assert done.returncode == 1, done.stdout
    assert "skips that CI does not accept" in done.stdout
    assert "the font is missing" in done.stdout

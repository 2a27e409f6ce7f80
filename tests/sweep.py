"""The date sweep: the date-sensitive tests, once per awkward "today" of ``tests/dates.py``.

    python -m tests.sweep                    # every instant but the default one
    python -m tests.sweep --only sunday new-years-eve -- -x tests/services/test_extended.py

Each instant runs ``pytest -m dates`` in a process of its own with ``HALL_TEST_NOW`` set
(two at a time on a 2-core machine). The default instant is left out unless named: the
ordinary test run already covers it. Prints one line per instant and a JSON summary,
and exits 1 when any instant failed.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import time
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict, dataclass
from pathlib import Path

from tests.dates import DEFAULT, SWEEP

ROOT = Path(__file__).resolve().parents[1]
UI_TESTS = "tests/ui"
_COUNT = re.compile(r"(\d+) (passed|failed|skipped|errors?|xfailed|xpassed)")


@dataclass
class InstantResult:
    name: str
    instant: str
    returncode: int
    seconds: float
    passed: int = 0
    failed: int = 0
    skipped: int = 0
    errors: int = 0
    failures: tuple[str, ...] = ()

    @property
    def ok(self) -> bool:
        return self.returncode == 0


def _parse(output: str, result: InstantResult) -> None:
    tail = output.strip().splitlines()[-1] if output.strip() else ""
    for count, word in _COUNT.findall(tail):
        key = "errors" if word.startswith("error") else word
        if hasattr(result, key):
            setattr(result, key, int(count))
    result.failures = tuple(
        line.split(" ", 1)[1].split(" - ")[0]
        for line in output.splitlines()
        if line.startswith(("FAILED ", "ERROR "))
    )


def run_instant(name: str, pytest_args: Sequence[str], marker: str = "dates") -> InstantResult:
    """Run the marked tests with the clock at instant ``name``; the outcome."""
    env = {**os.environ, "HALL_TEST_NOW": name}
    started = time.monotonic()
    command = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-rfE"]
    if marker:
        command += ["-m", marker]
    done = subprocess.run(
        [*command, *pytest_args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    result = InstantResult(
        name=name,
        instant=SWEEP[name].isoformat() if name in SWEEP else name,
        returncode=done.returncode,
        seconds=round(time.monotonic() - started, 1),
    )
    _parse(done.stdout, result)
    if not result.ok:
        sys.stderr.write(f"--- {name}: pytest output (tail) ---\n")
        sys.stderr.write("\n".join(done.stdout.splitlines()[-40:]) + "\n")
    return result


def sweep(
    names: Sequence[str],
    pytest_args: Sequence[str],
    *,
    jobs: int = 2,
    marker: str = "dates",
    ui_at: Sequence[str] | None = None,
) -> list[InstantResult]:
    """Each instant's run, ``jobs`` at a time. With ``ui_at``, the screens' tests
    (``tests/ui``) run at those instants only, as runs of their own in the same pool,
    and every other date-sensitive test at every instant."""
    runs: list[tuple[str, list[str]]]
    if ui_at is None:
        runs = [(n, list(pytest_args)) for n in names]
    else:
        runs = [(n, [*pytest_args, f"--ignore={UI_TESTS}"]) for n in names]
        runs += [(n, [*pytest_args, UI_TESTS]) for n in ui_at]
        runs.sort(key=lambda run: run[1][-1] != UI_TESTS)  # the long ones first

    def one(run: tuple[str, list[str]]) -> InstantResult:
        name, args = run
        result = run_instant(name, args, marker)
        if ui_at is not None:
            result.name = f"{name} ({'screens' if args[-1] == UI_TESTS else 'others'})"
        return result

    with ThreadPoolExecutor(max_workers=max(1, jobs)) as pool:
        return list(pool.map(one, runs))


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.sweep", description=__doc__)
    parser.add_argument("--only", nargs="+", choices=list(SWEEP), help="these instants only")
    parser.add_argument("--jobs", type=int, default=2, help="instants run at once (2)")
    parser.add_argument("--marker", default="dates", help='pytest -m expression ("" for all)')
    parser.add_argument(
        "--ui-at",
        nargs="+",
        choices=list(SWEEP),
        help="the screens' tests (tests/ui) at these instants only; the rest at every one",
    )
    parser.add_argument("pytest_args", nargs="*", help="passed on to pytest (after --)")
    args = parser.parse_args(argv)
    names = args.only or [n for n in SWEEP if n != DEFAULT]
    started = time.monotonic()
    results = sweep(names, args.pytest_args, jobs=args.jobs, marker=args.marker, ui_at=args.ui_at)
    for r in results:
        state = "ok  " if r.ok else "FAIL"
        print(
            f"{state} {r.name:<22} {r.instant:<26} {r.passed:>4} passed {r.failed:>3} failed"
            f" {r.errors:>3} errors {r.skipped:>3} skipped  {r.seconds:>6.1f} s"
        )
        for failure in r.failures:
            print(f"       {failure}")
    summary = {
        "instants": [{**asdict(r), "ok": r.ok} for r in results],
        "seconds": round(time.monotonic() - started, 1),
        "ok": all(r.ok for r in results),
    }
    print(json.dumps(summary, ensure_ascii=False))
    return 0 if summary["ok"] else 1


if __name__ == "__main__":
    sys.exit(main())

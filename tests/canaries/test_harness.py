"""Canaries for the test harness (``tests/unit/test_harness.py`` runs them)."""

from __future__ import annotations

import asyncio
import logging

import pytest

log = logging.getLogger("hall_desktop.canary")


def test_an_error_logged_by_surprise():
    log.error("the printer caught fire")


@pytest.mark.logs_errors("printer caught fire")
def test_an_error_the_test_expects():
    log.error("the printer caught fire")


@pytest.mark.logs_errors("printer caught fire")
def test_an_expected_error_that_never_comes():
    log.warning("only a warning")


async def test_a_task_that_fails_unseen():
    async def broken() -> None:
        raise KeyError("lost")

    task = asyncio.get_running_loop().create_task(broken())
    await asyncio.sleep(0)
    del task  # never awaited: asyncio logs "Task exception was never retrieved"
    import gc

    gc.collect()


@pytest.mark.requires_tool("hall-no-such-tool", package="hall-no-such-package")
def test_a_missing_tool():
    pass


def test_a_skip_that_is_not_by_design():
    pytest.skip("the font is missing")


def test_a_skip_by_design():
    pytest.skip("by design: one picture is enough")

"""The contract every role's controller keeps (``ui/common/controller.py``): named tasks
where a new run replaces the old one, ``stop()`` cancelling everything, failures logged
(and said on a staff screen only)."""

from __future__ import annotations

import asyncio
import contextlib

import pytest

from hall_desktop.ui.common.controller import Gate, RoleController
from hall_desktop.ui.widgets.forms import MessageLevel


class Surface:
    def __init__(self) -> None:
        self.messages: list[tuple[str, MessageLevel]] = []

    def show_message(self, text: str, level: MessageLevel = MessageLevel.INFO) -> None:
        self.messages.append((text, level))

    def show_field_error(self, field: str, message: str) -> bool:
        return False

    def set_online(self, online: bool) -> None:
        pass


class StaffController(RoleController):
    def start(self) -> None:
        pass


class CitizenController(StaffController):
    SHOWS_FAILURES = False


async def _settle(task: asyncio.Task[object]) -> None:
    with contextlib.suppress(asyncio.CancelledError, Exception):
        await task


async def test_starting_a_named_task_again_cancels_the_previous_run():
    controller = StaffController(Surface())
    first = controller._spawn(asyncio.sleep(30), "load", replace=True)
    second = controller._spawn(asyncio.sleep(30), "load", replace=True)
    other = controller._spawn(asyncio.sleep(30), "save")
    await _settle(first)
    assert first.cancelled()
    assert not second.done() and not other.done()
    await controller.stop()
    assert second.cancelled() and other.cancelled()


async def test_without_replace_tasks_of_one_name_run_side_by_side():
    controller = StaffController(Surface())
    tasks = [controller._spawn(asyncio.sleep(30), "save") for _ in range(2)]
    await asyncio.sleep(0)
    assert not any(t.done() for t in tasks)
    await controller.stop()
    assert all(t.cancelled() for t in tasks)


async def test_after_stop_nothing_starts():
    controller = StaffController(Surface())
    await controller.stop()
    late = controller._spawn(asyncio.sleep(30), "late", replace=True)
    await _settle(late)
    assert late.cancelled()


async def test_a_gate_takes_one_click_and_the_next_as_soon_as_the_result_shows():
    """A double click does the work once; a click made in the same turn as the first
    result appears is taken (a done-callback would open the gate a turn too late: the
    desk lost an Enter that way)."""
    controller = StaffController(Surface())
    gate = Gate()
    shown: list[int] = []
    second: list[asyncio.Task[object] | None] = []

    async def work(n: int) -> None:
        await asyncio.sleep(0.01)
        shown.append(n)
        if n == 1:  # the clerk reacts to the message in the very next turn
            asyncio.get_running_loop().call_soon(
                lambda: second.append(controller._spawn_once(gate, lambda: work(3), "w"))
            )

    first = controller._spawn_once(gate, lambda: work(1), "w")
    assert first is not None and gate.busy
    assert controller._spawn_once(gate, lambda: work(2), "w") is None  # the double click
    await first
    await asyncio.sleep(0)
    assert second and second[0] is not None
    await second[0]
    assert shown == [1, 3] and not gate.busy
    # Cancelled before it ever ran: the gate opens all the same.
    never = controller._spawn_once(gate, lambda: work(4), "w")
    assert never is not None
    never.cancel()
    await _settle(never)
    assert not gate.busy and shown == [1, 3]
    await controller.stop()


async def _fail() -> None:
    raise RuntimeError("boom")


@pytest.mark.logs_errors("task broken failed .*boom")
@pytest.mark.parametrize(
    ("kind", "said"),
    [(StaffController, [MessageLevel.ERROR]), (CitizenController, [])],
    ids=["staff screen: logged and said", "citizen screen: only logged"],
)
async def test_a_failed_task_is_logged(kind, said):
    surface = Surface()
    controller = kind(surface)
    task = controller._spawn(_fail(), "broken")
    await _settle(task)
    await asyncio.sleep(0)  # the done-callbacks run
    assert [level for _text, level in surface.messages] == said
    await controller.stop()


def test_start_is_the_subclass_s_to_write():
    with pytest.raises(NotImplementedError):
        RoleController(Surface()).start()  # type: ignore[abstract]

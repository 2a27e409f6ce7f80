"""The demo hall: every role in one process, the simulation keeping it alive."""

from __future__ import annotations

import asyncio
import os
import uuid
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from hall_desktop.config import Settings
from hall_desktop.domain.events import EventKind
from hall_desktop.services.queue import QueueService
from hall_desktop.store import pg_roles
from hall_desktop.store.backup import backup, restore, table_counts
from hall_desktop.store.database import Database, parse_db_url, sync_url
from hall_desktop.ui.demo.main import in_tabs, open_demo, tile
from hall_desktop.ui.demo.simulate import SimulationSpeed
from tests.conftest import create_pg_database, drop_pg_database
from tests.store.test_backup import every_row
from tests.ui.waiting import chinese_ui, wait_until


async def test_demo_opens_every_role_and_the_simulation_runs(qtbot, db_url, tmp_path, backend):
    code = f"demo_{uuid.uuid4().hex[:6]}"
    settings = Settings(
        db_url=db_url.render_as_string(hide_password=False),
        hall_code=code,
        printer=f"pdf:{tmp_path}",
    )
    with chinese_ui():
        hall = await open_demo(settings, simulate=True, seed=7)
        try:
            for window in hall.windows:
                qtbot.addWidget(window)
            assert hall.simulation is not None
            hall.simulation.speed = SimulationSpeed(arrival=(0.05, 0.1), service=(0.1, 0.3))
            desk, clerk1, clerk2 = hall.desk, hall.clerks[0], hall.clerks[1]
            await wait_until(lambda: desk.stack.currentIndex() == 1, timeout=20)
            await wait_until(lambda: clerk1.stack.currentIndex() == 2, timeout=20)
            await wait_until(lambda: clerk2.stack.currentIndex() == 2, timeout=20)
            # Citizens arrive and the simulated windows serve them; the display follows.
            await wait_until(lambda: hall.simulation.finished >= 2, timeout=30)
            await wait_until(lambda: hall.display.recent_texts(), timeout=10)
            # Window 1's terminal shows the clerk the demo signed in there (亮牌服务).
            await wait_until(lambda: "2001" in hall.terminal.staff_label.text(), timeout=10)
            from PySide6.QtCore import QRect

            folder = Path(os.environ.get("HALL_SCREENSHOTS", tmp_path))
            tile(hall.windows, QRect(0, 0, 1920, 1080))  # side by side on a large screen
            for window in hall.windows:
                window.show()
            await wait_until(lambda: hall.display.width() > 0)
            picture = hall.grab_screen((1920, 1080))
            if backend == "sqlite":
                assert picture.save(str(folder / "demo_1920x1080.png"))
            # A 1366×768 screen cannot tile five screens: one window, a tab per role,
            # each as large as the screen; none needs more room than it has.
            titles = {w: f"role {i}" for i, w in enumerate(hall.windows)}
            tabs = in_tabs(hall.windows, titles)
            tabs.resize(1366, 768)
            tabs.show()
            roles = [tabs.widget(i).widget() for i in range(tabs.count())]
            assert roles[0] is hall.desk and set(roles) == set(hall.windows)
            for index in range(tabs.count()):
                tabs.setCurrentIndex(index)
                await wait_until(lambda: tabs.currentWidget().widget().isVisible())
                # The window stays on the screen: a role never makes it grow.
                assert tabs.size().toTuple() == (1366, 768), index
                assert roles[index].minimumSizeHint().width() <= 1366
                if backend == "sqlite":
                    assert tabs.grab().save(str(folder / f"demo_1366x768_tab{index}.png"))
            for scroll in [tabs.widget(i) for i in range(tabs.count())]:
                scroll.takeWidget().setParent(None)  # back on their own, as qtbot closes them
            tabs.close()
        finally:
            await hall.stop()
            for window in hall.windows:
                window.close()
    db = Database(db_url)
    try:
        q = QueueService(db)
        hall_info = await q.hall(code)
        assert len(await q.tickets_of_day(hall_info.id)) >= 2
    finally:
        await db.dispose()


@pytest.mark.parametrize("backend", ["sqlite"], indirect=True)
async def test_demo_creates_the_embedded_database_when_absent(qtbot, tmp_path, backend):
    url = f"sqlite:///{tmp_path / 'fresh' / 'hall.sqlite3'}"
    settings = Settings(db_url=url, printer=f"pdf:{tmp_path}")
    hall = await open_demo(settings, simulate=False)
    try:
        for window in hall.windows:
            qtbot.addWidget(window)
        await wait_until(lambda: hall.desk.stack.currentIndex() == 1, timeout=20)
        assert (tmp_path / "fresh" / "hall.sqlite3").exists()
    finally:
        await hall.stop()


async def test_a_backup_made_while_the_demo_simulates_restores_to_an_identical_hall(
    qtbot, empty_url, second_url, tmp_path, backend
):
    """数据备份 while the demo hall works: the copy is one moment (every ticket with its
    issue event, the hall whole); made again once it is quiet, it restores to a hall
    identical to the running one, row for row.

    The demo makes its database afresh (as on a new PC), not in the test database that
    every earlier test of this process has filled: the backups, restores and row-for-row
    comparisons are of the demo hall alone."""
    db_url = empty_url
    code = f"demo_{uuid.uuid4().hex[:6]}"
    settings = Settings(
        db_url=db_url.render_as_string(hide_password=False),
        hall_code=code,
        printer=f"pdf:{tmp_path}",
    )
    hall = await open_demo(settings, simulate=True, seed=11)
    try:
        for window in hall.windows:
            qtbot.addWidget(window)
        assert hall.simulation is not None
        hall.simulation.speed = SimulationSpeed(arrival=(0.05, 0.1), service=(0.1, 0.3))
        await wait_until(lambda: hall.simulation.finished >= 3, timeout=40)
        busy = await asyncio.to_thread(backup, db_url, tmp_path / "busy.backup")
        finished_then = hall.simulation.finished
        await wait_until(lambda: hall.simulation.finished > finished_then, timeout=20)
    finally:
        await hall.stop()
        for window in hall.windows:
            window.close()
    await asyncio.to_thread(restore, busy.path, second_url)
    if busy.rows:
        assert table_counts(second_url) == busy.rows
    engine = create_engine(sync_url(second_url))
    try:
        with engine.connect() as conn:
            hall_id = conn.execute(
                text("SELECT id FROM hall WHERE code = :c"), {"c": code}
            ).scalar_one()
            tickets, issued = conn.execute(
                text(
                    "SELECT (SELECT count(*) FROM ticket WHERE hall_id = :h "
                    "AND transferred_from_id IS NULL), "
                    "(SELECT count(*) FROM event WHERE hall_id = :h AND kind = :k)"
                ),
                {"h": hall_id, "k": EventKind.TICKET_ISSUED.value},
            ).one()
    finally:
        engine.dispose()
    assert tickets >= 3 and tickets == issued  # one moment: no ticket without its event
    # Quiet now: the hall as it stands, restored, is identical in every row.
    quiet = await asyncio.to_thread(backup, db_url, tmp_path / "quiet.backup")
    if backend == "sqlite":
        again = tmp_path / "again" / "hall.sqlite3"
        again_url = parse_db_url(f"sqlite:///{again}")
    else:
        again_url = create_pg_database(second_url.set(database="postgres"), prefix="hall_demo")
    try:
        await asyncio.to_thread(restore, quiet.path, again_url)
        assert every_row(again_url) == every_row(db_url)
    finally:
        if backend != "sqlite":
            drop_pg_database(again_url)


@pytest.mark.parametrize("backend", ["postgresql"], indirect=True)
async def test_the_demo_hall_runs_with_each_pc_on_its_own_database_account(
    qtbot, db_url, tmp_path, backend
):
    """数据库账号: the display, desk, clerks and terminal each connect as their kind of
    PC's role (store.pg_roles) and the floor works: a number issued at the desk, called,
    served and finished at window 1, shown on the display, rated at its terminal."""
    from hall_desktop.domain.tickets import Outcome
    from hall_desktop.ui.clerk.forms import FinishForm

    code = f"demo_{uuid.uuid4().hex[:6]}"
    settings = Settings(
        db_url=db_url.render_as_string(hide_password=False),
        hall_code=code,
        printer=f"pdf:{tmp_path}",
    )
    engine = create_engine(sync_url(db_url))
    hall = await open_demo(settings, simulate=False, pg_roles=True)
    try:
        for window in hall.windows:
            qtbot.addWidget(window)
        users = {c.services.db.url.username for c in hall.controllers}
        assert users == {f"{db_url.database}_{code}_{k}" for k in ("display", "desk", "clerk")} | {
            f"{db_url.database}_{code}_terminal_1"
        }
        desk, clerk1, terminal = hall.desk, hall.clerks[0], hall.terminal
        await wait_until(lambda: desk.stack.currentIndex() == 1, timeout=20)  # logged in
        await wait_until(lambda: clerk1.stack.currentIndex() == 2, timeout=20)
        with engine.connect() as conn:
            line = conn.scalar(
                text(
                    "SELECT l.id FROM business_line l JOIN hall h ON h.id = l.hall_id "
                    "WHERE h.code = :c AND l.prefix = 'A'"
                ),
                {"c": code},
            )
        desk.issue_requested.emit(line)

        def status() -> str | None:
            with engine.connect() as conn:
                return conn.scalar(
                    text(
                        "SELECT t.status FROM ticket t JOIN hall h ON h.id = t.hall_id "
                        "WHERE h.code = :c AND t.number = 'A001'"
                    ),
                    {"c": code},
                )

        await wait_until(lambda: status() == "waiting", timeout=20)
        clerk1.call_next_requested.emit()
        await wait_until(lambda: any("A001" in t for t in hall.display.recent_texts()), timeout=20)
        await wait_until(lambda: hall.display.window_texts()[1][0] == "A001", timeout=20)
        clerk1.start_requested.emit()
        await wait_until(lambda: status() == "serving", timeout=20)
        working = hall.clerk_controllers[0]
        await wait_until(lambda: not working._busy.busy, timeout=20)  # one action at a time
        clerk1.finish_requested.emit(FinishForm(Outcome.COMPLETED, (), "", ()))
        await wait_until(lambda: terminal.page == "rating", timeout=20)
        ticket_id = terminal.rating_ticket_id
        assert ticket_id is not None
        terminal.rating_submitted.emit(ticket_id, 5, "", "")

        def rated() -> int | None:
            with engine.connect() as conn:
                return conn.scalar(
                    text("SELECT level FROM rating WHERE ticket_id = :t"), {"t": ticket_id}
                )

        await wait_until(lambda: rated() == 5, timeout=20)
    finally:
        await hall.stop()
        for window in hall.windows:
            window.close()
        with engine.begin() as conn:
            names = [
                r[0]
                for r in conn.execute(
                    text(
                        "SELECT d.role_name FROM db_login d JOIN hall h ON h.id = d.hall_id "
                        "WHERE h.code = :c"
                    ),
                    {"c": code},
                )
            ]
            conn.execute(text("DELETE FROM db_login WHERE role_name = ANY(:n)"), {"n": names})
            for name in names:
                pg_roles.drop_login_role(conn, name)
        engine.dispose()

"""A citizen's phone, ID number and address stay out of the logs, on both backends.

A write that fails in the database (forced here by a trigger on this test's hall) reaches
the screen's controller as a bug, and its error handler logs the error with its chain of
causes. Neither SQLAlchemy's message (which listed every bound parameter) nor
PostgreSQL's (whose DETAIL repeats the failing row) may carry the citizen's data there.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging

import pytest
from sqlalchemy import text

from hall_desktop import logs
from hall_desktop.services.courier import CourierService, DispatchItem
from hall_desktop.services.queue import QueueService
from hall_desktop.ui.common.controller import RoleController
from tests.helpers import line_ids

PHONE = "13912345678"
ID_NUMBER = "110105198004150030"
ADDRESS = "文三路 100 号 3 幢 501 室"
NAME = "欧阳娜娜"


class Surface:
    """What the controller reports to (a window in the program)."""

    def __init__(self) -> None:
        self.messages: list[str] = []

    def show_message(self, text: str, level: str = "info") -> None:
        self.messages.append(text)

    def show_field_error(self, field: str, message: str) -> bool:
        return False

    def set_online(self, online: bool) -> None:
        pass


@contextlib.asynccontextmanager
async def failing_inserts(db, table: str, hall_id: int):
    """Make every insert into ``table`` for ``hall_id`` fail inside the database.

    PostgreSQL: the trigger empties the row's NOT NULL ``status``, so the server's error
    repeats the whole failing row in its DETAIL. SQLite: the trigger aborts the insert.
    """
    name = f"test_fail_{table}_{hall_id}"
    if db.is_postgresql:
        create = [
            f"CREATE FUNCTION {name}() RETURNS trigger AS $$ BEGIN NEW.status := NULL; "
            "RETURN NEW; END $$ LANGUAGE plpgsql",
            f"CREATE TRIGGER {name} BEFORE INSERT ON {table} FOR EACH ROW "
            f"WHEN (NEW.hall_id = {hall_id}) EXECUTE FUNCTION {name}()",
        ]
        drop = [f"DROP TRIGGER {name} ON {table}", f"DROP FUNCTION {name}()"]
    else:
        create = [
            f"CREATE TRIGGER {name} BEFORE INSERT ON {table} WHEN NEW.hall_id = {hall_id} "
            "BEGIN SELECT RAISE(ABORT, 'forced failure'); END"
        ]
        drop = [f"DROP TRIGGER {name}"]
    async with db.write() as session:
        for statement in create:
            await session.execute(text(statement))
    try:
        yield
    finally:
        async with db.write() as session:
            for statement in drop:
                await session.execute(text(statement))


@pytest.mark.parametrize("table", ["ticket", "courier_dispatch"])
@pytest.mark.logs_errors("task write failed")
async def test_a_failed_write_logs_no_phone_id_number_or_address(
    db, hall, actors, tmp_path, monkeypatch, table
):
    monkeypatch.setenv("HALL_LOG_DIR", str(tmp_path / "logs"))
    log_file = logs.setup_logging("desk", stderr=False)
    assert log_file is not None
    if table == "ticket":
        line = (await line_ids(db, hall.hall_id))["A"]
        write = QueueService(db).issue_ticket(
            actors["daoban"],
            line,
            citizen_name=NAME,
            citizen_phone=PHONE,
            citizen_id_number=ID_NUMBER,
        )
    else:
        write = CourierService(db).create(
            actors["clerk1"],
            recipient_name=NAME,
            phone=PHONE,
            province="浙江省",
            city="杭州市",
            district="西湖区",
            address=ADDRESS,
            postal_code="310012",
            items=[DispatchItem("营业执照", 1)],
        )
    surface = Surface()
    controller = RoleController(surface)
    try:
        async with failing_inserts(db, table, hall.hall_id):
            task = controller._spawn(write, "write")
            with contextlib.suppress(Exception):
                await task
            await asyncio.sleep(0)  # the done-callbacks, the error handler among them
    finally:
        for handler in logging.getLogger().handlers:
            handler.flush()
        logs.teardown_logging()
    logged = log_file.read_text(encoding="utf-8")
    # The failure is there, with the statement that failed, for whoever debugs it …
    assert "task write failed" in logged and f"INSERT INTO {table}" in logged
    assert surface.messages  # … and the screen said something went wrong.
    # The citizen is not.
    for private in (PHONE, PHONE[-8:], ID_NUMBER, ID_NUMBER[6:14], ADDRESS, NAME):
        assert private not in logged, private
    assert str(task.exception()).count(PHONE) == 0

"""A write a unique key refuses reaches a person in the hall's words, from one place in
the store (both backends): the key is found by its constraint name on PostgreSQL and by
its columns on SQLite, and the refused transaction leaves nothing behind."""

from __future__ import annotations

import pytest
from sqlalchemy import exc, func, select

from hall_desktop.domain.errors import Refused, ValidationError
from hall_desktop.domain.windows_lines import LineFields, WindowFields
from hall_desktop.services.catalogue_admin import CatalogueAdminService
from hall_desktop.services.windows_lines import WindowsLinesService
from hall_desktop.store.integrity import CLASHES, constraint_name
from hall_desktop.store.models import Base, BusinessLine, CalendarDay, Event, ServiceItem
from tests.helpers import line_ids


async def _count(db, model) -> int:
    async with db.read() as session:
        return await session.scalar(select(func.count()).select_from(model)) or 0


def test_every_listed_key_exists_in_the_schema():
    names = {c.name for table in Base.metadata.tables.values() for c in table.constraints} | {
        i.name for table in Base.metadata.tables.values() for i in table.indexes
    }
    assert set(CLASHES) <= names


async def test_a_taken_prefix_is_a_validation_error_and_nothing_is_saved(db, hall, actors):
    lines = await line_ids(db, hall.hall_id)
    prefix = next(iter(lines))
    before = (await _count(db, BusinessLine), await _count(db, Event))
    with pytest.raises(ValidationError) as e:
        async with db.write() as session:
            session.add(
                BusinessLine(hall_id=hall.hall_id, prefix=prefix, name="又一个", sort_order=99)
            )
            await session.flush()
    assert (e.value.field, e.value.code) == ("prefix", "prefix_taken")
    assert e.value.message == "号码前缀刚被其他业务占用，请换一个前缀"
    assert isinstance(e.value.__cause__, exc.IntegrityError)
    assert constraint_name(e.value.__cause__) == "uq_business_line_hall_id_prefix"
    assert (await _count(db, BusinessLine), await _count(db, Event)) == before


async def test_the_race_past_the_services_own_check(db, hall, actors, monkeypatch):
    """Two PCs saving the same prefix, window number or item code at the same moment:
    both pass the service's check, the key refuses the second, in the same words."""

    async def free(*_args, **_kwargs) -> None:
        return None

    boss = actors["zhuren"]
    setup = WindowsLinesService(db)
    monkeypatch.setattr(WindowsLinesService, "_check_prefix_free", free)
    monkeypatch.setattr(WindowsLinesService, "_check_number_free", free)
    taken = (await setup.setup(boss)).lines[0]
    with pytest.raises(ValidationError) as e:
        await setup.create_line(boss, LineFields(prefix=taken.prefix, name="又一个"))
    assert (e.value.field, e.value.code) == ("prefix", "prefix_taken")
    window = (await setup.setup(boss)).windows[0]
    with pytest.raises(ValidationError) as e:
        await setup.create_window(
            boss, WindowFields(number=window.number, name="重复", active=False)
        )
    assert (e.value.field, e.value.code) == ("number", "number_taken")

    catalogue = CatalogueAdminService(db)
    monkeypatch.setattr(CatalogueAdminService, "_refuse_taken_code", free)
    item = (await catalogue.list_items(boss))[0]
    items = await _count(db, ServiceItem)
    with pytest.raises(ValidationError) as e:
        await catalogue.create_item(
            boss,
            code=item.code,
            name="重复事项",
            category=item.category,
            department=item.department,
        )
    assert (e.value.field, e.value.code) == ("code", "code_taken")
    assert await _count(db, ServiceItem) == items


async def test_a_day_set_twice_at_once_is_a_conflict(db, hall):
    from datetime import date

    async with db.write() as session:
        session.add(CalendarDay(hall_id=hall.hall_id, day=date(2030, 5, 1), kind="holiday"))
    with pytest.raises(Refused) as e:
        async with db.write() as session:
            session.add(CalendarDay(hall_id=hall.hall_id, day=date(2030, 5, 1), kind="holiday"))
    assert e.value.code == "conflict"
    assert e.value.message == "日历刚被其他人修改过，请刷新后重试"


async def test_a_key_not_listed_stays_an_integrity_error(db, hall):
    from hall_desktop.store.models import Hall

    async with db.read() as session:
        code = await session.scalar(select(Hall.code).where(Hall.id == hall.hall_id))
    with pytest.raises(exc.IntegrityError):
        async with db.write() as session:
            session.add(
                Hall(
                    code=code, name="重复大厅", created_at=db.clock.now(), timezone="Asia/Shanghai"
                )
            )
            await session.flush()

"""Bad input on both backends: what a desk, a form or a file may hand a service.

NUL bytes and lone surrogates are refused in plain words (never a raw database or
encoding error, never stored), a birth date in the future is refused by the service
itself, full-width waybill digits fold like phone digits, a file that is not a
catalogue is refused in Chinese, and courier search takes ``%`` and ``_`` literally.
(``test_text_properties.py`` feeds arbitrary text to every text parameter.)
"""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import func, select, update

from hall_desktop.domain.catalogue import RawRow
from hall_desktop.domain.errors import Refused, ValidationError
from hall_desktop.domain.hours import service_day
from hall_desktop.domain.windows_lines import LineFields
from hall_desktop.services.actor import Role
from hall_desktop.services.admin import AdminService
from hall_desktop.services.catalogue_admin import CatalogueAdminService
from hall_desktop.services.courier import CourierService, DispatchItem
from hall_desktop.services.hall_settings import HallSettingsService
from hall_desktop.services.queue import QueueService
from hall_desktop.services.windows_lines import WindowsLinesService
from hall_desktop.store.models import CourierDispatch, ServiceItem
from tests.dates import HALL_ZONE
from tests.helpers import line_ids, snapshot, window_ids
from tests.services.test_courier import FORM

_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)


def id_number(birth: str, serial: str = "123") -> str:
    """A well-formed 18-character ID number (its check character right) born on
    ``birth`` (YYYYMMDD)."""
    first17 = f"110101{birth}{serial}"
    total = sum(int(d) * w for d, w in zip(first17, _WEIGHTS, strict=True))
    return first17 + "10X98765432"[total % 11]


async def dispatches(db, hall_id: int) -> int:
    async with db.read() as session:
        return await session.scalar(
            select(func.count())
            .select_from(CourierDispatch)
            .where(CourierDispatch.hall_id == hall_id)
        )


BAD_TEXTS = {"nul": "张\x00三", "surrogate": "张\ud800三", "control": "张\x1b[31m三"}


@pytest.mark.parametrize("bad", list(BAD_TEXTS))
async def test_control_characters_and_surrogates_are_refused_everywhere(db, hall, actors, bad):
    """Names, reasons, notes, courier fields, staff names, the hall's notice and
    catalogue rows: a ValidationError naming the field, nothing stored."""
    text = BAD_TEXTS[bad]
    q, courier = QueueService(db), CourierService(db)
    lines, windows = await line_ids(db, hall.hall_id), await window_ids(db, hall.hall_id)
    guide, clerk, boss = actors["daoban"], actors["clerk1"], actors["admin"]
    before = await snapshot(db, hall.hall_id)
    attempts = {
        "citizen_name": lambda: q.issue_ticket(guide, lines["A"], citizen_name=text),
        "pause_reason": lambda: q.pause_window(clerk, windows[1], text),
        "recipient_name": lambda: courier.create(clerk, **{**FORM, "recipient_name": text}),
        "address": lambda: courier.create(clerk, **{**FORM, "address": text}),
        "items": lambda: courier.create(clerk, **{**FORM, "items": [DispatchItem(text)]}),
        "name": lambda: AdminService(db).create_staff(
            boss,
            login="newbie",
            name=text,
            staff_number="3001",
            roles={Role.CLERK},
            password="abc12345",
        ),
        "notice": lambda: HallSettingsService(db).update(boss, notice=text),
        "prefix": lambda: WindowsLinesService(db).create_line(boss, LineFields("Z", text)),
    }
    for field, attempt in attempts.items():
        with pytest.raises(ValidationError) as e:
            await attempt()
        expected = "name" if field == "prefix" else field  # the line's name is to blame
        assert e.value.field == expected, (field, e.value.field, e.value.message)
        assert "请" in e.value.message  # plain Chinese, telling what to do
    assert await snapshot(db, hall.hall_id) == before
    assert await dispatches(db, hall.hall_id) == 0


@pytest.mark.parametrize("bad", list(BAD_TEXTS))
async def test_a_catalogue_row_with_a_control_character_is_refused_and_export_works(
    db, hall, actors, tmp_path, bad
):
    service = CatalogueAdminService(db)
    admin = actors["admin"]
    text = BAD_TEXTS[bad]
    with pytest.raises(ValidationError) as e:
        await service.create_item(
            admin, code="P-NUL-1", name=text, category="公共服务类", department="某局"
        )
    assert e.value.field == "name"
    rows = [RawRow(2, "P-NUL-2", "某事项", "公共服务类", text, "5")]
    assert (await service.preview(admin, rows)).refused == 1
    with pytest.raises(Refused) as refused:
        await service.apply(admin, rows, "目录.xlsx")
    assert "第 2 行" in refused.value.message and "实施部门中有" in refused.value.message
    async with db.read() as session:
        codes = set(
            await session.scalars(
                select(ServiceItem.code).where(ServiceItem.hall_id == hall.hall_id)
            )
        )
    assert not codes & {"P-NUL-1", "P-NUL-2"}
    assert await service.export_xlsx(admin, tmp_path / "out.xlsx") == len(codes)


async def test_an_item_an_older_version_stored_with_a_control_character_still_exports(
    db, hall, actors, tmp_path
):
    async with db.write() as session:
        await session.execute(
            update(ServiceItem)
            .where(ServiceItem.hall_id == hall.hall_id, ServiceItem.code == "XK-SCJG-001")
            .values(name="食品\x01经营许可")
        )
    service = CatalogueAdminService(db)
    out = tmp_path / "out.xlsx"
    assert await service.export_xlsx(actors["admin"], out) > 0
    names = {r.code: r.name for r in await service.read_file(actors["admin"], out)}
    assert names["XK-SCJG-001"] == "食品经营许可"


async def test_a_birth_date_after_today_is_refused_by_the_service(db, hall, actors, clock):
    q = QueueService(db)
    line = (await line_ids(db, hall.hall_id))["A"]
    today = service_day(clock.now(), HALL_ZONE)
    before = await snapshot(db, hall.hall_id)
    with pytest.raises(ValidationError) as e:
        await q.issue_ticket(
            actors["daoban"],
            line,
            citizen_id_number=id_number(f"{today + timedelta(days=1):%Y%m%d}"),
        )
    assert e.value.field == "id_number" and "出生日期" in e.value.message
    assert await snapshot(db, hall.hall_id) == before
    born_today = id_number(f"{today:%Y%m%d}")
    issued = await q.issue_ticket(actors["daoban"], line, citizen_id_number=born_today)
    assert issued.ticket.status.value == "waiting"


async def test_full_width_waybill_digits_fold_like_phone_digits(db, hall, actors):
    courier = CourierService(db)
    clerk = actors["clerk1"]
    d = await courier.create(clerk, **{**FORM, "phone": "１３８ １２３４ ５６７８"})
    assert d.recipient_phone == "13812345678"
    d = await courier.hand_over(clerk, d.id, "１２３４５６７８９０１２３")
    assert d.waybill == "1234567890123"
    e = await courier.create(clerk, **FORM)
    e = await courier.hand_over(clerk, e.id, "ｅａ１２３４５６７８９ｃｎ")
    assert e.waybill == "EA123456789CN"
    assert [x.id for x in await courier.search(clerk, waybill="ｅａ１２３ ４５６７８９ｃｎ")] == [
        e.id
    ]
    assert [x.id for x in await courier.search(clerk, phone_last4="５６７８")] == [e.id, d.id]


async def test_courier_search_takes_percent_and_underscore_literally(db, hall, actors):
    courier = CourierService(db)
    clerk = actors["clerk1"]
    plain = await courier.create(clerk, **{**FORM, "recipient_name": "李华"})
    odd = await courier.create(clerk, **{**FORM, "recipient_name": "李_华%公司"})
    assert [d.id for d in await courier.search(clerk, name="_")] == [odd.id]
    assert [d.id for d in await courier.search(clerk, name="%")] == [odd.id]
    assert [d.id for d in await courier.search(clerk, name="李_")] == [odd.id]
    assert [d.id for d in await courier.search(clerk, name="李")] == [odd.id, plain.id]


async def test_a_10_mb_csv_without_newlines_is_refused_in_chinese(db, hall, actors, tmp_path):
    path = tmp_path / "目录.csv"
    path.write_bytes(b"x" * (10 * 1024 * 1024))
    with pytest.raises(ValidationError) as e:
        await CatalogueAdminService(db).read_file(actors["admin"], path)
    assert e.value.field == "file"
    assert "文件" in e.value.message and "field" not in e.value.message


async def test_a_csv_with_an_overlong_cell_is_refused_in_chinese(db, hall, actors, tmp_path):
    path = tmp_path / "目录.csv"
    cell = "长" * 200_000
    path.write_text(f"事项编码,事项名称,事项类别,实施部门,承诺时限\nP-1,{cell},公共服务类,某局,5\n")
    with pytest.raises(ValidationError) as e:
        await CatalogueAdminService(db).read_file(actors["admin"], path)
    assert e.value.field == "file" and "第 2 行" in e.value.message

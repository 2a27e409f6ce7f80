"""The hall's own settings (大厅设置) on both backends: checks, the audit trail, who may
change them, and the courier carriers and recall limit taking effect."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from hall_desktop.domain.errors import PermissionDenied, ValidationError
from hall_desktop.domain.hall_defaults import DEFAULT_ANNOUNCE
from hall_desktop.services.courier import CourierService
from hall_desktop.services.hall_settings import HallSettingsService
from hall_desktop.store.models import Event
from tests.services.test_courier import FORM


async def test_defaults_update_and_event(db, hall, actors):
    service = HallSettingsService(db)
    before = await service.get(hall.hall_id)
    assert before.announce_template == DEFAULT_ANNOUNCE and before.recall_limit == 3
    after = await service.update(
        actors["zhuren"],
        name="  示范区政务服务中心（新址） ",
        notice="今日下午 3 点起不动产窗口暂停受理",
        announce_times="3",
        recall_limit=5,
        address=before.address,  # unchanged: not in the event
    )
    assert (after.name, after.announce_times, after.recall_limit) == (
        "示范区政务服务中心（新址）",
        3,
        5,
    )
    assert (await service.get(hall.hall_id)) == after
    async with db.read() as session:
        event = await session.scalar(
            select(Event)
            .where(Event.hall_id == hall.hall_id, Event.kind == "hall_settings_changed")
            .order_by(Event.id.desc())
        )
    assert event is not None and event.actor_id == actors["zhuren"].staff_id
    changes = event.payload["changes"]
    assert set(changes) == {"name", "notice", "announce_times", "recall_limit"}
    assert changes["recall_limit"] == {"old": 3, "new": 5}
    # Nothing changed: no event.
    await service.update(actors["zhuren"], recall_limit=5)
    async with db.read() as session:
        count = len(
            list(
                await session.scalars(
                    select(Event.id).where(
                        Event.hall_id == hall.hall_id, Event.kind == "hall_settings_changed"
                    )
                )
            )
        )
    assert count == 1


@pytest.mark.parametrize(
    ("field", "value", "words"),
    [
        ("name", "   ", "请填写大厅名称"),
        ("announce_template", "请 {number} 号办理", "{window}"),
        ("announce_template", "请 {number} 号到 {window} 号窗口 {name}", "{name}"),
        ("announce_template", "请 {number 号", "花括号"),
        ("announce_times", "0", "1 到 5"),
        ("recall_limit", "十", "1 到 10"),
        ("id_open_per_line", "21", "0 到 20"),
        ("id_per_day", "-1", "0 到 50"),
        ("carriers", "顺丰=SF[", "正则"),
        ("courier_cost_cents", "-1", "0 到 10000"),
        ("notice", "公告" * 101, "最多 200"),
        ("colour", "red", "没有名为"),
        # 大厅监控: thresholds (0: no alert) and the patrol checklist
        ("alert_waiting_count", "1000", "排队人数提醒应为 0 到 999 之间的整数（0 为不提醒）"),
        ("alert_no_show_count", "-1", "0 到 999"),
        ("alert_wait_minutes", "601", "最长等候提醒（分钟）应为 0 到 600"),
        ("alert_service_minutes", "半小时", "0 到 600"),
        ("alert_pause_minutes", "-5", "0 到 600"),
        ("alert_no_show_minutes", "9999", "0 到 600"),
        ("patrol_checklist", " ;；\n ", "请至少填写一项巡查项目"),
        ("patrol_checklist", ";".join(f"项目{n}" for n in range(13)), "最多 12 项（现有 13 项）"),
        ("patrol_checklist", "在岗;服务态度热情周到耐心细致好", "每项最多 12 个字"),
        ("patrol_checklist", "在岗;着装\n在岗", "“在岗”重复了"),
        ("patrol_checklist", "在岗;着\x00装", "控制字符"),
    ],
)
async def test_bad_values_are_refused_and_nothing_changes(db, hall, actors, field, value, words):
    service = HallSettingsService(db)
    before = await service.get(hall.hall_id)
    with pytest.raises(ValidationError) as e:
        await service.update(actors["zhuren"], address="新地址 1 号", **{field: value})
    assert e.value.field == field and words in e.value.message
    assert await service.get(hall.hall_id) == before


async def test_only_supervisors_and_administrators_change_them(db, hall, actors):
    service = HallSettingsService(db)
    for login in ("daoban", "clerk1"):
        with pytest.raises(PermissionDenied):
            await service.update(actors[login], notice="x")
    await service.update(actors["admin"], notice="管理员改的公告")
    assert (await service.get(hall.hall_id)).notice == "管理员改的公告"


async def test_the_halls_carriers_check_waybills(db, hall, actors):
    settings = HallSettingsService(db)
    courier = CourierService(db)  # reads the hall's carriers on every call
    clerk = actors["clerk1"]
    with pytest.raises(ValidationError) as e:
        await courier.create(clerk, **{**FORM, "carrier": "中通"})
    assert e.value.field == "carrier"
    await settings.update(
        actors["zhuren"],
        carriers="EMS=\\d{13}=13 位数字;中通=ZT\\d{12}=ZT 加 12 位数字",
        courier_cost_cents="15",
    )
    hall_settings = await settings.get(hall.hall_id)
    assert [c.name for c in hall_settings.carrier_list()] == ["EMS", "中通"]
    assert hall_settings.courier_cost_cents == 1500
    d = await courier.create(clerk, **{**FORM, "carrier": "中通"})
    with pytest.raises(ValidationError) as e:
        await courier.hand_over(clerk, d.id, "1234567890123")
    assert e.value.field == "waybill" and "ZT 加 12 位数字" in e.value.message
    assert (await courier.hand_over(clerk, d.id, "zt 1234 5678 9012")).waybill == "ZT123456789012"


async def test_the_monitors_thresholds_and_patrol_checklist(db, hall, actors):
    service = HallSettingsService(db)
    before = await service.get(hall.hall_id)
    assert (before.alert_waiting_count, before.alert_wait_minutes) == (20, 30)
    assert before.checklist() == ("在岗", "着装规范", "亮牌服务", "文明用语", "桌面整洁")
    after = await service.update(
        actors["admin"],
        alert_waiting_count=0,  # 不提醒
        alert_wait_minutes="45",
        alert_service_minutes=600,
        alert_pause_minutes=10,
        alert_no_show_count=999,
        alert_no_show_minutes=20,
        patrol_checklist=" 在岗\n着装规范；亮牌服务;\n\n 服务 用语 ",
    )
    assert after.patrol_checklist == "在岗;着装规范;亮牌服务;服务 用语"
    assert after.checklist() == ("在岗", "着装规范", "亮牌服务", "服务 用语")
    assert (
        after.alert_waiting_count,
        after.alert_wait_minutes,
        after.alert_service_minutes,
        after.alert_pause_minutes,
        after.alert_no_show_count,
        after.alert_no_show_minutes,
    ) == (0, 45, 600, 10, 999, 20)
    assert await service.get(hall.hall_id) == after
    async with db.read() as session:
        event = await session.scalar(
            select(Event)
            .where(Event.hall_id == hall.hall_id, Event.kind == "hall_settings_changed")
            .order_by(Event.id.desc())
        )
    assert event is not None
    assert event.payload["changes"]["patrol_checklist"] == {
        "old": before.patrol_checklist,
        "new": "在岗;着装规范;亮牌服务;服务 用语",
    }

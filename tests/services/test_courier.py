"""免费邮政速递 on both backends: the form's checks, the workflow, lists and masking."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import func, select, update

from hall_desktop.domain.courier import DispatchStatus
from hall_desktop.domain.errors import IllegalTransition, PermissionDenied, ValidationError
from hall_desktop.services.courier import CourierService, DispatchItem
from hall_desktop.store.models import CourierDispatch
from tests.helpers import event_kinds

pytestmark = pytest.mark.dates

FORM = {
    "recipient_name": "李华",
    "phone": "138 1234 5678",
    "province": "浙江省",
    "city": "杭州市",
    "district": "西湖区",
    "address": "文三路 100 号 3 幢 501 室",
    "postal_code": "310012",
    "items": [DispatchItem("营业执照（正本）", 1), DispatchItem("营业执照（副本）", 2)],
    "cost": "12.50",
}


async def count(db, hall_id):
    async with db.read() as session:
        return await session.scalar(
            select(func.count())
            .select_from(CourierDispatch)
            .where(CourierDispatch.hall_id == hall_id)
        )


async def test_create_hand_over_deliver(db, hall, actors):
    courier = CourierService(db)
    clerk = actors["clerk1"]
    d = await courier.create(clerk, **FORM)
    assert d.status is DispatchStatus.PENDING and d.recipient_phone == "13812345678"
    assert d.cost_cents == 1250 and d.pieces == 3 and not d.overdue
    with pytest.raises(ValidationError) as e:
        await courier.hand_over(clerk, d.id, "12345")
    assert e.value.field == "waybill" and "13 位" in e.value.message
    assert (await courier.search(clerk, status=DispatchStatus.PENDING))[0].id == d.id
    d = await courier.hand_over(clerk, d.id, "1234567890123")
    assert d.status is DispatchStatus.HANDED_OVER and d.waybill == "1234567890123"
    with pytest.raises(IllegalTransition):
        await courier.cancel(clerk, d.id)  # too late: it is with the courier
    manifest = await courier.handed_over_on(clerk, d.handed_over_at.date())
    assert [m.id for m in manifest] in ([d.id], [])  # the hall's day may differ from UTC's
    d = await courier.deliver(clerk, d.id)
    assert d.status is DispatchStatus.DELIVERED and d.closed_at is not None
    with pytest.raises(IllegalTransition):
        await courier.mark_returned(clerk, d.id, "拒收")
    kinds = await event_kinds(db, hall.hall_id, "courier_%")
    assert kinds == ["courier_created", "courier_handed_over", "courier_delivered"]


async def test_returned_needs_a_reason_and_cancel_only_while_pending(db, hall, actors):
    courier = CourierService(db)
    clerk = actors["clerk1"]
    a = await courier.hand_over(clerk, (await courier.create(clerk, **FORM)).id, "EA123456789CN")
    with pytest.raises(ValidationError):
        await courier.mark_returned(clerk, a.id, "  ")
    a = await courier.mark_returned(clerk, a.id, "地址不详")
    assert a.status is DispatchStatus.RETURNED and a.return_reason == "地址不详"
    b = await courier.cancel(clerk, (await courier.create(clerk, **FORM)).id)
    assert b.status is DispatchStatus.CANCELLED


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"phone": "12345678901"}, "phone"),
        ({"postal_code": "31001"}, "postal_code"),
        ({"recipient_name": "  "}, "recipient_name"),
        ({"address": ""}, "address"),
        ({"items": []}, "items"),
        ({"items": [DispatchItem("营业执照", 0)]}, "items"),
        ({"cost": "-1"}, "cost"),
        ({"cost": "1.234"}, "cost"),
        ({"carrier": "圆通"}, "carrier"),
        ({"district": "玄武区"}, "district"),  # not in 杭州市
        ({"city": "莱芜市", "province": "山东省", "district": ""}, "city"),  # gone since 2019
    ],
)
async def test_bad_forms_are_refused_and_nothing_is_saved(db, hall, actors, change, field):
    courier = CourierService(db)
    with pytest.raises(ValidationError) as e:
        await courier.create(actors["clerk1"], **{**FORM, **change})
    assert e.value.field.startswith(field.split("_")[0]), (e.value.field, e.value.message)
    assert await count(db, hall.hall_id) == 0


async def test_search_masking_and_overdue(db, hall, actors):
    courier = CourierService(db)
    clerk = actors["clerk1"]
    first = await courier.create(clerk, **FORM)
    other = await courier.create(
        clerk, **{**FORM, "recipient_name": "王芳", "phone": "13900001111"}
    )
    await courier.hand_over(clerk, other.id, "9876543210987")
    assert [d.id for d in await courier.search(clerk, name="李")] == [first.id]
    assert [d.id for d in await courier.search(clerk, phone_last4="1111")] == [other.id]
    assert [d.id for d in await courier.search(clerk, waybill="9876543210987")] == [other.id]
    with pytest.raises(ValidationError):
        await courier.search(clerk, phone_last4="11")
    # A guide may look but does not handle dispatches: phone and address are masked.
    seen = (await courier.search(actors["daoban"], name="李"))[0]
    assert seen.recipient_phone == "138****5678" and seen.address != FORM["address"]
    with pytest.raises(PermissionDenied):
        await courier.create(actors["daoban"], **FORM)
    # Pending for more than one working day: highlighted. Entered today it is not; a
    # month ago it is, even across the longest holiday (six days were not enough after
    # the Spring Festival: 2026-02-18 + one working day is 2026-02-24).
    assert not (await courier.search(clerk, name="李"))[0].overdue
    async with db.write() as session:
        await session.execute(
            update(CourierDispatch)
            .where(CourierDispatch.id == first.id)
            .values(created_at=first.created_at - timedelta(days=30))
        )
    assert (await courier.search(clerk, name="李"))[0].overdue


async def test_monthly_figures_count_cost_and_returns_by_entry_month(db, hall, actors):
    courier = CourierService(db)
    clerk = actors["clerk1"]
    sent = await courier.create(clerk, **FORM)
    await courier.deliver(clerk, (await courier.hand_over(clerk, sent.id, "1234567890123")).id)
    back = await courier.create(clerk, **{**FORM, "cost": "20"})
    await courier.hand_over(clerk, back.id, "1234567890124")
    await courier.mark_returned(clerk, back.id, "查无此人")
    await courier.cancel(clerk, (await courier.create(clerk, **FORM)).id)
    await courier.create(clerk, **{**FORM, "cost": "0", "direction": "from_citizen"})
    month = sent.created_at.astimezone(ZoneInfo("Asia/Shanghai"))
    figures = await courier.monthly_figures(clerk, month.year)
    assert [f.month for f in figures] == list(range(1, 13))
    this = figures[month.month - 1]
    assert (this.count, this.cancelled, this.delivered, this.returned, this.open) == (3, 1, 1, 1, 1)
    assert this.cost_cents == 1250 + 2000 + 0 and this.pieces == 9 and this.collections == 1
    assert sum(f.count + f.cancelled for f in figures) == 4
    total = figures[0]
    for f in figures[1:]:
        total = total.plus(f)
    assert (total.count, total.cost_cents, total.returned) == (3, 3250, 1)

    # Months are the hall's: 2024-12-31 20:00 UTC is already 2025-01-01 in Shanghai.
    async with db.write() as session:
        await session.execute(
            update(CourierDispatch)
            .where(CourierDispatch.id == sent.id)
            .values(created_at=datetime(2024, 12, 31, 20, tzinfo=UTC))
        )
    assert [f.count for f in await courier.monthly_figures(clerk, 2025)][:2] == [1, 0]
    assert sum(f.count for f in await courier.monthly_figures(clerk, 2024)) == 0
    with pytest.raises(PermissionDenied):
        await courier.monthly_figures(actors["daoban"], 2025)
    with pytest.raises(ValidationError):
        await courier.monthly_figures(clerk, 1999)

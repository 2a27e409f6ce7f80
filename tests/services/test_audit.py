"""The audit log (操作日志) on both backends: filters, names, export, and who may read it."""

from __future__ import annotations

from datetime import timedelta
from zoneinfo import ZoneInfo

import pytest

from hall_desktop.domain.errors import PermissionDenied, ValidationError
from hall_desktop.services.audit import AuditFilter, AuditService, render_audit_csv
from hall_desktop.services.hall_settings import HallSettingsService
from hall_desktop.services.queue import QueueService
from tests.helpers import line_ids, window_ids

pytestmark = pytest.mark.dates


async def test_filters_by_kind_actor_window_and_date(db, hall, actors):
    q = QueueService(db)
    issued = await q.issue_ticket(actors["daoban"], (await line_ids(db, hall.hall_id))["A"])
    windows = await window_ids(db, hall.hall_id)
    await q.call_next(actors["clerk1"], windows[1])
    await HallSettingsService(db).update(actors["zhuren"], notice="新公告")
    audit = AuditService(db)
    everything, cut = await audit.entries(actors["zhuren"], AuditFilter())
    assert not cut and [e.id for e in everything] == sorted(
        (e.id for e in everything), reverse=True
    )
    called = [e for e in everything if e.kind == "ticket_called"]
    assert len(called) == 1 and called[0].kind_label == "叫号"
    assert called[0].actor_name == "张敏" and called[0].window_number == 1
    assert called[0].ticket_number == issued.ticket.number
    queue_only, _ = await audit.entries(actors["zhuren"], AuditFilter(group="queue"))
    assert {e.kind for e in queue_only} == {"ticket_issued", "ticket_called"}
    mine, _ = await audit.entries(actors["admin"], AuditFilter(actor_id=actors["clerk1"].staff_id))
    assert {e.kind for e in mine} >= {"ticket_called"} and all(
        e.actor_login == "clerk1" for e in mine
    )
    at_window, _ = await audit.entries(actors["zhuren"], AuditFilter(window_id=windows[1]))
    assert at_window and all(e.window_number == 1 for e in at_window)
    settings, _ = await audit.entries(actors["zhuren"], AuditFilter(text="新公告"))
    assert [e.kind for e in settings] == ["hall_settings_changed"]
    day = called[0].at.astimezone(ZoneInfo("Asia/Shanghai")).date()
    today, _ = await audit.entries(actors["zhuren"], AuditFilter(start=day, end=day))
    assert len(today) == len(everything)
    earlier, _ = await audit.entries(actors["zhuren"], AuditFilter(end=day - timedelta(days=1)))
    assert earlier == []
    limited, cut = await audit.entries(actors["zhuren"], AuditFilter(), limit=2)
    assert cut and len(limited) == 2
    with pytest.raises(ValidationError):
        await audit.entries(actors["zhuren"], AuditFilter(start=day, end=day - timedelta(days=1)))
    text = render_audit_csv(everything, "Asia/Shanghai").decode("utf-8")
    assert text.startswith("\ufeff编号,时间,操作") and "叫号" in text and "\r\n" in text
    assert text.count("\r\n") == len(everything) + 1


@pytest.mark.parametrize("login", ["daoban", "clerk1"])
async def test_guides_and_clerks_may_not_read_it(db, hall, actors, login):
    audit = AuditService(db)
    for call in (
        audit.entries(actors[login], AuditFilter()),
        audit.staff(actors[login]),
        audit.windows(actors[login]),
    ):
        with pytest.raises(PermissionDenied):
            await call


def test_details_read_as_words():
    from hall_desktop.services.audit import _details

    assert _details({"changes": {"notice": {"old": "", "new": "新公告"}}, "login": "zhuren"}) == (
        "滚动公告：（空） → 新公告；用户名：zhuren"
    )
    assert _details({}) == ""

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
    from hall_desktop.domain.audit_text import Names, describe

    assert describe({"changes": {"notice": {"old": "", "new": "新公告"}}, "login": "zhuren"}) == (
        "滚动公告：（空） → 新公告；用户名：zhuren"
    )
    assert describe({}) == ""
    names = Names(staff={7: "张敏"}, lines={1: "A 综合受理"}, windows={3: 5}, items={9: "企业设立"})
    assert describe(
        {
            "line_id": 1,
            "call_count": 1,
            "clerk_id": 7,
            "window_id": 3,
            "outcome": "completed",
            "item_ids": [9, 12],
            "priority": 3,
            "paused_seconds": 12,
            "hall_id": 1,
        },
        names,
    ) == (
        "业务：A 综合受理；叫号：第1次；办理人员：张敏；窗口：5号窗口；办理结果：办结；"
        "办理事项：企业设立、事项#12；优先级：绿色通道；暂停时长：12 秒"
    )


async def test_a_days_log_names_things_instead_of_ids(db, hall, actors):
    """Every detail of a day's ordinary work reads as words: no internal key shows."""
    import re

    from hall_desktop.domain.tickets import Outcome, Priority
    from tests.helpers import item_ids

    q = QueueService(db)
    lines = await line_ids(db, hall.hall_id)
    windows = await window_ids(db, hall.hall_id)
    items = (await item_ids(db, hall.hall_id))[:2]
    clerk = actors["clerk1"]
    await q.issue_ticket(
        actors["daoban"], lines["A"], priority=Priority.GREEN, priority_reason="老年人"
    )
    second = (await q.issue_ticket(actors["daoban"], lines["A"])).ticket
    first = await q.call_next(clerk, windows[1])
    await q.recall(clerk, first.id)
    await q.start(clerk, first.id)
    await q.finish(clerk, first.id, outcome=Outcome.SUPPLEMENT, item_ids=items)
    await q.call_next(clerk, windows[1])
    await q.transfer(clerk, second.id, to_line_id=lines["B"], note="转不动产")
    await q.pause_window(clerk, windows[1], "会议")
    await q.resume_window(clerk, windows[1])
    entries, _ = await AuditService(db).entries(actors["zhuren"], AuditFilter())
    assert len(entries) >= 9
    raw = [e.details for e in entries if re.search(r"[a-z_]{3,}：", e.details)]
    assert raw == []
    joined = "\n".join(e.details for e in entries)
    assert "补正告知" in joined and "第2次" in joined and "1号窗口" in joined
    assert "completed" not in joined and "supplement" not in joined

"""The audit log (操作日志, 清廉大厅): who did what, when, at which window.

It is the event table itself, read-only for everyone: no service edits or deletes an
event. Supervisors and administrators may read it, filtered by date, member of staff,
window and kind, and export it as CSV.
"""

from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import select

from hall_desktop.domain.errors import NotFound, ValidationError
from hall_desktop.domain.events import Topic, kinds_of, label
from hall_desktop.services.actor import MANAGERS, Actor, require
from hall_desktop.store.database import Database
from hall_desktop.store.models import Event, Hall, ServiceWindow, Staff, Ticket

MAX_ROWS = 5000  # one screen's worth; narrow the filter or export for more
TEXT_SCAN_ROWS = 100_000  # a text search looks at the newest this many of the filter

#: The filter's groups of kinds: the event topics (``domain.events``), by name.
GROUP_LABELS = {topic.value: topic.label for topic in Topic}


def kind_label(kind: str) -> str:
    return label(kind)


@dataclass(frozen=True, slots=True)
class AuditEntry:
    id: int
    at: datetime
    kind: str
    kind_label: str
    actor_name: str  # "" for the system (the end of the service day, a terminal)
    actor_login: str
    window_number: int | None
    ticket_number: str | None
    details: str  # the payload, readable


@dataclass(frozen=True, slots=True)
class AuditFilter:
    start: date | None = None
    end: date | None = None
    actor_id: int | None = None
    window_id: int | None = None
    group: str | None = None  # a topic (a key of GROUP_LABELS)
    text: str | None = None  # in the kind or the details


FIELD_LABELS = {
    "number": "号码",
    "line_name": "业务",
    "line_prefix": "业务字头",
    "window_number": "窗口",
    "reason": "原因",
    "note": "备注",
    "outcome": "办理结果",
    "level": "评价",
    "waybill": "运单号",
    "dispatch_id": "寄递单",
    "status": "状态",
    "return_reason": "退回原因",
    "login": "用户名",
    "staff_id": "人员编号",
    "roles": "角色",
    "name": "名称",
    "staff_number": "工号",
    "minutes": "延时分钟",
    "file_name": "文件",
    "added": "新增",
    "changed": "修改",
    "notice": "滚动公告",
    "announce_template": "播报模板",
    "announce_times": "播报次数",
    "recall_limit": "呼叫次数上限",
    "carriers": "快递公司",
    "courier_cost_cents": "邮寄费用（分）",
    "slip_printer": "小票打印机",
    "address": "地址",
    "prefix": "字头",
    "daily_limit": "每日限额",
    "active": "启用",
    "clerk_name": "人员",
    "previous_clerk_name": "原登录人员",
}


def _value(value: Any) -> str:
    if isinstance(value, dict) and set(value) == {"old", "new"}:
        return f"{_value(value['old'])} → {_value(value['new'])}"
    if isinstance(value, (dict, list)):
        return json.dumps(value, ensure_ascii=False, sort_keys=True, default=str)
    if value is None or value == "":
        return "（空）"
    return str(value)


def _details(payload: dict[str, Any]) -> str:
    """The payload for people: known fields by their Chinese name, changes as old → new."""
    parts: list[str] = []
    for key, value in payload.items():
        if key == "changes" and isinstance(value, dict):
            parts.extend(f"{FIELD_LABELS.get(k, k)}：{_value(v)}" for k, v in value.items())
        else:
            parts.append(f"{FIELD_LABELS.get(key, key)}：{_value(value)}")
    return "；".join(parts)


class AuditService:
    def __init__(self, db: Database) -> None:
        self.db = db

    async def entries(
        self, actor: Actor, where: AuditFilter, *, limit: int = MAX_ROWS
    ) -> tuple[list[AuditEntry], bool]:
        """Newest first; the flag says the list stopped at ``limit``."""
        require(actor, *MANAGERS, action="查看操作日志")
        if where.start and where.end and where.start > where.end:
            raise ValidationError("end", "结束日期不能早于开始日期")
        if where.group is not None and where.group not in GROUP_LABELS:
            raise ValidationError("group", f"没有“{where.group}”这类操作")
        async with self.db.read() as session:
            hall = await session.get(Hall, actor.hall_id)
            if hall is None:
                raise NotFound(f"找不到编号为 {actor.hall_id} 的大厅")
            zone = ZoneInfo(hall.timezone)
            conditions: list[Any] = [Event.hall_id == actor.hall_id]
            if where.start is not None:
                conditions.append(Event.at >= datetime.combine(where.start, time(), zone))
            if where.end is not None:
                end = datetime.combine(where.end, time(), zone).astimezone(UTC)
                conditions.append(Event.at < end + timedelta(days=1))
            if where.actor_id is not None:
                conditions.append(Event.actor_id == where.actor_id)
            if where.window_id is not None:
                conditions.append(Event.window_id == where.window_id)
            if where.group is not None:
                wanted = kinds_of(Topic(where.group))
                conditions.append(Event.kind.in_(sorted(k.value for k in wanted)))
            rows = list(
                await session.execute(
                    select(Event, Staff.name, Staff.login, ServiceWindow.number, Ticket.number)
                    .outerjoin(Staff, Staff.id == Event.actor_id)
                    .outerjoin(ServiceWindow, ServiceWindow.id == Event.window_id)
                    .outerjoin(Ticket, Ticket.id == Event.ticket_id)
                    .where(*conditions)
                    .order_by(Event.id.desc())
                    .limit(limit + 1 if not where.text else TEXT_SCAN_ROWS)
                )
            )
        entries = [
            AuditEntry(
                id=e.id,
                at=e.at,
                kind=e.kind,
                kind_label=kind_label(e.kind),
                actor_name=name or "",
                actor_login=login or "",
                window_number=window_number,
                ticket_number=ticket_number,
                details=_details(e.payload),
            )
            for e, name, login, window_number, ticket_number in rows
        ]
        if where.text:
            needle = where.text.strip()
            entries = [
                x
                for x in entries
                if needle in x.kind_label or needle in x.details or needle == x.ticket_number
            ]
        return entries[:limit], len(entries) > limit

    async def staff(self, actor: Actor) -> list[tuple[int, str]]:
        """Everyone who may appear in the log (deactivated staff too), for the filter."""
        require(actor, *MANAGERS, action="查看操作日志")
        async with self.db.read() as session:
            rows = await session.execute(
                select(Staff.id, Staff.name, Staff.login)
                .where(Staff.hall_id == actor.hall_id)
                .order_by(Staff.login)
            )
            return [(i, f"{name}（{login}）") for i, name, login in rows]

    async def windows(self, actor: Actor) -> list[tuple[int, int, str]]:
        """(id, number, name) of every window, inactive ones too, for the filter."""
        require(actor, *MANAGERS, action="查看操作日志")
        async with self.db.read() as session:
            rows = await session.execute(
                select(ServiceWindow.id, ServiceWindow.number, ServiceWindow.name)
                .where(ServiceWindow.hall_id == actor.hall_id)
                .order_by(ServiceWindow.number)
            )
            return [(i, n, name) for i, n, name in rows]


CSV_HEADER = ("编号", "时间", "操作", "人员", "用户名", "窗口", "排队号", "详情")


def render_audit_csv(entries: list[AuditEntry], timezone: str) -> bytes:
    """For Excel: UTF-8 with BOM, CRLF, oldest first."""
    zone = ZoneInfo(timezone)
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(CSV_HEADER)
    for e in sorted(entries, key=lambda x: x.id):
        writer.writerow(
            [
                e.id,
                f"{e.at.astimezone(zone):%Y-%m-%d %H:%M:%S}",
                e.kind_label,
                e.actor_name or "系统",
                e.actor_login,
                "" if e.window_number is None else e.window_number,
                e.ticket_number or "",
                e.details,
            ]
        )
    return ("\ufeff" + out.getvalue()).encode("utf-8")

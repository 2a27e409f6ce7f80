"""A hall's history written in bulk: a year of tickets for the report bench, months of
them for the demo hall (so that its 统计分析 has a 上半年 to show).

Straight into the tables (Core ``executemany`` on SQLite, ``COPY`` on PostgreSQL; going
through the services would take hours): about ``per_day`` numbers on each of the days
given, over the hall's lines, windows and clerks (the demo hall's), with what became of
them (served, 过号, cancelled, transferred, expired), their events, the items handled,
ratings (a share of 差评, each with its 差评整改 case), free courier dispatches, 帮代办
and 延时服务 records, and the 办件 of the tickets accepted (受理) with their due and
closing dates (限时办结).

Beside the tickets, a few a day (rates growing slowly with ``per_day``), as the services
would have left them by the history's last day, each case with the steps (``case_step``)
that took it there:

- 办不成事 (taken in at the 办不成事反映窗口 with the citizen's number, or by a guide):
  交办, 办理结果 (已办成 / 已答复解释 / 无法办理) and 审核 in the working days after,
  most 办结, the last ones and a few hard ones still open;
- 走流程 of an item at one of its windows with the problems found (each a case of its
  own under the walkthrough), 整改 and 审核 in turn, the walkthrough 办结 with its last;
- 督查 findings at a window, put right by the clerk there;
- 答疑 tallied at the desk (``consultation``, what the reports count as 答疑解惑);
- 预约: the 上午/下午 sessions of two lines a day and the bookings made for them (code,
  ID digest under the hall's key, masked ID number), 已取号 with a number of that day
  and line (made a 预约 number), 爽约 or 已取消.

Made up, and reproducible from ``seed`` (the additions from streams of their own, so the
tickets are those the seed always gave).
"""

from __future__ import annotations

import json
import math
import random
from collections.abc import Sequence
from datetime import UTC, date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import Connection, Table, func, insert, select, text

from hall_desktop.domain.appointments import CODE_ALPHABET, CODE_LENGTH, BookingState
from hall_desktop.domain.calls import AssistGroup, AssistKind
from hall_desktop.domain.cases import (
    DEFAULT_CASE_DAYS,
    WALKER_ROLES,
    CaseAction,
    CaseKind,
    CaseStatus,
    first_status,
)
from hall_desktop.domain.citizen_limits import citizen_digest, new_day_secret
from hall_desktop.domain.courier import Direction, DispatchStatus
from hall_desktop.domain.events import EventKind
from hall_desktop.domain.masking import mask_id_number
from hall_desktop.domain.tickets import Outcome, Priority, TicketStatus
from hall_desktop.domain.windows_lines import WindowKind
from hall_desktop.store.models import (
    Application,
    Appointment,
    AppointmentKey,
    AppointmentSlot,
    BusinessLine,
    CaseStep,
    Consultation,
    CourierDispatch,
    Event,
    ExtendedService,
    LedgerCase,
    Rating,
    ServiceItem,
    ServiceWindow,
    Staff,
    Ticket,
    TicketAssist,
    TicketItem,
    WindowLine,
)
from hall_desktop.store.seed import WEEKDAY_HOURS

__all__ = ["SyntheticHall", "write_history"]

ZONE = ZoneInfo("Asia/Shanghai")
BATCH = 20_000
# Lines by share of the day's numbers (the demo's prefixes).
LINE_SHARES = {"A": 30, "G": 3, "B": 12, "Q": 10, "S": 25, "T": 15, "X": 5}
# What becomes of a number (per thousand); the rest is served.
NO_SHOW, CANCELLED, TRANSFERRED, EXPIRED = 40, 25, 20, 10
RATED_SHARE, BAD_SHARE = 0.85, 0.015  # of the served; of the rated
COURIER_SHARE, ASSIST_SHARE, GREEN_SHARE = 0.03, 0.02, 0.03
_DONE, _ISSUED = TicketStatus.DONE.value, EventKind.TICKET_ISSUED.value


class SyntheticHall:
    """The seeded demo hall: ids the generator needs."""

    def __init__(self, conn: Connection, hall_id: int) -> None:
        self.id = hall_id
        self.lines = dict(
            conn.execute(
                select(BusinessLine.prefix, BusinessLine.id).where(BusinessLine.hall_id == hall_id)
            ).all()
        )
        hall_windows = conn.execute(
            select(ServiceWindow.id, ServiceWindow.number, ServiceWindow.kind).where(
                ServiceWindow.hall_id == hall_id
            )
        ).all()
        self.window_numbers: dict[int, int] = {i: number for i, number, _ in hall_windows}
        self.hard_case_windows = {
            i for i, _, kind in hall_windows if kind == WindowKind.HARD_CASE.value
        }
        windows = conn.execute(
            select(ServiceWindow.id, WindowLine.line_id)
            .join(WindowLine, WindowLine.window_id == ServiceWindow.id)
            .where(ServiceWindow.hall_id == hall_id, WindowLine.permanent())
        ).all()
        self.windows_of: dict[int, list[int]] = {}
        for window_id, line_id in windows:
            self.windows_of.setdefault(line_id, []).append(window_id)
        self.window_ids = sorted({w for w, _ in windows})
        staff = conn.execute(
            select(Staff.id, Staff.login, Staff.roles, Staff.name).where(Staff.hall_id == hall_id)
        ).all()
        self.clerks = sorted(i for i, _, roles, _ in staff if "clerk" in roles)
        self.guides = sorted(i for i, _, roles, _ in staff if "guide" in roles)
        self.guide = self.guides[0]
        self.names: dict[int, str] = {i: name for i, _, _, name in staff}
        self.supervisor = next((i, login) for i, login, roles, _ in staff if "supervisor" in roles)
        self.items: dict[int, list[int]] = {}
        catalogue = conn.execute(
            select(ServiceItem.id, ServiceItem.name, ServiceItem.department)
            .where(ServiceItem.hall_id == hall_id)
            .order_by(ServiceItem.id)
        ).all()
        pool = [i for i, _, _ in catalogue]
        self.item_names: dict[int, str] = {i: name for i, name, _ in catalogue}
        self.item_departments: dict[int, str] = {i: dept for i, _, dept in catalogue}
        self.departments = sorted({dept for _, _, dept in catalogue if dept})
        for n, line_id in enumerate(sorted(self.lines.values())):
            self.items[line_id] = pool[n::7][:40] or pool[:1]


def _next_id(conn: Connection, table: Table) -> int:
    return int(conn.execute(select(func.coalesce(func.max(table.c.id), 0))).scalar_one()) + 1


class _Writer:
    """Rows in bulk: ``COPY`` on PostgreSQL, ``executemany`` on SQLite."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn
        self.pg = conn.dialect.name == "postgresql"
        self.rows = 0

    def write(self, table: Table, rows: Sequence[dict[str, Any]]) -> None:
        if not rows:
            return
        self.rows += len(rows)
        if not self.pg:
            for i in range(0, len(rows), BATCH):
                self.conn.execute(insert(table), list(rows[i : i + BATCH]))
            return
        columns = list(rows[0])
        raw: Any = self.conn.connection.driver_connection
        names = ", ".join(f'"{c}"' for c in columns)
        with raw.cursor().copy(f'COPY "{table.name}" ({names}) FROM STDIN') as copy:
            for row in rows:
                copy.write_row([_pg(row[c]) for c in columns])


def _pg(value: Any) -> Any:
    return json.dumps(value, ensure_ascii=False) if isinstance(value, dict | list) else value


def _moment(day: date, seconds: float) -> datetime:
    """``seconds`` after the hall's midnight of ``day``, in UTC."""
    midnight = datetime(day.year, day.month, day.day, tzinfo=ZONE)
    return (midnight + timedelta(seconds=seconds)).astimezone(UTC)


def _history(
    conn: Connection, hall: SyntheticHall, days: list[date], per_day: int, seed: int
) -> dict[str, int]:
    """Write the hall's history for ``days``; the rows written per table."""
    rng = random.Random(seed)
    out = _Writer(conn)
    ticket_id = _next_id(conn, Ticket.__table__)  # type: ignore[arg-type]
    event_id = _next_id(conn, Event.__table__)  # type: ignore[arg-type]
    rating_id = _next_id(conn, Rating.__table__)  # type: ignore[arg-type]
    casework = _Casework(conn, hall, days, per_day, seed)
    appointments = _Bookings(conn, hall, per_day, seed)
    prefix_of = {line_id: prefix for prefix, line_id in hall.lines.items()}
    shares = [(hall.lines[p], n) for p, n in LINE_SHARES.items() if p in hall.lines]
    line_ids = [line_id for line_id, _ in shares]
    weights = [n for _, n in shares]
    minutes = {hall.lines[p]: m for p, m in zip("AGBQSTX", (8, 20, 15, 12, 6, 8, 15), strict=True)}
    counts = dict.fromkeys(
        (
            *("ticket", "event", "ticket_item", "rating", "ledger_case", "courier_dispatch"),
            *("ticket_assist", "extended_service", "application", "case_step", "consultation"),
            *("appointment_slot", "appointment"),
        ),
        0,
    )
    for day_index, day in enumerate(days):
        tickets: list[dict[str, Any]] = []
        events: list[dict[str, Any]] = []
        items: list[dict[str, Any]] = []
        ratings: list[dict[str, Any]] = []
        cases: list[dict[str, Any]] = []
        dispatches: list[dict[str, Any]] = []
        assists: list[dict[str, Any]] = []
        applications: list[dict[str, Any]] = []
        seqs = dict.fromkeys(line_ids, 0)
        clerk_at = {
            w: hall.clerks[(i + day_index) % len(hall.clerks)]
            for i, w in enumerate(hall.window_ids)
        }
        late_window: tuple[int, float] | None = None
        count = max(1, round(per_day * rng.uniform(0.85, 1.15)))
        for _ in range(count):
            line_id = rng.choices(line_ids, weights)[0]
            seqs[line_id] += 1
            seq = seqs[line_id]
            # Morning and afternoon peaks between 9:00 and 17:00.
            hour = rng.choice((9, 9, 10, 10, 10, 11, 11, 13, 14, 14, 15, 15, 16))
            issued = hour * 3600 + rng.uniform(0, 3600)
            wait = min(rng.expovariate(1 / 600), 5400)
            window_id = rng.choice(hall.windows_of[line_id])
            clerk_id = clerk_at[window_id]
            roll = rng.randrange(1000)
            green = rng.random() < GREEN_SHARE
            row: dict[str, Any] = {
                "id": ticket_id,
                "hall_id": hall.id,
                "line_id": line_id,
                "service_day": day,
                "seq": seq,
                "number": f"{prefix_of[line_id]}{seq:03d}",
                "priority": int(Priority.GREEN if green else Priority.NORMAL),
                "priority_reason": rng.choice(("老年人", "残疾人", "孕产妇")) if green else None,
                "status": TicketStatus.DONE.value,
                "window_id": window_id,
                "clerk_id": clerk_id,
                "issued_by_id": hall.guide,
                "target_window_id": None,
                "transferred_from_id": None,
                "issued_at": _moment(day, issued),
                "overdue_at": None,
                "first_called_at": _moment(day, issued + wait),
                "last_called_at": _moment(day, issued + wait),
                "call_count": 1,
                "started_at": None,
                "finished_at": None,
                "closed_at": None,
                "outcome": None,
            }
            events.append(
                _event(event_id, hall, row["issued_at"], None, EventKind.TICKET_ISSUED, row)
            )
            events.append(
                _event(
                    event_id + 1,
                    hall,
                    row["first_called_at"],
                    clerk_id,
                    EventKind.TICKET_CALLED,
                    row,
                )
            )
            event_id += 2
            if roll < NO_SHOW + CANCELLED + EXPIRED:
                if roll < NO_SHOW:
                    status = TicketStatus.NO_SHOW
                    row["call_count"] = 3
                else:
                    status = (
                        TicketStatus.CANCELLED
                        if roll < NO_SHOW + CANCELLED
                        else TicketStatus.EXPIRED
                    )
                    row.update(
                        window_id=None, clerk_id=None, first_called_at=None, last_called_at=None
                    )
                    row["call_count"] = 0
                    events.pop()
                row["status"] = status.value
                row["closed_at"] = _moment(day, issued + wait + 120)
                tickets.append(row)
                ticket_id += 1
                continue
            started = issued + wait + rng.uniform(10, 90)
            service = max(30.0, rng.gammavariate(2.0, minutes[line_id] * 30.0))
            row["started_at"] = _moment(day, started)
            row["finished_at"] = row["closed_at"] = _moment(day, started + service)
            events.append(
                _event(event_id, hall, row["finished_at"], clerk_id, EventKind.TICKET_FINISHED, row)
            )
            event_id += 1
            if roll < NO_SHOW + CANCELLED + EXPIRED + TRANSFERRED:
                # Sent on to another line: a new ticket there with the same number.
                row.update(status=TicketStatus.TRANSFERRED.value, outcome=None)
                tickets.append(row)
                ticket_id += 1
                other = rng.choice([i for i in line_ids if i != line_id])
                moved = dict(row)
                later = started + service + min(rng.expovariate(1 / 300), 3600)
                moved_window = rng.choice(hall.windows_of[other])
                moved.update(
                    id=ticket_id,
                    line_id=other,
                    transferred_from_id=row["id"],
                    status=TicketStatus.DONE.value,
                    window_id=moved_window,
                    clerk_id=clerk_at[moved_window],
                    first_called_at=_moment(day, later),
                    last_called_at=_moment(day, later),
                    started_at=_moment(day, later + 30),
                )
                moved["finished_at"] = moved["closed_at"] = _moment(day, later + 30 + service)
                row = moved
                started, window_id, clerk_id = later + 30, moved_window, moved["clerk_id"]
                line_id = other
            row["outcome"] = rng.choice(
                (Outcome.COMPLETED.value,) * 6 + (Outcome.ACCEPTED.value, Outcome.SUPPLEMENT.value)
            )
            tickets.append(row)
            for item_id in rng.sample(hall.items[line_id], k=min(len(hall.items[line_id]), 2))[
                : 1 + (rng.random() < 0.15)
            ]:
                items.append({"ticket_id": ticket_id, "service_item_id": item_id})
                if row["outcome"] == Outcome.ACCEPTED.value:
                    applications.append(_application(hall, days, day_index, row, item_id, rng))
            level: int | None = None  # left without a level: asked, not rated
            bad = excluded = False
            if rng.random() < RATED_SHARE:
                bad = rng.random() < BAD_SHARE
                level = rng.choice((1, 2)) if bad else rng.choice((5, 5, 5, 5, 5, 5, 4, 4, 3))
                excluded = bad and rng.random() < 0.2
            if level is not None or rng.random() < 0.3:
                ratings.append(
                    {
                        "id": rating_id,
                        "hall_id": hall.id,
                        "ticket_id": ticket_id,
                        "window_id": window_id,
                        "clerk_id": clerk_id,
                        "level": level,
                        "rated": level is not None,
                        "reason": "效率" if bad else None,
                        "note": None,
                        "item_ids": [],
                        "at": row["finished_at"],
                        "excluded": excluded,
                    }
                )
                if bad:
                    case = _bad_case(casework.take_id(), hall, day, row, rating_id, rng)
                    casework.bad_rating_steps(case, level)
                    cases.append(case)
                rating_id += 1
            if rng.random() < COURIER_SHARE:
                dispatches.append(_dispatch(hall, row, rng))
            if rng.random() < ASSIST_SHARE:
                assists.append(
                    {
                        "ticket_id": ticket_id,
                        "hall_id": hall.id,
                        "service_day": day,
                        "kind": rng.choice(list(AssistKind)).value,
                        "for_group": rng.choice(list(AssistGroup)).value,
                        "helper_id": clerk_id,
                        "note": None,
                        "recorded_by_id": clerk_id,
                        "recorded_at": row["finished_at"],
                    }
                )
            if started + service > 17 * 3600 and (
                late_window is None or started + service > late_window[1]
            ):
                late_window = (ticket_id, started + service)
            ticket_id += 1
        appointments.day(day, tickets, events)
        casework.day(day_index, tickets, clerk_at)
        out.write(Ticket.__table__, tickets)  # type: ignore[arg-type]
        out.write(Event.__table__, events)  # type: ignore[arg-type]
        out.write(TicketItem.__table__, items)  # type: ignore[arg-type]
        out.write(Rating.__table__, ratings)  # type: ignore[arg-type]
        out.write(LedgerCase.__table__, cases)  # type: ignore[arg-type]
        out.write(CourierDispatch.__table__, dispatches)  # type: ignore[arg-type]
        out.write(TicketAssist.__table__, assists)  # type: ignore[arg-type]
        out.write(Application.__table__, applications)  # type: ignore[arg-type]
        extended = _extended(hall, day, tickets, late_window)
        out.write(ExtendedService.__table__, extended)  # type: ignore[arg-type]
        for name, rows in (
            ("ticket", tickets),
            ("event", events),
            ("ticket_item", items),
            ("rating", ratings),
            ("ledger_case", cases),
            ("courier_dispatch", dispatches),
            ("ticket_assist", assists),
            ("extended_service", extended),
            ("application", applications),
        ):
            counts[name] += len(rows)
    # Written once at the end: a few rows a day, each write of them costs more than they do.
    for name, table, rows in (
        ("ledger_case", LedgerCase, casework.cases),
        ("case_step", CaseStep, casework.steps),
        ("consultation", Consultation, casework.questions),
        ("appointment_slot", AppointmentSlot, appointments.slots),
        ("appointment", Appointment, appointments.bookings),
    ):
        out.write(table.__table__, rows)  # type: ignore[arg-type]
        counts[name] += len(rows)
    return counts


def _application(
    hall: SyntheticHall,
    days: list[date],
    day_index: int,
    row: dict[str, Any],
    item_id: int,
    rng: Any,
) -> dict[str, Any]:
    """A 办件 of an accepted (受理) ticket: due some working days on (``days`` are the
    hall's working days), most closed by then, some late, the last ones still open."""
    promised = rng.choice((1, 3, 5, 5, 7, 10))
    due = days[min(day_index + promised, len(days) - 1)]
    closing = day_index + (promised + rng.randint(1, 3) if rng.random() < 0.1 else
                           rng.randint(0, promised))  # fmt: skip
    closed_on = days[closing] if closing < len(days) else None
    return {
        "hall_id": hall.id,
        "ticket_id": row["id"],
        "item_id": item_id,
        "window_id": row["window_id"],
        "clerk_id": row["clerk_id"],
        "citizen_name": None,
        "service_day": row["service_day"],
        "opened_at": row["finished_at"],
        "promised_days": promised,
        "due_date": due,
        "closed_at": _moment(closed_on, 10 * 3600) if closed_on else None,
        "closed_on": closed_on,
        "closed_how": "window" if closed_on else None,
        "dispatch_id": None,
        "closed_by_id": row["clerk_id"] if closed_on else None,
    }


def _event(
    event_id: int,
    hall: SyntheticHall,
    at: datetime,
    actor: int | None,
    kind: EventKind,
    ticket: dict[str, Any],
) -> dict[str, Any]:
    """The event as the program writes it: an issue with the number, line and priority;
    a move with the ticket's facts after it (the display and the clerk's screen read
    ``window_number`` from the recent calls)."""
    payload: dict[str, Any] = {"number": ticket["number"], "line_id": ticket["line_id"]}
    if kind is EventKind.TICKET_ISSUED:
        payload["priority"] = ticket["priority"]
    else:
        window_id = ticket["window_id"]
        payload["window_number"] = hall.window_numbers.get(window_id) if window_id else None
        payload["call_count"] = ticket["call_count"]
    return {
        "id": event_id,
        "hall_id": hall.id,
        "at": at,
        "actor_id": actor,
        "kind": kind.value,
        "ticket_id": ticket["id"],
        "window_id": ticket["window_id"],
        "payload": payload,
    }


def _bad_case(
    case_id: int,
    hall: SyntheticHall,
    day: date,
    ticket: dict[str, Any],
    rating_id: int,
    rng: random.Random,
) -> dict[str, Any]:
    closed = rng.random() < 0.8
    opened = ticket["finished_at"]
    return {
        "id": case_id,
        "hall_id": hall.id,
        "kind": CaseKind.BAD_RATING.value,
        "status": (CaseStatus.CLOSED if closed else CaseStatus.TO_VERIFY).value,
        "rating_id": rating_id,
        "ticket_id": ticket["id"],
        "window_id": ticket["window_id"],
        "clerk_id": ticket["clerk_id"],
        "title": "差评整改",
        "detail": "",
        "reason": "效率",
        "verdict": "属实" if closed else None,
        "called_back": closed,
        "opened_at": opened,
        "due_date": day + timedelta(days=5),
        "verified_at": opened + timedelta(days=1) if closed else None,
        "rectified_at": opened + timedelta(days=2) if closed else None,
        "answered_at": opened + timedelta(days=2, hours=4) if closed else None,
        "closed_at": opened + timedelta(days=3) if closed else None,
    }


def _dispatch(hall: SyntheticHall, ticket: dict[str, Any], rng: random.Random) -> dict[str, Any]:
    cancelled = rng.random() < 0.05
    return {
        "hall_id": hall.id,
        "ticket_id": ticket["id"],
        "window_id": ticket["window_id"],
        "created_by_id": ticket["clerk_id"],
        "direction": (Direction.FROM_CITIZEN if rng.random() < 0.2 else Direction.TO_CITIZEN).value,
        "recipient_name": "张三",
        "recipient_phone": "13800000000",
        "province": "浙江省",
        "city": "杭州市",
        "district": "西湖区",
        "address": "文三路1号",
        "postal_code": "310000",
        "items": [{"name": "营业执照", "count": 1, "item_id": None}],
        "carrier": "ems",
        "cost_cents": rng.choice((1200, 1500, 2000)),
        "waybill": None,
        "status": (DispatchStatus.CANCELLED if cancelled else DispatchStatus.DELIVERED).value,
        "created_at": ticket["finished_at"],
        "closed_at": ticket["finished_at"] + timedelta(days=2),
    }


def _extended(
    hall: SyntheticHall, day: date, tickets: list[dict[str, Any]], late: tuple[int, float] | None
) -> list[dict[str, Any]]:
    """The day's 延时服务: the latest finish past 17:00, if any."""
    if late is None:
        return []
    ticket = next(t for t in tickets if t["id"] == late[0])
    closing = _moment(day, 17 * 3600)
    return [
        {
            "hall_id": hall.id,
            "service_day": day,
            "window_id": ticket["window_id"],
            "clerk_id": ticket["clerk_id"],
            "ticket_id": ticket["id"],
            "item_ids": [],
            "started_at": ticket["started_at"],
            "closing_at": closing,
            "finished_at": ticket["finished_at"],
            "minutes": max(1, round((ticket["finished_at"] - closing).total_seconds() / 60)),
            "reason": "业务复杂",
            "manual": False,
            "created_at": ticket["finished_at"],
            "completed_at": ticket["finished_at"],
        }
    ]


# -- the ledger, the desk's 答疑 and the bookings ---------------------------------------

# Made-up matters, in the words the forms take (domain.cases' choices).
HARD_REQUESTS = (
    ("外省社保转入需原参保地证明，群众多次往返未办成", "跨部门", "部门"),
    ("公司注销需原股东到场签字，股东长期在外地", "流程", "窗口"),
    ("房产证遗失补办，原开发商已注销无法出具证明", "材料", "中心"),
    ("个体户营业执照变更经营场所，系统提示信息不一致", "系统", "窗口"),
    ("老年人没有智能手机，无法完成线上人脸认证", "其他", "窗口"),
    ("异地医保报销材料要求与参保地不一致", "政策", "部门"),
    ("不动产继承需全部继承人到场，部分继承人在国外", "材料", "区级"),
    ("企业跨区迁移需两地部门协同，迟迟未能办结", "跨部门", "区级"),
)
#: 办理结果 (outcome, what was done); 无法办理 with its reason and legal basis.
HARD_OUTCOMES = (
    ("已办成", "协调相关部门容缺受理，当场办结"),
    ("已办成", "联系原单位出具证明后办结"),
    ("已办成", "窗口与部门线上会商，材料补齐后办结"),
    ("已答复解释", "已向群众解释政策规定和所需材料，群众表示理解"),
    ("无法办理", "已告知群众不符合办理条件及其他办理途径"),
)
REFUSAL = ("申请材料无法补齐，不符合受理条件", "《不动产登记暂行条例实施细则》相关规定")
WALKERS = ("区政府办 刘主任", "区数据局 陈局长", "中心 王主任", "区纪委监委 张主任")
#: 走流程问题 and how it was put right.
PROBLEMS = (
    ("网上材料清单与窗口要求不一致", "已统一线上线下材料清单"),
    ("等候区叫号屏字小，老年人看不清", "已调大字号并增加语音播报"),
    ("自助终端操作指引不清晰", "已张贴操作指引并安排导办员协助"),
    ("一次性告知单内容未及时更新", "已按最新办事指南更新告知单"),
    ("办事指南未标注办理时限", "已在办事指南中补充办理时限"),
    ("窗口之间材料流转需群众自行递交", "已改为窗口内部流转"),
    ("帮办代办标识不明显", "已在入口和窗口增设标识"),
)
INSPECTORS = ("督查室 陈科长", "区纪委监委派驻组 周组长", "中心 王主任")
#: 督查 findings (category, finding, how it was put right).
FINDINGS = (
    ("服务规范", "窗口工作人员未佩戴工作牌", "已佩戴工作牌，纳入每日检查"),
    ("离岗", "工作时间窗口无人且未放置暂停服务牌", "已批评教育，离岗须放置暂停服务牌"),
    ("服务规范", "工作人员在窗口使用手机处理私人事务", "已谈话提醒，纳入月度考核"),
    ("环境", "等候区座椅破损未及时维修", "已更换座椅"),
    ("慢作为", "群众咨询后未及时答复", "已当面致歉并答复"),
    ("环境", "自助区打印机缺纸", "已补充纸张，安排每日巡查"),
)
#: 答疑 noted with what was asked and answered (most are a click without a note).
QUESTIONS = (
    ("社保卡补办需要带什么材料", "本人身份证，可在社保医保窗口当场补办"),
    ("营业执照可以网上申请吗", "可以，通过政务服务网申报后窗口领取"),
    ("不动产登记需要预约吗", "建议提前电话或网上预约"),
    ("哪里可以复印材料", "自助服务区有复印打印一体机"),
    ("公积金提取在哪里办理", "公积金业务在二楼窗口办理"),
)
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗"
GIVEN_NAMES: tuple[str, ...] = (
    *"伟芳敏静磊洋艳勇军杰涛明",
    "秀英",
    "建国",
    "志强",
    "晓燕",
    "桂兰",
    "海燕",
)
CASE_COLUMNS = tuple(c.name for c in LedgerCase.__table__.columns)
_ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)


def _poisson(rng: random.Random, mean: float) -> int:
    """How many of a thing happen in a day that has ``mean`` of them on average."""
    if mean > 30:
        return max(0, round(rng.normalvariate(mean, mean**0.5)))
    n, product, limit = 0, rng.random(), math.exp(-mean)
    while product > limit:
        n += 1
        product *= rng.random()
    return n


def _due(days: list[date], index: int, n: int) -> date:
    """The ``n``-th working day after ``days[index]`` (past the history's last day,
    Monday to Friday)."""
    if index + n < len(days):
        return days[index + n]
    day, left = days[-1], index + n - (len(days) - 1)
    while left:
        day += timedelta(days=1)
        left -= day.weekday() < 5
    return day


def _on(days: list[date], index: int, seconds: float) -> datetime | None:
    """The moment ``seconds`` into the working day ``index``; None: not come yet."""
    return _moment(days[index], seconds) if index < len(days) else None


def _office_hours(rng: random.Random) -> float:
    return rng.choice((9, 10, 10, 11, 14, 15, 15, 16)) * 3600 + rng.uniform(0, 3600)


class _Casework:
    """The ledger's matters besides 差评 (办不成事, 走流程 and its problems, 督查) with
    the steps that took each where it is, and the desk's 答疑, as the services write
    them; what happened after the history's last day has not happened."""

    def __init__(
        self, conn: Connection, hall: SyntheticHall, days: list[date], per_day: int, seed: int
    ) -> None:
        self.hall, self.days = hall, days
        self.rng = random.Random(f"{seed}-casework")  # the tickets' stream stays as it was
        self.case_id = _next_id(conn, LedgerCase.__table__)  # type: ignore[arg-type]
        self.hard_per_day = 0.1 + per_day * 0.002
        self.walks_per_day = 0.05 + per_day * 0.0008
        self.findings_per_day = 0.05 + per_day * 0.001
        self.questions_per_day = 0.5 + per_day * 0.04
        self.cases: list[dict[str, Any]] = []
        self.steps: list[dict[str, Any]] = []
        self.questions: list[dict[str, Any]] = []

    def take_id(self) -> int:
        self.case_id += 1
        return self.case_id - 1

    def day(self, index: int, tickets: list[dict[str, Any]], clerk_at: dict[int, int]) -> None:
        """The cases opened on the working day ``index``, their steps, and its 答疑."""
        rng, hall = self.rng, self.hall
        hard_tickets = [
            t for t in tickets if t["window_id"] in hall.hard_case_windows and t["status"] == _DONE
        ]
        for _ in range(_poisson(rng, self.hard_per_day)):
            taken_at = rng.choice(hard_tickets) if hard_tickets else None
            self._hard_case(index, taken_at)
        for _ in range(_poisson(rng, self.walks_per_day)):
            self._walkthrough(index, clerk_at)
        for _ in range(_poisson(rng, self.findings_per_day)):
            self._finding(index, clerk_at)
        day = self.days[index]
        for _ in range(_poisson(rng, self.questions_per_day)):
            noted = rng.choice(QUESTIONS) if rng.random() < 0.25 else (None, None)
            self.questions.append(
                {
                    "hall_id": hall.id,
                    "service_day": day,
                    "at": _moment(day, _office_hours(rng)),
                    "staff_id": rng.choice(hall.guides),
                    "question": noted[0],
                    "answer": noted[1],
                }
            )

    def bad_rating_steps(self, case: dict[str, Any], level: int | None) -> None:
        """The steps of a 差评整改 case as written (opened by the terminal; a 办结 one
        核实, 整改, 反馈 and 审核 on its dates)."""
        final, boss = case["status"], self.hall.supervisor[0]
        self._step(
            case,
            CaseAction.OPEN,
            case["opened_at"],
            None,
            CaseStatus.TO_VERIFY,
            {"level": level, "reason": case["reason"]},
        )
        if final != CaseStatus.CLOSED.value:
            return
        clerk = case["clerk_id"]
        answered = case["answered_at"]
        for action, at, actor, after, data in (
            (
                CaseAction.VERIFY,
                case["verified_at"],
                boss,
                CaseStatus.TO_RECTIFY,
                {
                    "verdict": case["verdict"],
                    "called_back": case["called_back"],
                    "text": "回访群众，反映窗口办理等候时间长",
                },
            ),
            (
                CaseAction.RECTIFY,
                case["rectified_at"],
                clerk,
                CaseStatus.TO_ANSWER,
                {
                    "mode": "rectify",
                    "text": "已提醒窗口人员，优化办理流程",
                    "by_whom": self.hall.names[clerk],
                },
            ),
            (
                CaseAction.ANSWER,
                answered,
                boss,
                CaseStatus.TO_APPROVE,
                {
                    "channel": "电话",
                    "response": "满意",
                    "answered_at": answered.astimezone(UTC).isoformat(),
                },
            ),
            (CaseAction.APPROVE, case["closed_at"], boss, CaseStatus.CLOSED, {}),
        ):
            self._step(case, action, at, actor, after, data)

    def _case(self, kind: CaseKind, **values: Any) -> dict[str, Any]:
        row = dict.fromkeys(CASE_COLUMNS) | {
            "id": self.take_id(),
            "hall_id": self.hall.id,
            "kind": kind.value,
            "status": first_status(kind).value,
            "title": "",
            "detail": "",
            "called_back": False,
        }
        row.update(values)
        self.cases.append(row)
        return row

    def _step(
        self,
        case: dict[str, Any],
        action: CaseAction,
        at: datetime,
        actor_id: int | None,
        after: CaseStatus,
        data: dict[str, Any],
    ) -> None:
        """A step as ``add_step`` writes it (empty values left out); the case moves on."""
        before = None if action is CaseAction.OPEN else case["status"]
        case["status"] = after.value
        self.steps.append(
            {
                "hall_id": self.hall.id,
                "case_id": case["id"],
                "at": at,
                "actor_id": actor_id,
                "action": action.value,
                "status_before": before,
                "status_after": after.value,
                "data": {k: v for k, v in data.items() if v not in (None, "")},
            }
        )

    def _hard_case(self, index: int, ticket: dict[str, Any] | None) -> None:
        """办不成事: taken in at the 办不成事反映窗口 (with the citizen's number) or by a
        guide; 交办, 办理结果 and 审核 in the working days after it."""
        rng, hall, days = self.rng, self.hall, self.days
        request, category, level = rng.choice(HARD_REQUESTS)
        if ticket is not None:
            opened, by = ticket["finished_at"], ticket["clerk_id"]
        else:
            opened, by = _moment(days[index], _office_hours(rng)), rng.choice(hall.guides)
        case = self._case(
            CaseKind.HARD_CASE,
            ticket_id=ticket["id"] if ticket else None,
            window_id=ticket["window_id"] if ticket else None,
            title=request,
            category=category,
            level=level,
            citizen_name=_citizen_name(rng),
            citizen_phone=_mobile(rng) if rng.random() < 0.9 else None,
            opened_at=opened,
            opened_by_id=by,
            due_date=_due(days, index, DEFAULT_CASE_DAYS[CaseKind.HARD_CASE]),
        )
        self._step(
            case,
            CaseAction.OPEN,
            opened,
            by,
            CaseStatus.TO_ASSIGN,
            {"title": request, "category": category, "case_level": level},
        )
        boss = hall.supervisor[0]
        assigned = _on(days, index + rng.choice((0, 0, 1)), 16 * 3600 + rng.uniform(0, 1800))
        if assigned is None:
            return
        assigned = max(assigned, opened + timedelta(minutes=20))
        department = rng.choice(hall.departments)
        window = rng.choice(hall.window_ids) if rng.random() < 0.3 else None
        case.update(assigned_window_id=window, assigned_department=department)
        self._step(
            case,
            CaseAction.ASSIGN,
            assigned,
            boss,
            CaseStatus.COORDINATING,
            {"assigned_window_id": window, "department": department},
        )
        if rng.random() < 0.04:
            return  # still being coordinated
        done = index + rng.choice((1, 1, 2, 2, 3, 3, 4, 4, 5, 7))
        resolved = _on(days, done, _office_hours(rng))
        if resolved is None:
            return
        resolved = max(resolved, assigned + timedelta(hours=1))
        outcome, done_how = rng.choice(HARD_OUTCOMES)
        reason, basis = REFUSAL if outcome == "无法办理" else (None, None)
        case["outcome"] = outcome
        self._step(
            case,
            CaseAction.RESOLVE,
            resolved,
            boss,
            CaseStatus.TO_APPROVE,
            {"case_outcome": outcome, "text": done_how, "reason": reason, "legal_basis": basis},
        )
        self._approve(case, done + rng.choice((0, 0, 1)), resolved)

    def _approve(self, case: dict[str, Any], index: int, after: datetime) -> datetime | None:
        """审核 on the working day ``index`` (not before ``after``): 办结."""
        approved = _on(self.days, index, 17 * 3600 + self.rng.uniform(0, 1200))
        if approved is None:
            return None
        approved = max(approved, after + timedelta(minutes=30))
        case["closed_at"] = approved
        self._step(
            case, CaseAction.APPROVE, approved, self.hall.supervisor[0], CaseStatus.CLOSED, {}
        )
        return approved

    def _rectification(
        self, case: dict[str, Any], index: int, fix: str, owner: int | None
    ) -> datetime | None:
        """整改 then 审核 of a rectification item opened on the day ``index``; when it
        was 办结 (None: not yet)."""
        rng = self.rng
        done = index + rng.choice((1, 2, 3, 3, 4, 5, 6, 8, 10, 12))
        rectified = _on(self.days, done, _office_hours(rng))
        if rectified is None:
            return None
        rectified = max(rectified, case["opened_at"] + timedelta(hours=1))
        actor = owner or self.hall.supervisor[0]
        case["rectified_at"] = rectified
        self._step(
            case,
            CaseAction.RECTIFY,
            rectified,
            actor,
            CaseStatus.TO_APPROVE,
            {"mode": "rectify", "text": fix, "by_whom": self.hall.names[actor]},
        )
        return self._approve(case, done + rng.choice((0, 1, 2)), rectified)

    def _walkthrough(self, index: int, clerk_at: dict[int, int]) -> None:
        """走流程 of an item at one of its windows, with the problems found (0 to 3)."""
        rng, hall, days = self.rng, self.hall, self.days
        line_id = rng.choice(sorted(hall.items))
        item_id = rng.choice(hall.items[line_id])
        window = rng.choice(hall.windows_of[line_id])
        role = rng.choice(WALKER_ROLES)
        person = rng.choice(WALKERS)
        summary = f"以{role}身份体验“{hall.item_names[item_id]}”办理全流程"
        opened = _moment(days[index], 15 * 3600 + rng.uniform(0, 5400))
        due = _due(days, index, DEFAULT_CASE_DAYS[CaseKind.WALKTHROUGH])
        found = rng.sample(PROBLEMS, k=rng.choice((0, 1, 1, 1, 2, 2, 3)))
        boss = hall.supervisor[0]
        walk = self._case(
            CaseKind.WALKTHROUGH,
            window_id=window,
            item_id=item_id,
            title=summary,
            person=person,
            person_role=role,
            happened_on=days[index],
            opened_at=opened,
            opened_by_id=boss,
            due_date=due,
            closed_at=None if found else opened,
        )
        status = CaseStatus.RECTIFYING if found else CaseStatus.CLOSED
        self._step(
            walk,
            CaseAction.OPEN,
            opened,
            boss,
            status,
            {"title": summary, "person": person, "person_role": role, "problems": len(found)},
        )
        closings: list[datetime | None] = []
        for title, fix in found:
            owner = clerk_at.get(window) if rng.random() < 0.6 else None
            department = None if owner else hall.item_departments[item_id]
            problem = self._case(
                CaseKind.PROBLEM,
                parent_id=walk["id"],
                window_id=window,
                item_id=item_id,
                title=title,
                person=person,
                happened_on=days[index],
                owner_id=owner,
                assigned_department=department,
                opened_at=opened,
                opened_by_id=boss,
                due_date=_due(days, index, DEFAULT_CASE_DAYS[CaseKind.PROBLEM]),
            )
            self._step(
                problem,
                CaseAction.OPEN,
                opened,
                boss,
                CaseStatus.TO_RECTIFY,
                {
                    "title": title,
                    "owner_id": owner,
                    "department": department,
                    "parent_id": walk["id"],
                },
            )
            closings.append(self._rectification(problem, index, fix, owner))
        if found and all(closings):
            last = max(c for c in closings if c is not None)
            walk["closed_at"] = last
            self._step(walk, CaseAction.ITEMS_CLOSED, last, boss, CaseStatus.CLOSED, {})

    def _finding(self, index: int, clerk_at: dict[int, int]) -> None:
        """督查: a finding at a window about the clerk there, who puts it right."""
        rng, hall, days = self.rng, self.hall, self.days
        category, found, fix = rng.choice(FINDINGS)
        window = rng.choice(hall.window_ids)
        clerk = clerk_at[window]
        opened = _moment(days[index], _office_hours(rng))
        boss = hall.supervisor[0]
        finding = self._case(
            CaseKind.FINDING,
            window_id=window,
            clerk_id=clerk,
            title=f"{hall.window_numbers[window]}号窗口：{found}",
            category=category,
            person=rng.choice(INSPECTORS),
            happened_on=days[index],
            owner_id=clerk,
            opened_at=opened,
            opened_by_id=boss,
            due_date=_due(days, index, DEFAULT_CASE_DAYS[CaseKind.FINDING]),
        )
        self._step(
            finding,
            CaseAction.OPEN,
            opened,
            boss,
            CaseStatus.TO_RECTIFY,
            {"title": finding["title"], "category": category, "owner_id": clerk},
        )
        self._rectification(finding, index, fix, clerk)


def _citizen_name(rng: random.Random) -> str:
    return rng.choice(SURNAMES) + rng.choice(GIVEN_NAMES)


def _mobile(rng: random.Random) -> str:
    return f"1{rng.choice('3589')}{rng.randrange(10**9):09d}"


def _id_number(rng: random.Random) -> str:
    """A well-formed made-up 居民身份证号码 (西湖区, born 1950–2005)."""
    born = date(1950, 1, 1) + timedelta(days=rng.randrange(20_000))
    first = f"330106{born:%Y%m%d}{rng.randrange(1000):03d}"
    total = sum(int(d) * w for d, w in zip(first, _ID_WEIGHTS, strict=True))
    return first + "10X98765432"[total % 11]


class _Bookings:
    """预约 of the past days: the 上午/下午 sessions of two lines a day, and the bookings
    made for them, each as the services leave it: 已取号 with the number it was issued
    (a ticket of that day and line, made an appointment number), 爽约 or 已取消."""

    def __init__(self, conn: Connection, hall: SyntheticHall, per_day: int, seed: int) -> None:
        self.hall = hall
        self.rng = random.Random(f"{seed}-bookings")
        self.per_day = 0.5 + per_day * 0.035
        self.capacity = max(10, per_day // 10)
        self.lines = [hall.lines[p] for p in ("A", "B") if p in hall.lines] or [
            min(hall.lines.values())
        ]
        self.slot_id = _next_id(conn, AppointmentSlot.__table__)  # type: ignore[arg-type]
        self.codes = set(
            conn.execute(select(Appointment.code).where(Appointment.hall_id == hall.id)).scalars()
        )
        secret = conn.execute(
            select(AppointmentKey.secret).where(AppointmentKey.hall_id == hall.id)
        ).scalar()
        if secret is None:  # the key the services create on the first booking
            secret = new_day_secret()
            conn.execute(insert(AppointmentKey).values(hall_id=hall.id, secret=secret))
        self.secret = secret
        opens, closes, rest, resumes = WEEKDAY_HOURS
        self.sessions = (("上午", opens, rest), ("下午", resumes, closes))
        self.slots: list[dict[str, Any]] = []
        self.bookings: list[dict[str, Any]] = []

    def day(self, day: date, tickets: list[dict[str, Any]], events: list[dict[str, Any]]) -> None:
        """The day's slots and bookings; the tickets checked in become 预约 numbers
        (``tickets`` and their issue ``events`` changed in place)."""
        rng, hall = self.rng, self.hall
        slots: dict[tuple[int, str], dict[str, Any]] = {}
        for line_id in self.lines:
            for label, starts, ends in self.sessions:
                slots[line_id, label] = {
                    "id": self.slot_id,
                    "hall_id": hall.id,
                    "line_id": line_id,
                    "day": day,
                    "starts_at": datetime.combine(day, starts, ZONE).astimezone(UTC),
                    "ends_at": datetime.combine(day, ends, ZONE).astimezone(UTC),
                    "label": label,
                    "capacity": self.capacity,
                    "booked": 0,
                }
                self.slot_id += 1
        walk_ins = {
            line_id: [
                t
                for t in tickets
                if t["line_id"] == line_id
                and t["priority"] == int(Priority.NORMAL)
                and t["transferred_from_id"] is None
            ]
            for line_id in self.lines
        }
        checked_in: dict[int, str] = {}
        for _ in range(_poisson(rng, self.per_day)):
            line_id = rng.choice(self.lines)
            roll = rng.random()
            ticket = None
            if roll >= 0.18 and walk_ins[line_id]:
                ticket = walk_ins[line_id].pop(rng.randrange(len(walk_ins[line_id])))
            local = ticket["issued_at"].astimezone(ZONE).time() if ticket else None
            label = (
                rng.choice(self.sessions)[0]
                if local is None
                else ("上午" if local < self.sessions[0][2] else "下午")
            )
            slot = slots[line_id, label]
            if ticket is None and roll >= 0.08:
                state = BookingState.NO_SHOW
            else:
                state = BookingState.CANCELLED if ticket is None else BookingState.CHECKED_IN
            if state is not BookingState.CANCELLED:
                if slot["booked"] >= slot["capacity"]:
                    continue  # the slot was full: this citizen booked nothing
                slot["booked"] += 1
            booking = self._booking(day, slot, state, ticket)
            self.bookings.append(booking)
            if ticket is not None:
                ticket["priority"] = int(Priority.APPOINTMENT)
                checked_in[ticket["id"]] = booking["code"]
        if checked_in:
            for event in events:
                if event["ticket_id"] in checked_in and event["kind"] == _ISSUED:
                    payload = event["payload"]
                    payload["priority"] = int(Priority.APPOINTMENT)
                    payload.update(booking_code=checked_in[event["ticket_id"]], late=False)
        self.slots += slots.values()

    def _booking(
        self,
        day: date,
        slot: dict[str, Any],
        state: BookingState,
        ticket: dict[str, Any] | None,
    ) -> dict[str, Any]:
        rng, hall = self.rng, self.hall
        code = "".join(rng.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))
        while code in self.codes:
            code = "".join(rng.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))
        self.codes.add(code)
        number = _id_number(rng)
        imported = rng.random() < 0.5
        made = _moment(day - timedelta(days=rng.randint(1, 7)), _office_hours(rng))
        closed = None
        if state is BookingState.NO_SHOW:  # the sweep after the check-in window closed
            closed = slot["ends_at"] + timedelta(minutes=15)
        elif state is BookingState.CANCELLED:
            closed = made + timedelta(hours=rng.uniform(2, 20))
        line_items = hall.items.get(slot["line_id"], [])
        return {
            "hall_id": hall.id,
            "code": code,
            "line_id": slot["line_id"],
            "slot_id": slot["id"],
            "day": day,
            "state": state.value,
            "citizen_name": _citizen_name(rng),
            "mobile": _mobile(rng),
            "id_number_masked": mask_id_number(number),
            "id_digest": citizen_digest(self.secret, number),
            "item_ids": [rng.choice(line_items)] if line_items and rng.random() < 0.6 else [],
            "note": None,
            "source": "import" if imported else "hotline",
            "platform_ref": f"ZW{made:%Y%m%d}{rng.randrange(10**6):06d}" if imported else None,
            "ticket_id": ticket["id"] if ticket else None,
            "late": False,
            "created_by_id": hall.supervisor[0] if imported else rng.choice(hall.guides),
            "created_at": made,
            "checked_in_at": ticket["issued_at"] if ticket else None,
            "reminded_at": None,
            "closed_at": closed,
        }


def write_history(
    conn: Connection, hall_id: int, days: list[date], per_day: int, seed: int = 20
) -> tuple[SyntheticHall, dict[str, int]]:
    """Write the history of the hall ``hall_id`` (seeded as the demo hall) for ``days``
    (its working days, ascending) in ``conn``'s transaction; the hall as read and the
    rows written per table (``ticket`` … ``application``, ``ledger_case``, ``case_step``,
    ``consultation``, ``appointment_slot``, ``appointment``). PostgreSQL's id sequences
    are moved past the ids written, so the program's own inserts go on after them; the
    hall's AppointmentKey is created if it had none."""
    hall = SyntheticHall(conn, hall_id)
    counts = _history(conn, hall, days, per_day, seed)
    if conn.dialect.name == "postgresql":
        # The tables whose ids were written here (the others took them from their sequence).
        for table in ("ticket", "event", "rating", "ledger_case", "appointment_slot"):
            conn.execute(
                text(
                    f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), m) "
                    f"FROM (SELECT max(id) AS m FROM {table}) AS written WHERE m IS NOT NULL"
                )
            )
    return hall, counts

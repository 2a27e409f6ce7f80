"""A hall's history written in bulk: a year of tickets for the report bench, months of
them for the demo hall (so that its 统计分析 has a 上半年 to show).

Straight into the tables (Core ``executemany`` on SQLite, ``COPY`` on PostgreSQL; going
through the services would take hours): about ``per_day`` numbers on each of the days
given, over the hall's lines, windows and clerks (the demo hall's), with what became of
them (served, 过号, cancelled, transferred, expired), their events, the items handled,
ratings (a share of 差评, each with its 差评整改 case), free courier dispatches, 帮代办
and 延时服务 records, and the 办件 of the tickets accepted (受理) with their due and
closing dates (限时办结). Made up, and reproducible from ``seed``.
"""

from __future__ import annotations

import json
import random
from collections.abc import Sequence
from datetime import UTC, date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import Connection, Table, func, insert, select, text

from hall_desktop.domain.calls import AssistGroup, AssistKind
from hall_desktop.domain.cases import CaseKind, CaseStatus
from hall_desktop.domain.courier import Direction, DispatchStatus
from hall_desktop.domain.events import EventKind
from hall_desktop.domain.tickets import Outcome, Priority, TicketStatus
from hall_desktop.store.models import (
    Application,
    BusinessLine,
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

__all__ = ["SyntheticHall", "write_history"]

ZONE = ZoneInfo("Asia/Shanghai")
BATCH = 20_000
# Lines by share of the day's numbers (the demo's prefixes).
LINE_SHARES = {"A": 30, "G": 3, "B": 12, "Q": 10, "S": 25, "T": 15, "X": 5}
# What becomes of a number (per thousand); the rest is served.
NO_SHOW, CANCELLED, TRANSFERRED, EXPIRED = 40, 25, 20, 10
RATED_SHARE, BAD_SHARE = 0.85, 0.015  # of the served; of the rated
COURIER_SHARE, ASSIST_SHARE, GREEN_SHARE = 0.03, 0.02, 0.03


class SyntheticHall:
    """The seeded demo hall: ids the generator needs."""

    def __init__(self, conn: Connection, hall_id: int) -> None:
        self.id = hall_id
        self.lines = dict(
            conn.execute(
                select(BusinessLine.prefix, BusinessLine.id).where(BusinessLine.hall_id == hall_id)
            ).all()
        )
        self.window_numbers: dict[int, int] = dict(
            conn.execute(
                select(ServiceWindow.id, ServiceWindow.number).where(
                    ServiceWindow.hall_id == hall_id
                )
            ).all()
        )
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
            select(Staff.id, Staff.login, Staff.roles).where(Staff.hall_id == hall_id)
        ).all()
        self.clerks = sorted(i for i, _, roles in staff if "clerk" in roles)
        self.guide = next(i for i, _, roles in staff if "guide" in roles)
        self.supervisor = next((i, login) for i, login, roles in staff if "supervisor" in roles)
        self.items: dict[int, list[int]] = {}
        items = conn.execute(
            select(ServiceItem.id).where(ServiceItem.hall_id == hall_id).order_by(ServiceItem.id)
        ).scalars()
        pool = list(items)
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
    prefix_of = {line_id: prefix for prefix, line_id in hall.lines.items()}
    shares = [(hall.lines[p], n) for p, n in LINE_SHARES.items() if p in hall.lines]
    line_ids = [line_id for line_id, _ in shares]
    weights = [n for _, n in shares]
    minutes = {hall.lines[p]: m for p, m in zip("AGBQSTX", (8, 20, 15, 12, 6, 8, 15), strict=True)}
    counts = dict.fromkeys(
        ("ticket", "event", "ticket_item", "rating", "ledger_case", "courier_dispatch"), 0
    ) | {"ticket_assist": 0, "extended_service": 0, "application": 0}
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
                    cases.append(_bad_case(hall, day, row, rating_id, rng))
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
    hall: SyntheticHall, day: date, ticket: dict[str, Any], rating_id: int, rng: random.Random
) -> dict[str, Any]:
    closed = rng.random() < 0.8
    opened = ticket["finished_at"]
    return {
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
        "called_back": closed,
        "opened_at": opened,
        "due_date": day + timedelta(days=5),
        "verified_at": opened + timedelta(days=1) if closed else None,
        "rectified_at": opened + timedelta(days=2) if closed else None,
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


def write_history(
    conn: Connection, hall_id: int, days: list[date], per_day: int, seed: int = 20
) -> tuple[SyntheticHall, dict[str, int]]:
    """Write the history of the hall ``hall_id`` (seeded as the demo hall) for ``days``
    (its working days, ascending) in ``conn``'s transaction; the hall as read and the
    rows written per table. PostgreSQL's id sequences are moved past the ids written, so
    the program's own inserts go on after them."""
    hall = SyntheticHall(conn, hall_id)
    counts = _history(conn, hall, days, per_day, seed)
    if conn.dialect.name == "postgresql":
        for table in ("ticket", "event", "rating"):
            conn.execute(
                text(
                    f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                    f"(SELECT max(id) FROM {table}))"
                )
            )
    return hall, counts

"""The queue's SQL statements (SQLAlchemy Core), built once at import: they are hot.

The call order is :data:`hall_desktop.domain.queue.CALL_ORDER`; :data:`ORDER_SQL` says
what each of its terms is in SQL, and the candidates query sorts by those.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import (
    Boolean,
    Date,
    Integer,
    String,
    and_,
    bindparam,
    case,
    exists,
    func,
    insert,
    literal,
    or_,
    select,
    text,
    true,
    update,
)
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import aliased
from sqlalchemy.sql.elements import ColumnElement, SQLCoreOperations

from hall_desktop.domain import tickets as tk
from hall_desktop.domain.events import EventKind
from hall_desktop.domain.queue import CALL_ORDER, OrderTerm, call_class, next_run
from hall_desktop.domain.tickets import TicketStatus
from hall_desktop.services.queue.events import BUNDLE_FACTS, MOVE_FACTS
from hall_desktop.store.models import (
    BigId,
    BusinessLine,
    CitizenDayKey,
    Event,
    Hall,
    NumberCounter,
    ServiceWindow,
    Staff,
    Ticket,
    UTCDateTime,
    WindowLine,
)

IN_HAND_VALUES = sorted(s.value for s in tk.IN_HAND_STATUSES)

P_WINDOW = bindparam("p_window_id", type_=Integer)
P_NOW = bindparam("p_now", type_=UTCDateTime())
P_CLERK = bindparam("p_clerk_id", type_=Integer)
#: The hall's service day: tickets of that day, and the window lines in force on it.
P_DAY = bindparam("p_day", type_=Date)


class SqlOps:
    """The domain's policy rules (:mod:`hall_desktop.domain.queue`) in SQL."""

    def when(self, condition: Any, then: Any, otherwise: Any) -> Any:
        return case((condition, then), else_=otherwise)

    def all(self, *conditions: Any) -> Any:
        return and_(*conditions)

    def any(self, *conditions: Any) -> Any:
        return or_(*conditions)

    def first_known(self, *values: Any) -> Any:
        return func.coalesce(*values)

    def at_or_before(self, moment: Any, limit: Any) -> Any:
        return moment <= limit  # NULL (unknown) is not true in CASE WHEN


SQL = SqlOps()
#: The calling window, for its ``priority_run``.
_caller = aliased(ServiceWindow, name="caller")

#: Each term of the domain's call order in SQL, over the candidates query (tickets
#: joined to the window's ``WindowLine``, their line, hall and the calling window; only
#: due held tickets and waiting ones).
ORDER_SQL: dict[OrderTerm, SQLCoreOperations[Any]] = {
    # Among the candidates, a held ticket is one due for call-back.
    OrderTerm.HELD_DUE_FIRST: case((Ticket.status == TicketStatus.HELD.value, 0), else_=1),
    OrderTerm.HELD_DUE_AT: Ticket.hold_due_at,
    OrderTerm.CALL_CLASS_DESC: call_class(
        SQL,
        priority=Ticket.priority,
        run=_caller.priority_run,
        every=SQL.first_known(BusinessLine.priority_every, Hall.priority_every),
        overdue_at=Ticket.overdue_at,
        now=P_NOW,
    ).desc(),
    OrderTerm.LINE_RANK: WindowLine.rank,
    OrderTerm.ISSUED_AT: Ticket.issued_at,
    OrderTerm.TICKET_ID: Ticket.id,
}


def window_columns(in_hand: ColumnElement[Any]) -> tuple[Any, ...]:
    """What a call reads of its window (:class:`~.rows.WindowRow`)."""
    return (
        ServiceWindow.id,
        ServiceWindow.hall_id,
        ServiceWindow.number,
        ServiceWindow.active,
        ServiceWindow.paused,
        ServiceWindow.clerk_id,
        in_hand.label("in_hand"),
    )


_in_hand_number = (
    select(Ticket.number)
    .where(Ticket.window_id == ServiceWindow.id, Ticket.status.in_(IN_HAND_VALUES))
    .limit(1)
    .scalar_subquery()
)
#: SQLite: a window and the number it has in hand.
CALL_WINDOW = select(*window_columns(_in_hand_number)).where(ServiceWindow.id == P_WINDOW)
#: PostgreSQL: one call at a time per window (a double click, two programs at one window).
LOCK_WINDOW = (
    select(*window_columns(literal(None)))
    .where(ServiceWindow.id == P_WINDOW)
    .with_for_update(key_share=True)
)
IN_HAND = (
    select(Ticket.number)
    .where(Ticket.window_id == P_WINDOW, Ticket.status.in_(IN_HAND_VALUES))
    .limit(1)
)

# Held tickets of this window due for call-back, and waiting tickets of its lines.
_held_due = and_(
    Ticket.status == TicketStatus.HELD.value,
    Ticket.window_id == P_WINDOW,
    Ticket.hold_due_at <= P_NOW,
)
_waiting = and_(
    Ticket.status == TicketStatus.WAITING.value,
    WindowLine.window_id.is_not(None),
    or_(Ticket.target_window_id.is_(None), Ticket.target_window_id == P_WINDOW),
)
#: The window's next ticket (:class:`~.rows.Candidate`), in call order.
CANDIDATES = (
    select(
        Ticket.id,
        Ticket.status.label("previous_status"),
        BusinessLine.name.label("line_name"),
        BusinessLine.prefix.label("line_prefix"),
    )
    .join(BusinessLine, BusinessLine.id == Ticket.line_id)
    .join(Hall, Hall.id == Ticket.hall_id)
    .join(_caller, _caller.id == P_WINDOW)
    .outerjoin(
        WindowLine,
        and_(
            WindowLine.line_id == Ticket.line_id,
            WindowLine.window_id == P_WINDOW,
            WindowLine.serving_on(P_DAY),
        ),
    )
    .where(
        Ticket.hall_id == bindparam("p_hall_id", type_=Integer),
        Ticket.service_day == P_DAY,
    )
    .where(or_(_held_due, _waiting))
    .order_by(*(ORDER_SQL[term] for term in CALL_ORDER))
    .limit(1)
)

# What tickets.call / tickets.call_back set, plus the window and clerk.
_CALLED = {
    "status": TicketStatus.CALLED.value,
    "window_id": P_WINDOW,
    "clerk_id": P_CLERK,
    "first_called_at": func.coalesce(Ticket.first_called_at, P_NOW),
    "last_called_at": P_NOW,
    "call_count": Ticket.call_count + 1,
    "held_at": None,
    "hold_due_at": None,
    "hold_reason": None,
    "target_window_id": None,
}
_TICKET_COLUMNS = Ticket.__table__.columns


def _claim_pg() -> Any:
    """PostgreSQL: claim and log in one statement (one round trip instead of two); the
    event is the one :func:`~.events.write_move_event` would write for a call. SKIP
    LOCKED: the claim never waits for a ticket (the lock order in the package docstring).
    """
    # The window row is locked first (see moves.call_next), so this statement's fresh
    # snapshot sees a ticket another call just put in the window's hand.
    in_hand_ticket = aliased(Ticket)
    window_free = ~exists().where(
        in_hand_ticket.window_id == P_WINDOW,
        in_hand_ticket.status.in_(IN_HAND_VALUES),
    )
    chosen = (
        CANDIDATES.where(window_free)
        .with_for_update(skip_locked=True, of=Ticket, key_share=True)
        # A materialized CTE, not a subquery in FROM: joined as the inner side of a
        # nested loop, a subquery is run again for each outer row, and LIMIT 1 with SKIP
        # LOCKED then gave one window two tickets. Under a PC's role (row-level security,
        # store.pg_roles) the planner chose that plan.
        .cte("chosen")
        .prefix_with("MATERIALIZED")
    )
    claimed = (
        update(Ticket)
        .where(Ticket.id == chosen.c.id)
        .values(_CALLED)
        .returning(
            *_TICKET_COLUMNS, chosen.c.previous_status, chosen.c.line_name, chosen.c.line_prefix
        )
        .cte("claimed")
    )
    facts = {
        "number": claimed.c.number,
        "line_id": claimed.c.line_id,
        "window_number": bindparam("p_window_number", type_=Integer),
        "call_count": claimed.c.call_count,
        "bundle_step": claimed.c.bundle_step,  # BUNDLE_FACTS: stripped when NULL
        "bundle_steps": claimed.c.bundle_steps,
    }
    logged = (
        insert(Event)
        .from_select(
            ["hall_id", "at", "actor_id", "kind", "ticket_id", "window_id", "payload"],
            select(
                claimed.c.hall_id,
                P_NOW,
                P_CLERK,
                case(
                    (
                        claimed.c.previous_status == TicketStatus.HELD.value,
                        EventKind.TICKET_CALLED_BACK,
                    ),
                    else_=EventKind.TICKET_CALLED,
                ),
                claimed.c.id,
                claimed.c.window_id,
                func.json_strip_nulls(
                    func.json_build_object(
                        *(part for key in MOVE_FACTS + BUNDLE_FACTS for part in (key, facts[key]))
                    )
                ),
            ),
        )
        .returning(Event.id)
        .cte("logged")
    )
    # The window's run of priority calls (domain.queue.next_run), in the same statement.
    ran = (
        update(ServiceWindow)
        .where(ServiceWindow.id == claimed.c.window_id)
        .values(
            priority_run=next_run(
                SQL,
                run=ServiceWindow.priority_run,
                priority=claimed.c.priority,
                called_back=claimed.c.previous_status == TicketStatus.HELD.value,
            )
        )
        .returning(ServiceWindow.id)
        .cte("ran")
    )
    return (
        select(claimed, logged.c.id.label("event_id"))
        .join_from(claimed, logged, true())
        .outerjoin(ran, true())
    )


#: PostgreSQL: skips tickets other windows are claiming right now (see moves.call_next).
CLAIM_PG = _claim_pg()
#: SQLite: claims the candidate read before, if its status is still the one read.
CLAIM_ONE = (
    update(Ticket)
    .where(
        Ticket.id == bindparam("p_id", type_=BigId),
        Ticket.status == bindparam("p_status", type_=String),
    )
    .values(_CALLED)
    .returning(*_TICKET_COLUMNS)
)
#: SQLite: the window's run of priority calls after a call (domain.queue.next_run).
AFTER_CALL_RUN = (
    update(ServiceWindow)
    .where(ServiceWindow.id == P_WINDOW)
    .values(
        priority_run=next_run(
            SQL,
            run=ServiceWindow.priority_run,
            priority=bindparam("p_priority", type_=Integer),
            called_back=bindparam("p_called_back", type_=Boolean),
        )
    )
)
#: PostgreSQL: waits until the ticket's lock is free (FOR SHARE conflicts with the
#: claim's NO KEY UPDATE), as a statement of its own that holds nothing else.
WAIT_FOR_TICKET = (
    select(Ticket.id).where(Ticket.id == bindparam("p_id", type_=BigId)).with_for_update(read=True)
)
#: After a claim that took nothing: what the window has in hand, and the best candidate
#: (one round trip: an idle window asks this on every call).
IN_HAND_AND_BEST = select(
    IN_HAND.scalar_subquery().label("in_hand"),
    CANDIDATES.with_only_columns(Ticket.id).scalar_subquery().label("best_id"),
)
_best = CANDIDATES.subquery("best")
#: SQLite: the window and its best candidate in one statement.
CALL_WINDOW_AND_PICK = (
    select(
        *CALL_WINDOW.selected_columns,
        _best.c.id.label("pick_id"),
        _best.c.previous_status,
        _best.c.line_name,
        _best.c.line_prefix,
    )
    .outerjoin_from(ServiceWindow, _best, true())
    .where(ServiceWindow.id == P_WINDOW)
)

#: Issuing: the line with its hall's settings (:class:`~.rows.IssueLine`).
ISSUE_LINE = (
    select(
        BusinessLine.id,
        BusinessLine.hall_id,
        BusinessLine.prefix,
        BusinessLine.name,
        BusinessLine.daily_limit,
        BusinessLine.first_number,
        BusinessLine.default_service_minutes,
        BusinessLine.active,
        Hall.name.label("hall_name"),
        Hall.timezone,
        Hall.enforce_hours,
        func.coalesce(BusinessLine.max_wait_minutes, Hall.max_wait_minutes).label(
            "max_wait_minutes"
        ),
    )
    .join(Hall, Hall.id == BusinessLine.hall_id)
    .where(
        BusinessLine.id == bindparam("p_line_id", type_=Integer),
        BusinessLine.hall_id == bindparam("p_hall_id", type_=Integer),
    )
)


def _next_seq_statement(dialect_insert: Any) -> Any:
    """Take the line's next daily sequence number in one atomic upsert."""
    return (
        dialect_insert(NumberCounter)
        .values(
            hall_id=bindparam("p_hall_id", type_=Integer),
            line_id=bindparam("p_line_id", type_=Integer),
            service_day=bindparam("p_day", type_=Date),
            last_seq=bindparam("p_first", type_=Integer),
        )
        .on_conflict_do_update(
            index_elements=["hall_id", "line_id", "service_day"],
            set_={"last_seq": NumberCounter.last_seq + 1},
        )
        .returning(NumberCounter.last_seq)
    )


NEXT_SEQ_PG = _next_seq_statement(pg_insert)
NEXT_SEQ_SQLITE = _next_seq_statement(sqlite_insert)


def _new_day_key_statement(dialect_insert: Any) -> Any:
    """一人一号: the hall's key of the day, unless another desk created it first."""
    return (
        dialect_insert(CitizenDayKey)
        .values(
            hall_id=bindparam("p_hall_id", type_=Integer),
            service_day=bindparam("p_day", type_=Date),
            secret=bindparam("p_secret", type_=String),
        )
        .on_conflict_do_nothing(index_elements=["hall_id", "service_day"])
    )


NEW_DAY_KEY_PG = _new_day_key_statement(pg_insert)
NEW_DAY_KEY_SQLITE = _new_day_key_statement(sqlite_insert)
#: PostgreSQL: one issue at a time per citizen (一人一号), until the commit.
LOCK_CITIZEN = text("SELECT pg_advisory_xact_lock(:p_key)")
INSERT_TICKET = insert(Ticket).returning(*_TICKET_COLUMNS)

# The slip's estimate: people ahead, open windows of the line, recent service times.
_P_PRIORITY = bindparam("p_priority", type_=Integer)
AHEAD = (
    select(func.count())
    .select_from(Ticket)
    .where(
        Ticket.hall_id == bindparam("p_hall_id", type_=Integer),
        Ticket.line_id == bindparam("p_line_id", type_=Integer),
        Ticket.service_day == bindparam("p_day", type_=Date),
        Ticket.status == TicketStatus.WAITING.value,
        Ticket.id != bindparam("p_id", type_=BigId),
        or_(
            Ticket.priority > _P_PRIORITY,
            and_(
                Ticket.priority == _P_PRIORITY,
                Ticket.issued_at <= bindparam("p_issued_at", type_=UTCDateTime()),
            ),
        ),
    )
)


#: What a wait estimate needs of the lines ``p_line_ids`` (expanding) on ``p_day``: the
#: open windows (active, not paused) serving each line, counted per line ...
OPEN_WINDOWS = (
    select(WindowLine.line_id, func.count().label("open_windows"))
    .join(ServiceWindow, ServiceWindow.id == WindowLine.window_id)
    .where(
        WindowLine.line_id.in_(bindparam("p_line_ids", expanding=True)),
        WindowLine.serving_on(P_DAY),
        ServiceWindow.active.is_(True),
        ServiceWindow.paused.is_(False),
    )
    .group_by(WindowLine.line_id)
)
#: ... and each line's latest ``p_limit`` tickets done that day: their start and finish
#: (the latest first, by finish then id).
_RANKED_SERVICE = (
    select(
        Ticket.line_id,
        Ticket.started_at,
        Ticket.finished_at,
        func.row_number()
        .over(partition_by=Ticket.line_id, order_by=(Ticket.finished_at.desc(), Ticket.id.desc()))
        .label("recent"),
    )
    .where(
        Ticket.hall_id == bindparam("p_hall_id", type_=Integer),
        Ticket.line_id.in_(bindparam("p_line_ids", expanding=True)),
        Ticket.service_day == bindparam("p_day", type_=Date),
        Ticket.status == TicketStatus.DONE.value,
    )
    .subquery("ranked")
)
RECENT_SERVICE = select(
    _RANKED_SERVICE.c.line_id, _RANKED_SERVICE.c.started_at, _RANKED_SERVICE.c.finished_at
).where(_RANKED_SERVICE.c.recent <= bindparam("p_limit", type_=Integer))

#: A ticket with its line and window, for one move (:class:`~.rows.MoveRow`).
_window_clerk = aliased(Staff)
MOVE = (
    select(
        *_TICKET_COLUMNS,
        BusinessLine.name.label("line_name"),
        BusinessLine.prefix.label("line_prefix"),
        ServiceWindow.number.label("window_number"),
        ServiceWindow.clerk_id.label("window_clerk_id"),
        _window_clerk.name.label("window_clerk_name"),
    )
    .join(BusinessLine, BusinessLine.id == Ticket.line_id)
    .outerjoin(ServiceWindow, ServiceWindow.id == Ticket.window_id)
    .outerjoin(_window_clerk, _window_clerk.id == ServiceWindow.clerk_id)
    .where(
        Ticket.id == bindparam("p_id", type_=BigId),
        Ticket.hall_id == bindparam("p_hall_id", type_=Integer),
    )
)
#: PostgreSQL: locked against a concurrent move that keeps the status (two recalls).
MOVE_PG = MOVE.with_for_update(of=Ticket, key_share=True)
#: A move, guarded by the status it was computed from; the SET clause comes from the
#: parameters given at execution.
UPDATE_GUARDED = (
    update(Ticket)
    .where(
        Ticket.id == bindparam("p_id", type_=BigId),
        Ticket.status == bindparam("p_status", type_=String),
    )
    .execution_options(synchronize_session=False)
)

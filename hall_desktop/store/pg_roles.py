"""数据库账号: least privilege on a shared PostgreSQL (``hall-desktop db roles``).

Each kind of PC connects with a login role of its own hall and kind; the login role is
a member of one group role per kind, which holds the grants:

========== ==============================================================================
kind        what its role may do
========== ==============================================================================
display     read what the big screen shows (no personal column, no password), LISTEN
terminal    the display's reads and its window's ratings, written only through
            ``hall_rate`` (the ticket finished last at its own window); one role per window
kiosk       a normal number and an appointment's check-in (自助取号机, in the public area)
desk        issue, cancel, consultations, appointments (取号/导办台)
clerk       the queue's moves, extended hours, courier, cases of its window
admin       everything of its hall
district    a district centre's 区县 tab: every hall of the district read (no personal
            column, no password), the townships' service items written
========== ==============================================================================

Row-level security keeps every role to its own hall's rows (``db_login`` says which
hall a role is for). The owner of the tables (who runs ``db upgrade``) and a superuser
are not bound by the policies: a hall that never makes the roles works as before.

Roles belong to the whole server, so the group roles are shared by every database on
it; the policies give a role of another database no row here. The grants and policies
are made again after every ``db upgrade`` of a database that has them, so a table a
later version adds is covered at once.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import re
import secrets
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sqlalchemy import Connection, create_engine, text
from sqlalchemy.engine import URL
from sqlalchemy.ext.asyncio import AsyncSession

from hall_desktop.domain.cases import CaseAction, CaseKind
from hall_desktop.domain.events import EventKind
from hall_desktop.store.models import Base

KINDS = ("display", "terminal", "kiosk", "desk", "clerk", "admin", "district")
#: The kinds every hall has; ``district`` only a district's centre (区县中心).
HALL_KINDS = KINDS[:-1]
KIND_LABELS = {
    "display": "大厅综合屏",
    "terminal": "窗口评价器",
    "kiosk": "自助取号机",
    "desk": "取号/导办台",
    "clerk": "窗口工作台",
    "admin": "管理端、大厅监控",
    "district": "区县管理端",
}


def group_role(kind: str) -> str:
    return f"hall_{kind}"


GROUPS = tuple(group_role(k) for k in KINDS)
_WRITERS = ("kiosk", "desk", "clerk", "admin")

#: Columns the public PCs (display, terminal) may not read: personal data, secrets.
PUBLIC_HIDDEN = {
    "ticket": frozenset({"citizen_name", "citizen_phone", "citizen_id_number", "note"}),
    "staff": frozenset({"password_hash"}),
    "hall": frozenset({"sms_secret"}),
    "ledger_case": frozenset({"citizen_name", "citizen_phone", "detail", "note"}),
    "appointment": frozenset(
        {"code", "citizen_name", "mobile", "id_number_masked", "id_digest", "note", "platform_ref"}
    ),
}
#: Columns only a hall's admin reads (a password is checked through hall_login_account).
ADMIN_ONLY = {
    "staff": frozenset({"password_hash"}),
    "hall": frozenset({"sms_secret"}),
}
#: What the display reads (and the terminal, with its own tables below).
DISPLAY_TABLES = (
    "hall",
    "district",
    "business_line",
    "hall_window",
    "window_line",
    "ticket",
    "staff",
    "event",
    "opening_hours",
    "calendar_day",
    "calendar_year",
    "service_item",
    "number_counter",
    "appointment",  # booked slots, for the wait estimate: no citizen's column
    "appointment_slot",
    "alembic_version",
)
TERMINAL_TABLES = (*DISPLAY_TABLES, "rating", "ticket_item", "ledger_case", "case_step")
#: What the terminal inserts itself, each bounded by a policy (its window, its kinds of
#: event); the rating and its 差评 case are written by hall_rate.
TERMINAL_INSERTS = ("event", "case_step")
#: Tables a kind writes (INSERT, UPDATE, DELETE, within its hall, or the rights after a
#: colon); it reads every table (the kiosk: :data:`KIOSK_HIDDEN` left out).
WRITES = {
    # 自助取号机, in the public area like the display: a normal number (with the
    # one-citizen limits) and an appointment's check-in; no cancelling, no calling.
    "kiosk": (
        "ticket:INSERT",
        "number_counter:INSERT, UPDATE",
        "event",
        "citizen_day_key:INSERT",
        "ticket_citizen:INSERT",
        "ticket_item:INSERT",
        "appointment:UPDATE (state, checked_in_at, late, ticket_id)",  # 签到 only
    ),
    "desk": (
        "ticket",
        "number_counter",
        "event",
        "consultation",
        "citizen_day_key",
        "ticket_citizen",
        "ticket_item",
        "bundle_run",
        "appointment",
        "appointment_slot",
        "appointment_key",
        "notice_outbox",
        "daily_job",
        "ledger_case",  # 办不成事 taken in at the desk
        "case_step",
        "ticket_assist",  # 帮办代办 recorded at the desk
    ),
    "clerk": (
        "ticket",
        "number_counter",
        "event",
        "hall_window",
        "ticket_item",
        "ticket_assist",
        "ticket_citizen",
        "out_of_order_call",
        "extended_service",
        "courier_dispatch",
        "ledger_case",
        "case_step",
        "application",
        "bundle_run",
        "appointment",
        "notice_outbox",
        "daily_job",
        "citizen_day_key",
    ),
}
#: The audit trail (清廉大厅): a PC adds to it and changes nothing in it (the admin's
#: role archives old events).
APPEND_ONLY = frozenset({"event", "case_step"})
#: The admin's rights where not all three: the audit trail is moved, never changed.
ADMIN_RIGHTS = {
    # UPDATE of one column only for the archive's row locks (SELECT … FOR UPDATE needs
    # it); a policy refuses every actual change.
    "event": "INSERT, DELETE, UPDATE (xid)",
    "event_archive": "INSERT",
}
#: Tables the kiosk has no business reading: the hall's records of other work.
KIOSK_HIDDEN = frozenset(
    {
        "courier_dispatch",
        "extended_service",
        "ledger_case",
        "case_step",
        "application",
        "rating",
        "patrol",
        "patrol_check",
        "floor_alert",
        "notice_outbox",
        "backup_record",
        "event_archive",
        "consultation",
        "ticket_assist",
        "out_of_order_call",
    }
)
#: The events a terminal may write, at its own window only.
TERMINAL_EVENTS = (
    EventKind.TICKET_RATED.value,
    EventKind.TICKET_NOT_RATED.value,
    EventKind.FOLLOW_UP_OPENED.value,
)
#: The functions each kind may call (no one else may).
FUNCTIONS = {
    "hall_login_account(integer, text)": ("kiosk", "desk", "clerk", "admin", "district"),
    "hall_login_record(integer, boolean, timestamptz, text)": (
        "kiosk",
        "desk",
        "clerk",
        "admin",
        "district",
    ),
    "hall_rate(integer, integer, bigint, integer, text, text, json, timestamptz, text, "
    "text, date)": ("terminal", "admin"),
    "hall_set_role_password(text, text)": ("admin",),
}
#: Tables without a hall of their own: (the column, the table whose rows it belongs to).
_CHILDREN = {
    "window_line": ("window_id", "hall_window"),
    "bundle_step": ("bundle_id", "bundle"),
    "ticket_item": ("ticket_id", "ticket"),
    "patrol_check": ("patrol_id", "patrol"),
}
_SHARED = ("district", "alembic_version")  # read by all, no hall
_HALL = "(SELECT hall_session_hall())"
_WINDOW = "(SELECT hall_session_window())"


class RolesRefused(Exception):
    """The database account running the command cannot make roles (a Chinese message)."""


@dataclass(frozen=True, slots=True)
class LoginRole:
    """One database account of a hall: its name, kind and (a terminal's) window."""

    name: str
    kind: str
    window_number: int | None
    exists: bool = True
    can_login: bool = True

    @property
    def label(self) -> str:
        base = KIND_LABELS[self.kind]
        if self.window_number is not None:
            return f"{self.window_number}号窗口评价器"
        return base


def _ident(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def login_role_name(database: str, hall_code: str, kind: str, window: int | None = None) -> str:
    """``<database>_<hall>_<kind>[_<window>]``, in lower case letters, digits and ``_``:
    one server may hold several databases with a hall of the same code."""
    raw = f"{database}_{hall_code}_{kind}" + (f"_{window}" if window is not None else "")
    name = re.sub(r"[^a-z0-9_]", "_", raw.lower())
    if len(name) > 63:  # PostgreSQL's limit: keep the end, which tells the kind apart
        digest = hashlib.sha256(raw.encode()).hexdigest()[:8]
        name = f"{name[: 63 - 9 - len(kind) - 8]}_{digest}_{name[-(len(kind) + 8) :]}"[-63:]
    return name


def _tables() -> list[str]:
    return [t.name for t in Base.metadata.sorted_tables]


def _columns(table: str, hidden: frozenset[str]) -> list[str]:
    return [c.name for c in Base.metadata.tables[table].columns if c.name not in hidden]


def may_make_roles(conn: Connection) -> bool:
    return bool(
        conn.scalar(
            text("SELECT rolsuper OR rolcreaterole FROM pg_roles WHERE rolname = current_user")
        )
    )


def access_applied(conn: Connection) -> bool:
    """Whether this database has had its roles made (its ticket table has policies)."""
    return bool(
        conn.scalar(
            text(
                "SELECT relrowsecurity FROM pg_class c JOIN pg_namespace n "
                "ON n.oid = c.relnamespace WHERE c.relname = 'ticket' "
                "AND n.nspname = current_schema()"
            )
        )
    )


def _make_group_roles(conn: Connection) -> None:
    for group in GROUPS:
        # Two databases of one server made at once (tests): the loser's CREATE ROLE
        # meets the winner's row; either way the role is there afterwards.
        conn.execute(
            text(
                f"DO $do$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = "
                f"'{group}') THEN CREATE ROLE {group} NOLOGIN; END IF; "
                f"EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $do$"
            )
        )


def _select(table: str, hidden: frozenset[str], group: str) -> str:
    if not hidden:
        return f"GRANT SELECT ON {table} TO {group}"
    return f"GRANT SELECT ({', '.join(_columns(table, hidden))}) ON {table} TO {group}"


def access_statements() -> list[str]:
    """The grants, policies and function rights, from nothing (each statement
    idempotent after the REVOKEs at the start)."""
    tables = _tables()
    groups = ", ".join(GROUPS)
    out = [
        f"REVOKE ALL ON ALL TABLES IN SCHEMA {{schema}} FROM {groups}",
        f"REVOKE ALL ON ALL SEQUENCES IN SCHEMA {{schema}} FROM {groups}",
        f"GRANT USAGE ON SCHEMA {{schema}} TO {groups}",
        "GRANT USAGE ON ALL SEQUENCES IN SCHEMA {schema} TO "
        + ", ".join(group_role(k) for k in ("terminal", *_WRITERS, "district")),
    ]
    # Reads.
    for table in (*tables, "alembic_version"):
        if table == "db_login":
            out.append(f"GRANT SELECT ON db_login TO {group_role('admin')}")
            continue
        for kind in KINDS:
            group = group_role(kind)
            if kind in ("display", "terminal"):
                allowed = DISPLAY_TABLES if kind == "display" else TERMINAL_TABLES
                if table in allowed:
                    out.append(_select(table, PUBLIC_HIDDEN.get(table, frozenset()), group))
            elif kind == "admin":
                out.append(f"GRANT SELECT ON {table} TO {group}")
            elif kind == "district":
                out.append(_select(table, PUBLIC_HIDDEN.get(table, frozenset()), group))
            elif kind == "kiosk" and table in KIOSK_HIDDEN:
                continue
            else:
                out.append(_select(table, ADMIN_ONLY.get(table, frozenset()), group))
    # Writes.
    for kind, written in WRITES.items():
        for entry in written:
            table, _, rights = entry.partition(":")
            if not rights:
                rights = "INSERT" if table in APPEND_ONLY else "INSERT, UPDATE, DELETE"
            out.append(f"GRANT {rights} ON {table} TO {group_role(kind)}")
    for table in tables:
        if table not in (*_SHARED, "db_login"):  # db_login: hall-desktop db roles only
            rights = ADMIN_RIGHTS.get(table, "INSERT, UPDATE, DELETE")
            out.append(f"GRANT {rights} ON {table} TO {group_role('admin')}")
    for table in TERMINAL_INSERTS:
        out.append(f"GRANT INSERT ON {table} TO {group_role('terminal')}")
    district = group_role("district")
    out += [
        f"GRANT INSERT, UPDATE ON service_item TO {district}",
        f"GRANT INSERT ON event TO {district}",
        # UPDATE of one column for the townships' row locks (SELECT … FOR UPDATE); a
        # policy refuses every actual change.
        f"GRANT UPDATE (id) ON hall TO {district}",
    ]
    # Row-level security: each role its own hall's rows.
    readers = groups
    writers = ", ".join(group_role(k) for k in _WRITERS)
    for table in tables:
        if table in _SHARED:
            continue
        if table == "db_login":
            mine = f"hall_id = {_HALL}"
            writers_here = group_role("admin")
        elif table == "hall":
            mine = f"id = {_HALL}"
            writers_here = group_role("admin")
        elif table in _CHILDREN:
            column, parent = _CHILDREN[table]
            mine = f"{column} IN (SELECT id FROM {parent})"  # the parent's policy applies
            writers_here = writers
        else:
            mine = f"hall_id = {_HALL}"
            writers_here = writers
        out += [
            f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY",
            f"DROP POLICY IF EXISTS hall_read ON {table}",
            f"DROP POLICY IF EXISTS hall_write ON {table}",
            f"DROP POLICY IF EXISTS terminal_insert ON {table}",
            f"CREATE POLICY hall_read ON {table} FOR SELECT TO {readers} USING ({mine})",
            f"CREATE POLICY hall_write ON {table} FOR ALL TO {writers_here} "
            f"USING ({mine}) WITH CHECK ({mine})",
        ]
    # A district's account: every hall of its district read; the townships' items
    # written (and their events).
    halls = "SELECT unnest(hall_session_halls())"  # a subplan run once per statement
    for table in tables:
        if table in (*_SHARED, *_CHILDREN, "db_login"):
            continue  # a child table follows its parent's policies
        column = "id" if table == "hall" else "hall_id"
        out += [
            f"DROP POLICY IF EXISTS district_read ON {table}",
            f"CREATE POLICY district_read ON {table} FOR SELECT TO {district} "
            f"USING ({column} IN ({halls}))",
        ]
    out += [
        "DROP POLICY IF EXISTS district_write ON service_item",
        f"CREATE POLICY district_write ON service_item FOR ALL TO {district} "
        f"USING (hall_id IN ({halls})) WITH CHECK (hall_id IN ({halls}))",
        "DROP POLICY IF EXISTS district_insert ON event",
        f"CREATE POLICY district_insert ON event FOR INSERT TO {district} "
        f"WITH CHECK (hall_id IN ({halls}))",
        "DROP POLICY IF EXISTS district_lock ON hall",
        f"CREATE POLICY district_lock ON hall FOR UPDATE TO {district} "
        f"USING (id IN ({halls})) WITH CHECK (false)",
    ]
    kinds = ", ".join(f"'{k}'" for k in TERMINAL_EVENTS)
    out += [
        f"CREATE POLICY terminal_insert ON event FOR INSERT TO {group_role('terminal')} "
        f"WITH CHECK (hall_id = {_HALL} AND window_id = {_WINDOW} AND kind IN ({kinds}))",
        f"CREATE POLICY terminal_insert ON case_step FOR INSERT TO {group_role('terminal')} "
        f"WITH CHECK (hall_id = {_HALL} AND actor_id IS NULL "
        f"AND action = '{CaseAction.OPEN.value}' AND case_id "
        f"IN (SELECT id FROM ledger_case WHERE window_id = {_WINDOW} "
        f"AND kind = '{CaseKind.BAD_RATING.value}' AND rating_id IS NOT NULL))",
    ]

    # The audit trail (清廉大厅): the admin's role moves old events to the archive and
    # can do nothing else to them: an event is deleted only once its copy is archived,
    # and an archived row is a copy of an event.
    def same(a: str, b: str) -> str:
        columns = ("hall_id", "at", "actor_id", "kind", "ticket_id", "window_id", "xid")
        pairs = [f"{a}.{c} IS NOT DISTINCT FROM {b}.{c}" for c in columns]
        return " AND ".join(
            [f"{a}.id = {b}.id", *pairs, f"{a}.payload::jsonb = {b}.payload::jsonb"]
        )

    admin = group_role("admin")
    out += [
        "DROP POLICY IF EXISTS archived_only ON event",
        f"CREATE POLICY archived_only ON event AS RESTRICTIVE FOR DELETE TO {admin} USING "
        f"(EXISTS (SELECT 1 FROM event_archive a WHERE {same('a', 'event')}))",
        "DROP POLICY IF EXISTS no_edits ON event",
        f"CREATE POLICY no_edits ON event AS RESTRICTIVE FOR UPDATE TO {admin} "
        "USING (true) WITH CHECK (false)",
        "DROP POLICY IF EXISTS copies_only ON event_archive",
        f"CREATE POLICY copies_only ON event_archive AS RESTRICTIVE FOR INSERT TO {admin} "
        f"WITH CHECK (EXISTS (SELECT 1 FROM event e WHERE {same('e', 'event_archive')}))",
    ]
    # Functions: no one but the kinds named.
    for signature, callers in FUNCTIONS.items():
        out += [
            f"REVOKE ALL ON FUNCTION {signature} FROM PUBLIC",
            f"REVOKE ALL ON FUNCTION {signature} FROM {groups}",
            f"GRANT EXECUTE ON FUNCTION {signature} TO "
            + ", ".join(group_role(k) for k in callers),
        ]
    return out


def apply_access(conn: Connection) -> None:
    """Make the group roles (if missing) and this database's grants and policies."""
    if not may_make_roles(conn):
        existing = conn.scalar(
            text("SELECT count(*) FROM pg_roles WHERE rolname = ANY(:groups)"),
            {"groups": list(GROUPS)},
        )
        if existing != len(GROUPS):
            raise RolesRefused(
                "当前数据库账号没有创建角色的权限（CREATEROLE），请用数据库所有者或管理员账号运行"
            )
    else:
        _make_group_roles(conn)
    schema = conn.scalar(text("SELECT current_schema()"))
    for statement in access_statements():
        conn.execute(text(statement.replace("{schema}", _ident(str(schema)))))
    # Only this database's own accounts connect to it (each is granted CONNECT when
    # made): a PC's account of another database on the server gets no session here.
    conn.execute(text(f"REVOKE CONNECT ON DATABASE {_this_database(conn)} FROM PUBLIC"))


def _this_database(conn: Connection) -> str:
    return _ident(str(conn.scalar(text("SELECT current_database()"))))


def drop_login_role(conn: Connection, name: str) -> None:
    """Drop a login role of this database (its CONNECT first: a role holding a privilege
    cannot be dropped). Its ``db_login`` row is the caller's to keep or delete."""
    if conn.scalar(text("SELECT 1 FROM pg_roles WHERE rolname = :n"), {"n": name}):
        conn.execute(text(f"REVOKE CONNECT ON DATABASE {_this_database(conn)} FROM {_ident(name)}"))
        conn.execute(text(f"DROP ROLE IF EXISTS {_ident(name)}"))


def make_login_roles(
    conn: Connection,
    *,
    database: str,
    hall_id: int,
    hall_code: str,
    kinds: Iterable[str] = HALL_KINDS,
    windows: Sequence[tuple[int, int]] = (),
    new_passwords: bool = False,
) -> list[tuple[LoginRole, str | None]]:
    """The hall's login roles (a terminal's per window: ``windows`` is (id, number)),
    made or brought up to date, each with the password it was given now (None: it
    keeps the one it had). A new role always gets a new password."""
    if not may_make_roles(conn):
        raise RolesRefused(
            "当前数据库账号没有创建角色的权限（CREATEROLE），请用数据库所有者或管理员账号运行"
        )
    made: list[tuple[LoginRole, str | None]] = []
    this_database = _this_database(conn)
    for kind in kinds:
        targets: list[tuple[int | None, int | None]] = (
            [(wid, number) for wid, number in windows] if kind == "terminal" else [(None, None)]
        )
        for window_id, number in targets:
            name = login_role_name(database, hall_code, kind, number)
            exists = conn.scalar(text("SELECT 1 FROM pg_roles WHERE rolname = :n"), {"n": name})
            password: str | None = None
            if not exists:
                password = new_password()
                conn.execute(
                    text(
                        f"DO $do$ BEGIN CREATE ROLE {_ident(name)} LOGIN; "
                        "EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $do$"
                    )
                )
            elif new_passwords:
                password = new_password()
            if password is not None:
                # Not through text(): a verifier's ":" would read as a parameter.
                conn.exec_driver_sql(
                    f"ALTER ROLE {_ident(name)} LOGIN PASSWORD '{scram_verifier(password)}'"
                )
            conn.execute(text(f"GRANT {group_role(kind)} TO {_ident(name)}"))
            conn.execute(text(f"GRANT CONNECT ON DATABASE {this_database} TO {_ident(name)}"))
            conn.execute(
                text(
                    "INSERT INTO db_login (role_name, hall_id, kind, window_id, created_at) "
                    "VALUES (:n, :h, :k, :w, now()) ON CONFLICT (role_name) DO UPDATE "
                    "SET hall_id = excluded.hall_id, kind = excluded.kind, "
                    "window_id = excluded.window_id"
                ),
                {"n": name, "h": hall_id, "k": kind, "w": window_id},
            )
            made.append((LoginRole(name, kind, number), password))
    return made


def hall_login_roles(conn: Connection, hall_id: int) -> list[LoginRole]:
    """The database accounts recorded for a hall, and whether the server still has them."""
    rows = conn.execute(
        text(
            "SELECT d.role_name, d.kind, w.number, r.rolname IS NOT NULL, "
            "COALESCE(r.rolcanlogin, false) FROM db_login d "
            "LEFT JOIN hall_window w ON w.id = d.window_id "
            "LEFT JOIN pg_roles r ON r.rolname = d.role_name "
            "WHERE d.hall_id = :h ORDER BY d.role_name"
        ),
        {"h": hall_id},
    )
    order = {k: i for i, k in enumerate(KINDS)}
    found = [LoginRole(n, k, w, bool(e), bool(c)) for n, k, w, e, c in rows]
    return sorted(found, key=lambda r: (order.get(r.kind, 99), r.window_number or 0))


def new_password() -> str:
    """A password a person can type: 20 characters of letters and digits."""
    alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789"
    return "".join(secrets.choice(alphabet) for _ in range(20))


def scram_verifier(password: str, *, iterations: int = 4096) -> str:
    """PostgreSQL's SCRAM-SHA-256 verifier of ``password`` (what ALTER ROLE … PASSWORD
    keeps): the password itself never goes to the server, nor into its logs."""
    salt = secrets.token_bytes(16)
    salted = hashlib.pbkdf2_hmac("sha256", password.encode(), salt, iterations)
    client_key = hmac.new(salted, b"Client Key", "sha256").digest()
    stored_key = hashlib.sha256(client_key).digest()
    server_key = hmac.new(salted, b"Server Key", "sha256").digest()
    b64 = base64.b64encode
    return (
        f"SCRAM-SHA-256${iterations}:{b64(salt).decode()}"
        f"${b64(stored_key).decode()}:{b64(server_key).decode()}"
    )


def kinds_of_hall(conn: Connection, hall_id: int) -> tuple[str, ...]:
    """The kinds of account a hall has: :data:`HALL_KINDS`, and ``district`` for a
    district's centre (区县中心)."""
    centre = conn.scalar(text("SELECT 1 FROM district WHERE centre_hall_id = :h"), {"h": hall_id})
    return KINDS if centre else HALL_KINDS


def set_up_hall(
    url: URL, hall_code: str, *, new_passwords: bool = False
) -> list[tuple[LoginRole, str | None]]:
    """``hall-desktop db roles --hall CODE``: the database's grants and policies, and the
    hall's login roles (one per kind, a terminal's per window), in one transaction."""
    from hall_desktop.store.database import sync_url

    if url.get_backend_name() != "postgresql":
        raise RolesRefused(
            "只有 PostgreSQL 数据库需要按电脑类型分配数据库账号（SQLite 由文件权限保护）"
        )
    engine = create_engine(sync_url(url))
    try:
        with engine.begin() as conn:
            hall_id = conn.scalar(text("SELECT id FROM hall WHERE code = :c"), {"c": hall_code})
            if hall_id is None:
                raise RolesRefused(f"数据库中没有代码为“{hall_code}”的大厅")
            apply_access(conn)
            windows = [
                (wid, number)
                for wid, number in conn.execute(
                    text(
                        "SELECT id, number FROM hall_window WHERE hall_id = :h AND active "
                        "ORDER BY number"
                    ),
                    {"h": hall_id},
                )
            ]
            return make_login_roles(
                conn,
                database=str(url.database),
                hall_id=int(hall_id),
                hall_code=hall_code,
                kinds=kinds_of_hall(conn, int(hall_id)),
                windows=windows,
                new_passwords=new_passwords,
            )
    finally:
        engine.dispose()


def refresh_access(url: URL) -> bool:
    """After ``db upgrade``: the grants and policies again where the roles were made
    (a table the new version added gets them too). False: this database has none."""
    from hall_desktop.store.database import sync_url

    if url.get_backend_name() != "postgresql":
        return False
    engine = create_engine(sync_url(url))
    try:
        with engine.begin() as conn:
            if not access_applied(conn):
                return False
            apply_access(conn)
            return True
    finally:
        engine.dispose()


_HAS_ACCOUNTS = text("SELECT to_regprocedure('hall_role_hall(text)') IS NOT NULL")
_ACCOUNT = text("SELECT current_user::text WHERE hall_role_hall(current_user::text) IS NOT NULL")
_DISTRICT_ACCOUNT = text("SELECT hall_role_kind(current_user::text) = 'district'")


def account_of_one_hall(conn: Connection) -> str | None:
    """This connection's role when it is a PC's account of one hall (None: the owner, a
    superuser, or a database older than migration 0023, which has no such accounts)."""
    if not conn.scalar(_HAS_ACCOUNTS):
        return None
    found = conn.scalar(_ACCOUNT)
    return None if found is None else str(found)


async def account_of_one_hall_async(session: AsyncSession) -> str | None:
    """:func:`account_of_one_hall` in a service's session (None on SQLite too, and for a
    district's account, which reads every hall of its district)."""
    if session.get_bind().dialect.name != "postgresql":
        return None
    if not await session.scalar(_HAS_ACCOUNTS):
        return None
    found = await session.scalar(_ACCOUNT)
    if found is None or await session.scalar(_DISTRICT_ACCOUNT):
        return None
    return str(found)

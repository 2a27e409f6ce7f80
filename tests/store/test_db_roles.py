"""数据库账号 (store.pg_roles): each kind of PC, connected as its own PostgreSQL login
role, can do its job and nothing else; the database refuses the rest, whatever the
program on that PC is made to say. PostgreSQL only (SQLite: one PC, one file)."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import URL
from sqlalchemy.exc import DBAPIError

from hall_desktop.domain.errors import AuthenticationFailed, PermissionDenied
from hall_desktop.services.auth import AuthService
from hall_desktop.services.dispatch import DispatchService
from hall_desktop.services.hall_settings import HallSettingsService
from hall_desktop.services.queue import QueueService
from hall_desktop.services.rating import RatingService
from hall_desktop.store import pg_roles
from hall_desktop.store.database import Database, sync_url
from tests.conftest import new_hall
from tests.helpers import line_ids, window_ids

pytestmark = pytest.mark.parametrize("backend", ["postgresql"], indirect=True)


class Halls:
    """Two halls of one database with their roles: the centre and a township."""

    def __init__(self, url: URL) -> None:
        self.url = url
        self.made: list[str] = []

    def roles(self, hall_code: str) -> dict[str, str]:
        made = pg_roles.set_up_hall(self.url, hall_code)
        self.made += [role.name for role, _ in made]
        return {
            role.kind if role.window_number is None else f"terminal{role.window_number}": role.name
            for role, _ in made
        }

    def as_role(self, role: str, clock) -> Database:
        return Database(self.url.set(username=role), clock=clock)

    def sql(self, role: str, statement: str, params: dict | None = None):
        """One statement as ``role`` (a PC's credentials used by hand): its rows, or the
        database's refusal raised."""
        engine = create_engine(sync_url(self.url.set(username=role)))
        try:
            with engine.begin() as conn:
                result = conn.execute(text(statement), params or {})
                return result.all() if result.returns_rows else result.rowcount
        finally:
            engine.dispose()


@pytest.fixture
def halls(db_url) -> Iterator[Halls]:
    made = Halls(db_url)
    yield made
    server = create_engine(sync_url(db_url))
    with server.begin() as conn:
        for name in made.made:
            conn.execute(text("DELETE FROM db_login WHERE role_name = :n"), {"n": name})
            pg_roles.drop_login_role(conn, name)
    server.dispose()


def refused(halls: Halls, role: str, statement: str, params: dict | None = None) -> str:
    with pytest.raises(DBAPIError) as e:
        halls.sql(role, statement, params)
    sqlstate = getattr(e.value.orig, "sqlstate", None)
    assert sqlstate == "42501", e.value  # insufficient_privilege: a grant or a policy
    return str(e.value.orig)


async def _finished(ctx_q, actors, lines, wins, window: int = 1):
    """A ticket issued at the desk, called, started and finished at ``window``."""
    ticket = (await ctx_q.issue_ticket(actors["daoban"], lines["A"])).ticket
    clerk = actors[f"clerk{window}"]
    called = await ctx_q.call_next(clerk, wins[window])
    assert called is not None and called.id == ticket.id
    await ctx_q.start(clerk, ticket.id)
    await ctx_q.finish(clerk, ticket.id, outcome="completed")
    return ticket


async def test_the_display_reads_what_it_shows_and_nothing_else(db, hall, actors, halls, clock):
    roles = halls.roles(hall.hall_code)
    q = QueueService(db)
    lines, wins = await line_ids(db, hall.hall_id), await window_ids(db, hall.hall_id)
    start = await q.feed_position(hall.hall_id)
    await q.issue_ticket(actors["daoban"], lines["A"], citizen_phone="13800138000")
    await q.call_next(actors["clerk1"], wins[1])
    # The display's whole job, as its own role.
    display = halls.as_role(roles["display"], clock)
    try:
        screen = QueueService(display)
        info = await screen.hall(hall.hall_code)
        assert info.id == hall.hall_id
        states = {w.number: w for w in await screen.window_states(hall.hall_id)}
        assert states[1].current_number == "A001" and states[1].clerk_name
        assert [c.number for c in await screen.recent_calls(hall.hall_id)] == ["A001"]
        assert {s.prefix for s in await screen.line_statuses(hall.hall_id)} >= {"A"}
        settings = await HallSettingsService(display).get(hall.hall_id)
        assert settings.announce_times >= 1 and not settings.sms_secret_set
        await DispatchService(display).active_display_notice(hall.hall_id)
        assert (await screen.feed_position(hall.hall_id)).last_id > start.last_id
        async with display.listen() as listener:
            rows, _ = await listener.read_feed(hall.hall_id, start)
        assert {r[3] for r in rows} >= {"ticket_issued", "ticket_called"}  # the kinds
        # It cannot log anyone in, so it never holds a password hash.
        with pytest.raises(PermissionDenied):
            await AuthService(display).login(hall.hall_code, "clerk1", "clerk2026")
    finally:
        await display.dispose()
    # By hand with its credentials: no personal column, no password, no write.
    role = roles["display"]
    for column in ("citizen_phone", "citizen_id_number", "citizen_name"):
        refused(halls, role, f"SELECT {column} FROM ticket")
    refused(halls, role, "SELECT password_hash FROM staff")
    refused(halls, role, "SELECT sms_secret FROM hall")
    refused(halls, role, "SELECT * FROM courier_dispatch")
    refused(halls, role, "SELECT * FROM appointment")
    refused(halls, role, "SELECT hall_login_account(:h, 'clerk1')", {"h": hall.hall_id})
    for table in pg_roles.DISPLAY_TABLES:
        refused(halls, role, f"DELETE FROM {table}")
    refused(halls, role, "UPDATE ticket SET status = 'cancelled'")
    refused(halls, role, "UPDATE hall_window SET paused = true")
    refused(halls, role, "UPDATE staff SET roles = 'admin'")
    refused(
        halls,
        role,
        "INSERT INTO event (hall_id, at, kind, payload) VALUES (:h, now(), 'ticket_called', '{}')",
        {"h": hall.hall_id},
    )


async def test_a_terminal_rates_only_the_ticket_just_finished_at_its_window(
    db, hall, actors, halls, clock
):
    roles = halls.roles(hall.hall_code)
    q = QueueService(db)
    lines, wins = await line_ids(db, hall.hall_id), await window_ids(db, hall.hall_id)
    first = await _finished(q, actors, lines, wins, window=1)
    at_two = await _finished(q, actors, lines, wins, window=2)
    last = await _finished(q, actors, lines, wins, window=1)
    terminal = halls.as_role(roles["terminal1"], clock)
    try:
        ratings = RatingService(terminal)
        pending = await ratings.pending_for_window(hall.hall_id, wins[1])
        assert pending is not None and pending.ticket_id == last.id
        # Another window's ticket, or its own window's earlier one: the database says no,
        # whatever window the program claims.
        for window, ticket in ((wins[2], at_two), (wins[1], first)):
            with pytest.raises(PermissionDenied) as e:
                await ratings.rate(hall.hall_id, window, ticket.id, 5)
            assert "数据库账号" in e.value.message
        # Its citizen's 差评: the follow-up case gets the phone the terminal cannot read.
        record = await ratings.rate(hall.hall_id, wins[1], last.id, 1, reason="态度")
        assert record.level == 1 and record.case_id is not None
    finally:
        await terminal.dispose()
    role = roles["terminal1"]
    refused(
        halls,
        role,
        "INSERT INTO rating (hall_id, ticket_id, window_id, level, rated, item_ids, at, excluded) "
        "VALUES (:h, :t, :w, 5, true, '[]', now(), false)",
        {"h": hall.hall_id, "t": first.id, "w": wins[1]},
    )
    refused(halls, role, "SELECT citizen_phone FROM ledger_case")
    refused(halls, role, "UPDATE rating SET level = 5")
    refused(
        halls,
        role,
        "INSERT INTO event (hall_id, at, kind, window_id, payload) "
        "VALUES (:h, now(), 'ticket_called', :w, '{}')",
        {"h": hall.hall_id, "w": wins[1]},
    )
    refused(halls, role, "UPDATE ticket SET status = 'done' WHERE id = :t", {"t": first.id})


async def test_a_clerk_cannot_touch_staff_and_the_forged_admin_fails_at_the_database(
    db, hall, actors, halls, clock
):
    roles = halls.roles(hall.hall_code)
    role = roles["clerk"]
    # The reliability drill's attack: a few lines of Python with the clerk PC's
    # credentials, no service in between, making an admin account.
    refused(
        halls,
        role,
        "INSERT INTO staff (hall_id, login, name, staff_number, roles, password_hash, active, "
        "failed_logins) VALUES (:h, 'mole', '内鬼', '9999', 'admin', 'x', true, 0)",
        {"h": hall.hall_id},
    )
    refused(halls, role, "UPDATE staff SET roles = 'admin' WHERE login = 'clerk1'")
    refused(halls, role, "DELETE FROM staff")
    refused(halls, role, "SELECT password_hash FROM staff")
    refused(halls, role, "UPDATE hall SET name = 'x'")
    refused(halls, role, "DELETE FROM event")
    # …and the set of accounts is as the seed left it.
    assert halls.sql(role, "SELECT count(*) FROM staff WHERE login = 'mole'") == [(0,)]
    # The clerk's PC still logs in and works, as its own role.
    clerk_db = halls.as_role(role, clock)
    try:
        actor = await AuthService(clerk_db).login(hall.hall_code, "clerk1", "clerk2026")
        q = QueueService(clerk_db)
        lines, wins = await line_ids(db, hall.hall_id), await window_ids(db, hall.hall_id)
        await QueueService(db).issue_ticket(actors["daoban"], lines["A"])
        called = await q.call_next(actor, wins[1])
        assert called is not None and called.number == "A001"
        # A wrong password still counts towards the lock (through hall_login_record).
        with pytest.raises(AuthenticationFailed):
            await AuthService(clerk_db).login(hall.hall_code, "clerk2", "wrong-password")
    finally:
        await clerk_db.dispose()
    assert halls.sql(roles["admin"], "SELECT failed_logins FROM staff WHERE login = 'clerk2'") == [
        (1,)
    ]


async def test_a_townships_roles_see_no_row_of_another_hall(db, hall, actors, halls, clock):
    township = await new_hall(db)
    centre_roles = halls.roles(hall.hall_code)
    township_roles = halls.roles(township.hall_code)
    q = QueueService(db)
    lines = await line_ids(db, hall.hall_id)
    issued = (await q.issue_ticket(actors["daoban"], lines["A"])).ticket
    h = {"h": hall.hall_id, "t": issued.id}
    for kind in ("display", "kiosk", "desk", "clerk", "admin"):
        role = township_roles[kind]
        assert halls.sql(role, "SELECT count(*) FROM ticket WHERE hall_id = :h", h) == [(0,)]
        assert halls.sql(role, "SELECT count(*) FROM hall WHERE id = :h", h) == [(0,)]
        assert halls.sql(
            role,
            "SELECT count(*) FROM window_line w JOIN hall_window x "
            "ON x.id = w.window_id WHERE x.hall_id = :h",
            h,
        ) == [(0,)]
        assert halls.sql(role, "SELECT count(*) FROM hall") == [(1,)]  # its own
    for kind in ("desk", "clerk", "admin"):
        role = township_roles[kind]
        assert halls.sql(role, "UPDATE ticket SET status = 'cancelled' WHERE id = :t", h) == 0
        assert halls.sql(role, "DELETE FROM ticket_item WHERE ticket_id = :t", h) == 0
        refused(
            halls,
            role,
            "INSERT INTO event (hall_id, at, kind, payload) VALUES (:h, now(), 'ticket_called', "
            "'{}')",
            h,
        )
    # The centre's own roles see it; a log-in of the centre's staff from the township's
    # desk is refused by the database.
    assert halls.sql(centre_roles["display"], "SELECT count(*) FROM ticket WHERE id = :t", h) == [
        (1,)
    ]
    refused(halls, township_roles["desk"], "SELECT * FROM hall_login_account(:h, 'daoban')", h)


async def test_roles_are_made_again_idempotently_and_after_an_upgrade(db, hall, halls):
    made = pg_roles.set_up_hall(halls.url, hall.hall_code)
    halls.made += [role.name for role, _ in made]
    assert all(password for _, password in made)  # new roles: a password each
    first = {role.kind: role.name for role, _ in made if role.window_number is None}
    first |= {f"t{r.window_number}": r.name for r, _ in made if r.window_number is not None}
    again = pg_roles.set_up_hall(halls.url, hall.hall_code)
    assert {r.name for r, _ in again} == set(first.values())
    assert all(password is None for _, password in again)  # each keeps its password
    renewed = pg_roles.set_up_hall(halls.url, hall.hall_code, new_passwords=True)
    assert all(password for _, password in renewed)
    engine = create_engine(sync_url(halls.url))
    with engine.begin() as conn:
        listed = pg_roles.hall_login_roles(conn, hall.hall_id)
        assert {r.name for r in listed} == set(first.values())
        assert all(r.exists and r.can_login for r in listed)
        assert pg_roles.access_applied(conn)
    engine.dispose()
    assert pg_roles.refresh_access(halls.url)


async def test_the_role_drill_runs_a_call_under_its_pcs_role(db, hall, actors, halls, monkeypatch):
    """The drill CI runs (HALL_TEST_ROLE_DRILL) really switches roles: with the desk's
    INSERT on ticket taken away, a number issued under the drill is refused."""
    from hall_desktop.store import database as database_module
    from tests.role_drill import RoleDrill

    drill = RoleDrill(halls.url)
    monkeypatch.setattr(database_module, "role_drill", drill)
    q = QueueService(db)
    lines = await line_ids(db, hall.hall_id)
    try:
        issued = await q.issue_ticket(actors["daoban"], lines["A"])
        assert issued.ticket.number == "A001" and drill.calls.get("desk", 0) >= 1
        with drill.engine.begin() as conn:
            conn.execute(text("REVOKE INSERT ON ticket FROM hall_desk"))
        with pytest.raises(PermissionDenied):
            await q.issue_ticket(actors["daoban"], lines["A"])
    finally:
        with drill.engine.begin() as conn:
            pg_roles.apply_access(conn)
        monkeypatch.setattr(database_module, "role_drill", None)
        drill.drop()


async def test_a_backup_needs_the_owners_account(db, hall, halls, tmp_path):
    """Every hall's rows go into a backup: a PC's account of one hall is refused in
    Chinese before pg_dump runs, and no file is left."""
    from hall_desktop.domain.errors import Refused
    from hall_desktop.store.backup import backup

    roles = halls.roles(hall.hall_code)
    target = tmp_path / "hall.dump"
    with pytest.raises(Refused) as e:
        backup(halls.url.set(username=roles["admin"]), target)
    assert e.value.code == "hall_account" and "所有者账号" in e.value.message
    assert not target.exists() and not list(tmp_path.iterdir())


async def test_the_district_tab_on_a_halls_admin_account_says_what_it_needs(db, halls, clock):
    """The centre's admin account sees its own hall only: the district's figures would be
    a district of one, so they are refused in Chinese instead of shown short."""
    from hall_desktop.domain.errors import Refused
    from hall_desktop.services.district import DistrictService
    from tests.services.test_district import make_town

    town = await make_town(db, townships=1)
    roles = halls.roles(town.codes[town.centre])
    as_admin = halls.as_role(roles["admin"], clock)
    try:
        with pytest.raises(Refused) as e:
            await DistrictService(as_admin).halls(town.boss)
        assert e.value.code == "hall_account" and roles["admin"] in e.value.message
    finally:
        await as_admin.dispose()
    assert len(await DistrictService(db).halls(town.boss)) == 2  # the owner's sees both
    # The centre's district account (made because the hall is a district's centre) sees
    # the district and nothing personal, and writes the townships' items only.
    account = roles["district"]
    as_district = halls.as_role(account, clock)
    try:
        boss = await AuthService(as_district).login(
            town.codes[town.centre], town.boss.login, "quxian2026"
        )
        service = DistrictService(as_district)
        assert [h.id for h in await service.halls(boss)] == [town.centre, *town.townships]
        township = town.townships[0]
        items = await service.township_items(boss, township)
        change = await service.set_township_items(boss, township, [i.code for i in items[:2]])
        assert change.changed
    finally:
        await as_district.dispose()
    h = {"h": township}
    assert halls.sql(account, "SELECT count(*) FROM ticket WHERE hall_id = :h", h) == [(0,)]
    assert halls.sql(account, "SELECT count(*) FROM hall") == [(2,)]
    refused(halls, account, "SELECT citizen_phone FROM ticket")
    refused(halls, account, "SELECT password_hash FROM staff")
    refused(halls, account, "UPDATE ticket SET status = 'cancelled'")
    refused(halls, account, "UPDATE hall SET name = 'x' WHERE id = :h", h)


async def test_the_admins_account_moves_the_audit_trail_and_cannot_change_it(
    db, hall, actors, halls, clock
):
    """清廉大厅: with the admin PC's credentials events can be archived (copied, then
    deleted once copied) but not deleted, edited or forged by hand."""
    from datetime import timedelta

    from sqlalchemy import select

    from hall_desktop.services.archive import ArchiveService
    from hall_desktop.store.models import Event, EventArchive

    roles = halls.roles(hall.hall_code)
    role = roles["admin"]
    lines = await line_ids(db, hall.hall_id)
    await QueueService(db).issue_ticket(actors["daoban"], lines["A"])
    h = {"h": hall.hall_id}
    before = halls.sql("postgres", "SELECT id FROM event WHERE hall_id = :h", h)
    # By hand: nothing deleted (no archived copy), no edit, no forged copy.
    assert halls.sql(role, "DELETE FROM event WHERE hall_id = :h", h) == 0
    refused(halls, role, "UPDATE event SET kind = 'staff_login' WHERE hall_id = :h", h)
    refused(halls, role, "DELETE FROM event_archive")
    refused(
        halls,
        role,
        "INSERT INTO event_archive (id, hall_id, at, kind, payload, archived_at) "
        "VALUES (-7, :h, now(), 'ticket_called', '{}', now())",
        h,
    )
    assert halls.sql("postgres", "SELECT id FROM event WHERE hall_id = :h", h) == before
    # The archive itself, as the admin's account, a week on.
    clock.advance(timedelta(days=7))
    admin_db = halls.as_role(role, clock)
    try:
        moved = await ArchiveService(admin_db).archive(hall.hall_id, before=clock.now())
    finally:
        await admin_db.dispose()
    assert moved > 0
    async with db.read() as session:
        left = set(await session.scalars(select(Event.id).where(Event.hall_id == hall.hall_id)))
        kept = set(
            await session.scalars(
                select(EventArchive.id).where(EventArchive.hall_id == hall.hall_id)
            )
        )
    assert len(kept) == moved and not kept & left  # moved, not copied twice
    assert {i for (i,) in before} <= kept | left  # none lost


async def test_the_kiosk_takes_numbers_and_nothing_else(db, hall, actors, halls, clock):
    """自助取号机, in the public area: its account issues a normal number (its device
    account logged in) and cannot cancel, call, or read the hall's other records."""
    roles = halls.roles(hall.hall_code)
    role = roles["kiosk"]
    lines = await line_ids(db, hall.hall_id)
    kiosk_db = halls.as_role(role, clock)
    try:
        actor = await AuthService(kiosk_db).login(hall.hall_code, "kiosk1", "kiosk2026")
        issued = await QueueService(kiosk_db).issue_ticket(actor, lines["A"])
        assert issued.ticket.number == "A001"
    finally:
        await kiosk_db.dispose()
    t = {"t": issued.ticket.id}
    refused(halls, role, "UPDATE ticket SET status = 'cancelled' WHERE id = :t", t)
    refused(halls, role, "UPDATE ticket SET status = 'called', window_id = 1 WHERE id = :t", t)
    refused(halls, role, "DELETE FROM ticket WHERE id = :t", t)
    for table in ("courier_dispatch", "ledger_case", "extended_service", "rating"):
        refused(halls, role, f"SELECT count(*) FROM {table}")
    refused(halls, role, "UPDATE staff SET active = false")
    refused(halls, role, "SELECT password_hash FROM staff")


async def test_an_account_of_one_database_cannot_connect_to_another(
    db, hall, halls, second_url, clock
):
    """Roles belong to the server: another database with accounts of its own (another
    district on the same server) lets none of this one's in."""
    from sqlalchemy.exc import OperationalError

    from hall_desktop.store import schema

    mine = halls.roles(hall.hall_code)
    schema.upgrade(second_url)
    other_db = Database(second_url, clock=clock)
    try:
        other = await new_hall(other_db, staffed=False)
    finally:
        await other_db.dispose()
    theirs = pg_roles.set_up_hall(second_url, other.hall_code)
    try:
        for kind in ("display", "desk", "admin"):
            engine = create_engine(sync_url(second_url.set(username=mine[kind])))
            with pytest.raises(OperationalError, match="permission denied for database"):
                engine.connect().close()
            engine.dispose()
        # Its own accounts connect there, and ours here.
        assert halls.sql(mine["desk"], "SELECT count(*) FROM hall") == [(1,)]
        engine = create_engine(sync_url(second_url.set(username=theirs[-1][0].name)))
        with engine.connect() as conn:
            assert conn.scalar(text("SELECT count(*) FROM hall")) == 1
        engine.dispose()
    finally:
        engine = create_engine(sync_url(second_url))
        with engine.begin() as conn:
            for role, _ in theirs:
                pg_roles.drop_login_role(conn, role.name)
        engine.dispose()


_CLERK = """
import asyncio, sys
from hall_desktop.domain.tickets import Outcome
from hall_desktop.services.auth import AuthService
from hall_desktop.services.queue import QueueService
from hall_desktop.store.database import Database

url, hall_code, login, window_id = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])

async def main():
    db = Database(url)
    actor = await AuthService(db).login(hall_code, login, "clerk2026")
    q = QueueService(db)
    print("ready", flush=True)
    sys.stdin.readline()
    while (called := await q.call_next(actor, window_id)) is not None:
        await q.start(actor, called.id)
        await q.finish(actor, called.id, outcome=Outcome.COMPLETED)
        print(called.id, flush=True)
    print("done", flush=True)
    await db.dispose()

asyncio.run(main())
"""


async def test_clerks_on_their_account_calling_at_once_never_share_a_ticket(
    db, hall, actors, halls, clock
):
    """Four clerk PCs (OS processes) on the clerk's account, calling, starting and
    finishing at once: under the row policies every ticket is called exactly once, and a
    window never holds two (the claim ran its pick once per outer row under row-level
    security, and gave one window two tickets, before it became a materialized CTE)."""
    from sqlalchemy import func, select

    from hall_desktop.store.models import Ticket
    from tests.helpers import read_line, start_python

    roles = halls.roles(hall.hall_code)
    # The clerk PCs keep the server's time: the numbers are issued at it too.
    async with db.read() as session:
        clock.set(await session.scalar(select(func.now())))
    lines, wins = await line_ids(db, hall.hall_id), await window_ids(db, hall.hall_id)
    q = QueueService(db)
    issued = [(await q.issue_ticket(actors["daoban"], lines["A"])).ticket.id for _ in range(32)]
    url = halls.url.set(username=roles["clerk"]).render_as_string(hide_password=False)
    clerks = [start_python(_CLERK, url, hall.hall_code, f"clerk{n}", wins[n]) for n in (1, 2, 3, 4)]
    served: list[int] = []
    try:
        assert [await read_line(p) for p in clerks] == ["ready"] * len(clerks)
        for p in clerks:  # all at once
            assert p.stdin is not None
            p.stdin.write("go\n")
            p.stdin.flush()
        for p in clerks:
            while (line := await read_line(p)) != "done":
                assert line, "a clerk process ended without finishing"
                served.append(int(line))
    finally:
        for p in clerks:
            if p.stdin is not None:
                p.stdin.close()
        for p in clerks:
            assert await asyncio.to_thread(p.wait, 120) == 0
    assert sorted(served) == sorted(issued)  # each exactly once, none left
    async with db.read() as session:
        states = set(await session.scalars(select(Ticket.status).where(Ticket.id.in_(issued))))
    assert states == {"done"}

"""数据库账号 on both backends: SQLite has none; on PostgreSQL the hall's login roles
(made here as ``hall-desktop db roles`` makes them) are listed, one gets a new password
that the server then holds (its SCRAM verifier checked against the password), and the
refusals are in Chinese: a clerk, an account of another hall, a PC connected with an
account that may not set passwords, an owner that may not alter roles."""

from __future__ import annotations

import base64
import contextlib
import hashlib
import hmac
from collections.abc import Iterator, Sequence

import pytest
from sqlalchemy import Connection, create_engine, select, text
from sqlalchemy.engine import URL

from hall_desktop.domain.audit_text import describe
from hall_desktop.domain.errors import NotFound, PermissionDenied, Refused
from hall_desktop.domain.events import EventKind
from hall_desktop.services.db_accounts import DbAccountService
from hall_desktop.store import pg_roles
from hall_desktop.store.database import Database, sync_url
from hall_desktop.store.models import Event
from hall_desktop.store.seed import SeedReport
from tests.conftest import new_hall
from tests.helpers import window_ids


def role_name(url: URL, hall: SeedReport, kind: str, window: int | None = None) -> str:
    return pg_roles.login_role_name(str(url.database), hall.hall_code, kind, window)


@contextlib.contextmanager
def login_roles(
    url: URL,
    hall: SeedReport,
    windows: Sequence[tuple[int, int]] = (),
    kinds: Sequence[str] = pg_roles.HALL_KINDS,
) -> Iterator[list[tuple[pg_roles.LoginRole, str | None]]]:
    """The hall's login roles made by the owner (the test's superuser) as ``hall-desktop
    db roles`` makes them; dropped again at the end (roles belong to the whole server).

    Each is created first without a password, so ``make_login_roles`` sets none: the
    first verifier the server holds is the one the service under test sets (the test
    server trusts local connections)."""
    engine = create_engine(sync_url(url))
    made: list[tuple[pg_roles.LoginRole, str | None]] = []
    names = [
        role_name(url, hall, kind, number)
        for kind in kinds
        for number in ([n for _, n in windows] if kind == "terminal" else [None])
    ]
    try:
        with engine.begin() as conn:
            for name in names:
                conn.execute(text(f'CREATE ROLE "{name}" LOGIN'))
            pg_roles.apply_access(conn)
            made = pg_roles.make_login_roles(
                conn,
                database=str(url.database),
                hall_id=hall.hall_id,
                hall_code=hall.hall_code,
                kinds=kinds,
                windows=windows,
            )
        assert [role.name for role, _ in made] == names
        yield made
    finally:
        with engine.begin() as conn:
            conn.execute(text("DELETE FROM db_login WHERE role_name = ANY(:n)"), {"n": names})
            for name in names:
                pg_roles.drop_login_role(conn, name)
        engine.dispose()


def stored_verifier(conn: Connection, name: str) -> str | None:
    found = conn.scalar(text("SELECT rolpassword FROM pg_authid WHERE rolname = :n"), {"n": name})
    return None if found is None else str(found)


def verifies(verifier: str, password: str) -> bool:
    """Whether PostgreSQL's SCRAM-SHA-256 ``verifier`` is of ``password``: its stored and
    server keys made again from the password with the verifier's salt and iterations
    (what the server checks a client's proof against at log-in)."""
    method, rest = verifier.split("$", 1)
    counts, keys = rest.split("$")
    iterations, salt = counts.split(":")
    stored_key, server_key = keys.split(":")
    salted = hashlib.pbkdf2_hmac(
        "sha256", password.encode(), base64.b64decode(salt), int(iterations)
    )
    client_key = hmac.new(salted, b"Client Key", "sha256").digest()
    return (
        method == "SCRAM-SHA-256"
        and base64.b64encode(hashlib.sha256(client_key).digest()).decode() == stored_key
        and base64.b64encode(hmac.new(salted, b"Server Key", "sha256").digest()).decode()
        == server_key
    )


@pytest.mark.parametrize("backend", ["sqlite"])
async def test_sqlite_has_no_database_accounts(db, hall, actors):
    service = DbAccountService(db)
    found = await service.accounts(actors["admin"])
    assert not found.available and found.roles == ()
    with pytest.raises(Refused, match="SQLite"):
        await service.new_password(actors["admin"], "anything")


async def test_only_administrators_see_and_set_them(db, hall, actors):
    service = DbAccountService(db)
    for login in ("clerk1", "zhuren"):  # a clerk, a supervisor
        with pytest.raises(PermissionDenied, match="查看数据库账号"):
            await service.accounts(actors[login])
        with pytest.raises(PermissionDenied, match="生成数据库账号密码"):
            await service.new_password(actors[login], role_name(db.url, hall, "desk"))


@pytest.mark.parametrize("backend", ["postgresql"])
async def test_the_hall_accounts_and_a_new_password(db, hall, actors, owner):
    windows = await window_ids(db, hall.hall_id)
    service = DbAccountService(db)
    admin = actors["admin"]
    assert (await service.accounts(admin)).roles == ()  # none made yet
    with login_roles(db.url, hall, [(windows[1], 1), (windows[2], 2)]):
        found = await service.accounts(admin)
        assert found.available and found.this_pc == "postgres"
        assert [(r.name, r.label, r.exists, r.can_login) for r in found.roles] == [
            (role_name(db.url, hall, "display"), "大厅综合屏", True, True),
            (role_name(db.url, hall, "terminal", 1), "1号窗口评价器", True, True),
            (role_name(db.url, hall, "terminal", 2), "2号窗口评价器", True, True),
            (role_name(db.url, hall, "kiosk"), "自助取号机", True, True),
            (role_name(db.url, hall, "desk"), "取号/导办台", True, True),
            (role_name(db.url, hall, "clerk"), "窗口工作台", True, True),
            (role_name(db.url, hall, "admin"), "管理端、大厅监控", True, True),
        ]
        clerk_role = role_name(db.url, hall, "clerk")
        with owner.connect() as conn:
            before = stored_verifier(conn, clerk_role)
        password = await service.new_password(admin, clerk_role)
        with owner.connect() as conn:
            after = stored_verifier(conn, clerk_role)
        assert len(password) == 20 and password.isalnum()
        assert before is None and after is not None and after.startswith("SCRAM-SHA-256$")
        assert verifies(after, password) and not verifies(after, password + "x")
        # Again: another password, another verifier.
        again = await service.new_password(admin, clerk_role)
        with owner.connect() as conn:
            newer = stored_verifier(conn, clerk_role)
        assert again != password and newer is not None
        assert verifies(newer, again) and not verifies(newer, password)
        # The audit log says which account, never the password.
        async with db.read() as session:
            logged = (
                await session.scalars(
                    select(Event).where(
                        Event.hall_id == hall.hall_id,
                        Event.kind == EventKind.DB_LOGIN_PASSWORD_SET.value,
                    )
                )
            ).all()
        assert [e.actor_id for e in logged] == [admin.staff_id] * 2
        assert password not in str(logged[0].payload) and again not in str(logged[1].payload)
        assert describe(logged[0].payload) == f"数据库账号：{clerk_role}；用于：窗口工作台"
        # Not an account of this hall.
        with pytest.raises(NotFound, match="本大厅没有数据库账号"):
            await service.new_password(admin, "postgres")
        # An account the server no longer has: listed as such, refused in Chinese.
        with owner.begin() as conn:
            pg_roles.drop_login_role(conn, role_name(db.url, hall, "terminal", 2))
        gone = next(r for r in (await service.accounts(admin)).roles if r.window_number == 2)
        assert not gone.exists and not gone.can_login
        with pytest.raises(Refused, match="服务器上已没有数据库账号"):
            await service.new_password(admin, gone.name)


@pytest.mark.parametrize("backend", ["postgresql"])
async def test_the_hall_admin_account_sets_passwords_of_its_own_hall_only(
    db, hall, actors, clock, owner
):
    """The admin PC connected with the hall's own admin account (least privilege) gives
    the desk's account a new password; the desk's account may not, nor may this hall's
    admin account touch another hall's account."""
    other = await new_hall(db, staffed=False)
    with login_roles(db.url, hall), login_roles(db.url, other, kinds=("admin",)):
        as_admin = Database(db.url.set(username=role_name(db.url, hall, "admin")), clock=clock)
        as_desk = Database(db.url.set(username=role_name(db.url, hall, "desk")), clock=clock)
        try:
            found = await DbAccountService(as_admin).accounts(actors["admin"])
            assert found.this_pc == role_name(db.url, hall, "admin")
            # This hall's only (row-level security); no windows, no terminal accounts.
            assert [r.kind for r in found.roles] == ["display", "kiosk", "desk", "clerk", "admin"]
            desk_role = role_name(db.url, hall, "desk")
            password = await DbAccountService(as_admin).new_password(actors["admin"], desk_role)
            with owner.connect() as conn:
                assert verifies(str(stored_verifier(conn, desk_role)), password)
            # Another hall's account is not found: this hall's account cannot see it.
            with pytest.raises(NotFound):
                await DbAccountService(as_admin).new_password(
                    actors["admin"], role_name(db.url, other, "admin")
                )
            # The desk's account may not (it cannot even read db_login): in Chinese.
            with pytest.raises(Refused, match="不能设置数据库账号的密码"):
                await DbAccountService(as_desk).new_password(actors["admin"], desk_role)
        finally:
            await as_admin.dispose()
            await as_desk.dispose()


@pytest.mark.parametrize("backend", ["postgresql"])
async def test_an_owner_that_may_not_alter_roles_is_refused_in_chinese(db, hall, actors, owner):
    """``hall_set_role_password`` runs as its owner; an owner without CREATEROLE (a
    hall whose tables belong to an ordinary account) cannot alter a role: the server's
    "permission denied" becomes a Chinese refusal that says what IT staff can do."""
    plain = f"{db.url.database}_no_createrole"
    function = "hall_set_role_password(text, text)"
    with login_roles(db.url, hall, kinds=("desk",)):
        with owner.begin() as conn:
            was = conn.scalar(
                text("SELECT proowner::regrole::text FROM pg_proc WHERE proname = :f"),
                {"f": "hall_set_role_password"},
            )
            conn.execute(text(f'CREATE ROLE "{plain}" NOLOGIN BYPASSRLS'))
            conn.execute(text(f'GRANT SELECT ON db_login TO "{plain}"'))
            conn.execute(text(f'ALTER FUNCTION {function} OWNER TO "{plain}"'))
        try:
            with pytest.raises(Refused, match="CREATEROLE") as refused:
                await DbAccountService(db).new_password(
                    actors["admin"], role_name(db.url, hall, "desk")
                )
            assert f"hall-desktop db roles --hall {hall.hall_code}" in str(refused.value)
        finally:
            with owner.begin() as conn:
                conn.execute(text(f"ALTER FUNCTION {function} OWNER TO {was}"))
                conn.execute(text(f'REVOKE ALL ON db_login FROM "{plain}"'))
                conn.execute(text(f'DROP ROLE "{plain}"'))

"""Migrations on both backends: create, no-op, match the models, refuse a newer schema."""

from __future__ import annotations

import select as select_module
import subprocess
import sys
import uuid

import psycopg
import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import create_engine, inspect, text

from hall_desktop.cli import main
from hall_desktop.domain.errors import DatabaseUnavailable, SchemaError
from hall_desktop.domain.tickets import Outcome, Priority
from hall_desktop.services.cases import CaseService
from hall_desktop.services.queue import QueueService
from hall_desktop.services.rating import RatingService
from hall_desktop.store import schema
from hall_desktop.store.database import Database, parse_db_url, sync_url
from hall_desktop.store.models import Base
from tests.conftest import load_actors, new_hall, require_backend
from tests.helpers import line_ids, window_ids


def test_upgrade_creates_then_is_a_no_op(empty_url):
    assert schema.schema_status(empty_url).current is None
    status = schema.upgrade(empty_url)
    assert status.up_to_date and status.current == status.head
    engine = create_engine(sync_url(empty_url))
    with engine.connect() as conn:
        tables = set(inspect(conn).get_table_names())
        before = conn.execute(text("SELECT version_num FROM alembic_version")).scalar_one()
    engine.dispose()
    assert {"hall", "ticket", "event", "number_counter", "calendar_day"} <= tables
    assert schema.upgrade(empty_url).current == before
    schema.require_current(empty_url)


def test_migrations_match_the_models(empty_url):
    schema.upgrade(empty_url)
    engine = create_engine(sync_url(empty_url))
    with engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"compare_type": True})
        diffs = compare_metadata(context, Base.metadata)
    engine.dispose()
    assert diffs == []


def test_a_newer_schema_is_refused(empty_url, capsys):
    schema.upgrade(empty_url)
    engine = create_engine(sync_url(empty_url))
    with engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999_future'"))
    engine.dispose()
    with pytest.raises(SchemaError) as e:
        schema.require_current(empty_url)
    assert e.value.code == "schema_newer" and "比本程序新" in e.value.message
    url_text = empty_url.render_as_string(hide_password=False)
    assert main(["--db", url_text, "db", "upgrade"]) == 2
    assert "请先升级本程序" in capsys.readouterr().err


def test_the_migration_files_name_alembics_head():
    from alembic.script import ScriptDirectory

    assert (
        schema.head_revision()
        == ScriptDirectory.from_config(schema.alembic_config()).get_current_head()
    )


def test_a_current_database_is_accepted_without_loading_alembic(empty_url):
    """A role's start reads the revision plainly; Alembic (a fifth of a second of
    imports) is loaded only for a database that is not current."""
    schema.upgrade(empty_url)
    url_text = empty_url.render_as_string(hide_password=False)
    check = (
        "import sys\n"
        "from hall_desktop.store.database import parse_db_url\n"
        "from hall_desktop.store.schema import require_current\n"
        f"require_current(parse_db_url({url_text!r}))\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] == 'alembic'))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", check], capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"


def test_an_older_schema_is_refused(empty_url):
    from alembic import command as alembic_command

    alembic_command.upgrade(schema.alembic_config(empty_url), "0019")
    with pytest.raises(SchemaError) as e:
        schema.require_current(empty_url)
    assert e.value.code == "schema_older"
    schema.upgrade(empty_url)
    schema.require_current(empty_url)


def test_an_empty_database_must_be_upgraded_first(empty_url):
    with pytest.raises(SchemaError) as e:
        schema.require_current(empty_url)
    assert e.value.code == "schema_missing" and "hall-desktop db upgrade" in e.value.message


def test_cli_upgrade_and_seed_on_a_fresh_file(tmp_path, capsys):
    url = f"sqlite:///{tmp_path / 'new' / 'hall.sqlite3'}"
    assert main(["--db", url, "db", "upgrade"]) == 0
    assert "已升级" in capsys.readouterr().out
    assert main(["--db", url, "db", "upgrade"]) == 0
    assert "已是最新" in capsys.readouterr().out
    assert main(["--db", url, "db", "seed", "--demo"]) == 0
    out = capsys.readouterr().out
    assert "7 个业务类别" in out and "clerk1" in out
    assert main(["--db", url, "db", "seed", "--demo"]) == 0  # a second seed is harmless
    assert "已经存在" in capsys.readouterr().out


def test_unreachable_and_malformed_databases_give_clear_errors(capsys):
    with pytest.raises(DatabaseUnavailable) as e:
        schema.schema_status(parse_db_url("postgresql://nobody@127.0.0.1:1/none"))
    assert "无法连接数据库" in e.value.message and "127.0.0.1:1" in e.value.message
    assert main(["--db", "mysql://x@y/z", "db", "upgrade"]) == 2
    assert "不支持的数据库类型" in capsys.readouterr().err


async def test_unreachable_database_in_a_service():
    db = Database("postgresql://nobody@127.0.0.1:1/none")
    with pytest.raises(DatabaseUnavailable):
        await QueueService(db).line_statuses(1)
    await db.dispose()


async def test_a_missing_postgresql_database_is_unavailable(database_urls):
    url = require_backend(database_urls, "postgresql")
    db = Database(url.set(database=f"hall_missing_{uuid.uuid4().hex[:8]}"))
    with pytest.raises(DatabaseUnavailable) as e:
        await QueueService(db).line_statuses(1)
    await db.dispose()
    assert "无法连接数据库" in e.value.message


async def test_postgresql_notifies_every_event_at_commit(database_urls):
    url = require_backend(database_urls, "postgresql")
    db = Database(url)
    hall = await new_hall(db)
    actors = await load_actors(db, hall.hall_id)
    lines = await line_ids(db, hall.hall_id)
    dsn = sync_url(url).set(drivername="postgresql").render_as_string(hide_password=False)
    with psycopg.connect(dsn, autocommit=True) as listener:
        listener.execute("LISTEN hall_events")
        issued = await QueueService(db).issue_ticket(
            actors["daoban"], lines["A"], priority=Priority.GREEN, priority_reason="军人"
        )
        select_module.select([listener], [], [], 5)
        payloads = [n.payload for n in listener.notifies(timeout=1, stop_after=1)]
    await db.dispose()
    hall_id, event_id = payloads[0].split(":")
    assert int(hall_id) == hall.hall_id and int(event_id) > 0
    assert issued.ticket.number == "A001"


def test_the_admin_role_gives_an_empty_database_its_structure(empty_url):
    """`hall-desktop admin` on an empty database: the schema is created so the new-hall
    page can open; a database that has a schema is left alone."""
    from hall_desktop.cli import prepare_empty_database
    from hall_desktop.config import Settings

    settings = Settings(db_url=empty_url.render_as_string(hide_password=False))
    assert schema.schema_status(empty_url).current is None
    assert prepare_empty_database(settings) is True
    assert schema.schema_status(empty_url).up_to_date
    assert prepare_empty_database(settings) is False


async def test_the_ledger_migration_keeps_the_cases_of_bad_ratings(empty_url, clock):
    """0016 turns follow_up_case into ledger_case: a 差评's case survives the way down to
    0015 and back up, with its id, and new cases after it get fresh ids."""
    schema.upgrade(empty_url)
    db = Database(empty_url, clock=clock)
    try:
        hall = await new_hall(db)
        actors = await load_actors(db, hall.hall_id)
        lines = await line_ids(db, hall.hall_id)
        windows = await window_ids(db, hall.hall_id)
        queue, ratings = QueueService(db), RatingService(db)

        async def bad_rating() -> int:
            await queue.issue_ticket(actors["daoban"], lines["A"])
            ticket = await queue.call_next(actors["clerk1"], windows[1])
            assert ticket is not None
            await queue.start(actors["clerk1"], ticket.id)
            await queue.finish(actors["clerk1"], ticket.id, outcome=Outcome.COMPLETED)
            rated = await ratings.rate(hall.hall_id, windows[1], ticket.id, 2, reason="效率")
            assert rated.case_id is not None
            return rated.case_id

        first = await bad_rating()
        await db.dispose()
        config = schema.alembic_config(empty_url)
        command.downgrade(config, "0015")
        engine = create_engine(sync_url(empty_url))
        with engine.connect() as conn:
            kept = conn.execute(text("SELECT id, status, reason FROM follow_up_case")).all()
        engine.dispose()
        assert [tuple(r) for r in kept] == [(first, "to_verify", "效率")]
        command.upgrade(config, "head")
        db = Database(empty_url, clock=clock)
        second = await bad_rating()
        assert second > first
        back = await CaseService(db).case(actors["zhuren"], first)
        assert (back.row.kind.value, back.row.status.value, back.reason) == (
            "bad_rating",
            "to_verify",
            "效率",
        )
    finally:
        await db.dispose()

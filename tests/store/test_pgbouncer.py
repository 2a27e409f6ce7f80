"""The program through PgBouncer in transaction mode (``…?direct=server:port``).

The pool goes through the pooler without prepared statements and without session
settings in its start-up packet; the live feed's LISTEN and the tools connect to the
server itself. The end-to-end case runs a real private PgBouncer when the binary is
installed, with one server connection shared by two PCs' pools: a prepared statement
would then meet the other PC's (``_pg3_0`` already exists / does not exist).
"""

from __future__ import annotations

import asyncio
import os

import pytest
from sqlalchemy.engine import make_url

from hall_desktop.domain.errors import ValidationError
from hall_desktop.domain.tickets import Outcome
from hall_desktop.store import database as database_module
from hall_desktop.store.database import Database, direct_url, parse_db_url, sync_url

POOLED = "postgresql://hall@pooler:6432/hall?direct=dbserver:5433"


def test_a_pooled_address_names_the_server_for_listen_and_tools() -> None:
    url = parse_db_url(POOLED)
    server = direct_url(url)
    assert (server.host, server.port, server.database) == ("dbserver", 5433, "hall")
    assert "direct" not in server.query
    assert (sync_url(url).host, sync_url(url).port) == ("dbserver", 5433)
    plain = parse_db_url("postgresql://hall@dbserver:5433/hall")
    assert direct_url(plain) == plain


def test_the_pool_through_a_pooler_prepares_nothing_and_sets_nothing() -> None:
    pooled = database_module._pg_connect_args("x", pooled=True)
    assert "prepare_threshold" in pooled and pooled["prepare_threshold"] is None
    assert "options" not in pooled  # PgBouncer refuses session options at start-up
    direct = database_module._pg_connect_args("x", pooled=False)
    assert "prepare_threshold" not in direct and "lock_timeout" in direct["options"]


async def test_database_on_a_pooled_address() -> None:
    db = Database(POOLED)
    try:
        assert db.pooled and (db.direct_url.host, db.direct_url.port) == ("dbserver", 5433)
        assert "direct" not in db.engine.url.query
        assert db.engine.url.port == 6432
    finally:
        await db.dispose()


def test_a_wrong_direct_address_is_refused_in_chinese() -> None:
    with pytest.raises(ValidationError) as refused:
        direct_url(parse_db_url("postgresql://hall@pooler:6432/hall?direct=dbserver"))
    assert "数据库服务器:端口" in refused.value.message


@pytest.fixture
def pg_server() -> str:
    from hall_desktop.bench.pgbouncer import pgbouncer_binary

    if pgbouncer_binary() is None:
        pytest.skip("by design: pgbouncer not installed")
    url = os.environ.get("HALL_TEST_PG_URL")
    if url is None:
        pytest.skip("HALL_TEST_PG_URL is not set")
    return url


async def test_issue_and_call_through_a_real_pgbouncer(pg_server: str) -> None:
    from hall_desktop.bench.district import server_settings_for_pooling
    from hall_desktop.bench.pgbouncer import private_pgbouncer
    from hall_desktop.bench.queue import _create_database, prepare_hall
    from hall_desktop.services.queue import QueueService

    url, drop = _create_database("postgresql", pg_server)
    try:
        server_settings_for_pooling(url)
        with private_pgbouncer(url, pool_size=1) as through:
            assert make_url(through).port != make_url(url).port
            hall = await prepare_hall(through, 2, lines=2)
            one, two = Database(through), Database(through)
            try:
                assert one.pooled
                queues = [QueueService(one), QueueService(two)]
                async with one.listen() as listener:  # straight to the server
                    for i in range(12):  # past psycopg's threshold of five
                        await queues[i % 2].issue_ticket(hall.guide, hall.line_ids[i % 2])
                    payloads = await listener.wait(5)
                    assert payloads and payloads[0].startswith(f"{hall.hall_id}:")
                for i in range(12):
                    queue, w = queues[i % 2], i % 2
                    ticket = await queue.call_next(hall.clerks[w], hall.window_ids[w])
                    assert ticket is not None
                    await queue.start(hall.clerks[w], ticket.id)
                    await queue.finish(hall.clerks[w], ticket.id, outcome=Outcome.COMPLETED)
                assert await queues[0].call_next(hall.clerks[0], hall.window_ids[0]) is None
                async with one.read() as session:
                    from sqlalchemy import text

                    shown = await session.scalar(text("SHOW lock_timeout"))
                assert shown == "20s"  # the database's own setting, not the start-up packet
            finally:
                await asyncio.gather(one.dispose(), two.dispose())
    finally:
        drop()

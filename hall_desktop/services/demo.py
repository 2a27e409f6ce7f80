"""The demo hall's database: created, upgraded and seeded when it is not there yet."""

from __future__ import annotations

import asyncio
import logging

from hall_desktop.config import Settings
from hall_desktop.domain.clock import Clock
from hall_desktop.domain.errors import Refused
from hall_desktop.store import schema
from hall_desktop.store.database import Database, parse_db_url
from hall_desktop.store.seed import DEMO_STAFF, seed_demo

log = logging.getLogger(__name__)

#: The demo staff's passwords, by login (the demo logs its screens in with them).
DEMO_PASSWORDS = {login: password for login, _n, _s, _r, password in DEMO_STAFF}


async def prepare_demo_database(settings: Settings, clock: Clock | None = None) -> None:
    """Create or upgrade the database and seed the demo hall if it is not there yet."""
    url = parse_db_url(settings.db_url)
    await asyncio.to_thread(schema.upgrade, url)
    db = Database(url, clock=clock)
    try:
        report = await seed_demo(db, hall_code=settings.hall_code)
        log.info("demo hall %s created", report.hall_code)
    except Refused as e:
        if e.code != "exists":
            raise
    finally:
        await db.dispose()

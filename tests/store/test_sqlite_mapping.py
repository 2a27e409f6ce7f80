"""SQLite maps the file into memory for the roles that read much (statistics, the
clerk's lists), and not for the hall display, which runs all day reading a little at
the file's growing end: there every page touched would stay resident."""

from __future__ import annotations

from sqlalchemy import text

from hall_desktop.store.database import SQLITE_MMAP_BYTES, Database


async def test_the_file_is_mapped_unless_asked_not_to(tmp_path):
    url = f"sqlite+aiosqlite:///{tmp_path / 'hall.db'}"
    for map_file, expected in ((True, SQLITE_MMAP_BYTES), (False, 0)):
        db = Database(url, map_file=map_file)
        try:
            async with db.read() as session:
                assert await session.scalar(text("PRAGMA mmap_size")) == expected
        finally:
            await db.dispose()

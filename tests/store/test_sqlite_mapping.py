"""SQLite maps the file into memory for the roles that read much (statistics, the
clerk's lists), and not for the hall display, which runs all day reading a little at
the file's growing end: there every page touched would stay resident."""

from __future__ import annotations

from sqlalchemy import text

from hall_desktop.store.database import SQLITE_MMAP_BYTES, SQLITE_SMALL_CACHE_KIB, Database


async def test_the_file_is_mapped_unless_asked_not_to(tmp_path):
    url = f"sqlite+aiosqlite:///{tmp_path / 'hall.db'}"
    # Unmapped, the page cache is small too (SQLite's default: 2,000 KiB).
    cases = ((True, SQLITE_MMAP_BYTES, -2000), (False, 0, -SQLITE_SMALL_CACHE_KIB))
    for map_file, mapped, cache in cases:
        db = Database(url, map_file=map_file)
        try:
            async with db.read() as session:
                assert await session.scalar(text("PRAGMA mmap_size")) == mapped
                assert await session.scalar(text("PRAGMA cache_size")) == cache
        finally:
            await db.dispose()

"""The data's life on screen (both backends): the admin's banner when the database has
not been backed up for too long, the settings' 数据保存与备份 panel with 立即备份 that
clears it, and a screen following its hall running the day's jobs by itself."""

from __future__ import annotations

import asyncio
from datetime import timedelta

from PySide6.QtCore import Qt
from sqlalchemy import select, update

from hall_desktop.services.daily import Job
from hall_desktop.store import schema
from hall_desktop.store.database import Database
from hall_desktop.store.models import DailyJob, Hall
from hall_desktop.ui.admin.settings import SettingsEditor
from hall_desktop.ui.common.controller import HallController
from tests.conftest import new_hall
from tests.ui.test_admin import open_admin
from tests.ui.test_display import open_display
from tests.ui.waiting import wait_until


async def _age_hall(db, hall_id: int, clock, days: int) -> None:
    async with db.write() as session:
        await session.execute(
            update(Hall)
            .where(Hall.id == hall_id)
            .values(created_at=clock.now() - timedelta(days=days))
        )


async def test_the_admin_is_warned_and_backs_up_from_the_settings(
    qtbot, empty_url, clock, tmp_path
):
    """立即备份 copies the whole database: on a database of its own, not the one every
    earlier test of this process filled (a PostgreSQL backup of that took longer than the
    test waits, depending on which tests ran first)."""
    await asyncio.to_thread(schema.upgrade, empty_url)
    db = Database(empty_url, clock=clock)
    db_url = empty_url
    try:
        hall = await new_hall(db)
        await _age_hall(db, hall.hall_id, clock, 30)
        async with open_admin(qtbot, db_url, hall, tmp_path, "admin", "admin2026") as (w, _c):
            await wait_until(lambda: w.banner.isVisible(), timeout=20)  # with every tab's reads
            assert "从未备份" in w.banner.text() or "never been backed up" in w.banner.text()
            editor = next(
                w.tabs.widget(i)
                for i in range(w.tabs.count())
                if isinstance(w.tabs.widget(i), SettingsEditor)
            )
            w.tabs.setCurrentWidget(editor)
            panel = editor.data_life
            await wait_until(lambda: panel.status_label.text() != "")
            assert "color: #b3261e" in panel.status_label.styleSheet()  # red: overdue
            # No folder yet: refused in words, nothing made.
            qtbot.mouseClick(panel.backup_button, Qt.MouseButton.LeftButton)
            await wait_until(lambda: "备份文件夹" in editor.message.text())
            folder = tmp_path / "backups"
            panel.folder_edit.setText(str(folder))
            panel.keep_spin.setValue(3)
            qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
            await wait_until(
                lambda: "Saved" in editor.message.text() or "已保存" in editor.message.text()
            )
            qtbot.mouseClick(panel.backup_button, Qt.MouseButton.LeftButton)
            await wait_until(lambda: not w.banner.isVisible(), timeout=15)
            assert len(list(folder.iterdir())) == 1
            assert panel.status_label.styleSheet() == ""
            assert str(folder) in panel.status_label.toolTip()
            if db.is_sqlite:
                w.resize(1366, 768)
                editor.grab().save(str(tmp_path / "settings.png"))  # looked at by hand
    finally:
        await db.dispose()


async def _claimed(db, hall_id: int) -> set[str]:
    async with db.read() as session:
        return set(await session.scalars(select(DailyJob.job).where(DailyJob.hall_id == hall_id)))


async def test_a_screen_following_its_hall_runs_the_days_jobs(qtbot, db, db_url, hall, monkeypatch):
    monkeypatch.setattr(HallController, "daily_delay", 0.0)
    assert await _claimed(db, hall.hall_id) == set()
    async with open_display(qtbot, db_url, hall):
        for _ in range(150):
            if Job.ARCHIVE.value in await _claimed(db, hall.hall_id):
                break
            await asyncio.sleep(0.1)
    # Every job but the backup (no folder), each once.
    assert await _claimed(db, hall.hall_id) == {Job.PURGE.value, Job.ARCHIVE.value}

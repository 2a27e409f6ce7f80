"""The hours and calendar editor against a real database (both backends), on qasync's loop.

The hall is seeded as on 2026-11-29 and the clock stands on that day, so the month
on screen and the coming year (2027) are fixed whatever the date of the test run.
"""

from __future__ import annotations

import contextlib
import os
import uuid
from collections.abc import AsyncIterator
from datetime import date, time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTime
from PySide6.QtWidgets import QMessageBox

from hall_desktop.domain.clock import FixedClock
from hall_desktop.domain.hours import DayHours, DayKind, default_calendar
from hall_desktop.services.actor import Actor
from hall_desktop.services.hours_admin import HoursAdminService, package_knows
from hall_desktop.store.database import Database
from hall_desktop.store.seed import SeedReport, seed_demo
from hall_desktop.ui.admin.hours import HoursEditor
from hall_desktop.ui.admin.hours_controller import HoursController
from tests.conftest import fast_hash
from tests.dates import HALL_ZONE
from tests.services.test_hours_admin import forget_year
from tests.ui.waiting import chinese_ui, wait_until

pytestmark = pytest.mark.dates

SEED_DAY = date(2026, 11, 29)
WEEKDAY = DayHours(time(9), time(17, 30), time(12), time(13, 30))


@pytest.fixture
async def hall(db: Database, clock: FixedClock) -> SeedReport:
    """A demo hall seeded as on SEED_DAY, without a 2027 calendar (as with the package of
    2026, which does not know 2027); the clock stands on SEED_DAY."""
    clock.set_local(SEED_DAY, time(10), HALL_ZONE)
    report = await seed_demo(
        db, hall_code=f"hours_ui_{uuid.uuid4().hex[:8]}", hash_password=fast_hash, today=SEED_DAY
    )
    await forget_year(db, report.hall_id, 2027)
    return report


@contextlib.asynccontextmanager
async def open_editor(
    qtbot, db_url, actor: Actor
) -> AsyncIterator[tuple[HoursEditor, HoursController]]:
    """The editor on its own connection, loaded (opened inside the test: see
    test_display.open_display for why not in a fixture)."""
    editor_db = Database(db_url, application_name="hall-hours-test")
    editor = HoursEditor()
    qtbot.addWidget(editor)
    editor.resize(1366, 768)
    editor.show()
    controller = HoursController(editor_db, actor, "Asia/Shanghai", editor)
    # Loaded means everything: the month, the years and the coming-year banner (the last
    # arrives after the years' label, so waiting for that label alone was a race).
    loaded: list[bool] = []
    controller.refreshed.connect(lambda: loaded.append(True))
    controller.start()
    try:
        await wait_until(lambda: bool(loaded))
        yield editor, controller
    finally:
        await controller.stop()
        await editor_db.dispose()


def click(qtbot, widget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


async def go_to_october(qtbot, editor: HoursEditor) -> None:
    assert editor.view is not None and (editor.view.year, editor.view.month) == (2026, 11)
    click(qtbot, editor.prev_button)
    await wait_until(lambda: editor.view is not None and editor.view.month == 10)


async def test_the_month_shows_the_seeded_national_day_and_the_missing_year(
    qtbot, db_url, hall, actors
):
    async with open_editor(qtbot, db_url, actors["zhuren"]) as (editor, _):
        # The weekly table: Monday to Friday with a lunch break, the weekend closed.
        assert [r.open_check.isChecked() for r in editor.week_rows] == [True] * 5 + [False] * 2
        assert editor.week_rows[0].closes.time() == QTime(17, 30)
        assert not editor.week_rows[6].opens.isEnabled()

        await go_to_october(qtbot, editor)
        national = editor.cell_of(date(2026, 10, 1))
        assert national is not None
        assert national.kind == "holiday" and national.name.text() == "国庆节"
        assert national.badge.isVisible() and national.badge.text() == editor.tr("Holiday")
        assert national.hours.text() == ""  # closed
        makeup = editor.cell_of(date(2026, 10, 10))  # a Saturday worked (调休上班)
        assert makeup is not None and makeup.kind == "makeup_workday"
        assert makeup.hours.text() == "09:00–17:30"
        sunday = editor.cell_of(date(2026, 10, 11))
        assert sunday is not None and sunday.kind == "weekend"
        monday = editor.cell_of(date(2026, 10, 12))
        assert monday is not None and monday.kind == "" and not monday.badge.isVisible()
        # October 2026 starts on a Thursday: three blank cells before it.
        assert editor.cells.index(national) == 3
        assert "2026" in editor.year_status.text()
        assert not editor.import_button.isVisible() and not editor.confirm_button.isVisible()

        # 2027 has no calendar yet, and the screen says so.
        assert editor.coming_frame.isVisible()
        assert "2027" in editor.coming_label.text()
        assert editor.coming_import_button.isVisible() == package_knows(2027)


async def test_editing_a_day_through_the_side_form_changes_the_cell(
    qtbot, db, db_url, hall, actors
):
    service = HoursAdminService(db)
    async with open_editor(qtbot, db_url, actors["zhuren"]) as (editor, _controller):
        await go_to_october(qtbot, editor)
        cell = editor.cell_of(date(2026, 10, 3))
        assert cell is not None and cell.kind == "holiday"
        click(qtbot, cell)
        assert editor.day_form.isVisible() and editor.selected_day == date(2026, 10, 3)
        assert cell.property("selected") == "true"
        assert editor.kind_combo.currentData() == DayKind.HOLIDAY.value
        assert not editor.own_hours_check.isEnabled()

        # A holiday opening (节假日预约服务) without hours is refused at the hours field.
        editor.kind_combo.setCurrentIndex(editor.kind_combo.findData(DayKind.OPEN_HOLIDAY.value))
        assert editor.own_hours_check.isChecked()  # offered at once
        editor.own_hours_check.setChecked(False)
        click(qtbot, editor.day_save_button)
        await wait_until(lambda: editor.hours_error.isVisible())
        assert "必须设置营业时间" in editor.hours_error.text()
        day = (await service.month(actors["admin"], 2026, 10)).on(date(2026, 10, 3))
        assert day.kind is DayKind.HOLIDAY  # nothing saved

        # With hours: 09:00–12:00, no lunch.
        editor.own_hours_check.setChecked(True)
        editor.name_edit.setText("国庆预约服务")
        editor.day_closes.setTime(QTime(12, 0))
        editor.day_lunch_check.setChecked(False)
        click(qtbot, editor.day_save_button)
        await wait_until(lambda: cell.kind == "open_holiday")
        assert not editor.hours_error.isVisible()
        assert cell.hours.text() == "09:00–12:00" and cell.name.text() == "国庆预约服务"
        assert cell.badge.text() == editor.tr("Holiday open")
        assert editor.message.property("level") == "success"
        day = (await service.month(actors["admin"], 2026, 10)).on(date(2026, 10, 3))
        assert (day.kind, day.hours) == (DayKind.OPEN_HOLIDAY, DayHours(time(9), time(12)))

        # Back to the weekly rule: a Saturday, so a rest day.
        assert editor.day_clear_button.isEnabled()
        click(qtbot, editor.day_clear_button)
        await wait_until(lambda: cell.kind == "weekend")
        assert not editor.day_clear_button.isEnabled()
        day = (await service.month(actors["admin"], 2026, 10)).on(date(2026, 10, 3))
        assert day.kind is None and not day.is_open


async def test_invalid_weekly_hours_show_the_error_next_to_the_field(
    qtbot, db, db_url, hall, actors
):
    service = HoursAdminService(db)
    async with open_editor(qtbot, db_url, actors["admin"]) as (editor, _):
        monday, tuesday, saturday = editor.week_rows[0], editor.week_rows[1], editor.week_rows[5]
        monday.closes.setTime(QTime(8, 0))  # closes before it opens
        tuesday.lunch_end.setTime(QTime(18, 0))  # lunch beyond closing time
        saturday.open_check.setChecked(True)  # valid, but must not be saved alone
        click(qtbot, editor.week_save_button)
        await wait_until(lambda: monday.error.isVisible() and tuesday.error.isVisible())
        assert "结束营业时间" in monday.error.text()
        assert monday.closes.property("invalid") == "true"
        assert monday.opens.property("invalid") == "false"
        assert tuesday.lunch_end.property("invalid") == "true"
        assert not saturday.error.isVisible()
        assert editor.message.property("level") == "error"
        week = await service.weekly_hours(actors["admin"])
        assert [w.hours for w in week] == [WEEKDAY] * 5 + [None, None]  # nothing half-saved

        monday.closes.setTime(QTime(17, 30))
        tuesday.lunch_end.setTime(QTime(13, 30))
        saturday.closes.setTime(QTime(12, 0))
        saturday.lunch_check.setChecked(False)
        click(qtbot, editor.week_save_button)
        await wait_until(lambda: editor.message.property("level") == "success")
        assert not monday.error.isVisible() and monday.closes.property("invalid") == "false"
        week = await service.weekly_hours(actors["admin"])
        assert week[5].hours == DayHours(time(9), time(12))
        # The month follows: Saturday 2026-11-07 is open now.
        await wait_until(
            lambda: (cell := editor.cell_of(date(2026, 11, 7))) is not None and cell.kind == ""
        )


async def test_a_computed_year_is_shown_to_confirm_and_confirmed(qtbot, db, db_url, hall, actors):
    """2027 (unknown to chinesecalendar 1.11, and to this hall): its computed holidays
    are on screen as 待确认; the administrator enters a make-up day and confirms."""
    if package_knows(2027):
        pytest.skip("by design: chinesecalendar knows 2027: the banner offers an import instead")
    async with open_editor(qtbot, db_url, actors["admin"]) as (editor, controller):
        assert editor.coming_goto_button.isVisible()
        click(qtbot, editor.coming_goto_button)
        await wait_until(lambda: editor.view is not None and editor.view.year == 2027)
        assert editor.confirm_button.isVisible() and not editor.import_button.isVisible()
        assert editor.year_status.property("known") == "false"
        new_year = editor.cell_of(date(2027, 1, 1))
        assert new_year is not None and new_year.kind == "holiday"  # closed, though a Friday
        assert new_year.name.text() == "元旦" and new_year.hours.text() == ""
        assert new_year.badge.text() == editor.tr("To confirm")
        assert new_year.badge.property("pending") == "true"
        # The State Council's notice: Saturday 2027-01-09 is worked (an example).
        saturday = editor.cell_of(date(2027, 1, 9))
        assert saturday is not None and saturday.kind == "weekend"
        click(qtbot, saturday)
        assert editor.kind_combo.currentData() == DayKind.MAKEUP_WORKDAY.value  # suggested
        click(qtbot, editor.day_save_button)
        await wait_until(lambda: saturday.kind == "makeup_workday")
        assert saturday.badge.text() == editor.tr("To confirm")  # the year still is

        click(qtbot, editor.confirm_button)
        await wait_until(lambda: controller.confirm_box is not None)
        assert controller.confirm_box is not None
        controller.confirm_box.button(QMessageBox.StandardButton.Yes).click()
        # The banner goes at once; the year's button and status follow its re-read.
        await wait_until(lambda: not editor.coming_frame.isVisible())
        await wait_until(lambda: not editor.confirm_button.isVisible())
        await wait_until(lambda: editor.year_status.property("known") == "true")
        await wait_until(lambda: new_year.badge.text() == editor.tr("Holiday"))
        assert new_year.badge.property("pending") == "false"
    years = {y.year: y for y in await HoursAdminService(db).calendar_years(actors["admin"])}
    assert years[2027].confirmed and years[2027].entries == len(default_calendar(2027)[1]) + 1


async def test_a_missing_year_the_package_knows_is_imported_from_the_banner(
    qtbot, db, db_url, hall, actors
):
    await forget_year(db, hall.hall_id, 2026)  # as if the seed had not had it
    async with open_editor(qtbot, db_url, actors["zhuren"]) as (editor, _):
        assert editor.coming_frame.isVisible() and "2026" in editor.coming_label.text()
        assert editor.coming_import_button.isVisible()
        assert not editor.coming_goto_button.isVisible()
        assert editor.year_status.property("known") == "false"
        assert editor.import_button.isVisible()  # the month's own year, in the month's bar
        await go_to_october(qtbot, editor)
        # Until it is imported the hall follows chinesecalendar's 2026 already, unconfirmed.
        national = editor.cell_of(date(2026, 10, 1))
        assert national is not None and national.kind == "holiday"
        assert national.badge.text() == editor.tr("To confirm")
        click(qtbot, editor.coming_import_button)
        await wait_until(lambda: national.badge.text() == editor.tr("Holiday"))
        assert national.name.text() == "国庆节"
        # Now it is 2027's turn (when the package does not know it either).
        await wait_until(
            lambda: (
                "2027" in editor.coming_label.text()
                if not package_knows(2027)
                else not editor.coming_frame.isVisible()
            )
        )
        assert editor.message.property("level") == "success"
        assert not editor.import_button.isVisible()


async def test_a_clerk_sees_the_refusal(qtbot, db_url, hall, actors):
    editor_db = Database(db_url, application_name="hall-hours-test")
    editor = HoursEditor()
    qtbot.addWidget(editor)
    controller = HoursController(editor_db, actors["clerk1"], "Asia/Shanghai", editor)
    controller.start()
    try:
        await wait_until(lambda: editor.message.property("level") == "error")
        assert "权限" in editor.message.text()
        assert editor.view is None
    finally:
        await controller.stop()
        await editor_db.dispose()


async def test_screenshot(qtbot, db_url, hall, actors, tmp_path, backend):
    """Writes the editor at 1366×768 (look at it; not committed)."""
    if backend != "sqlite":
        pytest.skip("by design: one picture is enough")
    with chinese_ui():
        async with open_editor(qtbot, db_url, actors["zhuren"]) as (editor, _):
            await go_to_october(qtbot, editor)
            cell = editor.cell_of(date(2026, 10, 1))
            assert cell is not None
            click(qtbot, cell)
            await wait_until(lambda: editor.size().toTuple() == (1366, 768))
            picture = editor.grab()
            path = Path(os.environ.get("HALL_SCREENSHOTS", tmp_path)) / "hours_1366x768.png"
            assert picture.save(str(path))
            assert (picture.width(), picture.height()) == (1366, 768)  # nothing forces it wider
            print(f"screenshot: {path}")
            # January 2027: the computed holidays to confirm, and the coming-year banner.
            await wait_until(lambda: editor.coming_frame.isVisible())
            editor.month_requested.emit(2027, 1)
            await wait_until(lambda: editor.view is not None and editor.view.year == 2027)
            cell = editor.cell_of(date(2027, 1, 1))
            assert cell is not None
            click(qtbot, cell)
            picture = editor.grab()
            path = path.with_name("hours_2027_1366x768.png")
            assert picture.save(str(path))
            assert (picture.width(), picture.height()) == (1366, 768)
            print(f"screenshot: {path}")

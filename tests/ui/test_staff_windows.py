"""Staff screens open maximised the first time and where they were left afterwards."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QWidget

from hall_desktop.ui.common import role


def test_first_maximised_then_where_it_was_left(qtbot, tmp_path, monkeypatch):
    store = QSettings(str(tmp_path / "windows.ini"), QSettings.Format.IniFormat)
    monkeypatch.setattr(role, "_geometries", lambda: store)
    first = QWidget()
    qtbot.addWidget(first)
    role.show_staff_window(first, "clerk")
    # Nothing remembered: maximised to the screen's available area (a title bar and
    # a taskbar must not push the bottom of the screen off it).
    assert first.windowState() & Qt.WindowState.WindowMaximized
    first.showNormal()
    first.setGeometry(40, 50, 600, 400)  # the offscreen screen is 800×600
    role.remember_geometry(first, "clerk")
    again = QWidget()
    qtbot.addWidget(again)
    role.show_staff_window(again, "clerk")
    assert not again.windowState() & Qt.WindowState.WindowMaximized
    assert again.size().toTuple() == (600, 400)
    # Another role has its own place; --maximized wins over what was kept.
    other = QWidget()
    qtbot.addWidget(other)
    role.show_staff_window(other, "desk")
    assert other.windowState() & Qt.WindowState.WindowMaximized
    forced = QWidget()
    qtbot.addWidget(forced)
    role.show_staff_window(forced, "clerk", maximized=True)
    assert forced.windowState() & Qt.WindowState.WindowMaximized

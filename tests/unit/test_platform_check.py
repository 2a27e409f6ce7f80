"""A missing X11 library is a Chinese message naming the package, not Qt's abort."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from hall_desktop.ui import platform_check
from hall_desktop.ui.platform_check import missing_library, package_of, uses_xcb, xcb_problem


def test_packages_are_named_for_the_libraries_qt_needs():
    assert package_of("libxcb-cursor.so.0") == "libxcb-cursor0"
    assert package_of("libxkbcommon-x11.so.0") == "libxkbcommon-x11-0"
    assert package_of("libxcb-foo.so.2") == "libxcb-foo2"  # a guess from the name
    assert package_of("libfoo2.so.3") == "libfoo2-3"


def test_which_plugin_qt_will_use(monkeypatch):
    monkeypatch.setattr(platform_check.sys, "platform", "linux")
    assert uses_xcb({"DISPLAY": ":0"})
    assert not uses_xcb({"DISPLAY": ":0", "WAYLAND_DISPLAY": "wayland-0"})
    assert not uses_xcb({"QT_QPA_PLATFORM": "offscreen", "DISPLAY": ":0"})
    assert uses_xcb({"QT_QPA_PLATFORM": "xcb"})
    assert not uses_xcb({})
    monkeypatch.setattr(platform_check.sys, "platform", "win32")
    assert not uses_xcb({"DISPLAY": ":0"})


def test_a_library_that_cannot_be_opened_is_named(tmp_path: Path):
    assert missing_library(tmp_path / "libhall-missing.so.7") == "libhall-missing.so.7"


def test_the_installed_plugin_loads():
    """CI installs the libraries README.md lists: the real plugin loads."""
    import PySide6

    plugin = Path(PySide6.__file__).parent / "Qt/plugins/platforms/libqxcb.so"
    if not plugin.exists():
        pytest.skip("no xcb plugin in this PySide6 (not Linux)")
    assert missing_library(plugin) is None
    # It loads, but no X server answers on display :77: a message, not Qt's abort.
    message = xcb_problem({"QT_QPA_PLATFORM": "xcb", "DISPLAY": ":77"})
    assert message is not None and "DISPLAY=:77" in message


def test_a_missing_library_becomes_a_chinese_message(monkeypatch):
    monkeypatch.setattr(platform_check.sys, "platform", "linux")
    monkeypatch.setattr(platform_check, "missing_library", lambda _p: "libxcb-cursor.so.0")
    message = xcb_problem({"QT_QPA_PLATFORM": "xcb"})
    assert message is not None
    assert "libxcb-cursor.so.0" in message and "apt-get install libxcb-cursor0" in message
    assert message.startswith("无法打开图形界面")


@pytest.mark.logs_errors("无法打开图形界面")
def test_the_program_exits_with_the_message_instead_of_aborting(monkeypatch):
    from hall_desktop.config import Settings
    from hall_desktop.ui import app

    class NoApplication:
        @staticmethod
        def instance():
            return None

    monkeypatch.setattr(app, "QApplication", NoApplication)
    monkeypatch.setattr(
        app, "xcb_problem", lambda: "无法打开图形界面：缺少系统库 libxcb-cursor.so.0。"
    )
    with pytest.raises(SystemExit) as exit_:
        app.qt_application(Settings())
    assert "libxcb-cursor.so.0" in str(exit_.value.code)


def _packages(text: str) -> set[str]:
    return set(re.findall(r"\b(?:lib[\w.+-]+\d[\w.-]*|fonts-[\w-]+|poppler-utils)\b", text))


def test_the_readme_and_ci_install_the_same_packages():
    root = Path(__file__).resolve().parents[2]
    readme = (root / "README.md").read_text(encoding="utf-8")
    listed = readme[readme.index("apt-get install") : readme.index("Windows needs nothing")]
    ci = (root / ".ci" / "run").read_text(encoding="utf-8")
    loop = ci[ci.index("for pkg in") : ci.index("; do")]
    assert _packages(listed) == _packages(loop)
    # Every library the xcb plugin is known to need is in the list.
    assert {"libxcb-cursor0", "libxkbcommon-x11-0", "libxcb-shape0"} <= _packages(listed)

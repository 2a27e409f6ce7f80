"""Before Qt starts on Linux: can its X11 platform plugin load?

When a system library that Qt's xcb plugin needs is missing, Qt prints an English
note and aborts the process: the person who started the program sees a core dump.
This check loads the plugin the way Qt would, first, and turns a missing library into
a Chinese message that names the package to install.
"""

from __future__ import annotations

import ctypes
import os
import re
import sys
from pathlib import Path

#: Debian/Ubuntu packages of the libraries Qt's xcb plugin loads (by soname).
PACKAGES = {
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxcb-util.so.1": "libxcb-util1",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libfontconfig.so.1": "libfontconfig1",
    "libdbus-1.so.3": "libdbus-1-3",
    "libglib-2.0.so.0": "libglib2.0-0",
}

_MISSING = re.compile(r"([\w.+-]+\.so[\w.]*): cannot open shared object file")


def package_of(soname: str) -> str:
    """The Debian package that ships ``soname`` (a guess from its name if unknown)."""
    if soname in PACKAGES:
        return PACKAGES[soname]
    match = re.fullmatch(r"lib([\w+-]+?)\.so\.(\d+)", soname)
    if match is None:
        return soname
    name, version = match.groups()
    separator = "-" if name[-1].isdigit() else ""
    return f"lib{name.lower()}{separator}{version}"


def uses_xcb(environ: dict[str, str] | os._Environ[str]) -> bool:
    """Whether Qt will start its xcb (X11) plugin: on Linux, unless told otherwise."""
    if not sys.platform.startswith("linux"):
        return False
    wanted = environ.get("QT_QPA_PLATFORM", "").split(";")[0].split(":")[0].strip()
    if wanted:
        return wanted == "xcb"
    return bool(environ.get("DISPLAY")) and not environ.get("WAYLAND_DISPLAY")


def missing_library(plugin: Path) -> str | None:
    """The soname the plugin cannot load, or None when it loads."""
    try:
        ctypes.CDLL(str(plugin), mode=getattr(os, "RTLD_LAZY", 1) | ctypes.RTLD_LOCAL)
    except OSError as e:
        match = _MISSING.search(str(e))
        return match.group(1) if match else str(e)
    return None


def xcb_problem(environ: dict[str, str] | os._Environ[str] | None = None) -> str | None:
    """A Chinese message when Qt's xcb plugin would abort the program; None when it can
    load (or is not the plugin Qt will use)."""
    environ = os.environ if environ is None else environ
    if not uses_xcb(environ):
        return None
    from PySide6.QtCore import QLibraryInfo

    folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath)) / "platforms"
    plugin = folder / "libqxcb.so"
    if not plugin.exists():
        return None
    missing = missing_library(plugin)
    if missing is None:
        return _display_problem(environ.get("DISPLAY", ""))
    package = package_of(missing)
    return (
        f"无法打开图形界面：缺少系统库 {missing}。\n"
        f"请让管理员安装后再启动（Debian/Ubuntu：sudo apt-get install {package}）。\n"
        "所需的全部系统库见 README.md 的“安装”一节。"
    )


def _display_problem(display: str) -> str | None:
    """A Chinese message when no X server answers at ``display`` (Qt would abort)."""
    try:
        xcb = ctypes.CDLL("libxcb.so.1")
    except OSError:
        return None  # the plugin loaded, so libxcb is there; leave it to Qt
    xcb.xcb_connect.restype = ctypes.c_void_p
    xcb.xcb_connect.argtypes = [ctypes.c_char_p, ctypes.c_void_p]
    xcb.xcb_connection_has_error.argtypes = [ctypes.c_void_p]
    xcb.xcb_disconnect.argtypes = [ctypes.c_void_p]
    connection = xcb.xcb_connect(display.encode() or None, None)
    try:
        failed = bool(xcb.xcb_connection_has_error(connection))
    finally:
        xcb.xcb_disconnect(connection)
    if not failed:
        return None
    return (
        f"无法打开图形界面：连接不到显示器（DISPLAY={display or '未设置'}）。\n"
        "请在桌面环境中启动本程序；远程登录时请先开启图形转发。"
    )

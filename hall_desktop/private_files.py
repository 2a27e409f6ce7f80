"""Files that hold citizens' personal data, readable by their owner only.

The SQLite database (with its ``-wal``/``-shm`` files and the write lock) and the log
files keep names, phone numbers and ID numbers, or may. On POSIX they are created 0600 in
folders created 0700, whatever the umask. Windows has no such mode bits (a user's
profile folders are private there already): nothing is changed.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

POSIX = os.name == "posix"
FILE_MODE = 0o600
DIR_MODE = 0o700


def private_dir(path: Path) -> None:
    """Create ``path`` (and its parents) when missing; the folder created is 0700."""
    if path.is_dir():
        return
    path.mkdir(mode=DIR_MODE, parents=True, exist_ok=True)
    if POSIX:
        with contextlib.suppress(OSError):  # created by someone else meanwhile
            os.chmod(path, DIR_MODE)


def private_opener(path: str, flags: int) -> int:
    """An ``opener`` for :func:`open`: the file is created 0600, or made 0600 if it is
    this user's already (an older version of the program left it readable)."""
    fd = os.open(path, flags, FILE_MODE)
    if POSIX:
        with contextlib.suppress(OSError):  # another user's file: leave it as it is
            os.fchmod(fd, FILE_MODE)
    return fd


def create_private_file(path: Path) -> None:
    """Create an empty 0600 file at ``path`` unless one exists (SQLite then gives its
    ``-wal`` and ``-shm`` files the database file's mode)."""
    try:
        fd = private_opener(str(path), os.O_WRONLY | os.O_CREAT | os.O_EXCL)
    except FileExistsError:
        return
    os.close(fd)

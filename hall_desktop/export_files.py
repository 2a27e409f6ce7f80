"""Writing an exported file (a PDF, a spreadsheet) whole or not at all.

The document is written beside its target under a hidden name and then moved over it:
a failure half-way leaves neither a truncated file nor a missing old one. A file that
cannot be written is refused in Chinese, naming the file and why in plain words.
"""

from __future__ import annotations

import contextlib
import errno
from pathlib import Path

from hall_desktop.domain.errors import Refused

_WHY = {
    errno.ENOENT: "文件夹不存在",
    errno.EACCES: "没有写入权限（或文件正被其他程序打开）",
    errno.EPERM: "没有写入权限（或文件正被其他程序打开）",
    errno.ENOSPC: "磁盘空间不足",
    errno.EROFS: "磁盘只读",
    errno.EISDIR: "这是一个文件夹",
    errno.ENAMETOOLONG: "文件名太长",
}


def write_whole(path: Path, data: bytes) -> Path:
    """``data`` saved as ``path``, whole or not at all; ``path``. Refuses (:class:`Refused`,
    in Chinese) a file that cannot be written."""
    path = Path(path)
    partial = path.with_name(f".{path.name}.partial")
    try:
        partial.write_bytes(data)
        partial.replace(path)
    except OSError as e:
        why = _WHY.get(e.errno or 0) or e.strerror or str(e)
        raise Refused(f"无法保存文件“{path.name}”：{why}") from e
    except ValueError as e:  # a path with a NUL in it
        raise Refused(f"无法保存文件“{path.name}”：文件名中有无法使用的字符") from e
    finally:
        with contextlib.suppress(OSError, ValueError):
            partial.unlink(missing_ok=True)
    return path

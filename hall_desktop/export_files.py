"""Writing an exported file (a PDF, a spreadsheet) whole or not at all.

The document is written beside its target under a hidden name and then moved over it:
a failure half-way leaves neither a truncated file nor a missing old one. A folder that
cannot be written to is refused in Chinese, naming the file.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path

from hall_desktop.domain.errors import Refused


@contextlib.contextmanager
def written_whole(path: Path) -> Iterator[Path]:
    """The path to write to instead of ``path``; moved over ``path`` when the block ends
    without an error, removed otherwise."""
    partial = path.with_name(f".{path.name}.partial")
    try:
        yield partial
        partial.replace(path)
    except OSError as e:
        raise Refused(f"无法保存文件“{path.name}”：{e.strerror or e}") from e
    except ValueError as e:  # a path with a NUL in it
        raise Refused(f"无法保存文件“{path.name}”：文件名中有无法使用的字符") from e
    finally:
        with contextlib.suppress(OSError, ValueError):
            partial.unlink(missing_ok=True)


def write_whole(path: Path, data: bytes) -> Path:
    """``data`` saved as ``path`` (see :func:`written_whole`); ``path``."""
    with written_whole(path) as partial:
        partial.write_bytes(data)
    return path

"""Command-line benchmarks (``hall-desktop bench …``): each prints one JSON object."""

from __future__ import annotations

import inspect
from collections.abc import Callable
from typing import Any, TypeVar

T = TypeVar("T")


def run_with_args(run: Callable[..., T], args: Any, **renamed: str) -> T:
    """``run(...)`` with each of its parameters taken from the command line's ``args``
    (the attribute of the same name, or the one ``renamed`` gives), so a benchmark's
    options are listed once, in its ``add_parser``."""
    given = {
        name: getattr(args, renamed.get(name, name))
        for name in inspect.signature(run).parameters
        if hasattr(args, renamed.get(name, name))
    }
    return run(**given)

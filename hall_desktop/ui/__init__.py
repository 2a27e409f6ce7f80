"""The screens (Qt widgets, controllers and models).

Importing this package first turns off a PySide6 start-up cost. When QtCore is
imported, PySide6 replaces ``builtins.__import__``: after every later import it reads
the new module's source (``inspect.getsource``) to see whether it names PySide6, for
its opt-in ``from __feature__ import snake_case, true_property``. Every source file read
stays in ``linecache``: a role that loads SQLAlchemy and its services after Qt (the
display does, to paint its first frame sooner) kept 23 MB more and took longer to
start. The program never uses ``__feature__`` (a test checks), so that check answers
"no" without reading anything. If PySide6 has no such check (another version), nothing
changes.
"""

from __future__ import annotations


def _skip_feature_source_reads() -> None:
    import PySide6.QtCore  # noqa: F401  (installs PySide6's import hook)

    try:
        import shibokensupport.feature as feature
    except ImportError:
        return
    if callable(getattr(feature, "_mod_uses_pyside", None)):
        feature._mod_uses_pyside = lambda module: False


_skip_feature_source_reads()

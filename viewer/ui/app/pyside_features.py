"""PySide6's ``__feature__`` switch, and what it costs every start.

Importing PySide6 replaces ``builtins.__import__``. From then on each module imported (or imported again by
name) is handed once to ``shibokensupport.feature.feature_imported``, which reads the module's whole source
(``inspect.getsource``) to see whether it mentions PySide6: such a module may say ``from __feature__ import
snake_case, true_property`` and gets its own feature selection (0), any other is ignored (-1). On the way to
the first frame that is some 110 modules, the standard library's included: about 5% of a start (py-spy), for
an answer that cannot matter here, as no module of the app selects a feature (tests/ui/app/test_startup_imports.py
checks both: no ``__feature__`` in viewer/, and no source read at start-up). With no feature selected anywhere,
0 and -1 select the same thing (PySide keeps the last selection, which is none), so ``skip_feature_scan``
answers -1 without reading. If a PySide version has no such function the start goes on as before.
"""

from __future__ import annotations

import sys
from types import ModuleType


def _selects_no_feature(_module: ModuleType) -> bool:
    return False


def skip_feature_scan() -> bool:
    """Import PySide6 and make its per-module ``__feature__`` check read no source; True if it was found."""
    import PySide6.QtCore  # noqa: F401  (installs PySide's import hook and its feature module)

    feature = sys.modules.get("shibokensupport.feature")
    if feature is None or not callable(getattr(feature, "_mod_uses_pyside", None)):
        return False
    feature._mod_uses_pyside = _selects_no_feature  # type: ignore[attr-defined]  # PySide's own module, no stubs
    return True

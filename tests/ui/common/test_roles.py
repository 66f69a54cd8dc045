"""Item-data roles are defined once, in viewer/ui/common/roles.py."""

from __future__ import annotations

from pathlib import Path

import viewer
from viewer.ui.common.roles import Role

PACKAGE = Path(viewer.__file__).parent


def test_roles_are_distinct() -> None:
    assert len({int(r) for r in Role}) == len(Role)


def test_no_module_defines_its_own_user_roles() -> None:
    own = [str(p.relative_to(PACKAGE)) for p in sorted(PACKAGE.rglob("*.py"))
           if "UserRole" in p.read_text("utf-8") and p.name != "roles.py"]
    assert own == []

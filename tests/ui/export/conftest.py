"""The export tests share the chart tests' reports and Qt user folders."""

from tests.charts.conftest import fujian, mini, qt_user_paths  # noqa: F401

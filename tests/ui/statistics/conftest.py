"""The Statistics tab's tests share the chart tests' reports and Qt user folders."""

from tests.charts.conftest import fujian, many, mini, qt_user_paths, second  # noqa: F401

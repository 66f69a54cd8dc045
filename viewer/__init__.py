"""Industry Report Viewer: offline review of government industry & IT work reports."""

__version__ = "0.1.0"
# The app's reverse-DNS id: its desktop entry, AppStream metadata, icon and Wayland app id on Linux, and
# its bundle identifier on macOS (resources/desktop/, freeze/report-viewer.spec).
APP_ID = "io.github.industryreportviewer.IndustryReportViewer"

"""Industry Report Viewer: offline review of government industry & IT work reports."""

__version__ = "0.1.0"

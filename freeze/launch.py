"""The frozen application's entry point (PyInstaller runs this file; see report-viewer.spec)."""

from viewer.cli import main

raise SystemExit(main())

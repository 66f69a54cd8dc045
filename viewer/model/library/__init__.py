"""The report library: folders of reports indexed in SQLite, searched together and compared across years and
regions, each compared figure still tied to its sentence. Pure Python (no Qt); the window's Library view is
viewer/ui/library.
"""

"""Export and print settings shared by the File menu's actions, the export dialog and the printing code."""

INCLUDE_REVIEW_KEY = "print/includeReview"  # QSettings: print and export the reviewer's work too

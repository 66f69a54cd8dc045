"""The Library view: the reports of the library's folders, search across them, comparison across years and
regions, two reports side by side, and last year's tasks beside this year's review (viewer.model.library)."""

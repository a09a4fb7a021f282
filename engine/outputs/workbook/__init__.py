"""The RAP-style workbook: input sheets, one live-formula sheet per scenario, the summary."""

from engine.outputs.workbook.book import write_workbook

__all__ = ["write_workbook"]

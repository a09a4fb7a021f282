"""Files written from results: CSV, JSON and xlsx results, and the RAP workbook.

May import the method, analysis, format and domain layers, never the store or the CLI.
"""

"""Widgets and helpers shared by the views: charts, labels, number and series text,
spreadsheet clipboard blocks, the population pyramid. May import ``engine`` and
``gui.document``."""

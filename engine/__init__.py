"""ABND Studio's costing engine: pure Python (numpy, openpyxl), never Qt.

Everything a headless user or a test needs lives here, in packages by
responsibility (docs/architecture.md draws the layers):

- ``domain``: the project's types (frozen dataclasses), errors and warnings;
- ``format``: the JSON exchange format (read, validate, write);
- ``edits``: edit commands with their inverses, and typed builders for them;
- ``method``: the RAP costing method (demography, economy, labour, scenarios,
  compute, explain);
- ``analysis``: sensitivity (tornado) and uncertainty (Monte Carlo);
- ``countries``: the bundled country data turned into projects;
- ``store``: the ``.abnd`` project file (SQLite), safe open, one writer;
- ``importing``: national data from UN WPP files and the xlsx template;
- ``outputs``: results files and the RAP workbook;
- ``report``: the ABND report composed as a document model (rendered by ``gui.report``);
- ``runtime``: where bundled files and the log live, atomic file writes;
- ``cli``: the headless commands.

Import-linter contracts in ``pyproject.toml`` keep each layer to what lies under it.
"""

__version__ = "0.2.0"

"""The project file: one SQLite file (``.abnd``) that never loses an acknowledged edit."""

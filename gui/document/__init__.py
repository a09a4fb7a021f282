"""The open project as the views see it: every edit through the engine, undo that stays
in step with the file, results recomputed (in the background when slow), and the one
helper that runs any long task off the GUI thread. May import ``engine`` only."""

"""The program on this machine: where bundled resources and the log live, and writing a
file atomically. Imports nothing of the engine but ``engine.domain``."""

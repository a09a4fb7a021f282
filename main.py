"""ABND Studio entry point: headless commands, else the desktop window."""

from __future__ import annotations

import sys

from engine.cli import COMMANDS, EXIT_OK, build_parser, run


def main(argv: list[str]) -> int:
    if argv and (argv[0] in COMMANDS or argv[0].startswith("-")):
        return run(argv)
    if argv:
        build_parser().parse_args(argv)  # unknown words: one-line usage error
    print(
        "The ABND Studio window is not part of this build yet; "
        "run 'python main.py --help' for the commands.",
        file=sys.stderr,
    )
    return EXIT_OK


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

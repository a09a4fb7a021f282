"""Running one headless command: parse, dispatch, and turn every failure into an exit code.

Exit status: 0 success; 2 bad input, with ONE line on stderr naming the file,
the place and the problem; 3 a merge with conflicts (nothing written); 1 an
internal error, with the traceback in the log.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Mapping, Sequence

from engine.cli import analysis, commands, history
from engine.cli.parser import EXIT_BAD_INPUT, EXIT_INTERNAL, PROG, build_parser
from engine.domain.errors import InputError
from engine.domain.numbers import LANGUAGES
from engine.runtime.logs import log_internal_error

Handler = Callable[[argparse.Namespace], int]
# How an error is written for a language other than English (main.py gives one: it needs Qt).
Describer = Callable[[InputError], str]
Localizer = Callable[[str], Describer]

COMMANDS: dict[str, Handler] = {
    "compute": commands.run_compute,
    "convert": commands.run_convert,
    "new": commands.run_new,
    "import": commands.run_import,
    "template": commands.run_template,
    "export-workbook": commands.run_export_workbook,
    "sensitivity": analysis.run_sensitivity,
    "uncertainty": analysis.run_uncertainty,
    "merge": history.run_merge,
    "history": history.run_history,
    "get": history.run_get,
    "set": history.run_set,
    "diff": history.run_diff,
    "versions": history.run_versions,
    "save-version": history.run_save_version,
}
# Commands whose handler lives outside the engine (it needs Qt): main.py provides it.
EXTERNAL_COMMANDS = ("report",)
COMMAND_NAMES = (*COMMANDS, *EXTERNAL_COMMANDS)


def run(
    argv: Sequence[str],
    extra: Mapping[str, Handler] | None = None,
    localizer: Localizer | None = None,
) -> int:
    """Run one headless command; never lets a traceback reach the user.

    Errors are in English unless ``--lang`` or ABND_LANG asks for Lao or French and a
    ``localizer`` can write them so.
    """
    args = build_parser().parse_args(argv)
    describe: Describer = InputError.one_line
    language = message_language(args)
    if language != "en" and localizer is not None:
        describe = localizer(language)
    handlers = {**COMMANDS, **(extra or {})}
    handler = handlers.get(args.command)
    if handler is None:
        print(f"{PROG}: {args.command} is not available in this build", file=sys.stderr)
        return EXIT_BAD_INPUT
    try:
        return handler(args)
    except InputError as error:
        print(describe(error), file=sys.stderr)
        return EXIT_BAD_INPUT
    except Exception:  # an internal error: keep the details in the log
        path = log_internal_error()
        print(f"{PROG}: internal error; details are in {path}", file=sys.stderr)
        return EXIT_INTERNAL


def message_language(args: argparse.Namespace) -> str:
    """``--lang``, else the ABND_LANG environment variable when it names a language we
    have, else English."""
    chosen = getattr(args, "lang", None) or os.environ.get("ABND_LANG", "")
    return chosen if chosen in LANGUAGES else "en"

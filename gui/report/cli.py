"""The ``report`` command's handler: the engine's parser reads the arguments, Qt renders."""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from engine.domain.errors import InputError
from engine.store.files import read_project

REPORT_SUFFIXES = (".pdf", ".odt")


def run_report(args: argparse.Namespace, language: str = "en") -> int:
    """``report PROJECT OUT.pdf|OUT.odt [--lang en|lo|fr]``: headless (offscreen Qt)."""
    if Path(args.output).suffix.lower() not in REPORT_SUFFIXES:
        raise InputError("", "the report is a .pdf or an .odt file", args.output)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from gui.common.qt_app import application
    from gui.report.render import write_report
    from gui.report.translation import use_language

    application([])
    use_language(language)
    project = read_project(args.project)
    write_report(project, args.output, comments=getattr(args, "comments", False))
    print(f"report written to {args.output}")
    return 0

"""The ``report`` command's handler: the engine's parser reads the arguments, Qt renders."""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from engine.domain import messages
from engine.domain.errors import InputError
from engine.report.options import DEFAULT_PARTS, FORMATS, PARTS, ReportOptions, parse_parts
from engine.store.files import read_project

REPORT_SUFFIXES = FORMATS


def run_report(args: argparse.Namespace, language: str = "en") -> int:
    """``report PROJECT OUT.pdf|.docx|.odt [--lang] [--parts] [--status] [--doc-version]
    [--paper]``: headless (offscreen Qt)."""
    if Path(args.output).suffix.lower() not in REPORT_SUFFIXES:
        raise InputError(
            "",
            messages.translate(
                "Engine", "the report is a .pdf, .docx or .odt file", "report.format"
            ).format(),
            args.output,
        )
    parts = parse_parts(args.parts) if getattr(args, "parts", None) else DEFAULT_PARTS
    if getattr(args, "comments", False) and "comments" not in parts:
        parts = tuple(part for part in PARTS if part in parts or part == "comments")
    options = ReportOptions(
        language=language,
        parts=parts,
        status=getattr(args, "status", None) or "draft",
        version=getattr(args, "doc_version", None) or "1",
        paper=getattr(args, "paper", None) or "a4",
    )
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from gui.common.qt_app import application
    from gui.report.translation import use_language
    from gui.report.write import write_report

    application([])
    use_language(language)
    project = read_project(args.project)
    write_report(project, args.output, options)
    print(f"report written to {args.output}")
    return 0

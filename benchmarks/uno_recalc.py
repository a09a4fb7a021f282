"""A LibreOffice Calc recalculating one loaded workbook on request, timed inside LibreOffice's
own process call: ``calculateAll()`` through UNO.

Run by the workbook benchmark with the system Python that has LibreOffice's ``uno`` module
(Debian: python3-uno): ``python3 uno_recalc.py WORKBOOK``. It starts a headless soffice
of its own, loads the workbook, prints ``ready``, then answers each ``calc`` line on stdin
with the seconds one ``calculateAll()`` took, until ``quit``. Loading and saving are never
in a figure; only the recalculation is.
"""

from __future__ import annotations

import contextlib
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import uno  # type: ignore[import-not-found]
from com.sun.star.beans import PropertyValue  # type: ignore[import-not-found]
from com.sun.star.connection import NoConnectException  # type: ignore[import-not-found]


def _property(name: str, value: object) -> PropertyValue:
    item = PropertyValue()
    item.Name, item.Value = name, value
    return item


def main(workbook: str) -> int:
    pipe = f"abnd-bench-{os.getpid()}"
    with tempfile.TemporaryDirectory() as profile:
        office = subprocess.Popen(
            [
                "soffice",
                "--headless",
                "--invisible",
                "--norestore",
                "--nologo",
                f"--accept=pipe,name={pipe};urp;",
                f"-env:UserInstallation={Path(profile).as_uri()}",
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        try:
            local = uno.getComponentContext()
            resolver = local.ServiceManager.createInstanceWithContext(
                "com.sun.star.bridge.UnoUrlResolver", local
            )
            context = None
            for _ in range(600):  # LibreOffice starts in a few seconds; a minute at most
                try:
                    context = resolver.resolve(
                        f"uno:pipe,name={pipe};urp;StarOffice.ComponentContext"
                    )
                    break
                except NoConnectException:
                    time.sleep(0.1)
            if context is None:
                print("LibreOffice did not start", flush=True)
                return 1
            desktop = context.ServiceManager.createInstanceWithContext(
                "com.sun.star.frame.Desktop", context
            )
            document = desktop.loadComponentFromURL(
                Path(workbook).resolve().as_uri(), "_blank", 0, (_property("Hidden", True),)
            )
            document.calculateAll()  # the first run compiles every formula
            print("ready", flush=True)
            for line in sys.stdin:
                if line.strip() != "calc":
                    break
                started = time.perf_counter()
                document.calculateAll()
                print(time.perf_counter() - started, flush=True)
            document.close(True)
            with contextlib.suppress(Exception):  # the bridge goes down with LibreOffice
                desktop.terminate()
        finally:
            try:
                office.wait(timeout=20)
            except subprocess.TimeoutExpired:
                office.kill()
                office.wait()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))

"""Smoke test of the built executable (``make package`` first): the checks a USB-stick user
would hit in the first minute, run against dist/abnd-studio with no Python around it.

``python packaging/smoke_test.py [EXECUTABLE]``; exit 0 when every check passes.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "resources" / "examples" / "lao-pdr-sample.json"


def executable() -> Path:
    name = "abnd-studio.exe" if os.name == "nt" else "abnd-studio"
    return Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "dist" / name


def run(
    exe: Path, *args: str, home: Path, language: str = "en"
) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "ABND_HOME": str(home), "QT_QPA_PLATFORM": "offscreen"}
    env["ABND_LANG"] = language
    env.pop("PYTHONPATH", None)
    return subprocess.run([str(exe), *args], capture_output=True, text=True, env=env, timeout=300)


def check(name: str, ok: bool, detail: str = "") -> bool:
    print(f"{'ok  ' if ok else 'FAIL'} {name}{': ' + detail if detail and not ok else ''}")
    return ok


def main() -> int:
    exe = executable()
    if not exe.is_file():
        print(f"{exe} does not exist: run make package first")
        return 1
    results = []
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        done = run(exe, "--version", home=work)
        results.append(
            check("--version", done.returncode == 0 and "ABND Studio" in done.stdout, done.stderr)
        )

        exe_csv, source_csv = work / "exe.csv", work / "source.csv"
        done = run(exe, "compute", str(SAMPLE), "--out", str(exe_csv), home=work)
        subprocess.run(
            [
                sys.executable,
                str(ROOT / "main.py"),
                "compute",
                str(SAMPLE),
                "--out",
                str(source_csv),
            ],
            check=True,
            capture_output=True,
        )
        same = exe_csv.is_file() and exe_csv.read_bytes() == source_csv.read_bytes()
        results.append(check("compute of the sample matches the source run", same, done.stderr))

        done = run(exe, "--smoke", home=work)
        rendered = done.stdout.count(": rendered") == 4 and "first paint" in done.stdout
        results.append(
            check("--smoke: main window, every tab", done.returncode == 0 and rendered, done.stderr)
        )

        done = run(exe, "--smoke", home=work, language="lo")
        in_lao = "ຕາຕະລາງ" in done.stdout and "Assessment matrix" not in done.stdout
        results.append(check("--smoke in Lao: the tabs named in Lao", in_lao, done.stderr))

        workbook = work / "lao.xlsx"
        done = run(exe, "export-workbook", str(SAMPLE), str(workbook), home=work)
        valid = workbook.is_file() and zipfile.is_zipfile(workbook)
        results.append(check("export-workbook", done.returncode == 0 and valid, done.stderr))

        report = work / "lao.pdf"
        done = run(exe, "report", str(SAMPLE), str(report), home=work)
        pdf = report.is_file() and report.read_bytes()[:5] == b"%PDF-"
        results.append(check("report (PDF)", done.returncode == 0 and pdf, done.stderr))
        lao_pdf = work / "lao-lo.pdf"
        done = run(exe, "report", str(SAMPLE), str(lao_pdf), "--lang", "lo", home=work)
        fonts = subprocess.run(["pdffonts", str(lao_pdf)], capture_output=True, text=True)
        lao_font = [line for line in fonts.stdout.splitlines() if "NotoSansLao" in line]
        embedded = bool(lao_font) and all(" yes " in line for line in lao_font)
        results.append(check("report (PDF, Lao): the Lao font embedded", embedded, done.stderr))
        word = work / "lao.docx"  # python-docx's template and lxml bundled
        done = run(exe, "report", str(SAMPLE), str(word), "--lang", "lo", home=work)
        valid = word.is_file() and zipfile.is_zipfile(word)
        if valid:
            with zipfile.ZipFile(word) as archive:
                valid = "word/fonts/font1.odttf" in archive.namelist()
        results.append(check("report (DOCX, Lao)", done.returncode == 0 and valid, done.stderr))

        template, project = work / "t.xlsx", work / "lao.abnd"
        run(exe, "template", str(template), home=work)
        run(exe, "new", "--country", "LAO", str(project), home=work)
        done = run(exe, "import", str(project), str(template), home=work)
        results.append(  # read through defusedxml: an empty template has nothing to import
            check(
                "a workbook is read (defusedxml bundled)",
                "holds no data" in done.stderr,
                done.stderr,
            )
        )

        hostile = work / "hostile.abnd"
        hostile.write_bytes(b"SQLite format 3\x00" + os.urandom(4096))
        done = run(exe, "compute", str(hostile), home=work)
        one_line = done.stderr.count("\n") == 1 and "Traceback" not in done.stderr
        results.append(
            check(
                "a hostile file is refused with exit 2, one line",
                done.returncode == 2 and one_line,
                done.stderr,
            )
        )
    print(f"{exe}: {exe.stat().st_size / 2**20:.1f} MB")
    return 0 if all(results) else 1


if __name__ == "__main__":
    sys.exit(main())

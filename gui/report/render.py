"""The ABND report: one QTextDocument written as PDF (QPdfWriter) and ODT (QTextDocumentWriter).

Contents: title page, the assessment matrix by guarantee, the assumptions with
their sources, each scenario's design and cost table, the packages compared,
the charts, the engine's warnings, and a method annex. Fonts are bundled (Lao
script included) so the report looks the same on every machine.
"""

from __future__ import annotations

import html
import re
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QSizeF, QUrl
from PySide6.QtGui import (
    QFont,
    QFontDatabase,
    QPageLayout,
    QPageSize,
    QPdfWriter,
    QTextDocument,
    QTextDocumentWriter,
)

from engine import __version__
from engine.analysis.tables import package_tables
from engine.domain.model import GUARANTEES, Project
from engine.method.compute import Results, compute
from engine.runtime.resources import resource_path
from gui.common.charts import TimeChart, package_envelope, scenario_series
from gui.common.labels import guarantee_label

FONT_FILES = (
    "DejaVuSans.ttf",
    "DejaVuSans-Bold.ttf",
    "NotoSansLao-Regular.ttf",
    "NotoSansLao-Bold.ttf",
)
FAMILIES = ["DejaVu Sans", "Noto Sans Lao"]  # Latin first; Lao glyphs fall back to Noto


def tr(text: str) -> str:
    return QCoreApplication.translate("Report", text)


def load_fonts() -> None:
    for name in FONT_FILES:
        QFontDatabase.addApplicationFont(str(resource_path("fonts", name)))


LAO_RUN = re.compile("([\u0e80-\u0eff][\u0e80-\u0eff\\s]*)")


def esc(text: object) -> str:
    """Text as HTML; runs of Lao script are set in the bundled Noto Sans Lao explicitly
    (Qt's automatic fallback would pick whatever the machine has, or nothing)."""
    escaped = html.escape(str(text))
    escaped = LAO_RUN.sub(r'<span style="font-family: Noto Sans Lao">\1</span>', escaped)
    return escaped.replace("\n", "<br>")


def number(value: float, digits: int = 0) -> str:
    return "—" if value != value else f"{value:,.{digits}f}"


def build_document(project: Project, results: Results) -> QTextDocument:
    load_fonts()
    document = QTextDocument()
    font = QFont()
    font.setFamilies(FAMILIES)
    font.setPointSize(10)
    font.setFeature(QFont.Tag("liga"), 0)  # "fi" stays two letters: the PDF text searches as typed
    document.setDefaultFont(font)
    document.setDefaultStyleSheet(
        "body, p, td, th, li, h1, h2, h3 { font-family: 'DejaVu Sans', 'Noto Sans Lao'; } "
        "h1 { font-size: 20pt; } h2 { font-size: 15pt; margin-top: 18px; } "
        "h3 { font-size: 12pt; } td, th { padding: 3px; } th { background: #e8eef5; }"
    )
    charts = _chart_images(document, project, results)
    parts = [
        _title(project),
        _matrix(project),
        _assumptions(project, results),
        _scenarios(project, results),
        _packages(project, results, charts),
        _uncertainty(project, results),
        _warnings(results),
        _method(),
    ]
    document.setHtml("".join(parts))
    return document


def _title(project: Project) -> str:
    return (
        "<p><br><br><br><br></p>"
        f"<h1>{esc(project.name)}</h1>"
        f"<p>{esc(tr('Assessment Based National Dialogue on the Social Protection Floor'))}</p>"
        f"<p>{esc(project.country.name)} · {project.years.base}-{project.years.end} · "
        f"{esc(tr('costs in'))} {esc(project.country.currency)}</p>"
        f"<p style='page-break-after: always'>{esc(tr('Prepared with ABND Studio'))} "
        f"{__version__}, {date.today().isoformat()}</p>"
    )


def _matrix(project: Project) -> str:
    out = [f"<h2>1. {esc(tr('Assessment matrix'))}</h2>"]
    heads = (
        tr("Existing provision"),
        tr("Policy gap"),
        tr("Implementation issue"),
        tr("Recommendation"),
        tr("Priority"),
        tr("Agencies"),
    )
    for guarantee in GUARANTEES:
        rows = [r for r in project.matrix if r.guarantee == guarantee]
        if not rows:
            continue
        out.append(f"<h3>{esc(guarantee_label(guarantee))}</h3>")
        out.append("<table border='1' cellspacing='0' width='100%'><tr>")
        out += [f"<th>{esc(h)}</th>" for h in heads]
        out.append("</tr>")
        for row in rows:
            recommendation = row.recommendation
            if row.scenario_ids:
                recommendation += "\n(" + tr("costed") + ": " + ", ".join(row.scenario_ids) + ")"
            cells = (
                row.existing_provision,
                row.policy_gap,
                row.implementation_issue,
                recommendation,
                "" if row.priority is None else row.priority,
                ", ".join(row.agencies),
            )
            out.append("<tr>" + "".join(f"<td>{esc(c)}</td>" for c in cells) + "</tr>")
        out.append("</table>")
    return "".join(out)


def _assumptions(project: Project, results: Results) -> str:
    economy = results.context.economy
    years = [int(y) for y in results.years]
    shown = sorted({years[0], *years[::5], years[-1]})
    rows = [
        (tr("Real GDP growth (%)"), economy.real_growth * 100, 2),
        (tr("GDP deflator growth (%)"), economy.deflator_growth * 100, 2),
        (tr("CPI inflation (%)"), economy.inflation * 100, 2),
        (tr("Nominal GDP"), economy.gdp_nominal, 0),
        (tr("Total population"), results.context.persons.sum(axis=(1, 2)), 0),
    ]
    if economy.gov_expenditure_share is not None:
        rows.append(
            (tr("Government expenditure (% of GDP)"), economy.gov_expenditure_share * 100, 2)
        )
    out = [
        f"<h2>2. {esc(tr('Assumptions and their sources'))}</h2><table border='1' cellspacing='0'>"
    ]
    out.append("<tr><th></th>" + "".join(f"<th>{y}</th>" for y in shown) + "</tr>")
    for label, values, digits in rows:
        cells = "".join(
            f"<td align='right'>{number(float(values[y - years[0]]), digits)}</td>" for y in shown
        )
        out.append(f"<tr><td>{esc(label)}</td>{cells}</tr>")
    out.append("</table><h3>" + esc(tr("Sources")) + "</h3><ul>")
    out += [f"<li><b>{esc(key)}</b>: {esc(note)}</li>" for key, note in project.sources]
    out.append("</ul>")
    return "".join(out)


def _scenarios(project: Project, results: Results) -> str:
    out = [f"<h2>3. {esc(tr('Scenarios'))}</h2>"]
    currency = project.country.currency
    years = [int(y) for y in results.years]
    for scenario in project.scenarios:
        out.append(f"<h3>{esc(scenario.name)}</h3>")
        out.append(
            f"<p>{esc(guarantee_label(scenario.guarantee))} · {esc(scenario.kind)} · "
            f"{esc(scenario.status)}</p>"
        )
        if scenario.rationale:
            out.append(f"<p><i>{esc(scenario.rationale)}</i></p>")
        if scenario.source:
            out.append(f"<p>{esc(tr('Source'))}: {esc(scenario.source)}</p>")
        if scenario.id in results.errors:
            out.append(
                f"<p>{esc(tr('Not costed'))}: {esc(results.errors[scenario.id].message)}</p>"
            )
            continue
        table = results.scenarios[scenario.id]
        out.append("<table border='1' cellspacing='0'><tr>")
        heads = (
            tr("Year"),
            tr("Beneficiaries"),
            tr("Cost") + f" ({currency})",
            tr("% of GDP"),
            tr("% of gov. expenditure"),
        )
        out += [f"<th>{esc(h)}</th>" for h in heads]
        out.append("</tr>")
        for t, year in enumerate(years):
            out.append(
                f"<tr><td>{year}</td><td align='right'>{number(table['beneficiaries'][t])}</td>"
                f"<td align='right'>{number(table['total_cost'][t])}</td>"
                f"<td align='right'>{number(table['pct_gdp'][t], 3)}</td>"
                f"<td align='right'>{number(table['pct_gov_expenditure'][t], 2)}</td></tr>"
            )
        out.append("</table>")
    return "".join(out)


def _packages(project: Project, results: Results, charts: list[str]) -> str:
    out = [f"<h2>4. {esc(tr('Packages compared'))}</h2>"]
    years = [int(y) for y in results.years]
    shown = sorted({years[0], *years[::5], years[-1]})
    out.append("<table border='1' cellspacing='0'><tr><th>" + esc(tr("% of GDP")) + "</th>")
    out += [f"<th>{y}</th>" for y in shown]
    out.append("</tr>")
    for package in project.packages:
        if package.id not in results.packages:
            continue
        values = results.packages[package.id]["pct_gdp"]
        out.append(f"<tr><td>{esc(package.name)}</td>")
        out += [f"<td align='right'>{number(float(values[y - years[0]]), 3)}</td>" for y in shown]
        out.append("</tr>")
    out.append("</table>")
    out += [f"<p><img src='{name}' width='620'></p>" for name in charts]
    return "".join(out)


def _uncertainty(project: Project, results: Results) -> str:
    out = [f"<h2>5. {esc(tr('Sensitivity and uncertainty'))}</h2>"]
    for table in package_tables(project, results):
        out.append(f"<h3>{esc(table.name)}</h3>")
        out.append(
            f"<p>{esc(tr('Cost in % of GDP in'))} {table.year}: {number(table.central, 3)}. "
            f"{esc(tr('Each assumption alone, at its low and high value:'))}</p>"
        )
        out.append("<table border='1' cellspacing='0'><tr>")
        out += [
            f"<th>{esc(h)}</th>" for h in (tr("Assumption"), tr("Low"), tr("High"), tr("Swing"))
        ]
        out.append("</tr>")
        for bar in table.bars:
            cells = "".join(
                f"<td align='right'>{number(v, 3)}</td>" for v in (bar.low, bar.high, bar.swing)
            )
            out.append(f"<tr><td>{esc(bar.label)}</td>{cells}</tr>")
        out.append("</table>")
        shown = sorted({table.years[0], *table.years[::5], table.years[-1]})
        intro = f"{tr('Percentiles of')} {table.draws:,} {tr('draws')} ({table.ranges_source}):"
        out.append(f"<p>{esc(intro)}</p><table border='1' cellspacing='0'><tr><th></th>")
        out += [f"<th>{y}</th>" for y in shown]
        out.append("</tr>")
        for percentile, values in table.levels.items():
            cells = "".join(
                f"<td align='right'>{number(values[y - table.years[0]], 3)}</td>" for y in shown
            )
            out.append(f"<tr><td>p{percentile}</td>{cells}</tr>")
        out.append("</table>")
    return "".join(out)


def _warnings(results: Results) -> str:
    items = [w.one_line() for w in results.warnings] + [
        f"{key}: {error.message}" for key, error in results.errors.items()
    ]
    out = [f"<h2>6. {esc(tr('Warnings from the costing engine'))}</h2>"]
    out.append(
        "<ul>" + "".join(f"<li>{esc(i)}</li>" for i in items) + "</ul>"
        if items
        else f"<p>{esc(tr('None.'))}</p>"
    )
    return "".join(out)


def _method() -> str:
    text = resource_path("help", "method-annex.md").read_text(encoding="utf-8")
    document = QTextDocument()
    document.setMarkdown(text)
    body = document.toHtml()
    start, end = body.find("<body"), body.rfind("</body>")
    inner = body[body.find(">", start) + 1 : end] if start >= 0 else body
    return f"<h2>{esc(tr('Annex: the costing method'))}</h2>{inner}"


def _chart_images(document: QTextDocument, project: Project, results: Results) -> list[str]:
    """Each package stacked in % of GDP with its fiscal space, as images in the document."""
    names = []
    for index, package in enumerate(project.packages):
        if package.id not in results.packages:
            continue
        chart = TimeChart()
        chart.text_size = "16pt"
        chart.resize(1240, 680)
        series = scenario_series(project, results, package.scenarios, "pct_gdp")
        envelope = package_envelope(package, results)
        chart.show_series(
            results.years,
            series,
            stacked=True,
            unit=tr("% of GDP"),
            title=package.name,
            envelope=envelope,
        )
        chart.readout.hide()
        image = chart.plot.grab().toImage()
        name = f"chart-{index}.png"
        document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(name), image)
        names.append(name)
        chart.deleteLater()
    return names


def write_report(project: Project, path: str | Path) -> Path:
    """The report as PDF (``.pdf``) or ODT (``.odt``), chosen by the name's extension."""
    target = Path(path)
    results = compute(project, strict=False)
    document = build_document(project, results)
    if target.suffix.lower() == ".odt":
        writer = QTextDocumentWriter(str(target), b"odf")
        if not writer.write(document):
            raise OSError(f"{target}: could not be written")
        return target
    pdf = QPdfWriter(str(target))
    pdf.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(15, 15, 15, 15),
        )
    )
    pdf.setResolution(150)
    pdf.setTitle(project.name)
    pdf.setCreator(f"ABND Studio {__version__}")
    document.documentLayout().setPaintDevice(pdf)  # point sizes at the PDF's resolution
    document.setPageSize(QSizeF(pdf.width(), pdf.height()))
    document.print_(pdf)
    return target

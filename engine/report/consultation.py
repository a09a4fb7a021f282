"""The consultation record in the report: each recommendation's status, and (if asked) an
annex listing the comments made on each row of the matrix, by agency."""

from __future__ import annotations

from engine.domain.i18n import QT_TRANSLATE_NOOP, translate
from engine.domain.model import GUARANTEES, MatrixRow, Project
from engine.domain.months import month_name
from engine.report.document import BulletList, Paragraph, Section

STATUS_NAMES = {
    "draft": QT_TRANSLATE_NOOP("Report", "draft"),
    "discussed": QT_TRANSLATE_NOOP("Report", "discussed"),
    "validated": QT_TRANSLATE_NOOP("Report", "validated"),
    "endorsed": QT_TRANSLATE_NOOP("Report", "endorsed"),
}


def written_date(iso: str) -> str:
    """``2025-09-12`` as "12 September 2025" in the report's language."""
    if len(iso) != 10:
        return iso
    year, month, day = iso.split("-")
    return translate("Report", "{day} {month} {year}").format(
        day=int(day), month=month_name(int(month)), year=year
    )


def status_text(row: MatrixRow) -> str:
    """ "Status: validated, 12 September 2025" (a row never given a status is a draft)."""
    status = translate("Report", STATUS_NAMES[row.status or "draft"])
    if row.status_date:
        return translate("Report", "Status: {status}, {date}").format(
            status=status, date=written_date(row.status_date)
        )
    return translate("Report", "Status: {status}").format(status=status)


def comments_annex(project: Project, guarantee_name: dict[str, str]) -> Section | None:
    """Every comment, row by row in the matrix's order by guarantee; None if there are none."""
    blocks: list[Paragraph | BulletList] = []
    for guarantee in GUARANTEES:
        for row in project.matrix:
            if row.guarantee != guarantee or not row.comments:
                continue
            title = row.recommendation.split("\n")[0] or row.id
            heading = f"{guarantee_name[guarantee]}: {title}"
            blocks.append(
                Paragraph(heading if len(heading) <= 160 else heading[:157] + "...", "bold")
            )
            blocks.append(
                BulletList(
                    tuple(_comment_line(c.agency, c.date, c.author, c.text) for c in row.comments)
                )
            )
    if not blocks:
        return None
    return Section(translate("Report", "Annex: comments from the consultation"), tuple(blocks))


def _comment_line(agency: str, date: str, author: str, text: str) -> str:
    who = ", ".join(part for part in (agency, written_date(date) if date else "") if part)
    if author:
        who += f" ({author})"
    return f"{who}: {text}"

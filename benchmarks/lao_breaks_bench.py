"""Quality of the Lao line breaks (ICU's dictionary through icu4py) on real Lao text.

Real Lao writing puts a space between phrases, never inside a word: the glossary's
Lao terms (each from a Lao government, LSSO or press page, resources/i18n/glossary.csv)
are taken with their spaces removed, and we count how many of those spaces' places the
line breaker finds again (recall of known word boundaries). Then, over every Lao text
the program ships (glossary, both catalogues' Lao translations, the Lao user guide),
how many breaks would split a syllable (must be 0).
"""

from __future__ import annotations

import csv
import re
import xml.etree.ElementTree as ElementTree
from pathlib import Path

from benchmarks.figures import Figure, single
from engine.runtime.lao_syllables import break_positions, splits_a_syllable
from engine.runtime.line_breaks import breakable

REPO = Path(__file__).resolve().parent.parent
LAO = re.compile("[\u0e80-\u0eff]+")


def glossary_terms() -> list[str]:
    with open(REPO / "resources/i18n/glossary.csv", encoding="utf-8", newline="") as file:
        return [row["lao"] for row in csv.DictReader(file) if LAO.search(row["lao"])]


def shipped_lao_texts() -> list[str]:
    texts = glossary_terms()
    root = ElementTree.parse(REPO / "resources/i18n/abnd_lo.ts").getroot()
    texts += [m.findtext("translation") or "" for m in root.iter("message")]
    texts += (REPO / "resources/help/user-guide.lo.md").read_text(encoding="utf-8").splitlines()
    return [t for t in texts if LAO.search(t)]


def boundary_recall(texts: list[str]) -> tuple[int, int]:
    """(found, known): spaces between two Lao words of ``texts``, found again."""
    found = known = 0
    for term in texts:
        for phrase in re.split(r"[^\u0e80-\u0eff ]+", term):
            words = [w for w in phrase.split(" ") if w]
            if len(words) < 2:
                continue
            joined = "".join(words)
            places = {sum(len(w) for w in words[:i]) for i in range(1, len(words))}
            _, breaks = break_positions(breakable(joined))
            known += len(places)
            found += len(places & breaks)
    return found, known


def syllable_splits() -> tuple[int, int]:
    """(splits, breaks) over every Lao text the program ships."""
    splits = total = 0
    for text in shipped_lao_texts():
        plain, breaks = break_positions(breakable(text))
        total += len(breaks)
        splits += sum(splits_a_syllable(plain, p) for p in breaks)
    return splits, total


def run() -> list[Figure]:
    found, known = boundary_recall(glossary_terms())
    ours, ours_known = boundary_recall(shipped_lao_texts())
    splits, total = syllable_splits()
    return [
        single(
            f"Lao word boundaries found again, glossary ({found} of {known})",
            100 * found / known,
            "%",
        ),
        single(
            f"Lao word boundaries found again, all shipped Lao text ({ours} of {ours_known})",
            100 * ours / ours_known,
            "%",
        ),
        Figure(
            f"Lao breaks inside a syllable ({total} breaks in the shipped Lao text)",
            (float(splits),),
            "",
            limit=0.0,
        ),
    ]


if __name__ == "__main__":
    for figure in run():
        print(figure)

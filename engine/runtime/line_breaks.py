"""Where a line may break in Lao text, which is written without spaces between words.

Qt's own line breaker finds no break inside a run of Lao letters, so a long Lao
cell never wraps and the report breaks lines mid-syllable. ICU's dictionary-based
line breaker (through icu4py, which bundles ICU and its Lao dictionary) finds
the word boundaries; we insert a ZERO WIDTH SPACE there for display only, which
every text layout (Qt, LibreOffice, Word, PDF viewers) treats as a break
opportunity. Stored text never holds them: :func:`without_breaks` removes them.
"""

from __future__ import annotations

import re
from functools import lru_cache

from icu4py.breakers import LineBreaker

from engine.runtime.lao_syllables import splits_a_syllable

ZWSP = "\u200b"
LAO_RUN = re.compile("[\u0e80-\u0eff]{2,}")


def breakable(text: str) -> str:
    """``text`` with a break opportunity between every two Lao words (nothing else changes)."""
    if not LAO_RUN.search(text):
        return text
    return LAO_RUN.sub(lambda run: _breakable_run(run.group(0)), text)


@lru_cache(maxsize=4096)
def _breakable_run(run: str) -> str:
    """ICU's breaks, less any that would split a syllable (ICU breaks before the
    repetition mark ໆ, which must stay with its word)."""
    out = ""
    for piece in LineBreaker(run, "lo"):
        if out and not splits_a_syllable(out + piece, len(out)):
            out += ZWSP
        out += piece
    return out


def without_breaks(text: str) -> str:
    return text.replace(ZWSP, "")

"""Where a break would split a Lao syllable: the check behind "never inside a syllable".

A Lao syllable starts with a consonant, or with a leading vowel written before its
consonant (ເ ແ ໂ ໃ ໄ); vowel signs, tone marks and the subscript consonants that
follow belong to it. So a break is inside a syllable when it falls after a leading
vowel or before any of the signs that can only follow a consonant.
"""

from __future__ import annotations

LEADING_VOWELS = frozenset("\u0ec0\u0ec1\u0ec2\u0ec3\u0ec4")
# ະ ັ າ ຳ ິ ີ ຶ ື ຸ ູ ຺ ົ ຼ ຽ, the repetition mark ໆ, tone marks and ໍ
FOLLOWING_SIGNS = frozenset(
    [chr(c) for c in range(0x0EB0, 0x0EBE)] + ["\u0ec6"] + [chr(c) for c in range(0x0EC8, 0x0ECF)]
)


def splits_a_syllable(text: str, position: int) -> bool:
    """True when a line break before ``text[position]`` would split a Lao syllable."""
    if not 0 < position < len(text):
        return False
    return text[position - 1] in LEADING_VOWELS or text[position] in FOLLOWING_SIGNS


def break_positions(marked: str, zwsp: str = "\u200b") -> tuple[str, set[int]]:
    """The text without its break marks, and the positions (in that text) of the marks."""
    plain: list[str] = []
    positions: set[int] = set()
    for char in marked:
        if char == zwsp:
            positions.add(len(plain))
        else:
            plain.append(char)
    return "".join(plain), positions

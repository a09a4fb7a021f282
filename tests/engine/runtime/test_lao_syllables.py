"""Where a break would split a Lao syllable."""

from __future__ import annotations

from engine.runtime.lao_syllables import break_positions, splits_a_syllable


def test_a_break_after_a_leading_vowel_or_before_a_following_sign_splits_a_syllable() -> None:
    word = "ແຮງງານ"  # ແ (leading vowel) ຮ ງ ງ າ (following vowel) ນ
    assert splits_a_syllable(word, 1)  # ແ|ຮ: the vowel is written before its consonant
    assert splits_a_syllable(word, 4)  # ງ|າ: the vowel sign follows its consonant
    assert not splits_a_syllable(word, 3)  # ແຮງ|ງານ: two syllables
    assert splits_a_syllable("ອື່ນໆ", 4)  # the repetition mark stays with its word
    assert splits_a_syllable("ກ່ວາ", 1)  # a tone mark


def test_the_ends_are_never_inside_a_syllable() -> None:
    assert not splits_a_syllable("ກາ", 0) and not splits_a_syllable("ກາ", 2)


def test_break_positions_are_counted_in_the_plain_text() -> None:
    assert break_positions("ກະຊວງ\u200bແຮງງານ") == ("ກະຊວງແຮງງານ", {5})
    assert break_positions("no marks") == ("no marks", set())

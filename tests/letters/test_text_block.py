"""Line breaking of plain text: words, Arabic in logical order, Chinese and its punctuation."""

from __future__ import annotations

from liaison_app.letters.fonts import register_fonts
from liaison_app.letters.text_block import TextBlock, break_cjk, break_words


def width(text: str) -> float:
    return 5.0 * len(text)


def texts(lines) -> list[str]:
    return ["".join((" " if spaced else "") + word for word, spaced, _ in line) for line in lines]


def test_words_wrap_greedily():
    assert texts(break_words("aa bb cc dd ee", 40, width, 5)) == ["aa bb cc", "dd ee"]


def test_a_long_url_breaks_after_a_slash_instead_of_leaving_a_hole():
    lines = texts(break_words("see https://www.itu.int/net4/wsis/forum/2022/ now", 120, width, 5))
    assert lines[0].startswith("see https://")
    assert len(lines) > 2
    # The pieces of the URL follow each other with no space added.
    assert "".join(lines).replace("now", "") == "see https://www.itu.int/net4/wsis/forum/2022/"


def test_arabic_wraps_in_logical_order():
    words = ["واحد", "اثنان", "ثلاثة", "أربعة", "خمسة", "ستة"]
    lines = break_words(" ".join(words), 60, lambda word: 25.0, 5)
    assert [[word for word, _, _ in line] for line in lines] == [words[0:2], words[2:4], words[4:6]]


def test_chinese_breaks_between_characters_but_not_before_closing_punctuation():
    lines = texts(break_cjk("一二三四，五六。七八", 20, width, 5))
    assert all(not line.startswith(("，", "。")) for line in lines)
    assert "".join(lines) == "一二三四，五六。七八"
    # A Latin word inside Chinese stays whole.
    assert any(
        line.startswith("ITU") for line in texts(break_cjk("国际电联ITU秘书处", 20, width, 5))
    )


def test_a_text_block_splits_across_pages_by_lines():
    register_fonts()
    block = TextBlock("word " * 200, "DejaVuSans", 10, 14)
    _, height = block.wrap(300, 10_000)
    head, tail = block.split(300, 140)
    assert head.wrap(300, 140)[1] == 140
    assert head.wrap(300, 140)[1] + tail.wrap(300, 10_000)[1] == height
    assert block.split(300, 5) == []

"""The Arabic recipe: logical-order wrapping, Latin runs isolated, brackets mirrored."""

from __future__ import annotations

from liaison_app.letters.bidi_text import (
    BIDI_CONTROLS,
    LRI,
    PDI,
    isolate_latin_runs,
    shaped,
    visual_line,
)


def test_latin_runs_are_isolated_whole():
    text = "المرجع: CL-22/009 بتاريخ 15 April 2022 على wsis-info@itu.int والهاتف +41 22 730 53 50."
    isolated = isolate_latin_runs(text)
    for run in ("CL-22/009", "15 April 2022", "wsis-info@itu.int", "+41 22 730 53 50"):
        assert f"{LRI}{run}{PDI}" in isolated
    # The sentence's full stop stays with the Arabic text.
    assert isolated.endswith(f"{PDI}.")


def test_a_url_keeps_its_last_slash():
    assert f"{LRI}https://www.itu.int/forum/2022/{PDI}" in isolate_latin_runs(
        "الموقع https://www.itu.int/forum/2022/ للتسجيل"
    )


def test_visual_line_reverses_arabic_and_keeps_latin_order():
    visual = visual_line("الموعد 15 April 2022 في جنيف")
    assert "15 April 2022" in visual
    assert not set(visual) & BIDI_CONTROLS
    # Right to left: the first Arabic word is drawn last (at the right end).
    assert visual.endswith(shaped("الموعد")[::-1])


def test_brackets_are_mirrored_in_arabic_and_not_in_latin():
    visual = visual_line("الاتحاد (ITU) والبرنامج (الإنمائي)")
    # Drawn left to right, the word must look enclosed: "(" on its left, ")" on its right, i.e.
    # the opening bracket (logically first, on the right) is drawn with the ")" glyph.
    assert "(ITU)" in visual
    assert "(" + shaped("الإنمائي")[::-1] + ")" in visual
    assert ")" + shaped("الإنمائي")[::-1] + "(" not in visual

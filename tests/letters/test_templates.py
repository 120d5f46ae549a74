"""Templates run in a sandbox: merge fields and conditions work, internals and files do not."""

from __future__ import annotations

import pytest

from liaison_app.errors import UserError
from liaison_app.letters.default_templates import DEFAULT_TEMPLATES
from liaison_app.letters.templates import TemplateText, check_template, merge, split_paragraphs

CONTEXT = {
    "recipient": {"name": "Amina Diallo", "gender": "female"},
    "event": {"title": "WSIS Forum 2022"},
}


def body(source: str) -> TemplateText:
    return TemplateText(subject="Subject", body=source)


def test_merge_fields_and_conditional_text():
    merged = merge(
        TemplateText(
            subject="Invitation to the {{ event.title }}",
            body="Dear {{ recipient.name }},\n\n"
            "{% if recipient.gender == 'female' %}Madam{% else %}Sir{% endif %}, welcome.",
        ),
        CONTEXT,
    )
    assert merged.subject == "Invitation to the WSIS Forum 2022"
    assert merged.paragraphs == ("Dear Amina Diallo,", "Madam, welcome.")


@pytest.mark.parametrize(
    "source",
    [
        "{{ ''.__class__ }}",
        "{{ ''.__class__.__mro__[1].__subclasses__() }}",
        "{{ recipient.__class__.__init__.__globals__ }}",
        "{{ cycler.__init__.__globals__.os }}",
        "{{ lipsum.__globals__['os'].popen('id').read() }}",
        "{% include '/etc/passwd' %}",
        "{% import '/etc/hosts' as hosts %}",
        "{% extends '/etc/passwd' %}",
    ],
)
def test_a_template_cannot_reach_internals_or_files(source):
    with pytest.raises(UserError) as caught:
        merge(body(source), CONTEXT)
    assert "The template is invalid" in str(caught.value)
    assert "root:" not in str(caught.value)


def test_an_unknown_field_is_an_error_not_an_empty_gap():
    with pytest.raises(UserError, match=r"template is invalid.*recipent"):
        merge(body("Dear {{ recipent.name }},"), CONTEXT)


def test_a_syntax_error_names_the_part_and_line():
    with pytest.raises(UserError) as caught:
        check_template(TemplateText(subject="ok", body="line one\n{% if %}"))
    assert "body, line 2" in str(caught.value)


def test_merged_values_are_text_not_template_code():
    merged = merge(body("{{ recipient.name }}"), {"recipient": {"name": "{{ 7 * 7 }}"}})
    assert merged.paragraphs == ("{{ 7 * 7 }}",)


def test_paragraphs_split_on_blank_lines_and_keep_line_breaks():
    assert split_paragraphs("a\nb\n\n\n  \nc\r\n\r\nd  ") == ("a\nb", "c", "d")


def test_there_is_a_default_template_for_every_kind_and_language():
    kinds = {
        "invitation",
        "reminder",
        "speaking_confirmation",
        "waitlist_notice",
        "partnership_acknowledgement",
        "thank_you",
        "free",
    }
    assert set(DEFAULT_TEMPLATES) == {
        (kind, language) for kind in kinds for language in ("ar", "zh", "en", "fr", "ru", "es")
    }
    for template in DEFAULT_TEMPLATES.values():
        check_template(template)
        # Greeting first and closing last, from the salutations table.
        assert template.body.startswith("{{ salutation.greeting }}")
        assert template.body.endswith("{{ salutation.closing }}")


@pytest.mark.parametrize(
    "source",
    [
        "{{ ''.__class__.__mro__ }}",
        "{{ recipient.name.__class__ }}",
        "{% include 'footer.txt' %}",
        "{% from 'x' import y %}",
    ],
)
def test_a_template_that_reaches_for_internals_or_files_cannot_be_saved(source):
    with pytest.raises(UserError, match="The template is invalid"):
        check_template(body(source))


def test_checking_does_not_refuse_fields_a_recipient_may_lack():
    check_template(body("{% if 3 <= session.minutes <= 10 %}{{ session.title }}{% endif %}"))

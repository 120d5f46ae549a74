"""Letter templates: Jinja2 in a sandbox, fed plain values only, rendered to plain text.

A template is officer-written text: it may use merge fields and conditions, never run code nor
read files. The environment is Jinja2's `SandboxedEnvironment` (attribute access to internals such
as `''.__class__` raises a SecurityError) with no loader (so `{% include %}` and `{% import %}`
have nothing to read), and the context holds only strings, numbers, dicts and lists built for the
letter, never database objects. Unknown fields fail (StrictUndefined) so a typo is caught in the
editor, not discovered in a printed letter. Any failure becomes one UserError saying the template
is invalid and why.

The output is plain text: paragraphs separated by blank lines. The renderer escapes it, so a
merged `Al<Sayed & Sons` prints literally.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from jinja2 import ChainableUndefined, StrictUndefined, TemplateError, nodes
from jinja2.sandbox import SandboxedEnvironment, SecurityError

from liaison_app.errors import UserError

_ENVIRONMENT = SandboxedEnvironment(
    loader=None,
    undefined=StrictUndefined,
    autoescape=False,
    # Block tags sit inside prose: trimming the newline after them would join two paragraphs.
    trim_blocks=False,
    lstrip_blocks=False,
    keep_trailing_newline=False,
)


class _ProbeUndefined(ChainableUndefined):
    """Every field a harmless blank, except what the sandbox refused: printing that fails."""

    def __str__(self) -> str:
        if self._undefined_exception is SecurityError:
            self._fail_with_undefined_error()
        return ""


# For `check_template`: fields are blanks, so only what the sandbox forbids fails.
_PROBE = SandboxedEnvironment(loader=None, undefined=_ProbeUndefined, autoescape=False)


@dataclass(frozen=True)
class TemplateText:
    """The two parts of a template an officer edits."""

    subject: str
    body: str


@dataclass(frozen=True)
class MergedText:
    subject: str
    paragraphs: tuple[str, ...]


@lru_cache(maxsize=256)
def _compile(source: str):
    return _ENVIRONMENT.from_string(source)


def _invalid(error: Exception, part: str) -> UserError:
    line = getattr(error, "lineno", None)
    detail = getattr(error, "message", None) or str(error) or type(error).__name__
    if line:
        return UserError(
            "The template is invalid ({part}, line {line}): {detail}",
            part=part,
            line=line,
            detail=detail,
        )
    return UserError("The template is invalid ({part}): {detail}", part=part, detail=detail)


def render_part(source: str, context: dict[str, Any], part: str = "body") -> str:
    """Render one template text; UserError when it is invalid or uses an unknown field."""
    try:
        return _compile(source).render(context)
    except TemplateError as error:
        raise _invalid(error, part) from error
    except (TypeError, ValueError, AttributeError, LookupError, ArithmeticError) as error:
        # Raised inside the template by an operation on a merged value ("{{ 1 / 0 }}").
        raise _invalid(error, part) from error


def check_template(template: TemplateText) -> None:
    """UserError for a syntax error or for what the sandbox forbids (checked before saving).

    Both parts are compiled, then rendered with every field blank: an unknown field or a
    comparison with a blank is not an error here (it depends on the recipient), but reaching
    for internals (`''.__class__`) or for a file is, whatever the data.
    """
    for part, source in (("subject", template.subject), ("body", template.body)):
        try:
            _compile(source)
            tree = _ENVIRONMENT.parse(source)
        except TemplateError as error:
            raise _invalid(error, part) from error
        if any(tree.find_all((nodes.Include, nodes.Import, nodes.FromImport, nodes.Extends))):
            raise UserError(
                "The template is invalid ({part}): a letter template cannot include, import "
                "or extend other templates.",
                part=part,
            )
        try:
            _PROBE.from_string(source).render()
        except SecurityError as error:
            raise _invalid(error, part) from error
        except Exception:
            pass


def split_paragraphs(text: str) -> tuple[str, ...]:
    """Paragraphs are separated by blank lines; single newlines stay as line breaks."""
    paragraphs: list[str] = []
    current: list[str] = []
    for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        if line.strip():
            current.append(line.rstrip())
        elif current:
            paragraphs.append("\n".join(current))
            current = []
    if current:
        paragraphs.append("\n".join(current))
    return tuple(paragraphs)


def merge(template: TemplateText, context: dict[str, Any]) -> MergedText:
    subject = " ".join(render_part(template.subject, context, "subject").split())
    body = render_part(template.body, context, "body")
    return MergedText(subject=subject, paragraphs=split_paragraphs(body))


#: The merge fields, as the editor lists them (English; the officer types them as shown).
MERGE_FIELDS: tuple[tuple[str, str], ...] = (
    ("recipient.name", "name of the person written to (empty for a Member State's minister)"),
    ("recipient.title", "position of the person"),
    ("recipient.organization", "ministry, mission or organization"),
    ("recipient.gender", "'male', 'female' or 'unspecified', for agreement"),
    ("recipient.level", "level of representation ('minister', 'ambassador'…)"),
    ("salutation.greeting", "the greeting («صاحب المعالي،», 'Your Excellency,'…)"),
    ("salutation.closing", "the closing formula, agreeing with the greeting"),
    ("member_state.name", "formal name of the Member State in the letter's language"),
    ("member_state.short_name", "short name of the Member State"),
    ("event.title", "title of the event"),
    ("event.theme", "theme of the event"),
    ("event.dates", "dates of the event ('15 March – 3 June 2022')"),
    ("event.start_date / event.end_date", "first and last day, written out"),
    ("event.venue / event.city / event.website", "where it takes place, and its website"),
    ("event.co_organizers", "co-organizers, as a list in words"),
    ("event.phases", "list of phases: name, dates, start_date, end_date, mode"),
    ("event.sessions_dates", "dates of the sessions that take speakers"),
    ("circular.reference / circular.date / circular.subject", "the circular, when there is one"),
    ("reply_deadline", "date by which a reply is requested"),
    ("session.title / session.date / session.time / session.room", "the speaker's session"),
    ("session.minutes", "minutes per speaker"),
    ("speaker.name / speaker.title / speaker.mode", "the speaker ('in_person' or 'remote')"),
    ("waitlist_position", "place on the waiting list (1 = first)"),
    ("package.name / package.amount", "partnership package and its amount"),
    ("organization.name", "organization of a partnership inquiry"),
    ("contact.name / contact.email / contact.phone", "the event's contact person"),
    ("signatory.name / signatory.title", "who signs the letter"),
    ("letter.reference / letter.date", "reference and date printed on the letter"),
)

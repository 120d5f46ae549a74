"""How invitation values read in the window: enum words, dates, days left, status colours, and
the sentences of an invitation's history."""

from __future__ import annotations

import contextlib
import re
from datetime import date
from enum import StrEnum

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QObject
from PySide6.QtGui import QColor

from liaison_app.domain.enums import (
    AttendanceMode,
    Credentials,
    IncomingChannel,
    InvitationStatus,
    LevelOfRepresentation,
    OutgoingChannel,
    Region,
    ReplyDecision,
)
from liaison_app.services import labels
from liaison_app.services.invitations import HistoryEntry
from liaison_app.ui.language import current_language, format_date, is_right_to_left

#: First-strong isolate: a date or a reference keeps its own order inside Arabic text.
FSI, PDI = "\u2068", "\u2069"

#: One colour per status, shared by the table and the dashboard (readable on light and dark).
STATUS_COLORS: dict[InvitationStatus, str] = {
    InvitationStatus.DRAFT: "#9e9e9e",
    InvitationStatus.SENT: "#5b8def",
    InvitationStatus.ACKNOWLEDGED: "#3aa0c8",
    InvitationStatus.ACCEPTED: "#43a047",
    InvitationStatus.DECLINED: "#c62828",
    InvitationStatus.TENTATIVE: "#e0a32e",
    InvitationStatus.NO_REPLY: "#6d4c41",
}
DECISION_COLORS: dict[ReplyDecision, str] = {
    ReplyDecision.ACCEPTED: STATUS_COLORS[InvitationStatus.ACCEPTED],
    ReplyDecision.DECLINED: STATUS_COLORS[InvitationStatus.DECLINED],
    ReplyDecision.TENTATIVE: STATUS_COLORS[InvitationStatus.TENTATIVE],
}
OVERDUE_COLOR = QColor("#b3261e")


def isolate(text: str) -> str:
    return f"{FSI}{text}{PDI}" if text and is_right_to_left(current_language()) else text


def enum_text(value: StrEnum | None) -> str:
    """The word for an enumerated value in the interface language ("" for none)."""
    return labels.label(value, current_language()) if value is not None else ""


def not_stated() -> str:
    return QCoreApplication.translate("InvitationDisplay", "Not stated")


def no_member_state() -> str:
    return QCoreApplication.translate("InvitationDisplay", "No Member State")


def region_text(region: Region | str | None) -> str:
    return enum_text(Region(region)) if region else no_member_state()


def level_text(level: LevelOfRepresentation | str | None) -> str:
    return enum_text(LevelOfRepresentation(level)) if level else not_stated()


def short_date(value: date | None) -> str:
    """The locale's short date with the year in full."""
    if value is None:
        return ""
    locale = QLocale()
    pattern = re.sub(r"(?<!y)yy(?!y)", "yyyy", locale.dateFormat(QLocale.FormatType.ShortFormat))
    return isolate(locale.toString(QDate(value.year, value.month, value.day), pattern))


def day_month(value: date) -> str:
    """ "21 Mar" for axes: short, in the interface language."""
    locale = QLocale()
    pattern = "M/d" if current_language() == "zh" else "d MMM"
    return locale.toString(QDate(value.year, value.month, value.day), pattern)


def long_date(value: date | None) -> str:
    return isolate(format_date(value)) if value is not None else ""


class InvitationDisplay(QObject):
    """Plural texts. lupdate marks `self.tr(text, "", n)` as a plural message, but not
    `QCoreApplication.translate(context, text, "", n)` with a variable count."""

    def days_left(self, days: int) -> str:
        return self.tr("%n day(s) left", "", days)

    def days_overdue(self, days: int) -> str:
        return self.tr("%n day(s) overdue", "", days)


def days_left_text(days: int | None) -> str:
    """ "3 days left", "Last day", "2 days overdue"; "" without a deadline."""
    if days is None:
        return ""
    if days > 0:
        text = InvitationDisplay().days_left(days)
    elif days == 0:
        text = QCoreApplication.translate("InvitationDisplay", "Last day")
    else:
        text = InvitationDisplay().days_overdue(-days)
    # Its own direction: "3 days left" stays in order inside a right-to-left table.
    return isolate(text)


_FIELD_ENUMS: dict[str, type[StrEnum]] = {
    "status": InvitationStatus,
    "channel": OutgoingChannel,
    "decision": ReplyDecision,
    "level": LevelOfRepresentation,
    "credentials": Credentials,
}


def field_name(subject: str, name: str) -> str:
    """A field of the audit trail as the officer calls it."""
    names = {
        "status": QCoreApplication.translate("InvitationDisplay", "Status"),
        "channel": QCoreApplication.translate("InvitationDisplay", "Channel"),
        "sent_on": QCoreApplication.translate("InvitationDisplay", "Sent on"),
        "acknowledged_on": QCoreApplication.translate("InvitationDisplay", "Acknowledged on"),
        "notes": QCoreApplication.translate("InvitationDisplay", "Notes"),
        "reminders_sent": QCoreApplication.translate("InvitationDisplay", "Reminders sent"),
        "last_reminder_on": QCoreApplication.translate("InvitationDisplay", "Last reminder"),
        "received_on": QCoreApplication.translate("InvitationDisplay", "Received on"),
        "decision": QCoreApplication.translate("InvitationDisplay", "Decision"),
        "level": QCoreApplication.translate("InvitationDisplay", "Level of representation"),
        "credentials": QCoreApplication.translate("InvitationDisplay", "Credentials"),
        "credentials_signed_by": QCoreApplication.translate(
            "InvitationDisplay", "Credentials signed by"
        ),
        "credentials_date": QCoreApplication.translate("InvitationDisplay", "Credentials dated"),
        "delegation": QCoreApplication.translate("InvitationDisplay", "Delegation"),
        "sources": QCoreApplication.translate("InvitationDisplay", "Sources"),
        "attachments": QCoreApplication.translate("InvitationDisplay", "Attachments"),
    }
    return names.get(name, name)


def value_text(field: str, value: str | None, subject: str = "invitation") -> str:
    """An audited value as text: enum words translated, dates in the locale, blanks as a dash."""
    if value is None or value == "":
        return "—"
    kind = _FIELD_ENUMS.get(field)
    if field == "channel" and subject == "reply":
        kind = IncomingChannel
    if kind is not None:
        try:
            return enum_text(kind(value))
        except ValueError:
            return value
    if field.endswith(("_on", "_date")):
        try:
            return long_date(date.fromisoformat(value))
        except ValueError:
            return value
    if field == "delegation":
        modes = {mode.value: enum_text(mode) for mode in AttendanceMode}
        head = QCoreApplication.translate("InvitationDisplay", "head of delegation")
        lines = []
        for line in value.splitlines():
            parts = [modes.get(p, head if p == "head" else p) for p in line.split(" — ")]
            lines.append(" — ".join(parts))
        return "\n".join(lines)
    if field == "sources":
        channels = {channel.value: enum_text(channel) for channel in IncomingChannel}
        lines = []
        for line in value.splitlines():
            day, _, rest = line.partition(" ")
            channel, _, reference = rest.partition(" ")
            with contextlib.suppress(ValueError):
                day = long_date(date.fromisoformat(day))
            parts = (day, channels.get(channel, channel), reference)
            lines.append(" ".join(p for p in parts if p))
        return "\n".join(lines)
    return value


def history_text(entry: HistoryEntry) -> str:
    """One line of an invitation's history, in the interface language."""
    if entry.subject == "invitation":
        if entry.action.value == "create":
            return QCoreApplication.translate("InvitationDisplay", "Invitation recorded")
        if entry.action.value == "delete":
            return QCoreApplication.translate("InvitationDisplay", "Invitation deleted")
        if entry.field == "reply":
            if entry.new_value:
                return QCoreApplication.translate("InvitationDisplay", "Reply logged")
            return QCoreApplication.translate("InvitationDisplay", "Reply deleted")
    else:
        if entry.action.value == "create":
            return QCoreApplication.translate("InvitationDisplay", "Reply created")
        if entry.action.value == "delete":
            return QCoreApplication.translate(
                "InvitationDisplay", "Reply deleted: {summary}"
            ).format(summary=entry.old_value or "")
        if entry.field == "attachments":
            if entry.new_value:
                return QCoreApplication.translate(
                    "InvitationDisplay", "File attached: {name}"
                ).format(name=entry.new_value)
            return QCoreApplication.translate(
                "InvitationDisplay", "Attachment removed: {name}"
            ).format(name=entry.old_value or "")
    name = field_name(entry.subject, entry.field or "")
    old = value_text(entry.field or "", entry.old_value, entry.subject)
    new = value_text(entry.field or "", entry.new_value, entry.subject)
    if "\n" in old or "\n" in new:
        return QCoreApplication.translate("InvitationDisplay", "{field}:\n{old}\n→\n{new}").format(
            field=name, old=old, new=new
        )
    return QCoreApplication.translate("InvitationDisplay", "{field}: {old} → {new}").format(
        field=name, old=old, new=new
    )


def reason_text(reason: str | None) -> str:
    """Reasons the application writes itself are translated; an officer's own stay as typed."""
    from liaison_app.services import invitations

    known = {
        invitations.REASON_DEADLINE_PASSED: QCoreApplication.translate(
            "InvitationDisplay", "The reply deadline passed without a reply."
        ),
        invitations.REASON_DEADLINE_MOVED: QCoreApplication.translate(
            "InvitationDisplay", "The reply deadline was moved: the invitation is waiting again."
        ),
        "The reply was deleted.": QCoreApplication.translate(
            "InvitationDisplay", "The reply was deleted."
        ),
        "Reminder sent.": QCoreApplication.translate("InvitationDisplay", "Reminder sent."),
        invitations.REASON_FROM_RECORD: QCoreApplication.translate(
            "InvitationDisplay", "From the record: it was written before the audit trail."
        ),
    }
    if reason is None:
        return ""
    if reason.startswith("Second source: "):
        return QCoreApplication.translate("InvitationDisplay", "Second source of the reply")
    return known.get(reason, reason)

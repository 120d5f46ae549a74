"""How speaking values read in the window: enum words, times, colours of levels and conflicts."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QLabel

from liaison_app.domain.enums import AttendanceMode, LevelOfRepresentation, SpeakingRequestStatus
from liaison_app.services import labels
from liaison_app.ui.language import current_language, is_right_to_left

#: Conflicts: a dark red readable on light and dark palettes.
CONFLICT_COLOR = "#b3261e"
#: A card placed by hand: an amber edge, so the officer sees which places people chose.
MANUAL_COLOR = "#b26a00"
REMOTE_COLOR = "#2e7d32"
#: One colour per level, darker for higher ranks, on the card's leading edge.
LEVEL_COLORS: dict[LevelOfRepresentation, str] = {
    LevelOfRepresentation.HEAD_OF_STATE: "#4a148c",
    LevelOfRepresentation.VICE_PRESIDENT_OR_CROWN_PRINCE: "#6a1b9a",
    LevelOfRepresentation.HEAD_OF_GOVERNMENT: "#283593",
    LevelOfRepresentation.DEPUTY_PRIME_MINISTER: "#1565c0",
    LevelOfRepresentation.MINISTER: "#1976d2",
    LevelOfRepresentation.VICE_MINISTER: "#0288d1",
    LevelOfRepresentation.AMBASSADOR: "#00838f",
    LevelOfRepresentation.SENIOR_OFFICIAL: "#558b2f",
    LevelOfRepresentation.OTHER: "#757575",
}
STATUS_COLORS: dict[SpeakingRequestStatus, str] = {
    SpeakingRequestStatus.REQUESTED: "#5b8def",
    SpeakingRequestStatus.SCHEDULED: "#1976d2",
    SpeakingRequestStatus.CONFIRMED: "#2e7d32",
    SpeakingRequestStatus.WAITLISTED: "#e0a32e",
    SpeakingRequestStatus.WITHDRAWN: "#9e9e9e",
    SpeakingRequestStatus.DECLINED: "#9e9e9e",
}

# First-strong isolate: a time or a code keeps its own order inside an Arabic sentence.
FSI, PDI = "\u2068", "\u2069"


def isolate(text: str) -> str:
    return f"{FSI}{text}{PDI}" if text and is_right_to_left(current_language()) else text


def enum_text(value: StrEnum | None) -> str:
    return labels.label(value, current_language()) if value is not None else ""


def mode_text(mode: AttendanceMode) -> str:
    return enum_text(mode)


def hhmm(moment: datetime | None) -> str:
    return isolate(moment.strftime("%H:%M")) if moment is not None else ""


def received_text(moment: datetime | None) -> str:
    """A receipt time in this computer's time zone, to the minute: 2022-04-02 10:14."""
    if moment is None:
        return ""
    return isolate(moment.astimezone().strftime("%Y-%m-%d %H:%M"))


def level_color(level: LevelOfRepresentation) -> QColor:
    return QColor(LEVEL_COLORS[level])


def align_to_start(*labels: QLabel) -> None:
    """Align text at the start of the reading direction whatever its own script: a Latin name
    in the Arabic interface stands at the right like the Arabic text around it (Qt would align
    a left-to-right paragraph to the left)."""
    side = (
        Qt.AlignmentFlag.AlignRight
        if is_right_to_left(current_language())
        else (Qt.AlignmentFlag.AlignLeft)
    )
    for label in labels:
        label.setAlignment(side | Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignVCenter)

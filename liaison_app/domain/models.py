"""Every entity in one import, so the metadata is complete wherever it is needed."""

from liaison_app.domain.base import Base
from liaison_app.domain.correspondence import (
    Circular,
    DelegationMember,
    Invitation,
    Reply,
    ReplyAttachment,
    ReplySource,
)
from liaison_app.domain.directory import Contact, MemberState, Organization
from liaison_app.domain.events import Event, EventPhase, Session
from liaison_app.domain.letters import Letter, LetterPack, LetterTemplate
from liaison_app.domain.partnerships import PartnershipInquiry, PartnershipPackage
from liaison_app.domain.records import AuditEntry, ImportBatch, SavedMapping, Setting
from liaison_app.domain.speaking import SessionPreference, SpeakingRequest

__all__ = [
    "AuditEntry",
    "Base",
    "Circular",
    "Contact",
    "DelegationMember",
    "Event",
    "EventPhase",
    "ImportBatch",
    "Invitation",
    "Letter",
    "LetterPack",
    "LetterTemplate",
    "MemberState",
    "Organization",
    "PartnershipInquiry",
    "PartnershipPackage",
    "Reply",
    "ReplyAttachment",
    "ReplySource",
    "SavedMapping",
    "Session",
    "SessionPreference",
    "Setting",
    "SpeakingRequest",
]

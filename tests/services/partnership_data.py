"""Test data for partnerships: the WSIS Forum 2022, its five packages and a few inquiries."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from liaison_app.domain.enums import InquirySource, OrganizationType
from liaison_app.domain.models import Contact, Event, Organization
from liaison_app.services import partnerships
from liaison_app.storage.database import Database

PACKAGES = (
    # code, tier, English name, Arabic name, amount (CHF), places
    ("PLAT", 1, "Strategic Partner Platinum", "شريك استراتيجي بلاتيني", "150000", 1),
    ("GOLD", 2, "Strategic Partner Gold", "شريك استراتيجي ذهبي", "100000", 2),
    ("PART", 3, "Partner", "شريك", "50000", 4),
    ("CONTRIB", 4, "Contributing Partner", "شريك مساهم", "25000", None),
    ("ACT", 5, "Partner for specific activities", "شريك لأنشطة محددة", "10000", None),
)


@dataclass
class Forum:
    event_id: uuid.UUID
    packages: dict[str, uuid.UUID] = field(default_factory=dict)
    organizations: dict[str, uuid.UUID] = field(default_factory=dict)
    contacts: dict[str, uuid.UUID] = field(default_factory=dict)
    inquiries: dict[str, uuid.UUID] = field(default_factory=dict)


def make_forum(database: Database, *, with_packages: bool = True) -> Forum:
    """The event, its packages (CHF) and two organizations of the directory with a contact."""
    with database.writing() as session:
        event = Event(
            reference="WSIS-2022",
            titles={"en": "WSIS Forum 2022", "ar": "منتدى القمة العالمية لمجتمع المعلومات 2022"},
            starts_on=date(2022, 5, 30),
            ends_on=date(2022, 6, 3),
        )
        session.add(event)
        session.flush()
        forum = Forum(event.id)
        for name, kind in (
            ("Ministry of Communications and Information Technology", OrganizationType.MINISTRY),
            ("Geneva Telecom SA", OrganizationType.COMPANY),
        ):
            org = Organization(name=name, type=kind)
            session.add(org)
            session.flush()
            forum.organizations[name] = org.id
        contact = Contact(
            full_name="Amina Haddad",
            organization_id=forum.organizations["Geneva Telecom SA"],
        )
        session.add(contact)
        session.flush()
        forum.contacts["Amina Haddad"] = contact.id
        if with_packages:
            for code, tier, en, ar, amount, places in PACKAGES:
                package = partnerships.create_package(
                    session,
                    event.id,
                    code=code,
                    tier=tier,
                    names={"en": en, "ar": ar},
                    amount=Decimal(amount),
                    currency="CHF",
                    benefits={"en": "Logo on the Forum website"},
                    quantity_available=places,
                    actor="officer",
                )
                forum.packages[code] = package.id
    return forum


def add_inquiry(
    database: Database,
    forum: Forum,
    key: str,
    *,
    received_on: date = date(2022, 3, 25),
    package: str | None = None,
    amount: str | None = None,
    currency: str | None = None,
    follow_up: date | None = None,
    organization: str | None = None,
    source: InquirySource = InquirySource.EMAIL,
) -> uuid.UUID:
    """An inquiry from `organization` (a directory name) or, when None, typed as `key`."""
    with database.writing() as session:
        inquiry = partnerships.create_inquiry(
            session,
            forum.event_id,
            organization_id=forum.organizations[organization] if organization else None,
            organization_name=None if organization else key,
            package_id=forum.packages[package] if package else None,
            source=source,
            received_on=received_on,
            amount=Decimal(amount) if amount else None,
            currency=currency,
            next_follow_up_on=follow_up,
            actor="officer",
        )
    forum.inquiries[key] = inquiry.id
    return inquiry.id


def make_pipeline(database: Database) -> Forum:
    """The forum with seven inquiries in CHF, USD and EUR, most still at the first stage."""
    forum = make_forum(database)
    add_inquiry(database, forum, "Telecom", organization="Geneva Telecom SA", package="PLAT",
                follow_up=date(2022, 4, 13))  # fmt: skip
    add_inquiry(database, forum, "Ministry", package="GOLD",
                organization="Ministry of Communications and Information Technology",
                follow_up=date(2022, 4, 14))  # fmt: skip
    add_inquiry(database, forum, "Université de Genève", package="ACT", amount="12000",
                currency="CHF", follow_up=date(2022, 4, 20))  # fmt: skip
    add_inquiry(database, forum, "Global Connectivity Fund", amount="80000", currency="USD",
                follow_up=date(2022, 4, 1))  # fmt: skip
    add_inquiry(database, forum, "Открытые сети", package="CONTRIB", amount="20000",
                currency="EUR", follow_up=date(2022, 5, 2))  # fmt: skip
    add_inquiry(database, forum, "数字丝路研究院", amount="30000", currency="USD")
    add_inquiry(database, forum, "جمعية الإنترنت", package="PART", follow_up=date(2022, 4, 14))
    return forum

"""What every opened database needs before use: the reference list of Member States."""

from __future__ import annotations

from sqlalchemy import func, select

from liaison_app.domain.models import MemberState
from liaison_app.domain.reference import load_member_states
from liaison_app.storage.database import Database


def seed_member_states(database: Database) -> int:
    """Insert the 193 Member States when the table is empty; return how many were added."""
    with database.writing() as session:
        if session.scalar(select(func.count()).select_from(MemberState)):
            return 0
        for record in load_member_states():
            values = {
                "iso_alpha2": record.iso_alpha2,
                "iso_alpha3": record.iso_alpha3,
                "iso_numeric": record.iso_numeric,
                "itu_code": record.itu_code,
                "region": record.region,
                "subregion": record.subregion,
                "correspondence_language": record.correspondence_language,
            }
            for language, name in record.short_names.items():
                values[f"short_name_{language}"] = name
            for language, name in record.formal_names.items():
                values[f"formal_name_{language}"] = name
            session.add(MemberState(**values))
        return len(load_member_states())


def prepare_database(database: Database) -> None:
    seed_member_states(database)

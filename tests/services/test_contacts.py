"""Contacts service: checked writes with audit, delete and undo, and the view's query in SQL."""

from __future__ import annotations

import uuid

import pytest
from sqlalchemy import event, func, or_, select, text

from liaison_app.domain.enums import (
    AuditAction,
    FormOfAddress,
    Gender,
    LevelOfRepresentation,
    OrganizationType,
    Region,
)
from liaison_app.domain.models import Contact, Letter, MemberState, Organization
from liaison_app.services.audit import history
from liaison_app.services.contacts import (
    ContactFilters,
    ContactInvalid,
    SortKey,
    contact_rows,
    contact_values,
    count_contacts,
    create_contact,
    delete_contacts,
    query_contact_ids,
    query_contact_keys,
    query_contacts,
    query_first_page,
    restore_contacts,
    update_contact,
)


def _state(session, alpha3):
    return session.scalar(select(MemberState).where(MemberState.iso_alpha3 == alpha3))


@pytest.fixture
def people(database):
    """Five contacts across scripts, states and organization types."""
    with database.writing() as session:
        jordan, france, china, russia = (
            _state(session, code) for code in ("JOR", "FRA", "CHN", "RUS")
        )
        ministry = Organization(
            name="وزارة الاقتصاد الرقمي والريادة",
            name_latin="Ministry of Digital Economy",
            type=OrganizationType.MINISTRY,
            member_state_id=jordan.id,
        )
        mission = Organization(
            name="Mission permanente de la France",
            type=OrganizationType.PERMANENT_MISSION,
            member_state_id=france.id,
        )
        session.add_all([ministry, mission])
        session.flush()
        ids = {}
        for key, values in {
            "ahmad": {
                "form_of_address": "السيد",
                "full_name": "أَحمد الخالدي",
                "full_name_latin": "Ahmad Al-Khalidi",
                "position": "وزير الاقتصاد الرقمي",
                "level": "Minister",
                "organization_id": ministry.id,
                "member_state_id": jordan.id,
                "email": "a.khalidi@modee.gov.jo",
                "phone": "06 200 1234",
            },
            "perez": {
                "form_of_address": "M.",
                "full_name": "José Pérez",
                "position": "Ambassadeur, Représentant permanent",
                "level": "Ambassador",
                "organization_id": mission.id,
                "member_state_id": france.id,
                "email": "jose.perez@diplomatie.gouv.fr",
            },
            "wang": {
                "full_name": "王小明",
                "full_name_latin": "Wang Xiaoming",
                "level": "Vice-Minister",
                "member_state_id": china.id,
                "preferred_language": "zh",
            },
            "fedorova": {
                "form_of_address": "г-жа",
                "full_name": "Анна Фёдорова",
                "member_state_id": russia.id,
            },
            "zoe": {"full_name": "zoë adams", "preferred_language": "en-GB"},
        }.items():
            ids[key] = create_contact(session, values, actor="officer").id
    return ids


def test_create_checks_normalises_and_audits(database, people):
    with database.reading() as session:
        ahmad = session.get(Contact, people["ahmad"])
        assert ahmad.form_of_address is FormOfAddress.MR
        assert ahmad.gender is Gender.MALE
        assert ahmad.level is LevelOfRepresentation.MINISTER
        assert ahmad.phone == "+96262001234"  # national number read as Jordanian
        assert "الخالدي" in ahmad.search_text
        assert "ahmad al-khalidi" in ahmad.search_text
        assert [e.action for e in history(session, "contacts", ahmad.id)] == [AuditAction.CREATE]
        assert session.get(Contact, people["fedorova"]).gender is Gender.FEMALE


def test_create_refuses_with_a_reason_per_field(database):
    with pytest.raises(ContactInvalid) as caught, database.writing() as session:
        create_contact(session, {"full_name": "", "email": "not-an-address", "phone": "12"})
    assert set(caught.value.problems) == {"full_name", "email", "phone"}
    with database.reading() as session:
        assert session.scalar(select(Contact.id)) is None


def test_update_audits_each_changed_field_and_refreshes_search(database, people):
    with database.writing() as session:
        made = update_contact(
            session,
            people["perez"],
            {"position": "Ministre des Télécommunications", "level": "minister", "email": None},
            actor="officer",
        )
    assert set(made) == {"position", "level", "email"}
    with database.reading() as session:
        entries = history(session, "contacts", people["perez"])
        assert [(e.field, e.old_value, e.new_value) for e in entries[1:]] == [
            ("position", "Ambassadeur, Représentant permanent", "Ministre des Télécommunications"),
            ("level", "ambassador", "minister"),
            ("email", "jose.perez@diplomatie.gouv.fr", None),
        ]
        assert count_contacts(session, search="telecom") == 1
        assert count_contacts(session, search="diplomatie") == 0
    with pytest.raises(ContactInvalid), database.writing() as session:
        update_contact(session, people["perez"], {"full_name": "  "})


def test_search_as_you_type_across_scripts(database, people):
    with database.reading() as session:

        def found(text):
            return {row.id for row in query_contacts(session, search=text)}

        assert found("perez") == {people["perez"]}
        assert found("PÉREZ") == {people["perez"]}
        assert found("احمد") == {people["ahmad"]}  # no hamza, no harakat
        assert found("أحمد") == {people["ahmad"]}
        assert found("федорова") == {people["fedorova"]}
        assert found("王小") == {people["wang"]}
        assert found("ministry of digital") == {people["ahmad"]}  # the organization
        assert found("jordan") == {people["ahmad"]}  # the member state's name
        assert found("الأردن") == {people["ahmad"]}
        assert found("2001234") == {people["ahmad"]}  # phone digits
        assert found("zoe") == {people["zoe"]}
        assert found("perez france") == {people["perez"]}  # every word, any field
        assert found("100%") == set()  # LIKE wildcards are literal
        assert found("_") == set()
        assert len(found("")) == 5


def test_filters_and_sorting_in_sql(database, people):
    with database.reading() as session:
        jordan = _state(session, "JOR")

        def names(**kwargs):
            return [row.full_name for row in query_contacts(session, **kwargs)]

        assert names(filters=ContactFilters(member_state_ids=frozenset({jordan.id}))) == [
            "أَحمد الخالدي"
        ]
        assert set(names(filters=ContactFilters(regions=frozenset({Region.EUROPE})))) == {
            "José Pérez",
            "Анна Фёдорова",
        }
        levels = frozenset({LevelOfRepresentation.MINISTER, LevelOfRepresentation.VICE_MINISTER})
        assert set(names(filters=ContactFilters(levels=levels))) == {"أَحمد الخالدي", "王小明"}
        # Language: own preference, else the member state's language of correspondence.
        assert set(names(filters=ContactFilters(languages=frozenset({"en"})))) >= {"zoë adams"}
        assert names(filters=ContactFilters(languages=frozenset({"zh"}))) == ["王小明"]
        types = frozenset({OrganizationType.PERMANENT_MISSION})
        assert names(filters=ContactFilters(organization_types=types)) == ["José Pérez"]
        assert count_contacts(session, filters=ContactFilters(organization_types=types)) == 1

        by_level = names(sort_key=SortKey.LEVEL)
        assert by_level[:3] == ["أَحمد الخالدي", "王小明", "José Pérez"]  # protocol order
        assert set(by_level[3:]) == {"Анна Фёдорова", "zoë adams"}  # no level: last
        assert names(sort_key=SortKey.LEVEL, descending=True)[:3] == [
            "José Pérez",
            "王小明",
            "أَحمد الخالدي",
        ]
        assert names(sort_key=SortKey.FULL_NAME)[:2] == ["José Pérez", "zoë adams"]  # case-blind
        by_state = [
            row.member_state_name
            for row in query_contacts(session, sort_key=SortKey.MEMBER_STATE, language="fr")
        ]
        assert by_state == ["Chine", "Fédération de Russie", "France", "Jordanie", None]
        page = query_contacts(session, sort_key=SortKey.FULL_NAME, offset=1, limit=2)
        assert [row.full_name for row in page] == ["zoë adams", "Анна Фёдорова"]
        assert len(query_contact_ids(session, search="a")) == count_contacts(session, search="a")


def test_rows_carry_what_the_view_shows(database, people):
    with database.reading() as session:
        (row,) = query_contacts(session, search="khalidi", language="ar")
    assert row.member_state_name == "الأردن"
    assert row.member_state_alpha3 == "JOR"
    assert row.organization_name.startswith("وزارة")
    assert row.organization_type is OrganizationType.MINISTRY
    assert row.phone_display == "+962 6 200 1234"
    assert row.letter_language == "ar"
    assert row.level is LevelOfRepresentation.MINISTER


def test_delete_and_undo_restores_the_same_contacts_and_links(database, people):
    with database.writing() as session:
        letter_id = session.scalar(select(Letter.id))  # none in a fresh database
        assert letter_id is None
        before = contact_values(session.get(Contact, people["ahmad"]))
        snapshot = delete_contacts(session, [people["ahmad"], people["wang"]], actor="officer")
    assert len(snapshot) == 2
    with database.reading() as session:
        assert count_contacts(session) == 3
        assert [e.action for e in history(session, "contacts", people["ahmad"])][-1] is (
            AuditAction.DELETE
        )
    with database.writing() as session:
        assert restore_contacts(session, snapshot, actor="officer") == 2
    with database.reading() as session:
        assert count_contacts(session) == 5
        ahmad = session.get(Contact, people["ahmad"])
        assert contact_values(ahmad) == before
        assert ahmad.search_text
        assert count_contacts(session, search="احمد") == 1
    with database.writing() as session:  # undoing twice changes nothing
        assert restore_contacts(session, snapshot) == 0


@pytest.mark.parametrize("descending", [False, True])
@pytest.mark.parametrize("key", list(SortKey))
def test_keys_list_every_contact_in_the_view_order(database, people, key, descending):
    with database.reading() as session:
        shown = [
            row.id
            for row in query_contacts(session, sort_key=key, descending=descending, limit=None)
        ]
        keys = query_contact_keys(session, sort_key=key, descending=descending, language="fr")
        assert keys.ids() == [
            row.id for row in query_contacts(session, sort_key=key, descending=descending,
                                             language="fr")
        ]  # fmt: skip
        keys = query_contact_keys(session, sort_key=key, descending=descending)
        assert keys.ids() == shown
        # Any window of the list reads the same rows as the page at that offset.
        assert [row.id for row in contact_rows(session, keys.window(1, 4))] == shown[1:4]
        assert [
            row.id
            for row in query_contacts(
                session, sort_key=key, descending=descending, offset=1, limit=3
            )
        ] == shown[1:4]
    assert [keys.id_at(row) for row in range(len(keys))] == shown
    assert keys.index_of(shown[3]) == 3
    assert keys.index_of(uuid.uuid4()) == -1


def test_first_page_counts_only_when_it_cannot_hold_every_match(database, people):
    with database.reading() as session:
        count, rows = query_first_page(session, limit=2)
        assert count == 5
        assert [row.full_name for row in rows] == ["José Pérez", "zoë adams"]
        count, rows = query_first_page(session, search="a", limit=200)
        assert count == len(rows) == count_contacts(session, search="a")


def test_rows_of_deleted_contacts_are_left_out(database, people):
    with database.reading() as session:
        keys = query_contact_keys(session)
    with database.writing() as session:
        delete_contacts(session, [people["wang"]])
    with database.reading() as session:
        rows = contact_rows(session, keys, language="en")
    assert people["wang"] not in {row.id for row in rows}
    assert len(rows) == 4


def test_the_view_orders_and_counts_on_contacts_alone(database, people):
    """Organizations and member states are joined for the rows of a page only, after the page
    is cut: joining every match first cost 150–380 ms a keystroke on 100,000 contacts."""
    statements: list[str] = []

    def remember(_conn, _cursor, statement, *_args):
        statements.append(" ".join(statement.split()))

    event.listen(database.engine, "before_cursor_execute", remember)
    try:
        with database.reading() as session:
            for key in SortKey:
                query_first_page(session, search="a", sort_key=key, limit=2)
                query_contact_keys(session, search="a", sort_key=key)
    finally:
        event.remove(database.engine, "before_cursor_execute", remember)
    ordering = [s for s in statements if "ORDER BY" in s or "count(" in s]
    assert ordering
    assert not [s for s in ordering if " JOIN " in s]
    joined = [s for s in statements if " JOIN " in s]
    assert joined
    assert all("ORDER BY" not in s and " IN (" in s for s in joined)


def test_a_search_by_name_reads_the_narrow_index_only(database, people):
    """The plan SQLite chooses for the count and the first page of a search: the covering
    index on (search_text, member_state_id, id), never the wide table."""
    with database.reading() as session:
        states = session.scalars(select(MemberState.id).limit(3)).all()
        compiled = []
        for statement in (
            select(func.count())
            .select_from(Contact)
            .where(or_(Contact.search_text.like("%per%"), Contact.member_state_id.in_(states))),
            select(Contact.id)
            .where(Contact.search_text.like("%per%"))
            .order_by(Contact.search_text, Contact.id)
            .limit(200),
        ):
            sql = statement.compile(session.get_bind(), compile_kwargs={"literal_binds": True})
            compiled.append(str(sql))
        for sql in compiled:
            plan = " ".join(
                row[-1] for row in session.execute(text(f"EXPLAIN QUERY PLAN {sql}")).all()
            )
            assert "COVERING INDEX ix_contacts_search_text" in plan, plan

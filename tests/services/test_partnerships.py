"""Partnership service: packages, inquiries, audited stage moves, totals, follow-ups."""

from __future__ import annotations

import uuid
from datetime import date, timedelta
from decimal import Decimal

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from liaison_app.domain.enums import AuditAction, InquirySource
from liaison_app.domain.enums import PartnershipStage as S
from liaison_app.domain.models import (
    AuditEntry,
    Event,
    Letter,
    PartnershipInquiry,
    PartnershipPackage,
)
from liaison_app.domain.partnership_rules import (
    ALL_STAGES,
    COMMITTED_STAGES,
    MoveKind,
    classify_move,
)
from liaison_app.errors import UserError
from liaison_app.services import partnerships as p
from liaison_app.services.audit import history
from tests.services.partnership_data import add_inquiry, make_forum, make_pipeline

TODAY = date(2022, 4, 14)


def _move(database, inquiry_id, stage, **kwargs):
    kwargs.setdefault("on", TODAY)
    with database.writing() as session:
        inquiry = session.get(PartnershipInquiry, inquiry_id)
        return p.move_stage(session, inquiry, stage, actor="officer", **kwargs)


def _inquiry(database, inquiry_id) -> PartnershipInquiry:
    with database.reading() as session:
        return p.get_inquiry(session, inquiry_id)


def _entries(database, inquiry_id) -> list[AuditEntry]:
    with database.reading() as session:
        return history(session, "partnership_inquiries", inquiry_id)


# -- Packages ----------------------------------------------------------------------------------


def test_packages_are_listed_by_tier_with_their_places(database):
    forum = make_forum(database)
    with database.reading() as session:
        packages = p.list_packages(session, forum.event_id)
        free = p.package_availabilities(session, forum.event_id)
    assert [package.code for package in packages] == ["PLAT", "GOLD", "PART", "CONTRIB", "ACT"]
    assert packages[0].name("ar") == "شريك استراتيجي بلاتيني"
    assert packages[0].name("fr") == "Strategic Partner Platinum"  # English when untranslated
    assert free[forum.packages["PLAT"]].remaining == 1
    assert free[forum.packages["ACT"]].remaining is None


def test_package_problems_are_reported_field_by_field(database):
    forum = make_forum(database)
    with database.reading() as session:
        _, problems = p.validate_package(
            session,
            forum.event_id,
            {"code": "plat", "names": {"en": "  "}, "amount": "-5", "currency": "FRF"},
        )
    assert set(problems) == {"code", "names", "amount", "currency"}
    assert "already has a package" in str(problems["code"])
    assert "FRF is not an ISO 4217 currency" in str(problems["currency"])
    with pytest.raises(UserError), database.writing() as session:
        p.create_package(session, forum.event_id, code="X", names={}, amount=1, currency="CHF")
    with database.reading() as session:
        assert len(p.list_packages(session, forum.event_id)) == 5


def test_a_package_cannot_offer_fewer_places_than_are_committed(database):
    forum = make_forum(database)
    inquiry = add_inquiry(database, forum, "Telecom", package="GOLD")
    _move(database, inquiry, S.COMMITTED, confirmed_jump=True)
    with pytest.raises(UserError, match="1 partners already hold a place"):  # noqa: SIM117
        with database.writing() as session:
            package = session.get(PartnershipPackage, forum.packages["GOLD"])
            p.update_package(session, package, {"quantity_available": 0})
    with database.writing() as session:
        package = session.get(PartnershipPackage, forum.packages["GOLD"])
        made = p.update_package(session, package, {"quantity_available": 1, "tier": 2})
    assert made == {"quantity_available": (2, 1)}


def test_a_package_named_by_inquiries_cannot_be_deleted(database):
    forum = make_forum(database)
    add_inquiry(database, forum, "Telecom", package="GOLD")
    with pytest.raises(UserError, match="1 inquiries name this package"):  # noqa: SIM117
        with database.writing() as session:
            p.delete_package(session, session.get(PartnershipPackage, forum.packages["GOLD"]))
    with database.writing() as session:
        p.delete_package(session, session.get(PartnershipPackage, forum.packages["ACT"]))
    with database.reading() as session:
        assert [x.code for x in p.list_packages(session, forum.event_id)] == [
            "PLAT",
            "GOLD",
            "PART",
            "CONTRIB",
        ]


# -- Inquiries ---------------------------------------------------------------------------------


def test_a_new_inquiry_starts_at_inquiry_on_the_day_it_arrived(database):
    forum = make_forum(database)
    inquiry_id = add_inquiry(
        database, forum, "Telecom", organization="Geneva Telecom SA", package="PLAT"
    )
    inquiry = _inquiry(database, inquiry_id)
    assert inquiry.stage is S.INQUIRY
    assert inquiry.stage_changed_on == date(2022, 3, 25)
    assert p.organization_label(inquiry) == "Geneva Telecom SA"
    assert p.value_of(inquiry) == (Decimal("150000.00"), "CHF")  # the package's, until agreed
    assert [e.action for e in _entries(database, inquiry_id)] == [AuditAction.CREATE]


def test_inquiry_problems_are_reported_field_by_field(database):
    forum = make_forum(database)
    other = make_forum_event(database)
    with database.reading() as session:
        _, problems = p.validate_inquiry(
            session,
            forum.event_id,
            {
                "organization_name": "   ",
                "source": "fax",
                "received_on": date(2022, 4, 1),
                "amount": "12.345",
                "next_follow_up_on": date(2022, 3, 1),
                "package_id": other,
            },
        )
    assert set(problems) == {"organization", "source", "amount", "next_follow_up_on", "package"}
    assert "at most two decimals" in str(problems["amount"])


def make_forum_event(database) -> uuid.UUID:
    """A package of another event."""
    with database.writing() as session:
        event = Event(reference="OTHER", starts_on=date(2023, 1, 1), ends_on=date(2023, 1, 2))
        session.add(event)
        session.flush()
        package = p.create_package(
            session, event.id, code="P", names={"en": "P"}, amount=1, currency="USD"
        )
    return package.id


def test_an_amount_needs_a_currency_and_currencies_are_iso_4217(database):
    forum = make_forum(database)
    with database.reading() as session:
        _, problems = p.validate_inquiry(
            session,
            forum.event_id,
            {"organization_name": "X", "source": "email", "received_on": TODAY, "amount": "10"},
        )
        assert "Enter the currency" in str(problems["currency"])
        clean, problems = p.validate_inquiry(
            session,
            forum.event_id,
            {
                "organization_name": "X",
                "source": InquirySource.PHONE,
                "received_on": TODAY,
                "amount": "10",
                "currency": " usd ",
            },
        )
    assert problems == {}
    assert clean["currency"] == "USD"
    assert clean["amount"] == Decimal("10.00")


def test_editing_an_inquiry_is_audited_and_cannot_touch_the_stage(database):
    forum = make_forum(database)
    inquiry_id = add_inquiry(database, forum, "Telecom")
    with database.writing() as session:
        inquiry = session.get(PartnershipInquiry, inquiry_id)
        made = p.update_inquiry(
            session,
            inquiry,
            {"next_follow_up_on": date(2022, 4, 20), "notes": "Call after Easter"},
            actor="officer",
        )
    assert set(made) == {"next_follow_up_on", "notes"}
    with pytest.raises(ValueError, match="move_stage"), database.writing() as session:
        p.update_inquiry(session, session.get(PartnershipInquiry, inquiry_id), {"stage": S.PAID})
    entries = _entries(database, inquiry_id)
    assert {e.field for e in entries if e.action is AuditAction.UPDATE} == {
        "next_follow_up_on",
        "notes",
    }


def test_correcting_the_received_date_of_an_unmoved_inquiry_moves_its_stage_date(database):
    forum = make_forum(database)
    inquiry_id = add_inquiry(database, forum, "Telecom", received_on=date(2022, 3, 25))
    with database.writing() as session:
        inquiry = session.get(PartnershipInquiry, inquiry_id)
        p.update_inquiry(session, inquiry, {"received_on": date(2022, 3, 28)})
    assert _inquiry(database, inquiry_id).stage_changed_on == date(2022, 3, 28)


def test_a_deleted_inquiry_comes_back_with_its_history(database):
    forum = make_forum(database)
    inquiry_id = add_inquiry(database, forum, "Telecom", package="PART")
    _move(database, inquiry_id, S.INFORMATION_SENT)
    with database.writing() as session:
        snapshot = p.delete_inquiry(session, session.get(PartnershipInquiry, inquiry_id))
    with database.reading() as session:
        assert p.list_inquiries(session, forum.event_id) == []
    with database.writing() as session:
        p.restore_inquiry(session, snapshot)
    restored = _inquiry(database, inquiry_id)
    assert restored.stage is S.INFORMATION_SENT
    assert restored.package.code == "PART"
    actions = [e.action for e in _entries(database, inquiry_id)]
    assert actions[0] is AuditAction.CREATE
    assert AuditAction.DELETE in actions
    assert actions[-1] is AuditAction.CREATE


def test_an_undone_inquiry_gets_its_letter_back_but_not_without_its_organization(database):
    forum = make_forum(database)
    inquiry_id = add_inquiry(database, forum, "Telecom")
    with database.writing() as session:
        letter = Letter(
            reference="PART-22/001",
            kind="partnership_acknowledgement",
            language="en",
            partnership_inquiry_id=inquiry_id,
            recipient="Telecom",
            sha256="0" * 64,
        )
        session.add(letter)
        session.flush()
        letter_id = letter.id
    with database.writing() as session:
        deleted = p.delete_inquiry(session, session.get(PartnershipInquiry, inquiry_id))
    with database.writing() as session:
        assert p.restore_inquiry(session, deleted) == inquiry_id
    with database.reading() as session:
        assert session.get(Letter, letter_id).partnership_inquiry_id == inquiry_id
    # Deleted again; as if its organization had been deleted since: the undo is refused.
    with database.writing() as session:
        deleted = p.delete_inquiry(session, session.get(PartnershipInquiry, inquiry_id))
    deleted.rows[0]["organization_id"] = uuid.uuid4()
    with pytest.raises(UserError, match="cannot be put back"), database.writing() as session:
        p.restore_inquiry(session, deleted)
    with database.reading() as session:
        assert session.get(PartnershipInquiry, inquiry_id) is None


# -- Stage moves -------------------------------------------------------------------------------


def test_a_stage_move_is_dated_and_audited(database):
    forum = make_forum(database)
    inquiry_id = add_inquiry(database, forum, "Telecom")
    verdict = _move(database, inquiry_id, S.INFORMATION_SENT, on=date(2022, 3, 28))
    assert verdict.kind is MoveKind.ORDINARY
    inquiry = _inquiry(database, inquiry_id)
    assert inquiry.stage is S.INFORMATION_SENT
    assert inquiry.stage_changed_on == date(2022, 3, 28)
    by_field = {e.field: (e.old_value, e.new_value) for e in _entries(database, inquiry_id)[1:]}
    assert by_field == {
        "stage": ("inquiry", "information_sent"),
        "stage_changed_on": ("2022-03-25", "2022-03-28"),
    }
    with database.reading() as session:
        changes = p.stage_history(session, inquiry)
    assert [(c.from_stage, c.to_stage, c.on, c.actor) for c in changes] == [
        (S.INQUIRY, S.INFORMATION_SENT, date(2022, 3, 28), "officer")
    ]


def test_no_jump_from_inquiry_to_paid_without_the_officer_confirming(database):
    forum = make_forum(database)
    inquiry_id = add_inquiry(database, forum, "Fund", amount="80000", currency="USD")
    with pytest.raises(p.JumpNotConfirmed) as raised:
        _move(database, inquiry_id, S.PAID)
    assert raised.value.verdict.skipped[0] is S.INFORMATION_SENT
    assert _inquiry(database, inquiry_id).stage is S.INQUIRY
    assert len(_entries(database, inquiry_id)) == 1  # nothing but the creation

    verdict = _move(database, inquiry_id, S.PAID, confirmed_jump=True)
    assert verdict.kind is MoveKind.NEEDS_CONFIRMATION
    assert _inquiry(database, inquiry_id).stage is S.PAID
    stage_entry = next(e for e in _entries(database, inquiry_id) if e.field == "stage")
    assert stage_entry.reason == "confirmed by the officer"


def test_a_paid_inquiry_moves_only_through_an_explicit_reopen(database):
    forum = make_forum(database)
    inquiry_id = add_inquiry(database, forum, "Fund", amount="80000", currency="USD")
    _move(database, inquiry_id, S.PAID, confirmed_jump=True)
    for target in (S.AGREEMENT_SIGNED, S.DECLINED, S.INQUIRY):
        with pytest.raises(p.MoveRefused, match="reopen it"):
            _move(database, inquiry_id, target, confirmed_jump=True)
    assert _inquiry(database, inquiry_id).stage is S.PAID
    with pytest.raises(p.MoveRefused):
        _move(database, inquiry_id, S.WITHDRAWN, reopen=True)
    _move(database, inquiry_id, S.AGREEMENT_SIGNED, reopen=True, reason="payment bounced")
    assert _inquiry(database, inquiry_id).stage is S.AGREEMENT_SIGNED
    with database.reading() as session:
        last = p.stage_history(session, _inquiry(database, inquiry_id))[-1]
    assert (last.from_stage, last.to_stage, last.reason) == (
        S.PAID,
        S.AGREEMENT_SIGNED,
        "payment bounced",
    )


def test_commitment_takes_the_packages_amount_or_needs_one(database):
    forum = make_forum(database)
    with_package = add_inquiry(database, forum, "Telecom", package="GOLD")
    _move(database, with_package, S.COMMITTED, confirmed_jump=True)
    committed = _inquiry(database, with_package)
    assert (committed.amount, committed.currency) == (Decimal("100000.00"), "CHF")

    bare = add_inquiry(database, forum, "Unknown")
    _move(database, bare, S.INFORMATION_SENT)
    _move(database, bare, S.NEGOTIATION)
    with pytest.raises(p.AmountRequired):
        _move(database, bare, S.COMMITTED)
    assert _inquiry(database, bare).stage is S.NEGOTIATION


def test_a_stage_cannot_change_before_the_inquiry_arrived(database):
    forum = make_forum(database)
    inquiry_id = add_inquiry(database, forum, "Telecom", received_on=date(2022, 3, 25))
    with pytest.raises(UserError, match="before the inquiry was received"):
        _move(database, inquiry_id, S.INFORMATION_SENT, on=date(2022, 3, 24))


def test_a_sold_out_package_refuses_another_commitment_until_a_place_frees(database):
    forum = make_forum(database)
    first = add_inquiry(database, forum, "Telecom", package="PLAT")
    second = add_inquiry(database, forum, "Ministry", package="PLAT")
    _move(database, first, S.COMMITTED, confirmed_jump=True)
    with database.reading() as session:
        package = session.get(PartnershipPackage, forum.packages["PLAT"])
        assert p.package_availability(session, package).sold_out
    with pytest.raises(p.PackageSoldOut) as raised:
        _move(database, second, S.COMMITTED, confirmed_jump=True)
    assert raised.value.quantity == 1
    assert "Strategic Partner Platinum is sold out" in str(raised.value)
    assert _inquiry(database, second).stage is S.INQUIRY
    # Moving on within the committed stages keeps the same place.
    _move(database, first, S.AGREEMENT_SIGNED)
    _move(database, first, S.WITHDRAWN, on=date(2022, 4, 20))
    _move(database, second, S.COMMITTED, confirmed_jump=True, on=date(2022, 4, 21))
    assert _inquiry(database, second).stage is S.COMMITTED


def test_a_committed_inquiry_cannot_switch_to_a_sold_out_package(database):
    forum = make_forum(database)
    first = add_inquiry(database, forum, "Telecom", package="PLAT")
    second = add_inquiry(database, forum, "Ministry", package="GOLD")
    _move(database, first, S.COMMITTED, confirmed_jump=True)
    _move(database, second, S.COMMITTED, confirmed_jump=True)
    with pytest.raises(p.PackageSoldOut), database.writing() as session:
        inquiry = session.get(PartnershipInquiry, second)
        p.update_inquiry(session, inquiry, {"package_id": forum.packages["PLAT"]})


def test_the_audit_entries_roll_back_with_the_stage_change(database):
    forum = make_forum(database)
    inquiry_id = add_inquiry(database, forum, "Telecom")
    with pytest.raises(RuntimeError), database.writing() as session:
        inquiry = session.get(PartnershipInquiry, inquiry_id)
        p.move_stage(session, inquiry, S.INFORMATION_SENT, on=TODAY)
        raise RuntimeError("the window failed after the move")
    assert _inquiry(database, inquiry_id).stage is S.INQUIRY
    assert [e.action for e in _entries(database, inquiry_id)] == [AuditAction.CREATE]


moves = st.lists(
    st.tuples(
        st.sampled_from(ALL_STAGES),
        st.booleans(),  # the officer confirms
        st.booleans(),  # asks for a reopen
        st.integers(min_value=0, max_value=40),  # days after the previous move
    ),
    max_size=12,
)


@settings(
    max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(moves, st.booleans())
def test_random_move_sequences_keep_a_consistent_history(database, sequence, priced):
    forum = p_forum(database)
    inquiry_id = add_inquiry(
        database,
        forum,
        f"Org {uuid.uuid4()}",
        amount="1000" if priced else None,
        currency="EUR" if priced else None,
    )
    day = date(2022, 3, 25)
    expected = S.INQUIRY
    accepted = 0
    for target, confirm, reopen, gap in sequence:
        day += timedelta(days=gap)
        verdict = classify_move(expected, target, reopen=reopen)
        try:
            _move(database, inquiry_id, target, confirmed_jump=confirm, reopen=reopen, on=day)
        except p.AmountRequired:
            assert not priced
        except p.JumpNotConfirmed:
            assert verdict.kind is MoveKind.NEEDS_CONFIRMATION
            assert not confirm
        except p.MoveRefused:
            assert verdict.kind is MoveKind.REFUSED
        else:
            assert verdict.allowed
            if verdict.kind is not MoveKind.UNCHANGED:
                expected, accepted = target, accepted + 1
        assert _inquiry(database, inquiry_id).stage is expected

    inquiry = _inquiry(database, inquiry_id)
    with database.reading() as session:
        changes = p.stage_history(session, inquiry)
    assert len(changes) == accepted
    chain = [S.INQUIRY] + [c.to_stage for c in changes]
    assert [c.from_stage for c in changes] == chain[:-1]
    assert chain[-1] is inquiry.stage
    dates = [c.on for c in changes]
    assert dates == sorted(dates)
    if changes:
        assert changes[-1].on == inquiry.stage_changed_on


_FORUMS: dict[str, object] = {}


def p_forum(database):
    """One forum per test database (hypothesis reuses the function's fixture)."""
    key = str(database.url)
    if key not in _FORUMS:
        _FORUMS[key] = make_forum(database)
    return _FORUMS[key]


# -- Totals ------------------------------------------------------------------------------------


def test_totals_per_stage_and_currency_never_mix_currencies(database):
    forum = make_pipeline(database)
    _move(database, forum.inquiries["Telecom"], S.COMMITTED, confirmed_jump=True)
    with database.reading() as session:
        totals = p.pipeline_totals(session, forum.event_id)
    inquiry = totals.stages[S.INQUIRY]
    assert inquiry.count == 6
    assert inquiry.amounts == {
        "CHF": Decimal("100000") + Decimal("12000") + Decimal("50000"),
        "USD": Decimal("110000"),
        "EUR": Decimal("20000"),
    }
    assert totals.stages[S.COMMITTED].amounts == {"CHF": Decimal("150000")}
    assert totals.currencies == ("CHF", "EUR", "USD")
    assert totals.prospective_amounts()["CHF"] == Decimal("162000")
    assert totals.committed_amounts() == {"CHF": Decimal("150000")}
    assert totals.converted is None
    assert totals.converted_total() is None


def test_currencies_are_added_only_with_the_officers_rates(database):
    forum = make_pipeline(database)
    with database.reading() as session:
        with pytest.raises(UserError, match="No exchange rate for EUR to CHF"):
            p.pipeline_totals(session, forum.event_id, {"USD": Decimal("0.92")}, "CHF")
        with pytest.raises(UserError, match="which currency"):
            p.pipeline_totals(session, forum.event_id, {"USD": Decimal("0.92")})
        with pytest.raises(UserError, match="above zero"):
            p.pipeline_totals(session, forum.event_id, {"USD": 0, "EUR": 1}, "CHF")
        totals = p.pipeline_totals(
            session, forum.event_id, {"USD": Decimal("0.92"), "EUR": Decimal("1.03")}, "chf"
        )
    assert totals.target_currency == "CHF"
    # 312,000 CHF + 110,000 USD × 0.92 + 20,000 EUR × 1.03
    assert totals.converted[S.INQUIRY] == Decimal("312000") + Decimal("101200") + Decimal("20600")
    assert totals.converted_total() == Decimal("433800.00")
    assert totals.stages[S.INQUIRY].amounts["USD"] == Decimal("110000")  # still kept apart


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    st.lists(
        st.tuples(
            st.sampled_from(ALL_STAGES),
            st.one_of(st.none(), st.decimals(min_value=0, max_value=10**7, places=2)),
            st.sampled_from(["CHF", "USD", "EUR"]),
            st.sampled_from([None, "CONTRIB", "ACT"]),
        ),
        max_size=8,
    )
)
def test_totals_equal_the_sum_of_amounts_per_currency(database, inquiries):
    with database.writing() as session:
        event = Event(reference=str(uuid.uuid4())[:30], starts_on=TODAY, ends_on=TODAY)
        session.add(event)
        session.flush()
        contrib = p.create_package(
            session, event.id, code="C", names={"en": "C"}, amount=25000, currency="CHF"
        )
        act = p.create_package(
            session, event.id, code="A", names={"en": "A"}, amount=10000, currency="USD"
        )
    packages = {"CONTRIB": (contrib.id, contrib.amount, "CHF"), "ACT": (act.id, act.amount, "USD")}
    expected: dict[S, dict[str, Decimal]] = {stage: {} for stage in ALL_STAGES}
    for stage, amount, currency, package in inquiries:
        if amount is None and package is None and stage in COMMITTED_STAGES:
            package = "CONTRIB"  # a commitment always has a value
        with database.writing() as session:
            inquiry = p.create_inquiry(
                session,
                event.id,
                organization_name="Org",
                source="email",
                received_on=TODAY,
                amount=amount,
                currency=currency if amount is not None else None,
                package_id=packages[package][0] if package else None,
            )
            p.move_stage(session, inquiry, stage, confirmed_jump=True, on=TODAY)
        if amount is not None:
            value = (amount, currency)
        elif package is not None:
            value = (packages[package][1], packages[package][2])
        else:
            continue
        expected[stage][value[1]] = expected[stage].get(value[1], Decimal(0)) + value[0]
    with database.reading() as session:
        totals = p.pipeline_totals(session, event.id)
    for stage in ALL_STAGES:
        assert totals.stages[stage].amounts == expected[stage]
        assert totals.stages[stage].count == sum(1 for s, *_ in inquiries if s == stage)
    for currency in totals.currencies:
        assert totals.amounts()[currency] == sum(
            (expected[s].get(currency, Decimal(0)) for s in ALL_STAGES), Decimal(0)
        )


# -- Follow-ups --------------------------------------------------------------------------------


def _names(inquiries):
    return [p.organization_label(i) for i in inquiries]


def test_follow_ups_today_overdue_and_upcoming(database):
    forum = make_pipeline(database)
    with database.reading() as session:
        overdue, due_today, upcoming = p.follow_ups(session, forum.event_id, TODAY)
    assert _names(overdue) == ["Global Connectivity Fund", "Geneva Telecom SA"]
    assert _names(due_today) == [
        "Ministry of Communications and Information Technology",
        "جمعية الإنترنت",
    ]
    assert _names(upcoming) == ["Université de Genève", "Открытые сети"]
    with database.reading() as session:
        within_a_week = p.follow_ups(session, forum.event_id, TODAY, upcoming_days=7)
        unscheduled = p.open_without_follow_up(session, forum.event_id)
    assert _names(within_a_week.upcoming) == ["Université de Genève"]
    assert _names(unscheduled) == ["数字丝路研究院"]


def test_a_closed_inquiry_has_no_follow_up(database):
    forum = make_pipeline(database)
    _move(database, forum.inquiries["Telecom"], S.DECLINED)
    with database.reading() as session:
        overdue, _, _ = p.follow_ups(session, forum.event_id, TODAY)
    assert _names(overdue) == ["Global Connectivity Fund"]


@pytest.mark.parametrize(
    ("due", "today", "where"),
    [
        (date(2022, 4, 14), date(2022, 4, 14), "due_today"),
        (date(2022, 4, 13), date(2022, 4, 14), "overdue"),
        (date(2022, 4, 30), date(2022, 5, 1), "overdue"),
        (date(2022, 5, 1), date(2022, 4, 30), "upcoming"),
        (date(2022, 12, 31), date(2023, 1, 1), "overdue"),
        (date(2023, 1, 1), date(2022, 12, 31), "upcoming"),
        (date(2024, 2, 29), date(2024, 2, 29), "due_today"),
    ],
)
def test_follow_up_lists_across_month_and_year_ends(database, due, today, where):
    forum = make_forum(database)
    add_inquiry(database, forum, "Telecom", received_on=date(2022, 3, 1), follow_up=due)
    with database.reading() as session:
        lists = p.follow_ups(session, None, today)  # None: every event, as the dashboard asks
    assert {name: _names(getattr(lists, name)) for name in lists._fields} == {
        name: (["Telecom"] if name == where else []) for name in lists._fields
    }


# -- Money -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "CHF150,000.00"),
        ("fr", "150\u202f000,00\xa0CHF"),
        ("es", "150.000,00\xa0CHF"),
        ("ru", "150\xa0000,00\xa0CHF"),
        ("zh", "CHF150,000.00"),
        ("ar", "\u200f150,000.00\xa0CHF"),
    ],
)
def test_money_is_written_as_each_language_writes_it(language, text):
    assert p.format_money(Decimal("150000"), "CHF", language) == text


def test_arabic_money_names_the_currency_by_its_code():
    # CLDR's "US$" would read "$US" in right-to-left text; JPY keeps no decimals.
    assert p.format_money(Decimal("80000"), "USD", "ar") == "\u200f80,000.00\xa0USD"
    assert p.format_money(Decimal("80000"), "JPY", "ar") == "\u200f80,000\xa0JPY"


def test_currency_codes_are_checked_against_iso_4217():
    assert p.normalize_currency("chf") == "CHF"
    assert p.normalize_currency("") is None
    for bad in ("CH", "ZZZ", "DEM", "XXX"):
        with pytest.raises(UserError):
            p.normalize_currency(bad)
    choices = p.currency_choices()
    assert choices[:3] == ["CHF", "USD", "EUR"]
    assert len(choices) == len(set(choices)) > 100


def test_rounding_follows_the_currency():
    assert p.round_money(Decimal("10.505"), "CHF") == Decimal("10.50")
    assert p.round_money(Decimal("10.5"), "JPY") == Decimal("10")


def test_the_stage_rule_table_is_complete():
    assert {classify_move(a, b).kind for a in ALL_STAGES for b in ALL_STAGES} == set(MoveKind) - {
        MoveKind.REOPEN
    }


def test_rows_agree_with_the_inquiries_they_show(database):
    forum = make_pipeline(database)
    with database.reading() as session:
        rows = {r.id: r for r in p.inquiry_rows(session, forum.event_id, "ar")}
        inquiries = p.list_inquiries(session, forum.event_id)
    assert [i.id for i in inquiries] == list(rows)  # same order: newest first
    for inquiry in inquiries:
        assert rows[inquiry.id] == p.inquiry_row(inquiry, "ar")
    assert rows[forum.inquiries["Ministry"]].package == "شريك استراتيجي ذهبي"

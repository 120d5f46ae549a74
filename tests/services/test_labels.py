"""Every enumerated value and every export header has a word in each of the six languages."""

from __future__ import annotations

import pytest

from liaison_app.domain.enums import (
    FormOfAddress,
    IncomingChannel,
    InvitationStatus,
    OutgoingChannel,
    PartnershipStage,
    ReplyDecision,
)
from liaison_app.services.labels import ENUM_LABELS, HEADERS, LANGUAGES, header, label, yes_no
from liaison_app.services.partnership_labels import STAGE_LABELS

REQUIRED = [
    "LevelOfRepresentation",
    "InvitationStatus",
    "OutgoingChannel",
    "IncomingChannel",
    "ReplyDecision",
    "Credentials",
    "AttendanceMode",
    "SpeakingRequestStatus",
    "PartnershipStage",
    "OrganizationType",
    "InquirySource",
    "Gender",
    "Region",
]


def test_every_required_vocabulary_is_there():
    assert set(REQUIRED) <= {cls.__name__ for cls in ENUM_LABELS}


@pytest.mark.parametrize("enum_cls", list(ENUM_LABELS), ids=lambda c: c.__name__)
def test_every_member_has_six_words(enum_cls):
    for member in enum_cls:
        for language in LANGUAGES:
            word = label(member, language)
            if member is FormOfAddress.NONE:
                assert word == ""  # no form of address is an empty cell, not a word
            else:
                assert word.strip(), (member, language)


@pytest.mark.parametrize("key", list(HEADERS))
def test_every_header_has_six_words(key):
    assert set(HEADERS[key]) == set(LANGUAGES)
    assert all(HEADERS[key][language].strip() for language in LANGUAGES), key


def test_words_in_the_chosen_language():
    assert label(InvitationStatus.NO_REPLY, "fr") == "Sans réponse"
    assert label(InvitationStatus.NO_REPLY, "ar") == "لم يصل رد"
    assert header("member_state", "es") == "Estado Miembro"
    assert header("member_state", "zh") == "成员国"
    assert yes_no(True, "ru") == "Да"


def test_the_same_value_in_two_vocabularies_keeps_its_own_word():
    # "email" is both an outgoing and an incoming channel; "declined" a status and a decision.
    assert label(OutgoingChannel.EMAIL, "en") == label(IncomingChannel.EMAIL, "en") == "E-mail"
    assert label(InvitationStatus.DECLINED, "en") == "Declined"
    assert label(ReplyDecision.DECLINED, "en") == "Declines"


def test_an_unknown_language_falls_back_to_english():
    assert label(InvitationStatus.SENT, "de") == "Sent"
    assert header("status", "pt") == "Status"


def test_partnership_stages_read_as_in_the_window():
    for stage in PartnershipStage:
        for language in LANGUAGES:
            assert label(stage, language) == STAGE_LABELS[stage][language]

"""Rules of the partnership pipeline: stage moves, sold-out packages, follow-up buckets, totals."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from enum import StrEnum

from liaison_app.domain.enums import PartnershipStage

#: The way forward, from first contact to payment.
STAGE_ORDER: tuple[PartnershipStage, ...] = (
    PartnershipStage.INQUIRY,
    PartnershipStage.INFORMATION_SENT,
    PartnershipStage.NEGOTIATION,
    PartnershipStage.COMMITTED,
    PartnershipStage.AGREEMENT_SIGNED,
    PartnershipStage.PAID,
)
#: Ways out, open from any stage that is still open.
EXIT_STAGES: tuple[PartnershipStage, ...] = (PartnershipStage.DECLINED, PartnershipStage.WITHDRAWN)
#: Every stage in board order: the way forward, then the ways out.
ALL_STAGES: tuple[PartnershipStage, ...] = STAGE_ORDER + EXIT_STAGES

#: Stages in which an inquiry is still being worked on (and so needs follow-ups).
OPEN_STAGES: frozenset[PartnershipStage] = frozenset(STAGE_ORDER[:-1])
#: Stages that end an inquiry; leaving them takes an explicit reopen.
FINAL_STAGES: frozenset[PartnershipStage] = frozenset({PartnershipStage.PAID, *EXIT_STAGES})
#: Stages in which the partner has taken one of the package's places.
COMMITTED_STAGES: frozenset[PartnershipStage] = frozenset(
    {PartnershipStage.COMMITTED, PartnershipStage.AGREEMENT_SIGNED, PartnershipStage.PAID}
)


def is_open(stage: PartnershipStage) -> bool:
    return stage in OPEN_STAGES


def forward_index(stage: PartnershipStage) -> int | None:
    """Position on the way forward (0 for inquiry … 5 for paid); None for declined/withdrawn."""
    return STAGE_ORDER.index(stage) if stage in STAGE_ORDER else None


class MoveKind(StrEnum):
    #: Nothing to do: the inquiry is already there.
    UNCHANGED = "unchanged"
    #: One step forward, or out (declined, withdrawn) from an open stage: no question asked.
    ORDINARY = "ordinary"
    #: Skips stages or goes back: allowed once the officer confirms it.
    NEEDS_CONFIRMATION = "needs_confirmation"
    #: Out of a final stage (explicit reopen): allowed, always on purpose.
    REOPEN = "reopen"
    #: Not allowed; `reason` says why.
    REFUSED = "refused"


class RefusalReason(StrEnum):
    FINAL_STAGE = "final_stage"
    REOPEN_TO_FINAL = "reopen_to_final"
    REOPEN_NOT_FINAL = "reopen_not_final"


@dataclass(frozen=True)
class MoveVerdict:
    kind: MoveKind
    from_stage: PartnershipStage
    to_stage: PartnershipStage
    #: Stages passed over by a forward jump (empty for other moves).
    skipped: tuple[PartnershipStage, ...] = ()
    backwards: bool = False
    refusal: RefusalReason | None = None

    @property
    def allowed(self) -> bool:
        return self.kind is not MoveKind.REFUSED


def classify_move(
    from_stage: PartnershipStage, to_stage: PartnershipStage, *, reopen: bool = False
) -> MoveVerdict:
    """What moving an inquiry from `from_stage` to `to_stage` takes.

    Final stages (paid, declined, withdrawn) are left only by an explicit reopen, and a reopen goes
    back to an open stage: an inquiry is reopened to be worked on again, not to be closed another
    way in one step.
    """
    if reopen:
        if from_stage not in FINAL_STAGES:
            return MoveVerdict(
                MoveKind.REFUSED, from_stage, to_stage, refusal=RefusalReason.REOPEN_NOT_FINAL
            )
        if to_stage not in OPEN_STAGES:
            return MoveVerdict(
                MoveKind.REFUSED, from_stage, to_stage, refusal=RefusalReason.REOPEN_TO_FINAL
            )
        return MoveVerdict(MoveKind.REOPEN, from_stage, to_stage)
    if from_stage == to_stage:
        return MoveVerdict(MoveKind.UNCHANGED, from_stage, to_stage)
    if from_stage in FINAL_STAGES:
        return MoveVerdict(
            MoveKind.REFUSED, from_stage, to_stage, refusal=RefusalReason.FINAL_STAGE
        )
    if to_stage in EXIT_STAGES:
        return MoveVerdict(MoveKind.ORDINARY, from_stage, to_stage)
    start, end = STAGE_ORDER.index(from_stage), STAGE_ORDER.index(to_stage)
    if end == start + 1:
        return MoveVerdict(MoveKind.ORDINARY, from_stage, to_stage)
    if end < start:
        return MoveVerdict(MoveKind.NEEDS_CONFIRMATION, from_stage, to_stage, backwards=True)
    return MoveVerdict(
        MoveKind.NEEDS_CONFIRMATION, from_stage, to_stage, skipped=STAGE_ORDER[start + 1 : end]
    )


def takes_a_place(stage: PartnershipStage) -> bool:
    """True when an inquiry at `stage` holds one of its package's limited places."""
    return stage in COMMITTED_STAGES


def needs_amount(stage: PartnershipStage) -> bool:
    """From commitment on, the record must say how much was committed, and in which currency."""
    return stage in COMMITTED_STAGES


@dataclass(frozen=True)
class Availability:
    """Places of a package: how many exist (None: no limit), how many partners hold one."""

    quantity: int | None
    taken: int

    @property
    def remaining(self) -> int | None:
        return None if self.quantity is None else max(0, self.quantity - self.taken)

    @property
    def sold_out(self) -> bool:
        return self.quantity is not None and self.taken >= self.quantity

    @property
    def oversold(self) -> bool:
        return self.quantity is not None and self.taken > self.quantity


def availability(quantity: int | None, stages: Iterable[PartnershipStage]) -> Availability:
    """Availability of a package given the stages of the inquiries interested in it."""
    return Availability(quantity, sum(1 for stage in stages if takes_a_place(stage)))


def move_takes_new_place(from_stage: PartnershipStage, to_stage: PartnershipStage) -> bool:
    """True when the move makes the inquiry hold a place it did not hold before."""
    return takes_a_place(to_stage) and not takes_a_place(from_stage)


class FollowUpBucket(StrEnum):
    OVERDUE = "overdue"
    DUE_TODAY = "due_today"
    UPCOMING = "upcoming"


def follow_up_bucket(due: date, today: date) -> FollowUpBucket:
    if due < today:
        return FollowUpBucket.OVERDUE
    if due == today:
        return FollowUpBucket.DUE_TODAY
    return FollowUpBucket.UPCOMING


def days_overdue(due: date, today: date) -> int:
    """Whole days since the follow-up was due; 0 when it is not overdue."""
    return max(0, (today - due).days)


@dataclass
class StageTotals:
    """Totals of one stage: how many inquiries, and their value per currency (never mixed)."""

    stage: PartnershipStage
    count: int = 0
    amounts: dict[str, Decimal] = field(default_factory=dict)
    #: Inquiries counted but with no amount yet (neither their own nor their package's).
    without_amount: int = 0


def totals_by_stage(
    items: Iterable[tuple[PartnershipStage, Decimal | None, str | None]],
) -> dict[PartnershipStage, StageTotals]:
    """Sum (stage, amount, currency) triples per stage and per currency; every stage present."""
    result = {stage: StageTotals(stage) for stage in ALL_STAGES}
    for stage, amount, currency in items:
        totals = result[stage]
        totals.count += 1
        if amount is None or not currency:
            totals.without_amount += 1
            continue
        totals.amounts[currency] = totals.amounts.get(currency, Decimal(0)) + amount
    return result


def convert(amounts: dict[str, Decimal], rates: dict[str, Decimal], target: str) -> Decimal:
    """The sum of `amounts` in `target`, each currency at `rates[currency]` units of `target`.

    The caller checks that a rate exists for every currency but the target: different currencies
    are only ever added through a rate the officer gave.
    """
    total = Decimal(0)
    for currency, amount in amounts.items():
        total += amount if currency == target else amount * rates[currency]
    return total

"""Speaking slots by protocol: allocation, speaking order, reasons, conflicts; pure, no database.

    allocation = allocate(rules, sessions, requests)
    allocation.sessions[session_id]       # request ids in speaking order
    allocation.waitlist                   # request ids in waiting order
    allocation.placements[request_id]     # status, slot or waitlist position, and the reasons

Who gets a place goes by priority: requests received in time before late ones (when the event
has a deadline), then level of representation in protocol order, then in person before remote of
the same level (a setting of the event), then time of receipt. A request gets a place when it and
everyone ahead of it can be seated in sessions they can take (an in-person-only session takes no
remote speaker), others being moved between sessions if need be; otherwise it waits. So nobody
waits while a request behind it holds a place it could have had, and a withdrawal lets the first
waiting request that can use the room move up. Then, again in priority order, each request takes
the first of its preferred sessions that still leaves everyone seated; failing those, the session
it was already scheduled in, so that placements stay put from one run to the next; failing that,
the next session after its first preference, then the nearest earlier one; with no preference,
the session with the most free places.

The order of speaking within a session is protocol order (level, in person first where set, time
of receipt); lateness only decides who gets a place, not who speaks first among those who have
one. Decisions made by people are kept: a placement made by hand stays at its session and
position, and a confirmed speaker keeps the session the delegation was told. With one speaker per
delegation, the later request of a delegation is declined; a request placed by hand or confirmed
is kept before any other of its delegation.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from enum import StrEnum
from typing import Any

from liaison_app.domain.enums import (
    AttendanceMode,
    LevelOfRepresentation,
    SessionMode,
    SpeakingRequestStatus,
)

Key = Hashable
S = SpeakingRequestStatus

#: Requests that take no slot and are not considered.
INACTIVE_STATUSES: frozenset[SpeakingRequestStatus] = frozenset({S.WITHDRAWN, S.DECLINED})
#: Requests holding a slot in a session.
PLACED_STATUSES: frozenset[SpeakingRequestStatus] = frozenset({S.SCHEDULED, S.CONFIRMED})


# ---------------------------------------------------------------------------------------------
# Input


@dataclass(frozen=True)
class AllocationRules:
    """The event's rules (defaults from ITU practice)."""

    one_speaker_per_delegation: bool = True
    in_person_before_remote: bool = True
    #: Requests received after this moment get a place only after those received in time.
    deadline: datetime | None = None


@dataclass(frozen=True)
class SessionSlots:
    """A session as allocation sees it. Sessions are given in chronological order."""

    id: Key
    capacity: int
    mode: SessionMode = SessionMode.HYBRID
    accepts_speakers: bool = True


@dataclass(frozen=True)
class ManualPlacement:
    """Where an officer put a request by hand: a session and position, or the waitlist."""

    #: None: the waitlist.
    session_id: Key | None
    #: 0-based slot in the session (or place on the waitlist).
    position: int


@dataclass(frozen=True)
class RequestSlot:
    """A speaking request as allocation sees it."""

    id: Key
    #: The member state or organization: one speaker each when the rule is on.
    delegation: Key
    level: LevelOfRepresentation
    mode: AttendanceMode
    received_at: datetime
    status: SpeakingRequestStatus = S.REQUESTED
    #: Preferred sessions, most wanted first.
    preferences: tuple[Key, ...] = ()
    manual: ManualPlacement | None = None
    #: The session it holds now: a confirmed request keeps it.
    session_id: Key | None = None


# ---------------------------------------------------------------------------------------------
# Output


class ReasonCode(StrEnum):
    """Why a request sits where it sits; `explain` in the services turns each into a sentence."""

    #: params: level, received_at, rank, of, mode (when in person first applies), late.
    PRIORITY = "priority"
    #: params: deadline.
    LATE = "late"
    #: params: session, rank (1 = first preference).
    PREFERRED = "preferred"
    #: params: session, why (one of SkipWhy).
    PREFERENCE_SKIPPED = "preference_skipped"
    #: params: session.
    NEXT_SESSION = "next_session"
    #: params: session.
    NO_PREFERENCE = "no_preference"
    #: params: session. Already scheduled there (outside its preferences), and it still fits.
    KEPT_SESSION = "kept_session"
    #: params: session, position.
    MANUAL_SESSION = "manual_session"
    #: params: position.
    MANUAL_WAITLIST = "manual_waitlist"
    #: params: session.
    CONFIRMED_KEPT = "confirmed_kept"
    #: params: session, position, of.
    SPEAKING_ORDER = "speaking_order"
    #: params: position, of.
    WAITLISTED = "waitlisted"
    #: params: other (request id), other_received_at, kept_by_officer.
    ONE_PER_DELEGATION = "one_per_delegation"
    #: params: status.
    INACTIVE = "inactive"
    #: params: session (the one that is gone or takes no speakers).
    MANUAL_SESSION_GONE = "manual_session_gone"
    #: params: mode. No session takes speakers in this mode.
    NO_SESSION_FOR_MODE = "no_session_for_mode"


class SkipWhy(StrEnum):
    FULL = "full"
    IN_PERSON_ONLY = "in_person_only"
    REMOTE_ONLY = "remote_only"
    NO_SPEAKERS = "no_speakers"
    UNKNOWN = "unknown"


@dataclass(frozen=True)
class Reason:
    code: ReasonCode
    params: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Placement:
    """Where one request ends up, and why."""

    request_id: Key
    status: SpeakingRequestStatus
    session_id: Key | None = None
    slot_position: int | None = None
    waitlist_position: int | None = None
    reasons: tuple[Reason, ...] = ()

    @property
    def codes(self) -> tuple[ReasonCode, ...]:
        return tuple(reason.code for reason in self.reasons)


@dataclass(frozen=True)
class Allocation:
    #: Session id → request ids in speaking order (every session given, even empty).
    sessions: Mapping[Key, tuple[Key, ...]]
    #: Request ids in waiting order.
    waitlist: tuple[Key, ...]
    #: Request id → its placement, for every request given.
    placements: Mapping[Key, Placement]


# ---------------------------------------------------------------------------------------------
# Ordering


def is_late(request: RequestSlot, rules: AllocationRules) -> bool:
    return rules.deadline is not None and request.received_at > rules.deadline


def _remote_after(request: RequestSlot, rules: AllocationRules) -> bool:
    return rules.in_person_before_remote and request.mode is AttendanceMode.REMOTE


def speaking_order_key(request: RequestSlot, rules: AllocationRules) -> tuple:
    """Protocol order of speaking: level, in person first where set, time of receipt."""
    return (
        request.level.protocol_rank,
        _remote_after(request, rules),
        request.received_at,
        str(request.id),
    )


def priority_key(request: RequestSlot, rules: AllocationRules) -> tuple:
    """Who gets a place first: in time before late, then protocol order."""
    return (is_late(request, rules), *speaking_order_key(request, rules))


def mode_allows(session: SessionSlots, mode: AttendanceMode) -> SkipWhy | None:
    """Why `session` cannot take a speaker in `mode`, or None when it can."""
    if not session.accepts_speakers:
        return SkipWhy.NO_SPEAKERS
    if session.mode is SessionMode.IN_PERSON_ONLY and mode is AttendanceMode.REMOTE:
        return SkipWhy.IN_PERSON_ONLY
    if session.mode is SessionMode.REMOTE_ONLY and mode is AttendanceMode.IN_PERSON:
        return SkipWhy.REMOTE_ONLY
    return None


# ---------------------------------------------------------------------------------------------
# Allocation


class _Matching:
    """Requests matched to sessions within their free places, re-routed along augmenting paths.

    The set of requests with a place is chosen greedily in priority order, a request being added
    when everyone already in can still be seated with it (moving others between sessions they can
    take if need be): the set is then the best one by priority (the greedy basis of a transversal
    matroid), so no waiting request could take a place without displacing one ahead of it, and
    taking one request out lets exactly the first waiting request that can use the room move up.
    """

    def __init__(self, free: Mapping[Key, int], order: Sequence[Key]) -> None:
        self.free = dict(free)
        self.order = list(order)
        self.members: dict[Key, list[Key]] = {s: [] for s in order}
        self.where: dict[Key, Key] = {}
        self.compatible: dict[Key, list[Key]] = {}
        #: Requests whose session is decided (phase two): never moved again.
        self.fixed: set[Key] = set()

    def has_room(self, session_id: Key) -> bool:
        return len(self.members[session_id]) < self.free[session_id]

    def _put(self, request_id: Key, session_id: Key) -> None:
        old = self.where.get(request_id)
        if old is not None:
            self.members[old].remove(request_id)
        self.members[session_id].append(request_id)
        self.where[request_id] = session_id

    def _route(self, request_id: Key, targets: Iterable[Key], visited: set[Key]) -> bool:
        """Seat `request_id` in one of `targets`, moving unfixed others along if need be."""
        for session_id in targets:
            if session_id in visited:
                continue
            visited.add(session_id)
            if self.has_room(session_id) or any(
                other != request_id
                and other not in self.fixed
                and self._route(other, self.compatible[other], visited)
                for other in list(self.members[session_id])
            ):
                self._put(request_id, session_id)
                return True
        return False

    def add(self, request_id: Key, compatible: list[Key]) -> bool:
        """Seat a new request if everyone seated can still be; nothing changes otherwise."""
        self.compatible[request_id] = compatible
        if self._route(request_id, compatible, set()):
            return True
        del self.compatible[request_id]
        return False

    def settle(self, request_id: Key, session_id: Key) -> bool:
        """Fix the request in `session_id` if everyone seated can still be; else change nothing."""
        current = self.where[request_id]
        if session_id == current:
            self.fixed.add(request_id)
            return True
        # Out of its session for the search, so the place it holds can take someone moved.
        self.members[current].remove(request_id)
        del self.where[request_id]
        if self._route(request_id, [session_id], set()):
            self.fixed.add(request_id)
            return True
        self.members[current].append(request_id)
        self.where[request_id] = current
        return False


@dataclass
class _Work:
    rules: AllocationRules
    sessions: dict[Key, SessionSlots]
    order: list[Key]  # chronological
    reasons: dict[Key, list[Reason]] = field(default_factory=lambda: defaultdict(list))
    #: Session id → requests pinned there (by hand or confirmed).
    pinned: dict[Key, list[RequestSlot]] = field(default_factory=lambda: defaultdict(list))
    auto: dict[Key, list[RequestSlot]] = field(default_factory=lambda: defaultdict(list))
    waiting: list[RequestSlot] = field(default_factory=list)
    waiting_by_hand: list[RequestSlot] = field(default_factory=list)
    declined: dict[Key, RequestSlot] = field(default_factory=dict)


def _pin(request: RequestSlot, sessions: Mapping[Key, SessionSlots]) -> str | None:
    """ "manual", "confirmed" or None: whether a person's decision holds the request in place."""
    if request.manual is not None:
        if request.manual.session_id is None:
            return "manual"
        session = sessions.get(request.manual.session_id)
        if session is not None and session.accepts_speakers:
            return "manual"
        return None
    if (
        request.status is S.CONFIRMED
        and request.session_id in sessions
        and sessions[request.session_id].accepts_speakers
    ):
        return "confirmed"
    return None


def allocate(
    rules: AllocationRules, sessions: Sequence[SessionSlots], requests: Iterable[RequestSlot]
) -> Allocation:
    """Allocate every request to a session or the waitlist by the rules (see the module doc)."""
    requests = list(requests)
    ids = [r.id for r in requests]
    if len(set(ids)) != len(ids):
        raise ValueError("request ids must be unique")
    work = _Work(rules, {s.id: s for s in sessions}, [s.id for s in sessions])
    pins = {r.id: _pin(r, work.sessions) for r in requests}

    active = [r for r in requests if r.status not in INACTIVE_STATUSES]
    for request in requests:
        if request.status in INACTIVE_STATUSES:
            work.reasons[request.id].append(Reason(ReasonCode.INACTIVE, {"status": request.status}))
        elif request.manual is not None and pins[request.id] is None:
            work.reasons[request.id].append(
                Reason(ReasonCode.MANUAL_SESSION_GONE, {"session": request.manual.session_id})
            )

    if rules.one_speaker_per_delegation:
        active = _one_per_delegation(active, pins, work)

    by_priority = sorted(active, key=lambda r: priority_key(r, rules))
    _priority_reasons(by_priority, work)

    open_requests: list[RequestSlot] = []
    for request in by_priority:
        pin = pins[request.id]
        if pin == "manual":
            assert request.manual is not None
            if request.manual.session_id is None:
                work.waiting_by_hand.append(request)
            else:
                work.pinned[request.manual.session_id].append(request)
        elif pin == "confirmed":
            work.pinned[request.session_id].append(request)
            work.reasons[request.id].append(
                Reason(ReasonCode.CONFIRMED_KEPT, {"session": request.session_id})
            )
        else:
            open_requests.append(request)

    _seat(open_requests, work)
    return _result(requests, pins, work)


def _one_per_delegation(
    active: list[RequestSlot], pins: Mapping[Key, str | None], work: _Work
) -> list[RequestSlot]:
    """Keep one request per delegation (all those a person placed); decline the others."""
    groups: dict[Key, list[RequestSlot]] = defaultdict(list)
    for request in active:
        groups[request.delegation].append(request)
    kept: list[RequestSlot] = []
    for group in groups.values():
        pinned = sorted(
            (r for r in group if pins[r.id] is not None), key=lambda r: (r.received_at, str(r.id))
        )
        # A person's placement is kept; otherwise the first request received.
        keep = pinned or [min(group, key=lambda r: (r.received_at, str(r.id)))]
        kept.extend(keep)
        first = keep[0]
        for request in group:
            if request in keep:
                continue
            work.declined[request.id] = request
            work.reasons[request.id].append(
                Reason(
                    ReasonCode.ONE_PER_DELEGATION,
                    {
                        "other": first.id,
                        "other_received_at": first.received_at,
                        "kept_by_officer": bool(pinned),
                    },
                )
            )
    return kept


def _priority_reasons(by_priority: list[RequestSlot], work: _Work) -> None:
    per_level: dict[LevelOfRepresentation, list[RequestSlot]] = defaultdict(list)
    for request in by_priority:
        per_level[request.level].append(request)
    for level, members in per_level.items():
        for rank, request in enumerate(members, start=1):
            params: dict[str, Any] = {
                "level": level,
                "received_at": request.received_at,
                "rank": rank,
                "of": len(members),
                "mode": request.mode if work.rules.in_person_before_remote else None,
            }
            work.reasons[request.id].append(Reason(ReasonCode.PRIORITY, params))
            if is_late(request, work.rules):
                work.reasons[request.id].append(
                    Reason(ReasonCode.LATE, {"deadline": work.rules.deadline})
                )


def _fallback_sessions(preferred: list[Key], order: list[Key]) -> list[Key]:
    """Sessions after the first preference in time, then the nearest earlier ones."""
    start = order.index(preferred[0])
    after = order[start + 1 :]
    before = list(reversed(order[:start]))
    return [s for s in after + before if s not in preferred]


def _seat(open_requests: list[RequestSlot], work: _Work) -> None:
    """Phase one: who gets a place (priority order); phase two: which session (the same order,
    each taking its best choice that leaves everyone ahead and behind it seated)."""
    free = {s: max(0, work.sessions[s].capacity - len(work.pinned[s])) for s in work.order}
    matching = _Matching(free, work.order)
    seated: list[RequestSlot] = []
    for request in open_requests:
        compatible = [s for s in work.order if mode_allows(work.sessions[s], request.mode) is None]
        if matching.add(request.id, compatible):
            seated.append(request)
        else:
            work.waiting.append(request)
            if not compatible:
                work.reasons[request.id].append(
                    Reason(ReasonCode.NO_SESSION_FOR_MODE, {"mode": request.mode})
                )

    taken = {s: len(work.pinned[s]) for s in work.order}
    for request in seated:
        reasons = work.reasons[request.id]
        known = list(dict.fromkeys(p for p in request.preferences if p in work.sessions))
        choice: Key | None = None
        for rank, session_id in enumerate(known, start=1):
            why = mode_allows(work.sessions[session_id], request.mode)
            if why is None and matching.settle(request.id, session_id):
                choice = session_id
                reasons.append(Reason(ReasonCode.PREFERRED, {"session": session_id, "rank": rank}))
                break
            reasons.append(
                Reason(
                    ReasonCode.PREFERENCE_SKIPPED,
                    {"session": session_id, "why": why or SkipWhy.FULL},
                )
            )
        if choice is None:
            for unknown in request.preferences:
                if unknown not in work.sessions:
                    reasons.append(
                        Reason(
                            ReasonCode.PREFERENCE_SKIPPED,
                            {"session": unknown, "why": SkipWhy.UNKNOWN},
                        )
                    )
            if known:
                candidates = _fallback_sessions(known, work.order)
                code = ReasonCode.NEXT_SESSION
            else:
                # The most free places first; the earliest of equals.
                candidates = sorted(
                    work.order,
                    key=lambda s: (taken[s] - work.sessions[s].capacity, work.order.index(s)),
                )
                code = ReasonCode.NO_PREFERENCE
            # A speaker already scheduled outside its preferences stays where it is when it
            # can: a withdrawal elsewhere does not send it to another session.
            usable = [s for s in candidates if mode_allows(work.sessions[s], request.mode) is None]
            current = request.session_id if request.status is S.SCHEDULED else None
            # Where the rule itself leads, the rule is the reason, even for a speaker kept.
            rule_first = usable[0] if usable else None
            if current in work.sessions and current not in known and current in usable:
                usable = [current, *(s for s in usable if s != current)]
            for session_id in usable:
                if matching.settle(request.id, session_id):
                    choice = session_id
                    kept = session_id == current and session_id != rule_first
                    reasons.append(
                        Reason(ReasonCode.KEPT_SESSION if kept else code, {"session": session_id})
                    )
                    break
        # Phase one seated everyone in a compatible session, and a request can always stay.
        assert choice is not None
        taken[choice] += 1
    for request in seated:
        work.auto[matching.where[request.id]].append(request)


def _insert_by_hand(ordered: list[RequestSlot], by_hand: list[RequestSlot]) -> list[RequestSlot]:
    """Put requests placed by hand at their positions, the others keeping their order around."""
    result = list(ordered)
    for request in sorted(by_hand, key=lambda r: (r.manual.position, r.received_at, str(r.id))):  # type: ignore[union-attr]
        position = max(0, min(request.manual.position, len(result)))  # type: ignore[union-attr]
        result.insert(position, request)
    return result


def _result(requests: list[RequestSlot], pins: Mapping[Key, str | None], work: _Work) -> Allocation:
    rules = work.rules
    placements: dict[Key, Placement] = {}
    sessions: dict[Key, tuple[Key, ...]] = {}
    for session_id in work.order:
        pinned = work.pinned[session_id]
        by_hand = [r for r in pinned if pins[r.id] == "manual"]
        flowing = [r for r in pinned if pins[r.id] != "manual"] + work.auto[session_id]
        flowing.sort(key=lambda r: speaking_order_key(r, rules))
        ordered = _insert_by_hand(flowing, by_hand)
        sessions[session_id] = tuple(r.id for r in ordered)
        for position, request in enumerate(ordered):
            reasons = work.reasons[request.id]
            if pins[request.id] == "manual":
                reasons.append(
                    Reason(ReasonCode.MANUAL_SESSION, {"session": session_id, "position": position})
                )
            else:
                reasons.append(
                    Reason(
                        ReasonCode.SPEAKING_ORDER,
                        {"session": session_id, "position": position, "of": len(ordered)},
                    )
                )
            confirmed = request.status is S.CONFIRMED
            placements[request.id] = Placement(
                request.id,
                S.CONFIRMED if confirmed else S.SCHEDULED,
                session_id=session_id,
                slot_position=position,
                reasons=tuple(reasons),
            )

    waiting = sorted(work.waiting, key=lambda r: priority_key(r, rules))
    waitlist = _insert_by_hand(waiting, work.waiting_by_hand)
    for position, request in enumerate(waitlist):
        reasons = work.reasons[request.id]
        if pins[request.id] == "manual":
            reasons.append(Reason(ReasonCode.MANUAL_WAITLIST, {"position": position}))
        else:
            reasons.append(
                Reason(ReasonCode.WAITLISTED, {"position": position, "of": len(waitlist)})
            )
        placements[request.id] = Placement(
            request.id, S.WAITLISTED, waitlist_position=position, reasons=tuple(reasons)
        )

    for request in requests:
        if request.id in placements:
            continue
        status = S.DECLINED if request.id in work.declined else request.status
        placements[request.id] = Placement(
            request.id, status, reasons=tuple(work.reasons[request.id])
        )
    return Allocation(sessions, tuple(r.id for r in waitlist), placements)


# ---------------------------------------------------------------------------------------------
# Times and conflicts


def slot_start(day: date, session_start: time, minutes_per_speaker: int, position: int) -> datetime:
    """When the speaker in `position` (0 first) begins: the session's start plus the slots
    before (local time of the event, naive)."""
    return datetime.combine(day, session_start) + timedelta(minutes=position * minutes_per_speaker)


class ConflictKind(StrEnum):
    #: More speakers than the session's length allows; the ones beyond it run over the end.
    OVER_CAPACITY = "over_capacity"
    #: Two speakers of one delegation hold slots (with the one-speaker rule on).
    DELEGATION_TWICE = "delegation_twice"
    #: The speaker is not among the members of the delegation given in the reply.
    NOT_IN_DELEGATION = "not_in_delegation"
    #: A remote speaker in an in-person-only session (or in person in a remote-only one).
    MODE_MISMATCH = "mode_mismatch"
    #: The session takes no speakers.
    SESSION_CLOSED = "session_closed"


@dataclass(frozen=True)
class HeldSlot:
    """A request as it stands in the schedule, for conflict checks."""

    id: Key
    delegation: Key
    mode: AttendanceMode
    status: SpeakingRequestStatus
    session_id: Key | None
    slot_position: int | None
    #: False when the reply lists its delegation and the speaker is not in it; None: unknown.
    in_delegation: bool | None = None


@dataclass(frozen=True)
class Conflict:
    kind: ConflictKind
    request_id: Key
    session_id: Key | None = None
    #: The other request involved (delegation twice).
    other_id: Key | None = None


def find_conflicts(
    rules: AllocationRules, sessions: Sequence[SessionSlots], held: Iterable[HeldSlot]
) -> list[Conflict]:
    """Every conflict in the schedule as it stands, one per request and kind."""
    by_id = {s.id: s for s in sessions}
    conflicts: list[Conflict] = []
    in_session: dict[Key, list[HeldSlot]] = defaultdict(list)
    by_delegation: dict[Key, list[HeldSlot]] = defaultdict(list)
    for slot in held:
        if slot.status in INACTIVE_STATUSES:
            continue
        if slot.in_delegation is False:
            conflicts.append(Conflict(ConflictKind.NOT_IN_DELEGATION, slot.id, slot.session_id))
        if slot.session_id is None or slot.status not in PLACED_STATUSES:
            continue
        in_session[slot.session_id].append(slot)
        by_delegation[slot.delegation].append(slot)
        session = by_id.get(slot.session_id)
        if session is None:
            continue
        why = mode_allows(session, slot.mode)
        if why is SkipWhy.NO_SPEAKERS:
            conflicts.append(Conflict(ConflictKind.SESSION_CLOSED, slot.id, slot.session_id))
        elif why is not None:
            conflicts.append(Conflict(ConflictKind.MODE_MISMATCH, slot.id, slot.session_id))
    for session_id, slots in in_session.items():
        session = by_id.get(session_id)
        if session is None or len(slots) <= session.capacity:
            continue
        far = 1 << 30
        ordered = sorted(slots, key=lambda s: far if s.slot_position is None else s.slot_position)
        for slot in ordered[session.capacity :]:
            conflicts.append(Conflict(ConflictKind.OVER_CAPACITY, slot.id, session_id))
    if rules.one_speaker_per_delegation:
        for slots in by_delegation.values():
            if len(slots) < 2:
                continue
            for slot in slots:
                other = next(s for s in slots if s.id != slot.id)
                conflicts.append(
                    Conflict(ConflictKind.DELEGATION_TWICE, slot.id, slot.session_id, other.id)
                )
    return conflicts

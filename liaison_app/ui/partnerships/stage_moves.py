"""Moving an inquiry to another stage from the window: ask for jumps, explain refusals, save.

Every way of moving (a card dropped on a column, the "Move to" menu, a reopen) comes here, so the
rules are asked and explained in one place, in the interface language.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from liaison_app.domain.enums import PartnershipStage
from liaison_app.domain.partnership_rules import MoveKind, MoveVerdict, classify_move
from liaison_app.errors import UserError
from liaison_app.services import partnerships
from liaison_app.ui import error_reporting
from liaison_app.ui.context import AppContext
from liaison_app.ui.partnerships.display import stage_text


class StageMover(QObject):
    """Asks, explains and saves stage moves; `moved` fires after each saved move."""

    moved = Signal(object)  # inquiry id

    def __init__(self, context: AppContext, parent_widget: QWidget) -> None:
        super().__init__(parent_widget)
        self.context = context
        self._parent_widget = parent_widget
        # Replaceable in tests: the date a move is recorded on.
        self.today: Callable[[], date] = date.today

    def move(self, inquiry_id: uuid.UUID, to_stage: PartnershipStage) -> bool:
        """Move the inquiry if the rules allow it (asking first for a jump); True when saved."""
        try:
            with self.context.database.reading() as session:
                inquiry = partnerships.get_inquiry(session, inquiry_id)
                organization = partnerships.organization_label(inquiry)
                from_stage = inquiry.stage
        except UserError as error:
            error_reporting.show_error(error, self._parent_widget)
            return False
        verdict = classify_move(from_stage, to_stage)
        if verdict.kind is MoveKind.UNCHANGED:
            return False
        if verdict.kind is MoveKind.REFUSED:
            QMessageBox.information(
                self._parent_widget,
                self.tr("This move is not possible"),
                self.refusal_text(verdict, organization),
            )
            return False
        confirmed = False
        if verdict.kind is MoveKind.NEEDS_CONFIRMATION:
            answer = QMessageBox.question(
                self._parent_widget,
                self.tr("Confirm the move"),
                self.confirmation_text(verdict, organization),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return False
            confirmed = True
        return self._save(inquiry_id, to_stage, organization, confirmed=confirmed)

    def reopen(self, inquiry_id: uuid.UUID, to_stage: PartnershipStage, reason: str) -> bool:
        """Bring a paid, declined or withdrawn inquiry back to an open stage; True when saved."""
        try:
            with self.context.database.reading() as session:
                organization = partnerships.organization_label(
                    partnerships.get_inquiry(session, inquiry_id)
                )
        except UserError as error:
            error_reporting.show_error(error, self._parent_widget)
            return False
        return self._save(inquiry_id, to_stage, organization, reopen=True, reason=reason or None)

    def _save(
        self,
        inquiry_id: uuid.UUID,
        to_stage: PartnershipStage,
        organization: str,
        *,
        confirmed: bool = False,
        reopen: bool = False,
        reason: str | None = None,
    ) -> bool:
        try:
            with self.context.database.writing() as session:
                inquiry = partnerships.get_inquiry(session, inquiry_id)
                partnerships.move_stage(
                    session,
                    inquiry,
                    to_stage,
                    confirmed_jump=confirmed,
                    reopen=reopen,
                    on=max(self.today(), inquiry.received_on),
                    reason=reason,
                )
        except partnerships.MoveRefused as error:  # changed meanwhile in another window
            QMessageBox.information(
                self._parent_widget,
                self.tr("This move is not possible"),
                self.refusal_text(error.verdict, organization),
            )
            return False
        except partnerships.AmountRequired as error:
            QMessageBox.information(
                self._parent_widget,
                self.tr("The amount is missing"),
                self.tr(
                    "{organization} has no amount yet, and no package to take one from. "
                    "Edit the inquiry to enter the amount and currency before marking it "
                    "{stage}."
                ).format(organization=organization, stage=stage_text(error.stage)),
            )
            return False
        except partnerships.PackageSoldOut as error:
            QMessageBox.information(
                self._parent_widget,
                self.tr("The package is sold out"),
                self.tr(
                    "All {quantity} places of the package are already held by committed "
                    "partners, so {organization} cannot be marked {stage}. Raise the package's "
                    "number of places, or choose another package for this inquiry."
                ).format(
                    quantity=error.quantity, organization=organization, stage=stage_text(to_stage)
                ),
            )
            return False
        except UserError as error:
            error_reporting.show_error(error, self._parent_widget)
            return False
        self.moved.emit(inquiry_id)
        return True

    # -- the words -------------------------------------------------------------------------
    def refusal_text(self, verdict: MoveVerdict, organization: str) -> str:
        return self.tr(
            "{organization} is {stage}: that closes the inquiry, so it cannot be moved to "
            "{target}. If it must be worked on again, choose “Reopen…” in its menu."
        ).format(
            organization=organization,
            stage=stage_text(verdict.from_stage),
            target=stage_text(verdict.to_stage),
        )

    def confirmation_text(self, verdict: MoveVerdict, organization: str) -> str:
        if verdict.backwards:
            return self.tr("Move {organization} back from {stage} to {target}?").format(
                organization=organization,
                stage=stage_text(verdict.from_stage),
                target=stage_text(verdict.to_stage),
            )
        skipped = self.tr(", ").join(stage_text(s) for s in verdict.skipped)
        return self.tr(
            "Move {organization} from {stage} straight to {target}?\n\nThis skips: {skipped}."
        ).format(
            organization=organization,
            stage=stage_text(verdict.from_stage),
            target=stage_text(verdict.to_stage),
            skipped=skipped,
        )

"""Liaison Desk: invitations, replies and letters for a conference secretariat's liaison office."""

__version__ = "0.1.0"
APP_NAME = "Liaison Desk"
APP_ID = "liaison-desk"
ORGANIZATION = "Liaison Desk"

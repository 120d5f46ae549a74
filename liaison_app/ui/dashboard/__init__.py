"""The dashboard section: where invitations and replies stand, in figures and charts."""

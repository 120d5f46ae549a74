"""The event editor: titles, phases, sessions, deadlines, contact person and signatory."""

"""Use cases over the domain, shared by the window and the command line. No Qt here."""

"""The Contacts section: contacts, member states and organizations, with their editors."""

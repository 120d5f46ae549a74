"""Storage: engine and sessions, migrations, backup and restore, integrity checks."""

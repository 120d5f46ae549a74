"""The contact import wizard and the Import & export page that opens it."""

"""The revision check at each launch reads the migration files' headers, without Alembic."""

from __future__ import annotations

import subprocess
import sys
import textwrap

from liaison_app.storage import migrations
from liaison_app.storage.location import resolve_database_url
from liaison_app.storage.opening import open_database


def test_the_headers_name_the_same_revisions_as_alembic():
    scripts = migrations.script_directory()
    assert migrations.head_revision() == scripts.get_current_head()
    assert migrations.known_revisions() == {s.revision for s in scripts.walk_revisions()}


def test_opening_a_database_at_the_newest_revision_does_not_load_alembic(tmp_path):
    path = tmp_path / "current.sqlite3"
    open_database(resolve_database_url(str(path))).database.dispose()  # made, at the head
    script = textwrap.dedent(
        f"""
        import sys
        from liaison_app.storage.location import resolve_database_url
        from liaison_app.storage.opening import open_database
        open_database(resolve_database_url({str(path)!r})).database.dispose()
        print(sorted(name for name in sys.modules if name.split(".")[0] == "alembic"))
        """
    )
    loaded = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    ).stdout.strip()
    assert loaded == "[]"

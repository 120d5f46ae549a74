"""The desktop interface (PySide6): the only package of Liaison Desk that imports Qt."""

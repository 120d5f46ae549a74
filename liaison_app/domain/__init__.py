"""Domain: SQLAlchemy entities, shared vocabularies and protocol rules. Pure Python, no Qt."""

"""Letters: salutations, templates, right-to-left text, fonts, reportlab rendering and packs."""

"""Governance bodies and how they report to each other: records, admin, plugin, picture, seed."""

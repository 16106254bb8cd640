"""Ofsted inspections: the vocabulary of judgements, the records, admin, plugins and seed."""

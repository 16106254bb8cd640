"""Operational scripts: run them by path or through make (see the README).

A package so that the scripts share one set of process helpers
(scripts/processes/), and so that the tests can import the logic they decide with.
"""

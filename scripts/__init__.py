"""Operational scripts: run them by path or through make (see the README).

A package only so that the tests can import the logic they decide with.
"""

"""Bank holidays come from the holidays library, computed here, never fetched."""

import socket
from datetime import date

import holidays

from contacts import bank_holidays
from contacts.bank_holidays import england_bank_holiday


def test_they_are_computed_without_the_network_and_once_per_year(monkeypatch):
    bank_holidays.bank_holidays_in.cache_clear()

    def no_network(*args, **kwargs):
        raise AssertionError("the bank holidays must not need the network")

    monkeypatch.setattr(socket, "socket", no_network)
    monkeypatch.setattr(socket, "create_connection", no_network)
    computed = []
    real = holidays.country_holidays
    monkeypatch.setattr(
        holidays, "country_holidays", lambda *a, **k: computed.append(k["years"]) or real(*a, **k)
    )

    assert england_bank_holiday(date(2031, 12, 25)) == "Christmas Day"
    assert england_bank_holiday(date(2031, 12, 26)) == "Boxing Day"
    assert england_bank_holiday(date(2031, 12, 24)) is None
    assert computed == [2031]

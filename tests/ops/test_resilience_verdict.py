"""How scripts/resilience_verdict.py judges a run's requests around a PostgreSQL restart.

The run itself (gunicorn, a cluster of its own, a minute of load) is
``make resilience``, a CI step of its own; these tests pin down its verdict.
"""

from scripts.resilience_verdict import Outcome, Window, judge, wrong_kind_of_failure

RESTART = Window(start=10.0, end=10.5)


def ok(path="/", started=1.0, finished=1.1):
    return Outcome(path, started, finished, status=200)


def outage_page(path="/about/", started=10.1, finished=10.2):
    return Outcome(path, started, finished, status=503, retry_after="30")


def test_a_clean_run_with_an_outage_page_during_the_restart_passes():
    verdict = judge([ok(), outage_page(), ok(started=11.0, finished=11.1)], RESTART)

    assert verdict.passed
    assert verdict.tolerated == [outage_page()]
    assert verdict.succeeded_after == 1
    assert verdict.total == 3


def test_requests_merely_overlapping_the_restart_may_fail():
    began_before = outage_page(started=9.9, finished=10.05)
    ended_after = Outcome("/contact/", 10.4, 10.9, error="ConnectionResetError: reset")

    verdict = judge([began_before, ended_after, ok(started=11.0, finished=11.1)], RESTART)

    assert verdict.passed
    assert verdict.tolerated == [began_before, ended_after]


def test_a_failure_once_the_database_is_back_fails_the_run():
    late = outage_page(started=10.6, finished=10.7)

    verdict = judge([late, ok(started=11.0, finished=11.1)], RESTART)

    assert not verdict.passed
    assert verdict.failed_while_up == [late]


def test_a_failure_before_the_restart_fails_the_run():
    early = Outcome("/", 5.0, 5.2, error="TimeoutError: timed out")

    verdict = judge([early, ok(started=11.0, finished=11.1)], RESTART)

    assert not verdict.passed
    assert verdict.failed_while_up == [early]


def test_a_500_during_the_restart_is_the_wrong_answer():
    traceback_page = Outcome("/", 10.1, 10.2, status=500)

    verdict = judge([traceback_page, ok(started=11.0, finished=11.1)], RESTART)

    assert not verdict.passed
    assert verdict.wrong_answers == [(traceback_page, "answered 500, not 503")]


def test_a_503_page_needs_retry_after_but_the_health_check_does_not():
    assert wrong_kind_of_failure(Outcome("/", 0, 1, status=503)) == "503 without Retry-After"
    assert wrong_kind_of_failure(Outcome("/healthz", 0, 1, status=503)) == ""
    assert wrong_kind_of_failure(Outcome("/", 0, 1, status=404)) == "answered 404, not 503"
    assert wrong_kind_of_failure(Outcome("/", 0, 1, error="ConnectionRefusedError")) == ""


def test_a_run_with_no_success_after_the_restart_proves_nothing():
    verdict = judge([ok(), outage_page()], RESTART)

    assert not verdict.passed
    assert verdict.succeeded_after == 0

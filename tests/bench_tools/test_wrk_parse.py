"""The benchmark reads wrk's output, and judges its figures against the issue's targets."""

import pytest

from scripts.bench.report import BenchResults, UrlFigures, table, verdicts
from scripts.bench.wrk import (
    WrkOutputError,
    WrkResult,
    median_result,
    parse_wrk_output,
    wrk_command,
)

WRK_OUTPUT = """\
Running 2s test @ http://127.0.0.1:18731/
  2 threads and 16 connections
  Thread Stats   Avg      Stdev     Max   +/- Stdev
    Latency     9.99ms    3.61ms  25.81ms   63.95%
    Req/Sec   797.92    149.54     1.23k    75.00%
  Latency Distribution
     50%    9.78ms
     75%   12.10ms
     90%   15.08ms
     99%    1.02s
  3188 requests in 2.01s, 7.08MB read
  Socket errors: connect 0, read 3, write 0, timeout 2
  Non-2xx or 3xx responses: 7
Requests/sec:   1588.46
Transfer/sec:      3.53MB
"""


def test_reads_throughput_percentiles_and_errors():
    result = parse_wrk_output(WRK_OUTPUT)

    assert result.requests_per_second == 1588.46
    assert result.requests == 3188
    assert result.duration_ms == pytest.approx(2010)
    assert result.latency_ms == {50: 9.78, 75: 12.1, 90: 15.08, 99: pytest.approx(1020)}
    assert result.non_2xx_3xx == 7
    assert result.socket_errors == 5
    assert result.errors == 12


def test_microseconds_and_a_clean_run():
    output = WRK_OUTPUT.replace("9.78ms", "812.00us").replace("  Non-2xx or 3xx responses: 7\n", "")
    output = output.replace("  Socket errors: connect 0, read 3, write 0, timeout 2\n", "")

    result = parse_wrk_output(output)

    assert result.latency_ms[50] == pytest.approx(0.812)
    assert result.errors == 0


def test_output_without_a_rate_is_an_error():
    with pytest.raises(WrkOutputError, match="Requests/sec"):
        parse_wrk_output("unable to connect to 127.0.0.1:1 Connection refused\n")


def test_the_median_round():
    rounds = [
        WrkResult(100.0, 200, 2000, {50: 1.0, 99: 9.0}),
        WrkResult(300.0, 600, 2000, {50: 3.0, 99: 5.0}, non_2xx_3xx=1),
        WrkResult(200.0, 400, 2000, {50: 2.0, 99: 7.0}),
    ]

    median = median_result(rounds)

    assert median.requests_per_second == 200.0
    assert median.latency_ms == {50: 2.0, 99: 7.0}
    assert median.non_2xx_3xx == 1
    assert median_result([]) is None


def test_the_reference_command():
    assert wrk_command("http://127.0.0.1:8000/", seconds=10) == [
        "wrk",
        "-t2",
        "-c16",
        "-d10s",
        "--latency",
        "-H",
        "X-Forwarded-Proto: https",
        "http://127.0.0.1:8000/",
    ]


def test_verdicts_say_which_address_misses_and_what_was_not_measured():
    results = BenchResults(
        urls=[
            UrlFigures("/", ratio_to_floor=0.9, cpu_cached_ms=0.1, queries_uncached=10),
            UrlFigures("/about/", ratio_to_floor=0.5, cpu_cached_ms=0.3, queries_uncached=13),
        ]
    )

    by_target = {v.target.split(".")[0]: v for v in verdicts(results)}

    assert by_target["1"].outcome == "MISSED" and "/about/" in by_target["1"].detail
    assert by_target["2a"].outcome == "MISSED"
    assert by_target["2b"].outcome == "not measured"
    assert by_target["3"].outcome == "MISSED" and "13" in by_target["3"].detail
    assert by_target["4"].outcome == "not measured"
    assert by_target["5"].outcome == "not measured"
    assert "/about/" in table(results)


def test_the_table_leaves_out_what_was_not_measured():
    results = BenchResults(urls=[UrlFigures("/", queries_uncached=9)])

    printed = table(results)

    assert "queries" in printed and "cached r/s" not in printed and "floor" not in printed


def query_verdict(counts):
    results = BenchResults(urls=[UrlFigures(url, queries_uncached=n) for url, n in counts])
    return next(v for v in verdicts(results) if v.target.startswith("3."))


def test_a_page_at_its_recorded_gap_misses_the_target_but_is_no_regression():
    verdict = query_verdict([("/", 17), ("/cookies/", 12)])

    assert verdict.missed
    assert not verdict.regression
    assert "known gaps only" in verdict.detail


def test_one_query_more_than_recorded_is_a_regression():
    verdict = query_verdict([("/", 17), ("/cookies/", 13)])

    assert verdict.regression
    assert "/cookies/ 13 > 12" in verdict.detail


def test_the_cost_of_a_304_is_a_column_and_a_verdict():
    results = BenchResults(urls=[UrlFigures("/", cpu_cached_ms=0.09, cpu_304_ms=0.25)])

    verdict = next(v for v in verdicts(results) if v.target.startswith("2c."))

    assert "CPU 304" in table(results)
    assert verdict.missed and "0.250 ms" in verdict.detail

"""One site generation: this host at once, other hosts within a second (site_cache/generation)."""

import socket

import pytest
import time_machine
from django.core.cache import caches
from django.test import override_settings

from site_cache import generation as freshness

REDIS = "redis://127.0.0.1:6379/11"


def redis_reachable() -> bool:
    try:
        socket.create_connection(("127.0.0.1", 6379), timeout=0.5).close()
    except OSError:
        return False
    return True


@pytest.fixture
def shared_redis():
    if not redis_reachable():
        pytest.skip("no Redis at 127.0.0.1:6379 (the machine's services start one)")
    settings = {
        "CACHES": {"default": {"BACKEND": "site_cache.redis_cache.RedisCache", "LOCATION": REDIS}},
        "REDIS_URL": REDIS,
    }
    with override_settings(**settings):
        caches["default"].clear()
        yield caches["default"]
        caches["default"].clear()


def process(tmp_path, host: str) -> freshness.Freshness:
    """One app process; processes on the same host share the generation file."""
    with override_settings(PAGE_CACHE_GENERATION_FILE=tmp_path / host / "generation"):
        return freshness.Freshness()


@pytest.mark.django_db
def test_every_process_on_the_host_sees_a_publish_on_its_next_request(tmp_path):
    publisher, reader = process(tmp_path, "host-a"), process(tmp_path, "host-a")
    seen = reader.current()

    publisher.bump_host()

    assert reader.current() != seen


@pytest.mark.django_db
def test_another_host_sees_a_publish_within_a_second(tmp_path, shared_redis):
    publisher, elsewhere = process(tmp_path, "host-a"), process(tmp_path, "host-b")
    with time_machine.travel(0, tick=False) as clock:
        clock.move_to(1_800_000_000)
        seen = elsewhere.current()

        publisher.bump()
        clock.shift(0.6)

        assert elsewhere.current() != seen  # 0.6 s after the publish


@pytest.mark.django_db
def test_without_redis_other_hosts_are_not_reached_but_nothing_fails(tmp_path):
    publisher, elsewhere = process(tmp_path, "host-a"), process(tmp_path, "host-b")
    seen = elsewhere.current()

    publisher.bump()

    assert elsewhere.current() == seen


def test_the_redis_cache_reuses_one_client(shared_redis):
    shared_redis.set("greeting", "hello")
    assert shared_redis.get("greeting") == "hello"
    shared_redis.delete("greeting")
    assert shared_redis.get("greeting") is None
    client = shared_redis._cache.get_client("greeting")
    assert shared_redis._cache.get_client("other") is client

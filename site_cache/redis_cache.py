"""Django's Redis cache, with one Redis client per process instead of one per operation.

Django's ``RedisCache`` builds a new ``redis.Redis`` client for every get and
set (the connection pool is shared, the client object is not); on this site's
pages that costs more than the round trip itself. The client is thread-safe and
holds nothing but the pool, so one per pool is enough::

    CACHES = {"default": {"BACKEND": "site_cache.redis_cache.RedisCache", "LOCATION": url}}
"""

from django.core.cache.backends.redis import RedisCache as DjangoRedisCache
from django.core.cache.backends.redis import RedisCacheClient


class ReusedClientRedisCacheClient(RedisCacheClient):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._clients = {}

    def get_client(self, key=None, *, write=False):
        pool = self._get_connection_pool(write)
        client = self._clients.get(id(pool))
        if client is None:
            client = self._clients[id(pool)] = self._client(connection_pool=pool)
        return client


class RedisCache(DjangoRedisCache):
    def __init__(self, server, params):
        super().__init__(server, params)
        self._class = ReusedClientRedisCacheClient

"""Caching and freshness for the whole site: see site_cache/apps.py and docs/architecture.md."""

"""Fixtures for the ops tests, which start servers and make databases of their own.

Under pytest-xdist several workers run them at once, so none may collide: each
server takes its port from the kernel (scripts.processes.free_port), each test
its folders from tmp_path, and a database made here is named after the worker
(``scratch_database_name``), as pytest-django names its own test databases.
"""

import os
from collections.abc import Callable

import dj_database_url
import pytest


@pytest.fixture(scope="session")
def postgres_url() -> str:
    """DATABASE_URL when it points at PostgreSQL (CI's PostgreSQL run), else ""."""
    url = os.environ.get("DATABASE_URL", "")
    engine = dj_database_url.parse(url)["ENGINE"] if url else ""
    return url if engine.endswith(("postgresql", "postgis")) else ""


@pytest.fixture(scope="session")
def scratch_database_name() -> Callable[[str], str]:
    """``name("dccs_scale")`` is ``"test_dccs_scale_gw0"`` on worker gw0, ``..._main`` alone."""
    worker = os.environ.get("PYTEST_XDIST_WORKER", "main")

    def name(base: str) -> str:
        return f"test_{base}_{worker}"

    return name

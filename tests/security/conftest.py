"""Fixtures for the security tests."""

import pytest

from tests.security.corpus import PAYLOAD_IDS, XSS_PAYLOADS


@pytest.fixture(params=XSS_PAYLOADS, ids=PAYLOAD_IDS)
def payload(request):
    """Each stored-XSS payload in turn."""
    return request.param

"""What the feedback form refuses, with a message, and what it cleans out."""

import pytest

from feedback.models import PageFeedback
from tests.feedback.test_views import send


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"useful": "", "looking_for": ""}, "Select yes or no, or tell us what you were looking"),
        ({"looking_for": "x" * 10_000}, "must be 1200 characters or fewer"),
        ({"path": "https://evil.example/"}, "not one of this website"),
        ({"path": "/about/\r\nSet-Cookie: x=1"}, "not one of this website"),
        ({"useful": "maybe"}, "Select a valid choice"),
    ],
)
def test_bad_input_is_refused_with_a_message_and_stores_nothing(client, fields, message):
    response = send(client, **fields)

    assert response.status_code == 400
    assert message in response.text
    assert "There is a problem" in response.text
    assert not PageFeedback.objects.exists()


@pytest.mark.django_db
def test_nul_bytes_and_control_characters_are_cleaned_out(client):
    response = send(client, looking_for="bus\x00 times\x07\r\nand fares")

    assert response.status_code == 303
    assert PageFeedback.objects.get().looking_for == "bus times\nand fares"

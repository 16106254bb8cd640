"""Answers are kept as long as the privacy notice says, and deleted after."""

import datetime as dt
import io

import pytest
from django.core.management import call_command
from django.utils import timezone

from feedback.models import PageFeedback


@pytest.mark.django_db
def test_answers_older_than_the_retention_period_are_deleted(settings):
    settings.FEEDBACK_RETENTION_DAYS = 90
    now = timezone.now()
    PageFeedback.objects.create(path="/old/", useful=True, created_at=now - dt.timedelta(days=91))
    PageFeedback.objects.create(path="/new/", useful=True, created_at=now - dt.timedelta(days=89))
    out = io.StringIO()

    call_command("delete_old_feedback", stdout=out)

    assert list(PageFeedback.objects.values_list("path", flat=True)) == ["/new/"]
    assert "Deleted 1 feedback answer older than 90 days" in out.getvalue()


@pytest.mark.django_db
def test_the_privacy_notice_says_what_is_kept_and_for_how_long(client):
    html = client.get("/privacy/").text

    assert "If you tell us whether a page is useful" in html
    assert "We delete answers after 90 days" in html

"""Readers' answers to "Is this page useful?" (/feedback/): anonymous, rate-limited, kept
FEEDBACK_RETENTION_DAYS days (``manage.py delete_old_feedback``)."""

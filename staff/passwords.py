"""Passwords by email: a new account's set-password link, and "Forgotten your password?".

Both use Django's password reset (its token, its views, its password rules), with
every link on ``settings.SITE_URL``, never a request's Host. They are offered only
where email is sent (``email_is_sent``); otherwise a Site administrator gives a
generated password, and a forgotten one is reset by them (staff/admin.py).
"""

from urllib.parse import urlsplit

from django.conf import settings
from django.contrib.auth.forms import PasswordResetForm
from django.contrib.auth.tokens import default_token_generator
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode

NOT_SENT = "django.core.mail.backends.dummy.EmailBackend"


def email_is_sent() -> bool:
    return settings.EMAIL_BACKEND != NOT_SENT


def link_options() -> dict:
    """What Django's password reset needs to build links on SITE_URL."""
    origin = urlsplit(settings.SITE_URL)
    return {"domain_override": origin.netloc, "use_https": origin.scheme == "https"}


def send_set_password_link(user) -> None:
    """Email ``user`` a link to set their password (Django's reset token: one use, a few days).

    Built here rather than by ``PasswordResetForm.save``, which skips accounts with no
    usable password, as a new account has.
    """
    options = link_options()
    context = {
        "email": user.email,
        "domain": options["domain_override"],
        "site_name": options["domain_override"],
        "uid": urlsafe_base64_encode(force_bytes(user.pk)),
        "user": user,
        "token": default_token_generator.make_token(user),
        "protocol": "https" if options["use_https"] else "http",
    }
    PasswordResetForm().send_mail(
        "staff/set_password_subject.txt",
        "staff/set_password_email.txt",
        context,
        None,
        user.email,
    )

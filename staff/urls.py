"""Forgotten passwords, under /admin/ (Django's views, the admin's look).

The admin's login page offers "Forgotten your login credentials?" (Django 5.2's words) once
``admin_password_reset`` exists. Where no email is sent, the reset page says to ask a Site
administrator instead of pretending to send one.
"""

from django.contrib.auth import views as auth_views
from django.template.response import TemplateResponse
from django.urls import path

from staff.passwords import email_is_sent, link_options


class PasswordResetOnSiteUrl(auth_views.PasswordResetView):
    """Django's reset, its links on SITE_URL: Django would build them from the request's Host."""

    def dispatch(self, request, *args, **kwargs):
        if not email_is_sent():
            return TemplateResponse(
                request,
                "staff/password_reset_unavailable.html",
                {"title": "Forgotten your password?"},
            )
        return super().dispatch(request, *args, **kwargs)

    def form_valid(self, form):
        form.save(
            token_generator=self.token_generator,
            from_email=self.from_email,
            email_template_name=self.email_template_name,
            subject_template_name=self.subject_template_name,
            request=self.request,
            html_email_template_name=self.html_email_template_name,
            extra_email_context=self.extra_email_context,
            **link_options(),
        )
        return super(auth_views.PasswordResetView, self).form_valid(form)


urlpatterns = [
    path(
        "admin/password_reset/",
        PasswordResetOnSiteUrl.as_view(),
        name="admin_password_reset",
    ),
    path(
        "admin/password_reset/done/",
        auth_views.PasswordResetDoneView.as_view(),
        name="password_reset_done",
    ),
    path(
        "admin/reset/<uidb64>/<token>/",
        auth_views.PasswordResetConfirmView.as_view(),
        name="password_reset_confirm",
    ),
    path(
        "admin/reset/done/",
        auth_views.PasswordResetCompleteView.as_view(),
        name="password_reset_complete",
    ),
]

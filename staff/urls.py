"""Forgotten passwords, and the editors' guide, under /admin/ (the admin's look).

The admin's login page offers "Forgotten your login credentials?" (Django 5.2's words) once
``admin_password_reset`` exists. Where no email is sent, the reset page says to ask a Site
administrator instead of pretending to send one. The editors' guide (docs/editors.md) is
shown to signed-in staff at /admin/guide/ (staff/guide.py).
"""

from django.contrib import admin
from django.contrib.auth import views as auth_views
from django.template.response import TemplateResponse
from django.urls import path, reverse

from staff.guide import guide_image, guide_view
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


class PasswordResetCompleteInAdmin(auth_views.PasswordResetCompleteView):
    """Django's "Password reset complete", its "Log in" link to the admin's sign-in page (Django
    would link to settings.LOGIN_URL, /accounts/login/, which this site does not have)."""

    def get_context_data(self, **kwargs):
        return {**super().get_context_data(**kwargs), "login_url": reverse("admin:login")}


urlpatterns = [
    path("admin/guide/", admin.site.admin_view(guide_view), name="staff_guide"),
    path(
        "admin/guide/images/<str:name>",
        admin.site.admin_view(guide_image),
        name="staff_guide_image",
    ),
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
        PasswordResetCompleteInAdmin.as_view(),
        name="password_reset_complete",
    ),
]

"""Staff accounts in the admin (Staff accounts › Users), for Site administrators and superusers.

A superuser gets Django's own user admin. A Site administrator gets a narrower one:
the form is ``StaffAccountForm`` (username, name, email, active, one role); they may
view every account but change only Editors and Publishers (never a superuser or
another administrator), never delete one ("remove" is untick Active: versions keep
their author), and unlock an account the sign-in throttle locked. A new account gets
a set-password link by email, or, where no email is sent, a password shown once.
"""

import secrets

from axes.models import AccessAttempt
from axes.utils import reset as clear_failed_sign_ins
from django import forms
from django.conf import settings
from django.contrib import admin, messages
from django.contrib.auth import get_user_model
from django.contrib.auth.admin import UserAdmin

from pages.roles import ADMINISTRATOR, give_role, role_of
from staff.forms import StaffAccountForm
from staff.passwords import email_is_sent, send_set_password_link

User = get_user_model()
admin.site.unregister(User)


def is_protected(user) -> bool:
    """A superuser or Site administrator: only a superuser changes them."""
    return user.is_superuser or role_of(user) == ADMINISTRATOR


@admin.register(User)
class StaffUserAdmin(UserAdmin):
    list_display = ("username", "full_name", "email", "role", "is_active", "last_login", "locked")
    list_filter = ("is_active", "groups")
    actions = ["unlock_sign_in"]
    # A superuser's form: the roles (three groups) as ticks; the individual permissions, hundreds
    # of them, keep the admin's two-box picker.
    filter_horizontal = ("user_permissions",)

    def formfield_for_manytomany(self, db_field, request, **kwargs):
        if db_field.name == "groups":
            kwargs["widget"] = forms.CheckboxSelectMultiple
        return super().formfield_for_manytomany(db_field, request, **kwargs)

    @admin.display(description="name")
    def full_name(self, user):
        return user.get_full_name()

    @admin.display(description="role")
    def role(self, user):
        return "Superuser" if user.is_superuser else (role_of(user) or "–")

    @admin.display(description="locked out", boolean=True)
    def locked(self, user):
        return AccessAttempt.objects.filter(
            username=user.get_username(), failures_since_start__gte=settings.AXES_FAILURE_LIMIT
        ).exists()

    def get_queryset(self, request):
        return super().get_queryset(request).prefetch_related("groups")

    @admin.action(description="Unlock sign-in (forget their failed attempts)")
    def unlock_sign_in(self, request, queryset):
        names = [user.get_username() for user in queryset]
        for name in names:
            clear_failed_sign_ins(username=name)
        self.message_user(request, f"Unlocked: {', '.join(names)}. They can sign in now.")

    # What a Site administrator may do (a superuser keeps Django's user admin whole).

    def has_change_permission(self, request, obj=None):
        if obj is not None and not request.user.is_superuser and is_protected(obj):
            return False
        return super().has_change_permission(request, obj)

    def has_delete_permission(self, request, obj=None):
        return request.user.is_superuser and super().has_delete_permission(request, obj)

    def get_actions(self, request):
        actions = super().get_actions(request)
        if not request.user.is_superuser:
            actions.pop("delete_selected", None)
        return actions

    def get_form(self, request, obj=None, **kwargs):
        if request.user.is_superuser:
            return super().get_form(request, obj, **kwargs)

        class Form(StaffAccountForm):
            def __init__(self, *args, **form_kwargs):
                super().__init__(*args, may_make_administrators=False, **form_kwargs)

        return Form

    def get_fieldsets(self, request, obj=None):
        if request.user.is_superuser:
            return super().get_fieldsets(request, obj)
        return (
            (None, {"fields": ("username", "first_name", "last_name", "email")}),
            ("Access", {"fields": ("role", "is_active")}),
        )

    def get_readonly_fields(self, request, obj=None):
        return () if request.user.is_superuser else ("last_login", "date_joined")

    def save_model(self, request, obj, form, change):
        if request.user.is_superuser:
            return super().save_model(request, obj, form, change)
        new = obj.pk is None
        if new:
            obj.set_unusable_password()
        obj.is_staff = True
        obj.save()
        give_role(obj, form.cleaned_data["role"])
        if new:
            self._tell_new_account(request, obj)

    def _tell_new_account(self, request, user):
        if email_is_sent() and user.email:
            send_set_password_link(user)
            self.message_user(
                request, f"{user.get_username()} has been emailed a link to set their password."
            )
            return
        password = secrets.token_urlsafe(18)
        user.set_password(password)
        user.save(update_fields=["password"])
        self.message_user(
            request,
            f"No email is sent from this site, so give {user.get_username()} this password "
            f"(it is shown only this once): {password}",
            messages.WARNING,
        )

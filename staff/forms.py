"""The staff account form a Site administrator sees: who, how to reach them, active, one role.

Nothing else: not ``is_superuser``, not individual permissions, not groups (a POST that
sends them is ignored, as the form has no such fields). Only a superuser may make
someone a Site administrator.
"""

from django import forms
from django.contrib.auth import get_user_model

from pages.roles import ADMINISTRATOR, EDITOR, PUBLISHER, role_of

ROLE_CHOICES = [
    (EDITOR, "Editor: drafts changes, asks a Publisher to publish them"),
    (PUBLISHER, "Publisher: publishes, and changes the department's records"),
]


class StaffAccountForm(forms.ModelForm):
    role = forms.ChoiceField(choices=ROLE_CHOICES, widget=forms.RadioSelect)

    class Meta:
        model = get_user_model()
        fields = ("username", "first_name", "last_name", "email", "is_active")
        help_texts = {
            "email": "Where their set-password link and review emails go.",
            "is_active": "Untick to stop them signing in. Their versions keep their name.",
        }

    def __init__(self, *args, may_make_administrators=False, **kwargs):
        super().__init__(*args, **kwargs)
        choices = list(ROLE_CHOICES)
        if may_make_administrators:
            choices.append((ADMINISTRATOR, "Site administrator: also manages staff accounts"))
        self.fields["role"].choices = choices
        if self.instance.pk:
            self.fields["role"].initial = role_of(self.instance)
        self.fields["email"].required = not self.instance.pk

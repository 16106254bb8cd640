"""The "Is this page useful?" form: free text cleaned of control characters, a page of this site."""

import re

from django import forms
from django.conf import settings
from django.core.exceptions import NON_FIELD_ERRORS

CONTROL_CHARACTERS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def clean_text(value: str) -> str:
    """Drop NUL and other control characters; keep ordinary new lines."""
    value = value.replace("\r\n", "\n").replace("\r", "\n")
    return CONTROL_CHARACTERS.sub("", value).strip()


class CleanTextField(forms.CharField):
    """Free text with NUL and other control characters dropped before it is checked."""

    def to_python(self, value):
        return clean_text(super().to_python(value))


class FeedbackForm(forms.Form):
    path = forms.CharField(max_length=500)
    useful = forms.ChoiceField(
        label="Is this page useful?",
        choices=[("yes", "Yes"), ("no", "No")],
        required=False,
        widget=forms.RadioSelect,
    )
    looking_for = CleanTextField(
        label="What were you looking for? (optional)",
        required=False,
        max_length=settings.FEEDBACK_MAX_CHARACTERS,
        strip=False,
        widget=forms.Textarea,
        error_messages={
            "max_length": "What you were looking for must be %(limit_value)s characters or fewer"
        },
    )
    # Hidden from people (and from screen readers); bots fill it in.
    website = forms.CharField(required=False)

    def clean_path(self):
        path = self.cleaned_data["path"]
        if (
            not path.startswith("/")
            or path.startswith("//")
            or CONTROL_CHARACTERS.search(path)
            or any(c in path for c in "\r\n\\")
        ):
            raise forms.ValidationError("The page address is not one of this website's.")
        return path

    def error_summary(self) -> list[tuple[str, str]]:
        """Each error as the page's error summary lists it, with the field it leads to."""
        leads_to = {NON_FIELD_ERRORS: "#useful", "useful": "#useful", "looking_for": "#looking_for"}
        leads_to["path"] = ""  # a hidden field: nothing to go to
        return [
            (str(message), address)
            for field, address in leads_to.items()
            for message in self.errors.get(field, ())
        ]

    def clean(self):
        cleaned = super().clean()
        if not self.errors and not cleaned.get("useful") and not cleaned.get("looking_for"):
            raise forms.ValidationError(
                "Select yes or no, or tell us what you were looking for", code="empty"
            )
        return cleaned

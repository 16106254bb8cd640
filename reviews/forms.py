from django import forms


class AskForm(forms.Form):
    note = forms.CharField(
        label="Note for the Publisher (optional)",
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text="What changed, and anything they should check.",
    )


class SendBackForm(forms.Form):
    comment = forms.CharField(
        label="What needs to change",
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text="The editor sees this on the review list and on the draft, and by email.",
    )

from django import forms

from day_and_time.forms import LondonDateTimeField


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


class ScheduleForm(forms.Form):
    """When a draft goes live, and optionally when it (or the live version) is withdrawn."""

    go_live_at = LondonDateTimeField(
        to_the_minute=True,
        label="Goes live at (London time)",
        required=False,
        help_text="The day, then the time. Readers see "
        "it from that minute; until then they see what is live now.",
    )
    withdraw_at = LondonDateTimeField(
        to_the_minute=True,
        label="Withdrawn at (London time, optional)",
        required=False,
        help_text="Leave empty to keep it live. From that minute readers are told it has "
        "been withdrawn, and it leaves every list.",
    )

    def __init__(self, *args, draft=True, **kwargs):
        super().__init__(*args, **kwargs)
        self.draft = draft
        if not draft:  # only the live version's withdrawal can be scheduled
            del self.fields["go_live_at"]
            self.fields["withdraw_at"].label = "Withdrawn at (London time)"

    def clean(self):
        from django.utils import timezone

        data = super().clean()
        now = timezone.now()
        go_live, withdraw = data.get("go_live_at"), data.get("withdraw_at")
        if self.draft and go_live is None and "go_live_at" not in self.errors:
            self.add_error("go_live_at", "Give the day and the time it goes live.")
        if not self.draft and withdraw is None and "withdraw_at" not in self.errors:
            self.add_error("withdraw_at", "Give the day and the time it is withdrawn.")
        for name in ("go_live_at", "withdraw_at"):
            moment = data.get(name)
            if moment is not None and moment <= now:
                self.add_error(name, "Give a time in the future.")
        if go_live and withdraw and withdraw <= go_live:
            self.add_error("withdraw_at", "It must be withdrawn after it goes live.")
        return data

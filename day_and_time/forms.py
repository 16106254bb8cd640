"""``LondonDateTimeField`` and its widget (see the package's docstring)."""

from django import forms


class DayAndTimeWidget(forms.SplitDateTimeWidget):
    """The browser's date and time pickers, each labelled, grouped under the field's label."""

    template_name = "day_and_time/widget.html"
    group_label = ""

    def __init__(self, attrs=None):
        super().__init__(
            attrs=attrs,
            date_attrs={"type": "date"},
            time_attrs={"type": "time"},
            date_format="%Y-%m-%d",
            time_format="%H:%M",
        )

    def get_context(self, name, value, attrs):
        context = super().get_context(name, value, attrs)
        context["widget"]["group_label"] = self.group_label
        return context


class LondonDateTimeField(forms.SplitDateTimeField):
    """A day and a time, London time (the site's ``TIME_ZONE``): what a browser's pickers
    send, or a time to the second from a script. ``to_the_minute`` drops the seconds."""

    widget = DayAndTimeWidget

    def __init__(self, *, to_the_minute=False, **kwargs):
        super().__init__(
            input_date_formats=["%Y-%m-%d"], input_time_formats=["%H:%M", "%H:%M:%S"], **kwargs
        )
        self.to_the_minute = to_the_minute
        self.widget.group_label = self.label or ""

    def compress(self, data_list):
        moment = super().compress(data_list)
        if moment and self.to_the_minute:
            return moment.replace(second=0, microsecond=0)
        return moment

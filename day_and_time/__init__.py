"""A day and a time, London time, typed in the browser's own pickers: a form field for the
admin's forms (alert banners, scheduled publishing).

The admin's split date-time widget labels neither of its two boxes and needs its
calendar script; the browser's ``type="date"`` and ``type="time"`` inputs need no
script and are read out properly by screen readers. Each box here has its own
label, and the two are a group named by the field's label, so a screen reader says
"Shown from (London time), Day". It imports no app of the project, so any app may
use it (it is installed only so the form renderer finds its template)::

    starts_at = LondonDateTimeField(label="Shown from (London time)")
"""

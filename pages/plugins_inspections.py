"""Ofsted inspections on CMS pages: the whole history, or just the latest judgement.

Both read the records when the page is rendered; a change to any inspection
drops the cached pages (``INSPECTION_RECORDS`` are connected to
``pages.signals.records_changed``), so no page shows an old judgement.
"""

from cms.plugin_base import CMSPluginBase
from cms.plugin_pool import plugin_pool

from pages.models.inspections import Inspection, InspectionHistory, LatestInspectionJudgement


@plugin_pool.register_plugin
class OfstedInspectionsPlugin(CMSPluginBase):
    """Leads with the latest overall judgement and its date, then every inspection, newest first."""

    model = InspectionHistory
    name = "Ofsted inspections"
    module = "Ofsted"
    render_template = "pages/inspections/history.html"
    allow_children = False

    def render(self, context, instance, placeholder):
        context = super().render(context, instance, placeholder)
        inspections = list(Inspection.objects.with_details().newest_first())
        context["latest"] = Inspection.objects.latest_graded()
        context["inspections"] = inspections
        return context


@plugin_pool.register_plugin
class LatestOfstedJudgementPlugin(CMSPluginBase):
    """The headline on any page: our latest overall judgement, its inspection and dates."""

    model = LatestInspectionJudgement
    name = "Latest Ofsted judgement"
    module = "Ofsted"
    render_template = "pages/inspections/latest.html"
    allow_children = False

    def render(self, context, instance, placeholder):
        context = super().render(context, instance, placeholder)
        context["latest"] = Inspection.objects.latest_graded()
        return context

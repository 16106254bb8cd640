"""Ofsted inspections on CMS pages: the whole history, or just the latest judgement.

Both read the records when the page is rendered; a change to any inspection
drops the cached pages (they are declared in ``PagesConfig.shown_on_pages``),
so no page shows an old judgement.
"""

from cms.models import Page
from cms.plugin_base import CMSPluginBase
from cms.plugin_pool import plugin_pool
from django.contrib.sites.shortcuts import get_current_site
from django.urls import NoReverseMatch
from menus.menu_pool import menu_pool

from pages.inspections.models import Inspection, InspectionHistory, LatestInspectionJudgement
from pages.inspections.vocabulary import ILACS_KINDS

OFSTED_PAGE = "ofsted"  # the reverse id of the page about our inspections


def latest_graded(inspections):
    """``Inspection.objects.latest_graded()`` picked from a newest-first list already loaded."""
    return next(
        (
            inspection
            for inspection in inspections
            if inspection.kind in ILACS_KINDS and inspection.overall_judgement
        ),
        None,
    )


def page_url(context, reverse_id: str) -> str:
    """The public address of the page with this reverse id, or "" if it has none.

    Read from the menu the page has already built for its header (no query);
    in edit or preview mode, and for a page the menu leaves out, from the page
    itself, as ``{% page_url %}`` would.
    """
    request = context.get("request")
    if request is None:
        return ""
    toolbar = getattr(request, "toolbar", None)
    editing = toolbar is not None and (toolbar.edit_mode_active or toolbar.preview_mode_active)
    if not editing:
        # The page's own renderer (a lazy object) has the nodes its header built.
        renderer = context.get("cms_menu_renderer") or menu_pool.get_renderer(request)
        for node in renderer.get_nodes():
            if node.attr.get("reverse_id") == reverse_id:
                return node.get_absolute_url()
    page = Page.objects.on_site(get_current_site(request)).filter(reverse_id=reverse_id).first()
    try:
        return (page.get_absolute_url() or "") if page else ""
    except NoReverseMatch:
        return ""


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
        context["latest"] = latest_graded(inspections)
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
        context["ofsted_url"] = page_url(context, OFSTED_PAGE)
        return context

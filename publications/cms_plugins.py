from cms.plugin_base import CMSPluginBase
from cms.plugin_pool import plugin_pool

from publications.models import LatestPublications

NOTHING_TO_SHOW = "There are no publications to show yet."


@plugin_pool.register_plugin
class LatestPublicationsPlugin(CMSPluginBase):
    """The newest N publications (optionally of one type or topic), on any page."""

    model = LatestPublications
    name = "Latest publications"
    module = "Publications"
    render_template = "publications/plugins/latest.html"

    def render(self, context, instance, placeholder):
        context = super().render(context, instance, placeholder)
        context["publications"] = instance.publications()
        context["nothing_to_show"] = NOTHING_TO_SHOW
        return context

    def search_text(self, instance) -> str:
        """Its heading, and whether it has anything to list, for site search.

        Not the titles it lists: each publication has a search entry of its own,
        and a search would otherwise offer every recent one twice.
        """
        if instance.publications().exists():
            return instance.heading
        return f"{instance.heading} {NOTHING_TO_SHOW}"

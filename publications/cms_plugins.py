from cms.plugin_base import CMSPluginBase
from cms.plugin_pool import plugin_pool

from publications.models import LatestPublications


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
        return context

"""What the record-showing plugins have in common: the records are elsewhere, the plugin
holds only how it is shown."""

from cms.models import CMSPlugin
from django.db import models


class HeadedPluginSettings(CMSPlugin):
    """A plugin whose only setting is the heading it shows above the records.

    Subclasses redeclare ``heading`` to give it their own default.
    """

    heading = models.CharField(max_length=100)

    class Meta:
        abstract = True

    def __str__(self):
        return self.heading

"""The "How we are performing" page, under the about page: the KPIs as a chart and a table."""

from pages.seed import SeedPage, SeedPlugin
from pages.seed.content.markup import html

PERFORMANCE = SeedPage(
    slug="performance",
    parent="about",
    title="How we are performing",
    menu_title="How we are performing",
    sources=("003",),  # the business plan summary for 2023/24 (undated)
    meta_description=(
        "The key performance indicators of the Department of Community and Children's "
        "Services: current performance against each target, from the departmental business "
        "plan for 2023/24."
    ),
    sections=(
        html(
            """
            <p>Our departmental business plan for 2023/24 set 13 key performance indicators
            (KPIs). The figures here are from that plan: they show our performance when it was
            written, against the target for each indicator.</p>
            <p>“New” is how the plan marks a new indicator that had no figure yet. Where the
            target is “increase” or “reduce”, the plan set a direction rather than a
            figure.</p>
            """
        ),
        # The KPIs are records (pages/performance/seed.py), shown by their plugin.
        SeedPlugin("KpisPlugin", {"heading": "Key performance indicators"}),
        html(
            """
            <h2>Find out more</h2>
            <ul>
            <li><a href="/about/">About the department</a>: what we do and our priority
            themes</li>
            <li><a href="/publications/">Our strategies, plans and reports</a></li>
            </ul>
            """
        ),
    ),
)

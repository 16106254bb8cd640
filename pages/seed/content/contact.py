"""The contact page."""

from pages.seed import SeedPage, SeedPlugin
from pages.seed.content.markup import html

CONTACT = SeedPage(
    slug="contact",
    title="Contact the Children and Families team",
    menu_title="Contact",
    # 001 (numbers, emails, address, who runs the team), 002 (the duty service shared with
    # Hackney).
    sources=("001", "002"),
    meta_description=(
        "Phone, email and postal details for the Children and Families team, and the "
        "emergency duty line for outside office hours."
    ),
    sections=(
        # Which line to call right now, both lines, the address and the 999 warning.
        SeedPlugin("ContactCardPlugin", {"layout": "full"}),
        html(
            """
            <h2>Who runs the team</h2>
            <p>The Children and Families team is run by the Department of Community and
            Children's Services (DCCS).</p>
            <p><a href="/about/">Find out more about the department</a>, including its goals and
            strategies, <a href="/governance/">how the department is governed</a> and the
            partnership organisations it works with.</p>
            """
        ),
        html(
            """
            <h2>Suggestions and complaints</h2>
            <p>We want to hear from you if you have a suggestion or complaint.</p>
            <p><a href="/suggestions-and-complaints/">Make a suggestion or complaint</a></p>
            """
        ),
    ),
)

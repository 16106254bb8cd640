"""The suggestions and complaints page."""

from pages.seed import SeedPage
from pages.seed.content.markup import OFFICE_EMAIL, OFFICE_PHONE, POSTAL_ADDRESS, html

SUGGESTIONS_AND_COMPLAINTS = SeedPage(
    slug="suggestions-and-complaints",
    title="Suggestions and complaints",
    menu_title="Suggestions and complaints",
    sources=("001",),  # undated: the day its words were written for this site
    in_navigation=False,
    meta_description=(
        "How to make a suggestion or complaint to the Children and Families team at the "
        "City of London Corporation."
    ),
    sections=(
        html(
            """
            <p>If you have a complaint or suggestion to make, we want to hear from you.</p>
            """
        ),
        html(
            """
            <h2>Why you might get in touch</h2>
            <p>You may:</p>
            <ul>
            <li>be unhappy about decisions we have made about your care</li>
            <li>think that no one is listening to you</li>
            <li>feel that you are not being treated properly by our staff, your social worker
            or carers</li>
            <li>have an idea about how to improve the service</li>
            </ul>
            """
        ),
        html(
            f"""
            <h2>How to get in touch</h2>
            <p>Contact the Children and Families team.</p>
            <p>Phone: {OFFICE_PHONE}, 9am to 5pm Monday to Friday</p>
            <p>Email: {OFFICE_EMAIL}</p>
            <p>Post:</p>
            {POSTAL_ADDRESS}
            <p><a href="/contact/">See all the ways to contact the Children and Families
            team</a>, including outside office hours.</p>
            """
        ),
    ),
)

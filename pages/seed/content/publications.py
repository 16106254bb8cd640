"""The publications page."""

from pages.seed import SeedPage
from pages.seed.content.markup import html

PUBLICATIONS = SeedPage(
    slug="publications",
    title="Strategies, plans and reports",
    menu_title="Publications",
    sources=("000", "001"),  # the "Strategies, plans and reports" list; the CYPP
    meta_description=(
        "Strategies, plans and reports from Community and Children's Services, including "
        "the Early Help Strategy and the Children and Young People's Plan."
    ),
    # The list itself comes from the publications records (the apphook).
    apphook="PublicationsApphook",
    sections=(
        html(
            """
            <p>Our strategies, plans, inspection letters and reports, newest first. Filter
            them by type, topic or year, or search them. Every document has its own page with
            a link to download it, and you can ask for it in another format.</p>
            """
        ),
    ),
)

"""The words of the seeded pages, written from the department's source documents.

Every fact comes from /work/shared/source-documents/ (the project never reads
them at run time). Where a page draws on each document:

- Home ("/"): 000 (remit, resident numbers as of 20 September 2024, the
  "Strategies, plans and reports" list), 001 (phone numbers and hours) and
  002 (the September 2024 Ofsted inspection).
- About ("/about/"): 000 (remit, the five priority themes, commissioning) and
  003 (the departmental business plan for 2023/24: description, major
  workstreams, strategic commitments and the 13 KPIs).
- Governance ("/governance/"): 000 (Children's Partnership Board, City and
  Hackney Safeguarding Children Partnership and Safeguarding Adults Board, NHS
  East London and the City), 002 and 004 (committees, the Achieving Excellence
  Board, the MACE Panel) and 003 (accountability bodies, regulators, the Safer
  City Partnership).
- Ofsted ("/ofsted/"): 002 (September 2024 inspection, recommendations and
  the department's response), 004 (progress on the recommendations by June
  2025), 000 (November 2022 focused visit, March 2020 inspection, March 2018
  joint local area SEND inspection) and 001 (the 2018 SEND inspection).
- Publications ("/publications/"): 000 (the 10 documents with size and date
  submitted, the Early Help Strategy description) and 001 (the Children and
  Young People's Plan).
- Contact ("/contact/"): 001 (phone numbers, emails, postal address, who runs
  the team) and 002 (the emergency duty service is shared with Hackney).
- Suggestions and complaints ("/suggestions-and-complaints/"): 001.
- Accessibility, cookies and privacy: about this website itself, written to
  the GOV.UK model accessibility statement; no facts about the department.

Each page lists its sources (``SeedPage.sources``): its "Last updated" is the
newest date they give, or the day its words were written for this site where
none gives one (pages/seed/sources.py), never the day a database was seeded.
"""

from pages.seed import SeedPage
from pages.seed.content.about import ABOUT
from pages.seed.content.complaints import SUGGESTIONS_AND_COMPLAINTS
from pages.seed.content.contact import CONTACT
from pages.seed.content.governance import GOVERNANCE
from pages.seed.content.home import HOME
from pages.seed.content.ofsted import OFSTED
from pages.seed.content.performance import PERFORMANCE
from pages.seed.content.publications import PUBLICATIONS
from pages.seed.content.website import ACCESSIBILITY, COOKIES, PRIVACY

SEED_PAGES: tuple[SeedPage, ...] = (
    HOME,
    ABOUT,
    PERFORMANCE,
    GOVERNANCE,
    OFSTED,
    PUBLICATIONS,
    CONTACT,
    SUGGESTIONS_AND_COMPLAINTS,
    ACCESSIBILITY,
    COOKIES,
    PRIVACY,
)

"""How many queries an uncached page may cost: the issue's target, and today's known gaps.

The target is 12. A text-only page costs exactly that (the apphook revision, the
page, its content, the menu's contents, addresses and cache key, the alert
banner, the placeholder, its plugins, the text plugins' own rows, "Last updated"
and the contact data). The pages below need more, for reasons that do not grow
with the data: django CMS reads each further plugin *type* with one more query,
fetches a nested page's parent and its X-Frame-Options, and some plugins read
their own records. Their counts are recorded here so that ``make bench-short``
(CI) and tests/perf fail on any page that needs more than it does today, while
the gap to the target stays in view.
"""

TARGET = 12

KNOWN_GAPS = {
    # text, contact card, latest judgement and latest publications: 4 plugin types,
    # then the latest inspection and the latest publications.
    "/": 17,
    # text and priority themes (a second plugin type), then the themes.
    "/about/": 14,
    # a nested page (its parent, X-Frame-Options), text and KPIs, then the KPIs.
    "/about/performance/": 16,
    # text and the contact card: two plugin types.
    "/contact/": 13,
    # text and the bodies plugin, then bodies, duties and relationships.
    "/governance/": 16,
    # text and the inspections plugin, then inspections and their three details.
    "/ofsted/": 17,
}
# The list (an apphook page): years and topics for the filter, the count and a page of rows.
PUBLICATIONS_LIST = 16
# One publication: the page it hangs under, then the publication and its files.
PUBLICATION = 13


def budget_for(path: str) -> int:
    """The most queries an uncached render of ``path`` may take without being a regression."""
    if path == "/publications/" or path.startswith("/publications/?"):
        return PUBLICATIONS_LIST
    if path.startswith("/publications/"):
        return PUBLICATION
    return KNOWN_GAPS.get(path, TARGET)

"""What the seeded pages share: the HTML helper and the department's contact details (001)."""


def html(text: str) -> str:
    """Join an HTML fragment written over several lines into clean markup.

    Lines are stripped. Two lines meet with a newline where one ends a tag and
    the next starts one (between block elements), and with a single space
    otherwise, so a sentence wrapped over two source lines reads as one.
    """
    lines = [line.strip() for line in text.strip().splitlines() if line.strip()]
    joined = lines[0]
    for previous, line in zip(lines, lines[1:], strict=False):
        separator = "\n" if previous.endswith(">") and line.startswith("<") else " "
        joined += separator + line
    return joined


OFFICE_PHONE = '<a href="tel:+442073323621">020 7332 3621</a>'
OFFICE_EMAIL = (
    '<a href="mailto:children.duty@cityoflondon.gov.uk">children.duty@cityoflondon.gov.uk</a>'
)
POSTAL_ADDRESS = (
    "<p>Community and Children's Services<br>"
    "City of London<br>"
    "North Wing, Guildhall<br>"
    "PO Box 270<br>"
    "London EC2P 2EJ</p>"
)

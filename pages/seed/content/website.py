"""Pages about this website itself: accessibility statement, cookies, privacy notice."""

from datetime import date

from django.conf import settings

from pages.seed import SeedPage
from pages.seed.content.markup import html

# Accessibility statement (GOV.UK model statement, for this website)

ACCESSIBILITY = SeedPage(
    slug="accessibility",
    title="Accessibility statement",
    menu_title="Accessibility",
    in_navigation=False,
    meta_description=(
        "How accessible this website is, how to report a problem and what we are doing "
        "about content that is not yet accessible."
    ),
    sections=(
        html(
            """
            <p>This accessibility statement applies to this website, the website of the City
            of London Corporation's Department of Community and Children's Services. It does
            not cover other City of London Corporation websites.</p>
            <p>This website is run by the Department of Community and Children's Services. We
            want as many people as possible to be able to use it. We aim to meet the Web
            Content Accessibility Guidelines (WCAG) version 2.2 at level AA. This means you
            should be able to:</p>
            <ul>
            <li>zoom in up to 300% without the text spilling off the screen</li>
            <li>navigate the website using just a keyboard</li>
            <li>use the website with a screen reader</li>
            <li>use the website without JavaScript</li>
            </ul>
            <p>We've also made the text on this website as simple as possible to
            understand.</p>
            <p><a href="https://mcmw.abilitynet.org.uk/">AbilityNet has advice on making your
            device easier to use if you have a disability</a>.</p>
            """
        ),
        html(
            """
            <h2>How accessible this website is</h2>
            <p>We have tested this website with automated accessibility checks and by using it
            with a keyboard. We know of no accessibility problems with its pages.</p>
            <p>Some older documents listed on our
            <a href="/publications/">strategies, plans and reports page</a> are PDFs. They may
            not be fully accessible, and they are not yet available as HTML pages.</p>
            """
        ),
        html(
            """
            <h2>Feedback and contact information</h2>
            <p>If you need information on this website in a different format, including any of
            the documents listed on our strategies, plans and reports page,
            <a href="/contact/">contact the Children and Families team</a>.</p>
            <h3>Reporting accessibility problems with this website</h3>
            <p>We're always looking to improve the accessibility of this website. If you find
            any problems not listed on this page, or think we're not meeting accessibility
            requirements, <a href="/contact/">contact the Children and Families team</a>.</p>
            """
        ),
        html(
            """
            <h2>Enforcement procedure</h2>
            <p>The Equality and Human Rights Commission (EHRC) is responsible for enforcing the
            Public Sector Bodies (Websites and Mobile Applications) (No. 2) Accessibility
            Regulations 2018 (the “accessibility regulations”). If you're not happy with how we
            respond to your complaint, <a href="https://www.equalityadvisoryservice.com/">contact
            the Equality Advisory and Support Service (EASS)</a>.</p>
            """
        ),
        html(
            """
            <h2>Technical information about this website's accessibility</h2>
            <p>The City of London Corporation is committed to making this website accessible,
            in accordance with the Public Sector Bodies (Websites and Mobile Applications)
            (No. 2) Accessibility Regulations 2018.</p>
            <h3>Compliance status</h3>
            <p>This website is partially compliant with the Web Content Accessibility
            Guidelines version 2.2 AA standard, due to the non-compliance listed below.</p>
            """
        ),
        html(
            """
            <h2>Non-accessible content</h2>
            <p>The content listed below is non-accessible for the following reasons.</p>
            <h3>Non-compliance with the accessibility regulations</h3>
            <p>Some older documents listed on our strategies, plans and reports page are PDFs.
            They may not meet accessibility standards. For example, they may not be structured
            so that a screen reader can read them. They are not yet available as HTML
            pages.</p>
            """
        ),
        html(
            """
            <h2>What we're doing to improve accessibility</h2>
            <p>We will check these documents for accessibility before we make them available to
            download from this website. Until then, you can
            <a href="/contact/">ask the Children and Families team for a document in a
            different format</a>.</p>
            """
        ),
        html(
            """
            <h2>Preparation of this accessibility statement</h2>
            <p>This statement was prepared on 24 November 2026.</p>
            <p>This website was tested with automated accessibility checks and by using it with
            a keyboard.</p>
            """
        ),
    ),
)


# Cookies

COOKIES = SeedPage(
    slug="cookies",
    title="Cookies",
    written_on=date(2026, 12, 6),  # the cookies' names and lifetimes changed that day
    menu_title="Cookies",
    in_navigation=False,
    meta_description=(
        "This website sets no cookies when you read it. Only staff who sign in to edit it "
        "get strictly necessary cookies."
    ),
    sections=(
        html(
            """
            <p>Cookies are small files saved on your phone, tablet or computer when you visit a
            website. This page explains how this website uses cookies. It is about this website
            only.</p>
            """
        ),
        html(
            """
            <h2>If you read this website</h2>
            <p>This website does not set any cookies when you read it. Nothing is stored in
            your browser.</p>
            <p>We do not use analytics or any kind of tracking.</p>
            """
        ),
        # The names and lifetimes the settings give (dccs_site/settings.py): "__Host-" names
        # where cookies are Secure (production), plain names on a local plain-HTTP run; the
        # session ends 9 hours after the last request; Django's CSRF cookie lasts a year; the
        # admin's "was changed successfully" messages ride in a cookie until shown.
        html(
            f"""
            <h2>If you sign in to edit this website</h2>
            <p>Staff who sign in to edit this website get up to 3 strictly necessary
            cookies.</p>
            <table>
            <caption>Cookies for staff who edit this website</caption>
            <thead>
            <tr><th scope="col">Name</th><th scope="col">What it is for</th></tr>
            </thead>
            <tbody>
            <tr><th scope="row">{settings.SESSION_COOKIE_NAME}</th><td>Keeps you signed in.
            It is deleted when you sign out, or 9 hours after you last opened a page while
            signed in.</td></tr>
            <tr><th scope="row">{settings.CSRF_COOKIE_NAME}</th><td>Protects the website's
            forms from being misused by other websites. It expires after 1 year.</td></tr>
            <tr><th scope="row">messages</th><td>Carries a message such as "was changed
            successfully" to the next page you open. It is deleted once the message is
            shown.</td></tr>
            </tbody>
            </table>
            """
        ),
        html(
            """
            <h2>Your consent</h2>
            <p>These cookies are strictly necessary for signing in and editing the website, so
            the website does not need your consent for them.</p>
            <p><a href="/privacy/">Read our privacy notice</a></p>
            """
        ),
    ),
)


# Privacy notice

PRIVACY = SeedPage(
    slug="privacy",
    title="Privacy notice",
    menu_title="Privacy",
    in_navigation=False,
    meta_description=(
        "What personal information this website keeps about readers and editors, why, and "
        "who is responsible for it."
    ),
    sections=(
        html(
            """
            <p>This privacy notice explains what personal information this website keeps and
            why. It covers this website only.</p>
            """
        ),
        html(
            """
            <h2>Who is responsible for your information</h2>
            <p>The City of London Corporation is the data controller for this website. The
            website is run by the Corporation's Department of Community and Children's
            Services.</p>
            """
        ),
        html(
            """
            <h2>If you read this website</h2>
            <p>This website stores nothing in your browser and does not use analytics.
            <a href="/cookies/">Read about cookies on this website</a>.</p>
            <p>Our servers may keep technical logs, such as your IP address, the page you
            asked for and the time you asked for it. We use these logs to keep the website
            secure and running.</p>
            """
        ),
        html(
            f"""
            <h2>If you tell us whether a page is useful</h2>
            <p>At the foot of most pages you can tell us whether the page was useful and
            what you were looking for. We keep your answer, the address of the page and the
            time you sent it. We do not keep your name, your contact details or your IP
            address with it, so we cannot reply. We delete answers after
            {settings.FEEDBACK_RETENTION_DAYS} days. Do not include personal information
            in your answer.</p>
            """
        ),
        html(
            """
            <h2>If you edit this website</h2>
            <p>If you are a member of staff who edits this website, we keep:</p>
            <ul>
            <li>your account name</li>
            <li>your email address</li>
            <li>a history of the changes you make</li>
            </ul>
            """
        ),
        html(
            """
            <h2>If you contact the department</h2>
            <p>This notice does not cover information you give us when you contact the
            department by phone, email or post. That is covered by the department's own
            handling of personal information.</p>
            <p>If you have a question about how we handle your personal information,
            <a href="/contact/">contact the Children and Families team</a>.</p>
            """
        ),
    ),
)

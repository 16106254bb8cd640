"""Members of staff for tests, each with one role, made as the site makes them (``give_role``).

staff_member("page-editor", EDITOR)
staff_member("publisher", PUBLISHER, email="publisher@example.gov.uk")
"""

from django.contrib.auth import get_user_model

from pages.roles import give_role

PASSWORD = "a-long-test-password"


def staff_member(username, role, *, password=PASSWORD, **fields):
    user = get_user_model().objects.create_user(username, password=password, **fields)
    give_role(user, role)
    return user

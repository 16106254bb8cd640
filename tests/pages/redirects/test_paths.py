"""Where an old address leads: the path logic alone (pages/redirects/paths.py)."""

from pages.redirects.paths import candidate_paths, follow


def test_candidates_are_the_path_then_its_ancestors_longest_first():
    assert candidate_paths("/a/b/c/") == ["/a/b/c/", "/a/b/", "/a/"]
    assert candidate_paths("/a/b/file.pdf") == ["/a/b/file.pdf", "/a/b/file.pdf/", "/a/b/", "/a/"]
    assert candidate_paths("/") == []
    assert candidate_paths("/admin/anything/") == []
    assert candidate_paths("no-slash") == []


def test_following_a_redirect_keeps_the_rest_of_the_path_and_the_query():
    assert follow("/new/", "/old/x/download/", "/old/", "v=2") == "/new/x/download/?v=2"
    assert follow("/new/?kind=plan", "/old/", "/old/", "page=2") == "/new/?kind=plan&page=2"
    # a single document takes the visitor there whatever followed the old address
    assert follow("https://example.org/report.pdf", "/old/x/", "/old/") == (
        "https://example.org/report.pdf"
    )
    # "/" + "/evil.example" must not become an address on another site
    assert follow("/", "/old//evil.example/", "/old/") == "/evil.example/"
    assert follow("/new/", "/old/../admin/", "/old/") is None

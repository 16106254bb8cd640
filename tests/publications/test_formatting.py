import pytest

from publications.formatting import format_file_size, format_page_count


@pytest.mark.parametrize(
    ("size", "shown"),
    [
        (0, "0 bytes"),
        (1, "1 byte"),
        (1023, "1,023 bytes"),
        (1024, "1 KB"),
        (1536, "1.5 KB"),
        (1_048_575, "1 MB"),
        (1_048_576, "1 MB"),
        (int(1.2 * 1024**2), "1.2 MB"),
        (int(2.5 * 1024**3), "2.5 GB"),
    ],
)
def test_file_sizes_read_as_people_expect(size, shown):
    assert format_file_size(size) == shown


@pytest.mark.parametrize(
    ("pages", "shown"), [(1, "1 page"), (24, "24 pages"), (1200, "1,200 pages")]
)
def test_page_counts_read_as_people_expect(pages, shown):
    assert format_page_count(pages) == shown

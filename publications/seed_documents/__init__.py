"""The full texts of the seeded documents the site has in full (sources 002, 003, 004),
as accessible HTML: each is a publication's HTML version and its stand-in PDF's text."""

"""What editors may put on a page and how they type it: django CMS's placeholders and the
rich-text editor's toolbar. settings.py imports these by name; nothing here reads the
environment.
"""

CMS_PLACEHOLDER_CONF = {
    "content": {
        "name": "Page content",
        "plugins": [
            "TextPlugin",
            "LinkPlugin",
            "LatestPublicationsPlugin",
            "ContactCardPlugin",
            "GovernanceBodiesPlugin",
            "OfstedInspectionsPlugin",
            "LatestOfstedJudgementPlugin",
            "PriorityThemesPlugin",
            "KpisPlugin",
        ],
    },
}

# The rich-text editor's toolbar offers only what survives rich_text/'s cleaning: the
# library's own buttons less those that write a style attribute (alignment), colour text
# (Bootstrap classes this site does not define; the highlighter) or style it by classes and
# elements the site's styles leave alone, and CKEditor 4's names TipTap does not know. The
# public Content-Security-Policy would refuse inline styles anyway; tables lose only widths.
_RICH_TEXT_TOOLBAR = [
    ["Undo", "Redo"],
    ["Format"],
    ["Bold", "Italic", "Underline", "-", "InlineQuote", "Code", "-", "Subscript", "Superscript"],
    ["RemoveFormat"],
    ["Link", "Unlink"],
    ["NumberedList", "BulletedList"],
    ["HorizontalRule", "CodeBlock"],
    ["Outdent", "Indent", "-", "Blockquote", "-", "Table"],
]
TEXT_EDITOR_SETTINGS = {
    "toolbar_CMS": [_RICH_TEXT_TOOLBAR[0], ["CMSPlugins"], *_RICH_TEXT_TOOLBAR[1:]],  # plugins
    "toolbar_HTMLField": _RICH_TEXT_TOOLBAR,  # rich-text fields (a publication's HTML version)
}

"""What rich text may hold on this site: the rule for its links and attributes, applied when
it is saved and again whenever it is shown.

djangocms-text cleans a Text plugin or an HTMLField with nh3 when it is saved through
the CMS, but shows what is stored as it is: a body written by other means (an import,
a migration, a query) reached the page unchecked. Here:

- ``policy.sanitised(html)``: djangocms-text's own nh3 policy, with ``style`` taken
  out (the public Content-Security-Policy refuses inline styles, so styling an editor
  gave would vanish without a word) and only these addresses in links and images:
  ``http:``, ``https:``, ``mailto:``, ``tel:``, a path on this site (``/about/``) or a
  place on the page (``#contacts``);
- on saving: djangocms-text's shared cleaner is narrowed to the same attributes and
  schemes, and a Text plugin's body goes through ``sanitised`` before it is stored
  (``apps.py``);
- on showing: the text plugin's template (``templates/cms/plugins/text.html``) passes
  the body through ``{{ body|sanitised_rich_text }}`` (``templatetags/rich_text.py``);
- the editor's toolbar (``TEXT_EDITOR_SETTINGS`` in settings) offers nothing that would
  write ``style``.

It imports no app of the project.
"""

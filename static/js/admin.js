// Names the admin's script-made fields after their labels, for screen readers, on every admin
// screen (templates/admin/base_site.html): djangocms-text's editor (TipTap) and the admin's
// autocomplete (select2: a publication's "Supersedes", an inspection's report, a governance
// body's links) build their own input elements, and give them no name (axe:
// aria-input-field-name). The forms work the same without it.
(function () {
  "use strict";

  function labelFor(id) {
    const label = document.querySelector(`label[for="${CSS.escape(id)}"]`);
    return label ? label.textContent.trim().replace(/:$/, "") : "";
  }

  function name(element, fieldId) {
    const text = labelFor(fieldId);
    if (element && text && !element.hasAttribute("aria-label")) {
      element.setAttribute("aria-label", text);
    }
  }

  function nameEach() {
    for (const textarea of document.querySelectorAll("textarea[id]")) {
      const editor = document.getElementById(`${textarea.id}_editor`);
      name(editor && editor.querySelector('[contenteditable][role="textbox"]'), textarea.id);
    }
    for (const select of document.querySelectorAll("select.admin-autocomplete[id]")) {
      // The combobox is labelled by this box, so naming it names both.
      name(document.getElementById(`select2-${select.id}-container`), select.id);
    }
  }

  // Both widgets start after the page has loaded, each in its own time.
  new MutationObserver(nameEach).observe(document.documentElement, {
    childList: true,
    subtree: true,
  });
  document.addEventListener("DOMContentLoaded", nameEach);
})();

// djangocms-versioning's Publish on a draft's change form is a link: pressed after changing
// the form without saving, it published the draft as last saved and said "Version published",
// the change silently left behind. Once anything in the form has changed, Publish asks first.
(function () {
  "use strict";

  const UNSAVED =
    "You have changes on this page that are not saved. Publish goes ahead without them. " +
    "Press Cancel, then Save, to publish them.";
  let changed = false;

  document.addEventListener("DOMContentLoaded", () => {
    const form = document.querySelector("#content-main form");
    if (!form) return;
    const remember = () => {
      changed = true;
    };
    form.addEventListener("input", remember);
    form.addEventListener("change", remember);
    form.addEventListener("submit", () => {
      changed = false;
    });
    // Before versioning's own handler on the link (which posts at once): the capture phase.
    document.addEventListener(
      "click",
      (event) => {
        const link = event.target.closest && event.target.closest('a[href*="/publish/"]');
        if (link && changed && !window.confirm(UNSAVED)) {
          event.preventDefault();
          event.stopImmediatePropagation();
        }
      },
      true,
    );
  });
})();

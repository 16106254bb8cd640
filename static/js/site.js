// Progressive enhancement only: every page works without this file.
// Loaded as a module (never inline, so the CSP needs no exception); browsers
// too old for modules never run it and get the plain, fully working page.
document.body.classList.add("js-enabled", "govuk-frontend-supported");

const loader = document.querySelector("script[data-govuk-frontend]");
if (loader) {
  import(loader.dataset.govukFrontend).then(({ initAll }) => initAll());
}

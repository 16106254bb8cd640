// Progressive enhancement only: every page works without this file.
// Loaded as a module (never inline, so the CSP needs no exception); browsers
// too old for modules never run it and get the plain, fully working page.
// `npm run build` bundles it with just the GOV.UK Frontend components named
// here, so a page loads one small script. When a template starts using
// another data-module="govuk-…", add its component to this list
// (tests/dccs_site/test_static_files.py checks).
import { Button, createAll, ErrorSummary, Radios, ServiceNavigation, SkipLink } from "govuk-frontend";

document.body.classList.add("js-enabled", "govuk-frontend-supported");

for (const Component of [Button, ErrorSummary, Radios, ServiceNavigation, SkipLink]) {
  createAll(Component);
}

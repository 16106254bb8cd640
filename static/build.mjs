// Builds the site's front end into build/static/ (served by Django/whitenoise):
// the SCSS compiled with GOV.UK Frontend, the site's own scripts and images,
// and the few GOV.UK Frontend files the pages use. Run with `npm run build`.
import { cpSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import * as sass from "sass";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const out = join(root, "build", "static");
const govuk = join(root, "node_modules", "govuk-frontend", "dist", "govuk");

rmSync(out, { recursive: true, force: true });
mkdirSync(join(out, "css"), { recursive: true });

const result = sass.compile(join(root, "static", "scss", "site.scss"), {
  loadPaths: [join(root, "node_modules")],
  style: "compressed",
  quietDeps: true,
  silenceDeprecations: ["import"],
});
writeFileSync(join(out, "css", "site.css"), result.css);

cpSync(join(root, "static", "js"), join(out, "js"), { recursive: true });
cpSync(join(root, "static", "images"), join(out, "images"), { recursive: true });
for (const name of ["govuk-frontend.min.js", "govuk-frontend.min.js.map"]) {
  cpSync(join(govuk, name), join(out, "js", name));
}
// Only images: the GDS Transport fonts are GOV.UK's own and not for this site.
cpSync(join(govuk, "assets", "images"), join(out, "govuk", "assets", "images"), { recursive: true });

console.log(`Front end built into ${out} (${result.css.length} bytes of CSS)`);

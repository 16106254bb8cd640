// Builds the site's front end into build/static/ (served by Django/whitenoise):
// the SCSS compiled with GOV.UK Frontend, the site's script bundled with the
// GOV.UK Frontend components it starts, and the images. Run with `npm run build`.
import { cpSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import * as esbuild from "esbuild";
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
// The staff admin's own few rules (templates/admin/base_site.html).
const admin = sass.compile(join(root, "static", "scss", "admin.scss"), { style: "compressed" });
writeFileSync(join(out, "css", "admin.css"), admin.css);

// One module script per page: site.js with only the GOV.UK Frontend components
// it imports (the whole govuk-frontend.min.js is 47 KB; the site needs a few).
const script = await esbuild.build({
  entryPoints: [join(root, "static", "js", "site.js")],
  outfile: join(out, "js", "site.js"),
  bundle: true,
  format: "esm",
  minify: true,
  sourcemap: "linked",
  legalComments: "none",
  logLevel: "warning",
  metafile: true,
});
// The staff admin's one script, as written (templates/admin/base_site.html).
cpSync(join(root, "static", "js", "admin.js"), join(out, "js", "admin.js"));
cpSync(join(root, "static", "images"), join(out, "images"), { recursive: true });
// Only images: the GDS Transport fonts are GOV.UK's own and not for this site.
cpSync(join(govuk, "assets", "images"), join(out, "govuk", "assets", "images"), { recursive: true });

const scriptBytes = script.metafile.outputs[Object.keys(script.metafile.outputs).find((name) => name.endsWith(".js"))].bytes;
console.log(`Front end built into ${out} (${result.css.length} bytes of CSS, ${scriptBytes} of JavaScript)`);

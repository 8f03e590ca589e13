// Build-time helper (run by hand when the vendored data is refreshed; never by the build).
// Reads dist/index.js of an unpacked npm @pydantic/genai-prices package and prints the
// provider array (the first top-level `const <name> = [ ... ]` literal) as JSON.
//
//   cd /tmp && npm pack @pydantic/genai-prices@<version> && tar xzf pydantic-genai-prices-<version>.tgz
//   node extract.mjs /tmp/package/dist/index.js > data.json
import { readFileSync } from "node:fs";
import vm from "node:vm";

const path = process.argv[2];
if (!path) {
  console.error("usage: node extract.mjs <package>/dist/index.js");
  process.exit(2);
}
const src = readFileSync(path, "utf8");
const head = /^const [A-Za-z_$][\w$]* = \[/m.exec(src);
if (!head || head.index !== 0) {
  console.error("extract.mjs: the file does not start with `const <name> = [`");
  process.exit(1);
}
// the literal ends at the first line that starts with `]` (the bundler's formatting)
const end = src.search(/\n\]/);
if (end < 0) {
  console.error("extract.mjs: end of the provider array not found");
  process.exit(1);
}
const literal = src.slice(head[0].length - 1, end + 2);
// evaluate the literal alone, in an empty context: it is data (objects, strings, numbers, !0/!1)
const data = vm.runInNewContext("(" + literal + ")", Object.create(null), { timeout: 10000 });
if (!Array.isArray(data) || !data.every((p) => typeof p.id === "string" && Array.isArray(p.models))) {
  console.error("extract.mjs: unexpected shape (want an array of providers with id and models)");
  process.exit(1);
}
process.stdout.write(JSON.stringify(data, null, 1) + "\n");

// Maintainer script: write data/tokenizer/corpus/expected.tsv, the ids that
// the reference implementation (npm tiktoken 1.0.22, OpenAI's Rust core
// compiled to WASM) gives for the committed corpus, so that the unit tests
// and CI need no Node.  Use `tiktoken`, not js-tiktoken or gpt-tokenizer:
// those disagree with it on U+0085 and U+FEFF.
//
// Rows: every corpus file whole, and every string of edge_cases.json, for
// every encoding; same columns as oracle.tsv.
//
// Usage:
//   npm install --prefix /tmp/tok-npm tiktoken@1.0.22
//   node data/tokenizer/gen_corpus_expected.mjs /tmp/tok-npm/node_modules \
//     > data/tokenizer/corpus/expected.tsv

import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';

const modules = process.argv[2];
if (!modules) {
	console.error('usage: gen_corpus_expected.mjs NODE_MODULES_DIR');
	process.exit(2);
}
const require = createRequire(path.join(path.resolve(modules), 'x.js'));
const tiktoken = require('tiktoken');
const pkg = JSON.parse(fs.readFileSync(path.join(modules, 'tiktoken', 'package.json'), 'utf8'));
if (pkg.version !== '1.0.22')
	throw new Error(`expected tiktoken 1.0.22, found ${pkg.version}`);

const dir = path.join(path.dirname(new URL(import.meta.url).pathname), 'corpus');
const cases = [];
for (const name of fs.readdirSync(dir).sort()) {
	if (name.startsWith('expected') || name === 'edge_cases.json')
		continue;
	cases.push([name, fs.readFileSync(path.join(dir, name), 'utf8')]);
}
JSON.parse(fs.readFileSync(path.join(dir, 'edge_cases.json'), 'utf8'))
	.forEach((text, i) => cases.push([`edge_${String(i + 1).padStart(2, '0')}`, text]));

const out = ['encoding\ttext_json\tcount\ttoken_ids\tcase_id\tutf8_hex'];
for (const enc of ['r50k_base', 'p50k_base', 'cl100k_base', 'o200k_base']) {
	const e = tiktoken.get_encoding(enc);
	for (const [id, text] of cases) {
		const ids = Array.from(e.encode_ordinary(text));
		out.push([enc, JSON.stringify(text), ids.length, ids.join(','), id,
			Buffer.from(text, 'utf8').toString('hex')].join('\t'));
	}
	e.free();
}
process.stdout.write(out.join('\n') + '\n');

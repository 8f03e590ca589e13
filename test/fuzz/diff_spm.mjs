// Differential test of the SentencePiece encodings llama2, mistral_v1,
// mistral_v2, mistral_v3, gemma2 and gemma3 (maintainer tool, needs Node):
// random strings tokenized by
// their references and by the C engine (test/bench/work/tokcli, built by
// make -C test/unit tokcli); prints every disagreement, exits 1 if any.
//
// References: two per encoding (one for mistral_v2 and v3), see
// data/tokenizer/spm_refs.mjs.
//
// Usage: node test/fuzz/diff_spm.mjs NODE_MODULES_DIR [COUNT] [SEED]
//        (TEXTS=FILE: the texts of FILE instead, see texts_file.mjs)

import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { spmReferences } from '../../data/tokenizer/spm_refs.mjs';
import { textsFromFile } from './texts_file.mjs';

const [modules, countArg, seedArg] = process.argv.slice(2);
const count = Number(countArg || 3000);
let seed = Number(seedArg || 12345) >>> 0;
function rand(n) {
	seed = (seed * 1664525 + 1013904223) >>> 0;
	return seed % n;
}

// Letters that merge, spaces and runs of them, "▁" itself, characters with
// and without a piece (byte fallback), specials' spelling.
const alphabet = [
	'a', 'b', 'e', 'r', 's', 't', 'th', 'the', 'ing', 'ion', 'A', 'T', 'Z', 'x', 'q',
	'0', '1', '9', '00', ' ', ' ', ' ', ' ', '  ', '    ', '\t', '\n', '\r\n', "'", '"',
	'.', ',', '!', '-', '_', '#', '<', '>', '/', '<s>', '</s>', '<unk>', '<0x41>',
	'\u2581', '\u2581\u2581', '\u00a0', '\u3000', '\u200b', '\u0000', '\u0001', '\u007f',
	'é', 'É', 'ß', 'e\u0301', 'ñ', 'ü', 'я', 'Я', 'ω', 'Ω', '中', '文', '镇', '龥',
	'あ', 'ア', '한', 'ل', 'ا', 'क', '\u093f', '€', '©', '°', '→', '∑',
	'\ud83d\udc4d', '\ud83e\udd99', 'Ꙋ', '\ue000', '\ufeff', '\ufffd', '\ud835\udfce',
	'Hello', ' world', 'function', '()', '{}', '=>',
	// Gemma's added pieces and what is near them
	'\n\n', '\n\n\n', '\t\t', '<table>', '</td>', '<tr', '<h1>', '<unused0>', '<unused99>',
	'<mask>', '[@BOS@]', '<start_of_turn>', '<end_of_turn>', '<bos>', '[multimodal]', '<', '<<',
	'> </', '>  </', '> <', '>\u2581</', // Gemma 3's piece ">▁</" crosses a space
];

function randomString() {
	const len = 1 + rand(20);
	let s = '';
	for (let i = 0; i < len; i++)
		s += alphabet[rand(alphabet.length)];
	return s;
}

const here = path.dirname(new URL(import.meta.url).pathname);
const tokcli = path.join(here, '..', 'bench', 'work', 'tokcli');

const refs = await spmReferences(modules);

const runs = [
	['llama2', 'Llama 2 tokenizer.json (transformers.js)', refs.llama2.hf],
	['llama2', 'llama-tokenizer-js', refs.llama2.js],
	['mistral_v1', 'Mistral 7B tokenizer.json (transformers.js)', refs.mistral_v1.hf],
	['mistral_v1', 'mistral-tokenizer-js', refs.mistral_v1.js],
	['mistral_v2', 'v0.1 tokenizer.json with the v2 vocabulary (transformers.js)', refs.mistral_v2.hf],
	['mistral_v3', 'Mistral 7B v0.3 tokenizer.json (transformers.js)', refs.mistral_v3.hf],
	['gemma2', 'Gemma 2 tokenizer.json (transformers.js)', refs.gemma2.hf],
	['gemma2', 'Gemma 2 tokenizer.json (@huggingface/tokenizers)', refs.gemma2.hfjs],
	['gemma3', 'Gemma 3 tokenizer.json (transformers.js)', refs.gemma3.hf],
	['gemma3', 'Gemma 3 tokenizer.json (@huggingface/tokenizers)', refs.gemma3.hfjs],
];

const fromFile = textsFromFile();
const texts = fromFile ?? [];
for (let i = 0; fromFile === null && i < count; i++)
	texts.push(randomString());
// long words: the heap path, whitespace runs, no spaces at all
texts.push('a'.repeat(300), ' '.repeat(300), 'ab'.repeat(200), '\u2581'.repeat(100) + 'x',
	'\n'.repeat(100), '\t'.repeat(70) + 'x', ' '.repeat(70) + '\n' + ' '.repeat(40),
	'中'.repeat(100), '🦙'.repeat(80), 'the'.repeat(150) + ' ' + 'ing'.repeat(100));
const input = texts.map(t => Buffer.from(t, 'utf8').toString('hex')).join('\n') + '\n';

let bad = 0;
for (const [enc, name, encode] of runs) {
	const ours = execFileSync(tokcli, ['ids', enc], { input, maxBuffer: 1 << 28 })
		.toString().split('\n');
	let diffs = 0;
	texts.forEach((t, i) => {
		const ref = encode(t).join(',');
		if (ours[i] !== ref) {
			if (diffs++ < 10)
				console.log(`${enc} vs ${name}: ${JSON.stringify(t)}\n  llmnum ${ours[i]}\n  ref    ${ref}`);
		}
	});
	console.log(`${enc} vs ${name}: ${texts.length} strings, ${diffs} differences`);
	bad += diffs;
}
process.exit(bad ? 1 : 0);

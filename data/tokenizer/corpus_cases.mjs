// The texts of data/tokenizer/corpus/ as [case id, text] pairs, for the
// maintainer scripts that write its expected ids (gen_corpus_expected.mjs,
// gen_open_expected.mjs): every file whole, then every string of
// edge_cases.json as edge_01, edge_02...

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

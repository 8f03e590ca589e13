// JavaScript peers of the tokenizer benchmark (run by test/bench/tokenizer.sh
// with the packages installed in test/bench/work/node).
//
//   node peers.cjs NODE_MODULES ROWS_FILE ENCODING [TOOLS] [PASSES]
//
// ROWS_FILE holds the rows of one corpus, one per line, with the escapes
// of COPY text format (\n \t \r \\), exactly the rows the SQL side loads.
// Each tool counts every row and the counts are summed; best of PASSES
// passes (default 3; a tool's own caches stay warm between passes, as
// llmnum's do in a backend).  Prints "tool<TAB>tokens<TAB>seconds" per tool.
'use strict';
const fs = require('fs');
const path = require('path');
const [modules, rowsFile, enc, toolList, passArg] = process.argv.slice(2);
const passes = Number(passArg || 3);
// resolve through each package's exports map, from the install directory
const req = require('module').createRequire(path.join(modules, '..', 'peers.cjs'));
const unesc = (s) => s.replace(/\\(.)/g, (_, c) => c === 'n' ? '\n' : c === 't' ? '\t' : c === 'r' ? '\r' : c);
const rows = fs.readFileSync(rowsFile, 'utf8').split('\n').filter((l) => l.length > 0).map(unesc);

const tools = {
	'ai-tokenizer': () => {
		const Tokenizer = req('ai-tokenizer').default || req('ai-tokenizer').Tokenizer;
		const t = new Tokenizer(req(`ai-tokenizer/encoding/${enc}`));
		return (s) => t.count(s);
	},
	'gpt-tokenizer': () => {
		const g = req(`gpt-tokenizer/cjs/encoding/${enc}`);
		return (s) => g.countTokens(s);
	},
	'tiktoken': () => {
		const e = req('tiktoken').get_encoding(enc);
		return (s) => e.encode_ordinary(s).length;
	},
	'js-tiktoken': () => {
		const e = req('js-tiktoken').getEncoding(enc);
		return (s) => e.encode(s, [], []).length;
	},
};

for (const name of (toolList || Object.keys(tools).join(',')).split(',')) {
	const count = tools[name]();
	let best = Infinity, total = 0;
	for (let pass = 0; pass < passes; pass++) {
		const t0 = process.hrtime.bigint();
		total = 0;
		for (const r of rows)
			total += count(r);
		best = Math.min(best, Number(process.hrtime.bigint() - t0) / 1e9);
	}
	console.log(`${name}\t${total}\t${best.toFixed(4)}`);
}

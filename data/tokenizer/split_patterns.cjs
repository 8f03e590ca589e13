// The split patterns of the tiktoken-style encodings as JavaScript regular
// expression sources, for the maintainer scripts and benchmarks that run a
// reference (npm tiktoken over a committed rank file) or check a vendor's
// configuration: gen_tekken_vocab.mjs, gen_open_expected.mjs,
// test/fuzz/diff_open.mjs, test/bench/peers_open.cjs.  The engine's own
// scanners are in src/pretokenizer.c.  CommonJS, so that both the ES
// modules and the CommonJS benchmark can load it.
'use strict';

// cl100k_base; llama3 uses it as it is
const CL100K = "(?i:'s|'t|'re|'ve|'m|'ll|'d)|[^\\r\\n\\p{L}\\p{N}]?\\p{L}+|\\p{N}{1,3}" +
	"| ?[^\\s\\p{L}\\p{N}]+[\\r\\n]*|\\s*[\\r\\n]+|\\s+(?!\\S)|\\s+";

// o200k_base; llama4 uses it as it is (O200K_PATTERN of Meta's
// models/llama4/tokenizer.py)
const O200K = "[^\\r\\n\\p{L}\\p{N}]?[\\p{Lu}\\p{Lt}\\p{Lm}\\p{Lo}\\p{M}]*[\\p{Ll}\\p{Lm}\\p{Lo}\\p{M}]+(?i:'s|'t|'re|'ve|'m|'ll|'d)?" +
	"|[^\\r\\n\\p{L}\\p{N}]?[\\p{Lu}\\p{Lt}\\p{Lm}\\p{Lo}\\p{M}]+[\\p{Ll}\\p{Lm}\\p{Lo}\\p{M}]*(?i:'s|'t|'re|'ve|'m|'ll|'d)?" +
	"|\\p{N}{1,3}| ?[^\\s\\p{L}\\p{N}]+[\\r\\n/]*|\\s*[\\r\\n]+|\\s+(?!\\S)|\\s+";

// Mistral's Tekken: o200k_base's without the contractions and with single
// digits (the pattern of tekken_240718.json, which gen_tekken_vocab.mjs
// checks)
const TEKKEN = '[^\\r\\n\\p{L}\\p{N}]?[\\p{Lu}\\p{Lt}\\p{Lm}\\p{Lo}\\p{M}]*[\\p{Ll}\\p{Lm}\\p{Lo}\\p{M}]+' +
	'|[^\\r\\n\\p{L}\\p{N}]?[\\p{Lu}\\p{Lt}\\p{Lm}\\p{Lo}\\p{M}]+[\\p{Ll}\\p{Lm}\\p{Lo}\\p{M}]*' +
	'|\\p{N}| ?[^\\s\\p{L}\\p{N}]+[\\r\\n/]*|\\s*[\\r\\n]+|\\s+(?!\\S)|\\s+';

module.exports = { CL100K, O200K, TEKKEN };

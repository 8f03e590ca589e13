/*-------------------------------------------------------------------------
 *
 * encoding.c
 *	  The encodings: name, split pattern, vocabulary, specials.
 *
 * OpenAI's four (r50k, p50k, cl100k, o200k) and o200k_harmony (gpt-oss:
 * o200k_base's ranks and pattern, more special tokens); the open models'
 * byte-level BPE encodings llama3 (Llama 3), llama3_1 (Llama 3.1, 3.2,
 * 3.3: the same ranks, other special tokens) and llama3_2_vision (Llama
 * 3.2 Vision: one special token more), deepseek_v3 (DeepSeek-V3, R1) and
 * qwen2, qwen2_5 and qwen3 (Qwen1.5 and Qwen2, Qwen2.5, Qwen3: one
 * vocabulary, each generation's special tokens), whose vocabularies are
 * derived from their tokenizer.json (data/tokenizer/gen_open_vocabs.mjs);
 * llama4 (Llama 4: Meta's rank file as it is); tekken (Mistral's Tekken,
 * data/tokenizer/gen_tekken_vocab.mjs); the SentencePiece-BPE encodings
 * llama2, mistral_v1, mistral_v2, mistral_v3, gemma2 and gemma3
 * (sentencepiece.c, data/tokenizer/gen_spm_vocabs.mjs); phi4 (Phi-4:
 * cl100k_base's ranks, its own special tokens); deepseek_r1_qwen (DeepSeek-R1's
 * distills into Qwen2.5: qwen2's ranks, DeepSeek's special tokens); and
 * deepseek_r1_llama, phi3_small, phi4_mini and deepseek_v3_1 (llama3's,
 * cl100k_base's, o200k_base's and deepseek_v3's ranks; special tokens
 * unknown, so none listed: llmnum_specials_unknown).
 *
 * Special tokens are listed so that decode can turn their ids back into
 * text and special_tokens => true can match them; encode without it never
 * produces them, as tiktoken's encode_ordinary does not.
 *
 *-------------------------------------------------------------------------
 */
#include "tokenizer.h"

#include "nfc.h"
#include "open_specials.h"
#include "sentencepiece.h"

static const llmnum_special_token gpt2_specials[] = {
	{50256, "<|endoftext|>"},
};

static const llmnum_special_token cl100k_specials[] = {
	{100257, "<|endoftext|>"},
	{100258, "<|fim_prefix|>"},
	{100259, "<|fim_middle|>"},
	{100260, "<|fim_suffix|>"},
	{100276, "<|endofprompt|>"},
};

static const llmnum_special_token o200k_specials[] = {
	{199999, "<|endoftext|>"},
	{200018, "<|endofprompt|>"},
};

#define LENGTH(a) (sizeof(a) / sizeof((a)[0]))

static const llmnum_encoding r50k_base = {
	"r50k_base", LLMNUM_PATTERN_R50K, &llmnum_vocab_r50k_base, 50257,
	gpt2_specials, LENGTH(gpt2_specials), NULL, LLMNUM_NORMALIZE_NONE
};

static const llmnum_encoding p50k_base = {
	"p50k_base", LLMNUM_PATTERN_R50K, &llmnum_vocab_p50k_base, 50281,
	gpt2_specials, LENGTH(gpt2_specials), NULL, LLMNUM_NORMALIZE_NONE
};

static const llmnum_encoding cl100k_base = {
	"cl100k_base", LLMNUM_PATTERN_CL100K, &llmnum_vocab_cl100k_base, 100277,
	cl100k_specials, LENGTH(cl100k_specials), NULL, LLMNUM_NORMALIZE_NONE
};

static const llmnum_encoding o200k_base = {
	"o200k_base", LLMNUM_PATTERN_O200K, &llmnum_vocab_o200k_base, 200019,
	o200k_specials, LENGTH(o200k_specials), NULL, LLMNUM_NORMALIZE_NONE
};

/* ids of o200k_harmony run to 201087: reserved tokens fill the rest */
static const llmnum_encoding o200k_harmony = {
	"o200k_harmony", LLMNUM_PATTERN_O200K, &llmnum_vocab_o200k_base, 201088,
	o200k_harmony_specials, LENGTH(o200k_harmony_specials), NULL, LLMNUM_NORMALIZE_NONE
};

/* Llama 3: cl100k_base's pattern, 128,000 ranks + 256 special tokens */
static const llmnum_encoding llama3 = {
	"llama3", LLMNUM_PATTERN_CL100K, &llmnum_vocab_llama3, 128256,
	llama3_specials, LENGTH(llama3_specials), NULL, LLMNUM_NORMALIZE_NONE
};

/*
 * Llama 3.1, 3.2 and 3.3: Llama 3's ranks; three of the special tokens are
 * named (<|finetune_right_pad_id|>, <|eom_id|>, <|python_tag|>), so tool
 * calls' markers are special tokens, and the reserved ones renumbered
 */
static const llmnum_encoding llama3_1 = {
	"llama3_1", LLMNUM_PATTERN_CL100K, &llmnum_vocab_llama3, 128256,
	llama3_2_vision_specials, LLAMA3_1_N_SPECIALS, NULL, LLMNUM_NORMALIZE_NONE
};

/*
 * Llama 3.2 11B and 90B Vision: llama3_1 and <|image|> (128256), the
 * placeholder their chat template puts where an image goes
 */
static const llmnum_encoding llama3_2_vision = {
	"llama3_2_vision", LLMNUM_PATTERN_CL100K, &llmnum_vocab_llama3, 128257,
	llama3_2_vision_specials, LENGTH(llama3_2_vision_specials), NULL, LLMNUM_NORMALIZE_NONE
};

/*
 * Llama 4: o200k_base's pattern (Meta's tokenizer.py names it so) over a
 * vocabulary of its own, 200,000 ranks + 2,048 special tokens
 */
static const llmnum_encoding llama4 = {
	"llama4", LLMNUM_PATTERN_O200K, &llmnum_vocab_llama4, 202048,
	llama4_specials, LENGTH(llama4_specials), NULL, LLMNUM_NORMALIZE_NONE
};

/*
 * Qwen1.5 and Qwen2, Qwen2.5, Qwen3: the cl100k_base pattern with single
 * digits, 151,643 ranks from a Hugging Face merge list, text normalized to
 * NFC first (so "e" + U+0301 counts as "\u00e9", U+2000 as U+2002).  Each
 * generation added special tokens after the last: 3 (to <|im_end|>,
 * 151645), 22 (to <|file_sep|>, 151664), 26 (to </think>, 151668), so that
 * Qwen3's <think> or <tool_response> is text to Qwen2.5.
 */
static const llmnum_encoding qwen2 = {
	"qwen2", LLMNUM_PATTERN_QWEN2, &llmnum_vocab_qwen2, 151646,
	qwen3_specials, QWEN2_N_SPECIALS, NULL, LLMNUM_NORMALIZE_NFC
};

static const llmnum_encoding qwen2_5 = {
	"qwen2_5", LLMNUM_PATTERN_QWEN2, &llmnum_vocab_qwen2, 151665,
	qwen3_specials, QWEN2_5_N_SPECIALS, NULL, LLMNUM_NORMALIZE_NFC
};

static const llmnum_encoding qwen3 = {
	"qwen3", LLMNUM_PATTERN_QWEN2, &llmnum_vocab_qwen2, 151669,
	qwen3_specials, LENGTH(qwen3_specials), NULL, LLMNUM_NORMALIZE_NFC
};

/* DeepSeek-V3/R1: digits by three, CJK runs, then its own pattern */
static const llmnum_encoding deepseek_v3 = {
	"deepseek_v3", LLMNUM_PATTERN_DEEPSEEK_V3, &llmnum_vocab_deepseek_v3, 128815,
	deepseek_v3_specials, LENGTH(deepseek_v3_specials), NULL, LLMNUM_NORMALIZE_NONE
};

/*
 * SentencePiece-BPE encodings (sentencepiece.c): Llama 2; Mistral 7B
 * v0.1/v0.2 and Mixtral 8x7B; Mistral 7B v0.3 and Mixtral 8x22B (and
 * Mistral Large and Small 24.02, whose control pieces have other names),
 * whose vocabulary is v0.1's with 768 control pieces at ids 3-770 (every
 * other id 768 higher, the same merges).  Their control pieces are in the
 * vocabulary (decode reads them there) and are the special tokens that
 * special_tokens => true matches; the text between them is tokenized on
 * its own, with its own prepended "▁", as Hugging Face's tokenizer.json
 * does.
 */
static const llmnum_encoding llama2 = {
	"llama2", LLMNUM_PATTERN_CL100K, NULL, 32000,
	llmnum_spm_specials_llama2, LLMNUM_SPM_N_SPECIALS_LLAMA2,
	&llmnum_spm_vocab_llama2, LLMNUM_NORMALIZE_NONE
};

static const llmnum_encoding mistral_v1 = {
	"mistral_v1", LLMNUM_PATTERN_CL100K, NULL, 32000,
	llmnum_spm_specials_mistral_v1, LLMNUM_SPM_N_SPECIALS_MISTRAL_V1,
	&llmnum_spm_vocab_mistral_v1, LLMNUM_NORMALIZE_NONE
};

/* Mistral Large and Small 24.02: mistral_v3 with other control names */
static const llmnum_encoding mistral_v2 = {
	"mistral_v2", LLMNUM_PATTERN_CL100K, NULL, 32768,
	llmnum_spm_specials_mistral_v2, LLMNUM_SPM_N_SPECIALS_MISTRAL_V2,
	&llmnum_spm_vocab_mistral_v2, LLMNUM_NORMALIZE_NONE
};

static const llmnum_encoding mistral_v3 = {
	"mistral_v3", LLMNUM_PATTERN_CL100K, NULL, 32768,
	llmnum_spm_specials_mistral_v3, LLMNUM_SPM_N_SPECIALS_MISTRAL_V3,
	&llmnum_spm_vocab_mistral_v3, LLMNUM_NORMALIZE_NONE
};

/*
 * Gemma 2 and Gemma 3: no "▁" prepended, added pieces matched first (see
 * sentencepiece.h).  The special tokens are the control pieces (<bos>,
 * <start_of_turn>, <end_of_turn>, Gemma 3's <start_of_image> and
 * <end_of_image>...), and Gemma 3's <image_soft_token> (id 262144, an image
 * placeholder after the model's vocabulary).
 */
static const llmnum_encoding gemma2 = {
	"gemma2", LLMNUM_PATTERN_CL100K, NULL, 256000,
	llmnum_spm_specials_gemma2, LLMNUM_SPM_N_SPECIALS_GEMMA2,
	&llmnum_spm_vocab_gemma2, LLMNUM_NORMALIZE_NONE
};

static const llmnum_encoding gemma3 = {
	"gemma3", LLMNUM_PATTERN_CL100K, NULL, 262145,
	llmnum_spm_specials_gemma3, LLMNUM_SPM_N_SPECIALS_GEMMA3,
	&llmnum_spm_vocab_gemma3, LLMNUM_NORMALIZE_NONE
};

/*
 * Tekken's first ten special tokens, the same in every Tekken file
 * (mistral-common's Tekkenizer; ids 10-999 name different tokens in
 * different versions of the file, e.g. <pad> is 10 in Mistral NeMo's and
 * 11 in Pixtral's, so decode leaves them unknown rather than guess).
 */
static const llmnum_special_token tekken_specials[] = {
	{0, "<unk>"},
	{1, "<s>"},
	{2, "</s>"},
	{3, "[INST]"},
	{4, "[/INST]"},
	{5, "[AVAILABLE_TOOLS]"},
	{6, "[/AVAILABLE_TOOLS]"},
	{7, "[TOOL_RESULTS]"},
	{8, "[/TOOL_RESULTS]"},
	{9, "[TOOL_CALLS]"},
};

/* Mistral Tekken: ids 0-999 special, 130,072 ranks as ids 1000-131071 */
static const llmnum_encoding tekken = {
	"tekken", LLMNUM_PATTERN_TEKKEN, &llmnum_vocab_tekken, 131072,
	tekken_specials, LENGTH(tekken_specials), NULL, LLMNUM_NORMALIZE_NONE
};

/*
 * Phi-4: cl100k_base's ranks and pattern (text counts as with cl100k_base)
 * and its own 96 added tokens, ids 100256-100351 (<|im_start|>, <|im_sep|>,
 * <|im_end|>, <|dummy_N|>...), which special_tokens => true matches
 */
static const llmnum_encoding phi4 = {
	"phi4", LLMNUM_PATTERN_CL100K, &llmnum_vocab_cl100k_base, 100352,
	phi4_specials, LENGTH(phi4_specials), NULL, LLMNUM_NORMALIZE_NONE
};

/*
 * DeepSeek-R1's distills into Qwen2.5 (1.5B, 7B, 14B, 32B): qwen2's ranks,
 * pattern and NFC, and DeepSeek's added tokens at ids 151643-151649 (the
 * rest are Qwen2.5's)
 */
static const llmnum_encoding deepseek_r1_qwen = {
	"deepseek_r1_qwen", LLMNUM_PATTERN_QWEN2, &llmnum_vocab_qwen2, 151665,
	deepseek_r1_qwen_specials, LENGTH(deepseek_r1_qwen_specials), NULL, LLMNUM_NORMALIZE_NFC
};

/*
 * DeepSeek-R1's distills into Llama 3.1 8B and Llama 3.3 70B: llama3's
 * ranks and pattern; DeepSeek renamed some of Llama's 256 special tokens,
 * and which ones was not checked here, so they are unknown
 */
static const llmnum_encoding deepseek_r1_llama = {
	"deepseek_r1_llama", LLMNUM_PATTERN_CL100K, &llmnum_vocab_llama3, 128000,
	NULL, 0, NULL, LLMNUM_NORMALIZE_NONE
};

/*
 * Models whose text tokenizes with another encoding's ranks and pattern
 * (the evidence: docs/tokenizer.md) but whose added tokens were not
 * checked: Phi-3-small (cl100k_base's, built by its tokenization_phi3_small.py),
 * Phi-4-mini (o200k_base's) and DeepSeek-V3.1 (DeepSeek-V3's)
 */
static const llmnum_encoding phi3_small = {
	"phi3_small", LLMNUM_PATTERN_CL100K, &llmnum_vocab_cl100k_base, 100256,
	NULL, 0, NULL, LLMNUM_NORMALIZE_NONE
};

static const llmnum_encoding phi4_mini = {
	"phi4_mini", LLMNUM_PATTERN_O200K, &llmnum_vocab_o200k_base, 199998,
	NULL, 0, NULL, LLMNUM_NORMALIZE_NONE
};

static const llmnum_encoding deepseek_v3_1 = {
	"deepseek_v3_1", LLMNUM_PATTERN_DEEPSEEK_V3, &llmnum_vocab_deepseek_v3, 128000,
	NULL, 0, NULL, LLMNUM_NORMALIZE_NONE
};

static const llmnum_encoding *const encodings[] = {
	&o200k_base, &cl100k_base, &p50k_base, &r50k_base,
	&o200k_harmony, &llama3, &llama3_1, &llama3_2_vision, &llama4, &deepseek_v3,
	&tekken, &llama2, &mistral_v1, &mistral_v2, &mistral_v3, &qwen2, &qwen2_5, &qwen3,
	&gemma2, &gemma3, &phi4, &deepseek_r1_qwen, &deepseek_r1_llama, &phi3_small,
	&phi4_mini, &deepseek_v3_1
};

static int
ascii_lower(int c)
{
	return c >= 'A' && c <= 'Z' ? c + 32 : c;
}

/*
 * Which encodings have a name of each length (bit i: encodings[i]): a
 * model name, looked up as an encoding name first on every call, is then
 * rejected without a comparison with each name.
 */
#define NAME_LENGTHS 64
_Static_assert(LENGTH(encodings) <= 32, "by_length holds a bit per encoding");

const llmnum_encoding *
llmnum_encoding_find(const char *name, size_t len)
{
	static uint32_t by_length[NAME_LENGTHS];
	static int	ready;
	uint32_t	candidates;

	if (!ready)
	{
		size_t		i;

		for (i = 0; i < LENGTH(encodings); i++)
		{
			size_t		n = strlen(encodings[i]->name);

			/* the unit test finds every encoding by its name */
			if (n < NAME_LENGTHS)
				by_length[n] |= UINT32_C(1) << i;
		}
		ready = 1;
	}
	if (len >= NAME_LENGTHS)
		return NULL;
	for (candidates = by_length[len]; candidates != 0; candidates &= candidates - 1)
	{
		const llmnum_encoding *enc = encodings[llmnum_ctz64(candidates)];
		size_t		k;

		for (k = 0; k < len; k++)
			if (ascii_lower((unsigned char) name[k]) != enc->name[k])
				break;
		if (k == len)
			return enc;
	}
	return NULL;
}

const llmnum_encoding *const *
llmnum_encoding_all(size_t *n)
{
	*n = LENGTH(encodings);
	return encodings;
}

const unsigned char *
llmnum_tokenizer_normalize(const llmnum_encoding *enc, const unsigned char *text,
						   size_t len, size_t *out_len, const llmnum_host *host)
{
	unsigned char *nfc;

	if (enc->normalization == LLMNUM_NORMALIZE_NFC &&
		llmnum_nfc(text, len, &nfc, out_len, host))
		return nfc;
	*out_len = len;
	return text;
}

# The vocabularies compiled into the library (data/tokenizer/<name>.tiktoken,
# turned into src/vocab_<name>.c at build time); included by the Makefile
# and by test/tokenizer_vocab.mk so that the list is written once.
LLMNUM_VOCABS = r50k_base p50k_base cl100k_base o200k_base llama3 llama4 deepseek_v3 tekken qwen2

# The SentencePiece vocabularies (data/tokenizer/<name>.spm, written by
# gen_spm_vocabs.mjs; turned into src/vocab_<name>.c by gen_spm_vocab.c).
LLMNUM_SPM_VOCABS = llama2 mistral_v1 mistral_v2 mistral_v3 gemma2 gemma3

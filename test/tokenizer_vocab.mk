# The tokenizer's vocabularies for the unit tests and the fuzzer, generated
# from data/tokenizer/*.tiktoken as the extension build does in src/.
# Included by test/unit/tokenizer.mk and test/fuzz/tokenizer.mk; the
# generator and the generated sources live in obj/, because test/run.sh
# runs every program in bin/ as a test.

TOK_DATA = ../../data/tokenizer
include $(TOK_DATA)/vocabs.mk
TOK_ENGINE = $(SRC)/bpe.c $(SRC)/sentencepiece.c $(SRC)/special_tokens.c $(SRC)/pretokenizer.c $(SRC)/encoding.c $(SRC)/unicode_tables.c \
	$(SRC)/nfc.c $(SRC)/nfc_tables.c
TOK_OBJ = obj
TOK_VOCAB_O = $(LLMNUM_VOCABS:%=$(TOK_OBJ)/vocab_%.o) $(LLMNUM_SPM_VOCABS:%=$(TOK_OBJ)/vocab_%.o)

$(TOK_OBJ)/gen_vocab: $(TOK_DATA)/gen_vocab.c $(TOK_DATA)/gen_common.h $(SRC)/vocab_hash.h
	mkdir -p $(TOK_OBJ)
	$(CC) -std=c11 -O2 -Wall -Wextra -Werror -o $@ $<

$(TOK_OBJ)/vocab_%.c: $(TOK_DATA)/%.tiktoken $(TOK_OBJ)/gen_vocab
	$(TOK_OBJ)/gen_vocab $* $< $@

# Plain data: no need for sanitizer instrumentation.  The compiler lists
# the headers each object includes (a SentencePiece vocabulary's struct and
# pair cache size are in sentencepiece.h) in obj/vocab_*.d, so a changed
# header rebuilds the objects that hold its layout.
$(TOK_OBJ)/vocab_%.o: $(TOK_OBJ)/vocab_%.c
	$(CC) -std=c11 -O1 -Wall -Wextra -Werror -I$(SRC) -MMD -MP -c -o $@ $<
-include $(wildcard $(TOK_OBJ)/vocab_*.d)

$(TOK_OBJ)/gen_spm_vocab: $(TOK_DATA)/gen_spm_vocab.c $(TOK_DATA)/gen_common.h $(SRC)/vocab_hash.h
	mkdir -p $(TOK_OBJ)
	$(CC) -std=c11 -O2 -Wall -Wextra -Werror -o $@ $<

$(LLMNUM_SPM_VOCABS:%=$(TOK_OBJ)/vocab_%.c): $(TOK_OBJ)/vocab_%.c: $(TOK_DATA)/%.spm $(TOK_OBJ)/gen_spm_vocab
	$(TOK_OBJ)/gen_spm_vocab $* $< $@

.SECONDARY: $(LLMNUM_VOCABS:%=$(TOK_OBJ)/vocab_%.c) $(LLMNUM_SPM_VOCABS:%=$(TOK_OBJ)/vocab_%.c)

clean: tokenizer-clean
tokenizer-clean:
	rm -rf $(TOK_OBJ)
.PHONY: tokenizer-clean

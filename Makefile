# llmnum: PGXS build.  The version lives only in llmnum.control.

EXTENSION = llmnum
EXTVERSION = $(shell sed -n "s/^default_version *= *'\(.*\)'/\1/p" $(EXTENSION).control)

MODULE_big = llmnum
TOKENIZER_VOCABS = r50k_base p50k_base cl100k_base o200k_base
OBJS = \
	src/llmnum.o \
	src/host_pg.o \
	src/name_match.o \
	src/name_hint.o \
	src/tokenizer.o \
	src/encoding.o \
	src/pretokenizer.o \
	src/unicode_tables.o \
	src/bpe.o \
	$(TOKENIZER_VOCABS:%=src/vocab_%.o) \
	src/prices.o \
	src/cost.o \
	src/gpu.o \
	src/gpu_memory.o \
	src/train_cost.o

DATA = $(wildcard sql/$(EXTENSION)--*.sql)
PGFILEDESC = "llmnum - numbers every LLM developer should know, in SQL"

PG_CPPFLAGS = -I$(srcdir)/src -DLLMNUM_LIBRARY_VERSION='"$(EXTVERSION)"'

# pg_regress: inputs in test/sql, expected outputs in the top-level expected/.
TESTS = $(sort $(wildcard test/sql/*.sql))
REGRESS = $(patsubst test/sql/%.sql,%,$(TESTS))
REGRESS_OPTS = --inputdir=test --load-extension=$(EXTENSION)

# Generated vocabularies (see data/tokenizer/NOTICE.md): the build turns
# each .tiktoken file into C const arrays with a small C generator.
EXTRA_CLEAN = data/tokenizer/gen_vocab $(TOKENIZER_VOCABS:%=src/vocab_%.c)

PG_CONFIG ?= pg_config
PGXS := $(shell $(PG_CONFIG) --pgxs)
include $(PGXS)

# The library embeds the version, so it must be rebuilt when it changes.
src/llmnum.o: $(EXTENSION).control

# The vocabulary generator runs on the build machine; plain C, no Node.
data/tokenizer/gen_vocab: data/tokenizer/gen_vocab.c src/vocab_hash.h
	$(CC) -O2 -o $@ $<

src/vocab_%.c: data/tokenizer/%.tiktoken data/tokenizer/gen_vocab
	data/tokenizer/gen_vocab $* $< $@

.SECONDARY: $(TOKENIZER_VOCABS:%=src/vocab_%.c)

# PGXS tracks no header dependencies: the tokenizer objects must be rebuilt
# when the vocabulary layout or the engine API changes.
src/tokenizer.o src/bpe.o src/pretokenizer.o src/encoding.o src/unicode_tables.o \
$(TOKENIZER_VOCABS:%=src/vocab_%.o): $(wildcard src/*.h)

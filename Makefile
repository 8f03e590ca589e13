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
	src/catalog.o \
	src/prices.o \
	src/price_schedule.o \
	src/gpu.o \
	src/gpu_memory.o \
	src/training.o \
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
EXTRA_CLEAN = data/tokenizer/gen_vocab $(TOKENIZER_VOCABS:%=src/vocab_%.c) $(OBJS:.o=.d)

PG_CONFIG ?= pg_config

# llmnum uses PostgreSQL 15 APIs (MarkGUCPrefixReserved, ...): refuse older
# servers with a clear message instead of a compiler error.
PG_MAJOR := $(shell $(PG_CONFIG) --version 2>/dev/null | sed -n 's/^PostgreSQL \([0-9][0-9]*\).*/\1/p')
ifeq ($(PG_MAJOR),)
$(error cannot read the PostgreSQL version from "$(PG_CONFIG) --version"; set PG_CONFIG to the pg_config of PostgreSQL 15 or later)
endif
ifneq ($(shell test $(PG_MAJOR) -ge 15 && echo ok),ok)
$(error llmnum needs PostgreSQL 15 or later, but $(PG_CONFIG) is "$(shell $(PG_CONFIG) --version)"; set PG_CONFIG to a newer pg_config)
endif

PGXS := $(shell $(PG_CONFIG) --pgxs)
include $(PGXS)

# Header dependencies of every object: the compiler writes src/x.d beside
# src/x.o (in CFLAGS, not CPPFLAGS, so that the bitcode compile does not
# overwrite it), and make reads them on the next build.
override CFLAGS += -MMD -MP
-include $(OBJS:.o=.d)

# The library embeds the version, so it must be rebuilt when it changes.
src/llmnum.o: $(EXTENSION).control

# The vocabulary generator runs on the build machine; plain C, no Node.
data/tokenizer/gen_vocab: data/tokenizer/gen_vocab.c src/vocab_hash.h
	$(CC) -O2 -o $@ $<

src/vocab_%.c: data/tokenizer/%.tiktoken data/tokenizer/gen_vocab
	data/tokenizer/gen_vocab $* $< $@

.SECONDARY: $(TOKENIZER_VOCABS:%=src/vocab_%.c)


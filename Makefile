# llmnum: PGXS build.  The version lives only in llmnum.control.

EXTENSION = llmnum
EXTVERSION = $(shell sed -n "s/^default_version *= *'\(.*\)'/\1/p" $(EXTENSION).control)

MODULE_big = llmnum
OBJS = \
	src/gpu.o \
	src/gpu_memory.o \
	src/host_pg.o \
	src/llmnum.o \
	src/name_match.o \
	src/train_cost.o

DATA = $(wildcard sql/$(EXTENSION)--*.sql)
PGFILEDESC = "llmnum - numbers every LLM developer should know, in SQL"

PG_CPPFLAGS = -I$(srcdir)/src -DLLMNUM_LIBRARY_VERSION='"$(EXTVERSION)"'

# pg_regress: inputs in test/sql, expected outputs in the top-level expected/.
TESTS = $(sort $(wildcard test/sql/*.sql))
REGRESS = $(patsubst test/sql/%.sql,%,$(TESTS))
REGRESS_OPTS = --inputdir=test --load-extension=$(EXTENSION)

PG_CONFIG ?= pg_config
PGXS := $(shell $(PG_CONFIG) --pgxs)
include $(PGXS)

# The library embeds the version, so it must be rebuilt when it changes.
src/llmnum.o: $(EXTENSION).control

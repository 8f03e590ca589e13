# Build of the prices branch; the lead's Makefile replaces this at merge.
MODULE_big = llmnum
OBJS = src/cost.o src/namematch.o src/prices.o $(EXTRA_OBJS)
EXTENSION = llmnum
DATA = $(wildcard sql/llmnum--*.sql)
PG_CONFIG ?= pg_config
PG_CPPFLAGS = -I$(srcdir)/src
PGXS := $(shell $(PG_CONFIG) --pgxs)
include $(PGXS)

# PostgreSQL's frontend library libpgcommon (postgresql-server-dev), for the
# tests that compare llmnum's code with the server's own: the pglz decoder.
# Included by test/unit/pglz.mk and test/fuzz/pglz.mk.

PG_CONFIG ?= pg_config
PGCOMMON_CFLAGS := -std=gnu11 -isystem $(shell $(PG_CONFIG) --includedir-server)
PGCOMMON_LIBS := $(addprefix $(shell $(PG_CONFIG) --pkglibdir)/,libpgcommon.a libpgport.a)

# Unit test of the pglz decoder (src/pglz.c), compared with PostgreSQL's
# encoder and decoder from libpgcommon (postgresql-server-dev).

PG_CONFIG ?= pg_config
PGLZ_PG_INCLUDE = -isystem $(shell $(PG_CONFIG) --includedir-server)
PGLZ_PG_LIBS = $(shell $(PG_CONFIG) --pkglibdir)/libpgcommon.a $(shell $(PG_CONFIG) --pkglibdir)/libpgport.a

UNIT_TESTS += pglz_test

$(BIN)/pglz_test: pglz_test.c $(SRC)/pglz.c $(SRC)/pglz.h | $(BIN)
	$(CC) $(CFLAGS) -std=gnu11 $(PGLZ_PG_INCLUDE) -o $@ pglz_test.c $(SRC)/pglz.c $(PGLZ_PG_LIBS)

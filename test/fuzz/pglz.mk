# Fuzz target of the pglz decoder (src/pglz.c), compared with PostgreSQL's
# (libpgcommon, postgresql-server-dev).
PG_CONFIG ?= pg_config
FUZZ_TARGETS += fuzz_pglz

$(BIN)/fuzz_pglz: fuzz_pglz.c $(SRC)/pglz.c $(SRC)/pglz.h | $(BIN)
	$(CC) $(CFLAGS) -std=gnu11 -isystem $(shell $(PG_CONFIG) --includedir-server) -o $@ fuzz_pglz.c $(SRC)/pglz.c \
		$(shell $(PG_CONFIG) --pkglibdir)/libpgcommon.a $(shell $(PG_CONFIG) --pkglibdir)/libpgport.a

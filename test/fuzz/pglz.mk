# Fuzz target of the pglz decoder (src/pglz.c), compared with PostgreSQL's.

include ../libpgcommon.mk

FUZZ_TARGETS += fuzz_pglz

$(BIN)/fuzz_pglz: fuzz_pglz.c $(SRC)/pglz.c $(SRC)/pglz.h | $(BIN)
	$(CC) $(CFLAGS) $(PGCOMMON_CFLAGS) -o $@ fuzz_pglz.c $(SRC)/pglz.c $(PGCOMMON_LIBS)

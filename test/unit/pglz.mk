# Unit test of the pglz decoder (src/pglz.c), compared with PostgreSQL's
# encoder and decoder.

include ../libpgcommon.mk

UNIT_TESTS += pglz_test

$(BIN)/pglz_test: pglz_test.c $(SRC)/pglz.c $(SRC)/pglz.h | $(BIN)
	$(CC) $(CFLAGS) $(PGCOMMON_CFLAGS) -o $@ pglz_test.c $(SRC)/pglz.c $(PGCOMMON_LIBS)

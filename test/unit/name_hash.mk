# Unit test of the folded name hash of the catalog lookups (src/name_hash.h).
UNIT_TESTS += name_hash_test

$(BIN)/name_hash_test: name_hash_test.c $(SRC)/name_hash.h $(SRC)/vocab_hash.h | $(BIN)
	$(CC) $(CFLAGS) -o $@ name_hash_test.c

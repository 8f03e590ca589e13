# Unit test of the closest-name ranking (src/name_match.c).
UNIT_TESTS += name_match_test

$(BIN)/name_match_test: name_match_test.c host_malloc.c $(SRC)/name_match.c | $(BIN)
	$(CC) $(CFLAGS) -o $@ $(filter %.c,$^)

# Unit tests of the cost engine (src/cost.c).
UNIT_TESTS += cost_test

$(BIN)/cost_test: cost_test.c host_malloc.c $(SRC)/cost.c $(SRC)/cost.h | $(BIN)
	$(CC) $(CFLAGS) -o $@ cost_test.c host_malloc.c $(SRC)/cost.c

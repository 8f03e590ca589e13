# Unit tests of the cost engine (src/cost.c) and the name distance.
UNIT_TESTS += cost_test

$(BIN)/cost_test: cost_test.c host_malloc.c $(SRC)/cost.c $(SRC)/cost.h $(SRC)/namematch.c $(SRC)/namematch.h | $(BIN)
	$(CC) $(CFLAGS) -o $@ cost_test.c host_malloc.c $(SRC)/cost.c $(SRC)/namematch.c

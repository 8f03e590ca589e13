# Fuzz target of the cost engine: extreme token counts, prices and periods.
FUZZ_TARGETS += fuzz_cost

$(BIN)/fuzz_cost: fuzz_cost.c $(UNIT)/host_malloc.c $(SRC)/cost.c $(SRC)/cost.h $(SRC)/name_match.c | $(BIN)
	$(CC) $(CFLAGS) -o $@ fuzz_cost.c $(UNIT)/host_malloc.c $(SRC)/cost.c $(SRC)/name_match.c

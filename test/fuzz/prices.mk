# Fuzz target of the cost engine: extreme token counts, prices and periods.
FUZZ_TARGETS += cost_fuzz

$(BIN)/cost_fuzz: cost_fuzz.c $(UNIT)/host_malloc.c $(SRC)/cost.c $(SRC)/cost.h $(SRC)/name_match.c | $(BIN)
	$(CC) $(CFLAGS) -o $@ cost_fuzz.c $(UNIT)/host_malloc.c $(SRC)/cost.c $(SRC)/name_match.c

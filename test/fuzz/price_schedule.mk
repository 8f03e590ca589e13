# Fuzz target of the price-schedule engine: extreme token counts, prices and periods.
FUZZ_TARGETS += fuzz_price_schedule

$(BIN)/fuzz_price_schedule: fuzz_price_schedule.c $(UNIT)/host_malloc.c $(SRC)/price_schedule.c $(SRC)/price_schedule.h \
		$(SRC)/name_match.c $(SRC)/name_match.h $(SRC)/host.h | $(BIN)
	$(CC) $(CFLAGS) -o $@ fuzz_price_schedule.c $(UNIT)/host_malloc.c $(SRC)/price_schedule.c $(SRC)/name_match.c

# Unit tests of the price-schedule engine (src/price_schedule.c).
UNIT_TESTS += price_schedule_test

$(BIN)/price_schedule_test: price_schedule_test.c host_malloc.c $(SRC)/price_schedule.c $(SRC)/price_schedule.h $(SRC)/host.h | $(BIN)
	$(CC) $(CFLAGS) -o $@ price_schedule_test.c host_malloc.c $(SRC)/price_schedule.c

# Unit test of the model-id resolver (src/model_id.c) over the built-in rules.
UNIT_TESTS += model_id_test

$(BIN)/model_id_test: model_id_test.c model_id_rules.h $(SRC)/model_id.c $(SRC)/model_id.h | $(BIN)
	$(CC) $(CFLAGS) -o $@ model_id_test.c $(SRC)/model_id.c

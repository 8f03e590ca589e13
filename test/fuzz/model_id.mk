# Fuzz target of the model-id resolver: arbitrary ids and host hints over the built-in rules.
FUZZ_TARGETS += fuzz_model_id

$(BIN)/fuzz_model_id: fuzz_model_id.c $(UNIT)/model_id_rules.h $(SRC)/model_id.c $(SRC)/model_id.h | $(BIN)
	$(CC) $(CFLAGS) -o $@ fuzz_model_id.c $(SRC)/model_id.c

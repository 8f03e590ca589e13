# Unit tests of the GPU memory model and training cost.
UNIT_TESTS += gpu_memory_test

$(BIN)/gpu_memory_test: gpu_memory_test.c host_malloc.c $(SRC)/gpu_memory.c \
		$(SRC)/train_cost.c | $(BIN)
	$(CC) $(CFLAGS) -o $@ $(filter %.c,$^) -lm

# Unit tests of the GPU memory model, training cost and closest-name ranking.
UNIT_TESTS += test_gpu_memory

$(BIN)/test_gpu_memory: test_gpu_memory.c host_malloc.c $(SRC)/gpu_memory.c \
		$(SRC)/train_cost.c $(SRC)/name_match.c | $(BIN)
	$(CC) $(CFLAGS) -o $@ $(filter %.c,$^) -lm

# Unit tests of the GPU memory model and training cost.
UNIT_TESTS += test_gpu_memory

$(BIN)/test_gpu_memory: test_gpu_memory.c host_malloc.c $(SRC)/gpu_memory.c \
		$(SRC)/train_cost.c | $(BIN)
	$(CC) $(CFLAGS) -o $@ $(filter %.c,$^) -lm

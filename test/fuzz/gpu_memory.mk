# libFuzzer target of the GPU memory model, training cost and name ranking.
FUZZ_TARGETS += fuzz_gpu_memory

$(BIN)/fuzz_gpu_memory: fuzz_gpu_memory.c $(UNIT)/host_malloc.c $(SRC)/gpu_memory.c \
		$(SRC)/train_cost.c $(SRC)/name_match.c | $(BIN)
	$(CC) $(CFLAGS) -o $@ $(filter %.c,$^) -lm

# Unit test of the NFC normalizer (src/nfc.c, with its generated tables).
UNIT_TESTS += nfc_test

$(BIN)/nfc_test: nfc_test.c host_malloc.c $(SRC)/nfc.c $(SRC)/nfc_tables.c $(SRC)/nfc.h $(SRC)/nfc_tables.h | $(BIN)
	$(CC) $(CFLAGS) -o $@ $(filter %.c,$^)

# Fuzz target of the NFC normalizer (src/nfc.c): any bytes.
FUZZ_TARGETS += fuzz_nfc

$(BIN)/fuzz_nfc: fuzz_nfc.c $(UNIT)/host_malloc.c $(SRC)/nfc.c $(SRC)/nfc_tables.c $(SRC)/nfc.h $(SRC)/nfc_tables.h | $(BIN)
	$(CC) $(CFLAGS) -o $@ fuzz_nfc.c $(UNIT)/host_malloc.c $(SRC)/nfc.c $(SRC)/nfc_tables.c

#!/usr/bin/env bash
# The committed vocabularies are OpenAI's files, byte for byte.
exec "$(dirname "$0")/../unit/check_vocab_hashes.sh"

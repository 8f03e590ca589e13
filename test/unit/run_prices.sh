#!/bin/sh
# Build and run the cost-engine unit tests plainly and under ASan/UBSan.
set -eu
cd "$(dirname "$0")/../.."
mkdir -p test/unit/bin
SRC="test/unit/cost_test.c src/cost.c src/namematch.c"
cc -std=c11 -Wall -Wextra -Werror -O2 -o test/unit/bin/cost_test $SRC
test/unit/bin/cost_test
cc -std=c11 -Wall -Wextra -Werror -O1 -g -fno-omit-frame-pointer \
  -fsanitize=address,undefined -fno-sanitize-recover=all \
  -o test/unit/bin/cost_test_san $SRC
test/unit/bin/cost_test_san

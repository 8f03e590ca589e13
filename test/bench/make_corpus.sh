#!/bin/sh
# Build the ~10 MB English benchmark corpus (not committed): every file of
# /usr/share/common-licenses, then Debian man pages rendered as plain text
# (sections 1, 5, 7, 8), until the size is reached.  The result depends on
# the packages installed; the benchmark reports its exact size.
#
# Usage: make_corpus.sh OUTPUT [BYTES]   (default 10000000)
set -eu
out=$1
want=${2:-10000000}
tmp=$out.tmp
: > "$tmp"
for f in /usr/share/common-licenses/*; do
	[ -f "$f" ] && cat "$f" >> "$tmp"
done
for sec in 1 5 7 8; do
	for page in $(find /usr/share/man/man$sec -type f 2>/dev/null | sort); do
		[ "$(wc -c < "$tmp")" -ge "$want" ] && break 2
		MANWIDTH=80 man -l "$page" 2>/dev/null | col -bx >> "$tmp" || true
	done
done
head -c "$want" "$tmp" > "$out"
rm -f "$tmp"
# do not end inside a UTF-8 sequence
iconv -f UTF-8 -t UTF-8 -c "$out" > "$out.utf8" && mv "$out.utf8" "$out"
wc -c "$out"

#!/bin/sh
# Build a benchmark corpus (not committed) from text installed on a Debian
# machine.  The result depends on the packages installed; the benchmark
# reports each corpus's exact size.
#
#   en     every file of /usr/share/common-licenses, then English man pages
#          rendered as plain text (sections 1, 5, 7, 8)
#   code   C headers of /usr/include, then the Python standard library
#          (/usr/lib/python3*), file by file, in name order
#   multi  the Japanese, Korean, Chinese (simplified and traditional),
#          Russian and Ukrainian man pages, one language after the other;
#          translated pages keep their English examples and option names,
#          as real multilingual documents do
#   scripts  the translated messages of the installed gettext catalogs in
#          Thai, Hindi, Bengali, Tamil, Arabic, Hebrew, Greek and Georgian,
#          one language after the other (test/fuzz/gettext_texts.py)
#
# (A page that groff cannot render in 20 s is skipped: one Japanese page
# makes troff loop.)
#
# Usage: make_corpus.sh OUTPUT [BYTES] [KIND]   (defaults 10000000, en)
set -eu
out=$1
want=${2:-10000000}
kind=${3:-en}
tmp=$out.tmp
: > "$tmp"
export LANG=C.UTF-8 MANWIDTH=80

full() { [ "$(wc -c < "$tmp")" -ge "$want" ]; }

case $kind in
en)
	for f in /usr/share/common-licenses/*; do
		[ -f "$f" ] && cat "$f" >> "$tmp"
	done
	for sec in 1 5 7 8; do
		for page in $(find /usr/share/man/man$sec -type f 2>/dev/null | sort); do
			full && break 2
			timeout 20 man -l "$page" 2>/dev/null | col -bx >> "$tmp" || true
		done
	done
	;;
code)
	for f in $(find /usr/include -type f -name '*.h' 2>/dev/null | sort) \
			 $(find /usr/lib/python3* -type f -name '*.py' 2>/dev/null | sort); do
		full && break
		cat "$f" >> "$tmp"
	done
	;;
multi)
	for lang in ja ko zh_CN zh_TW ru uk; do
		for page in $(find /usr/share/man/$lang -type f 2>/dev/null | sort); do
			full && break 2
			timeout 20 man -l "$page" 2>/dev/null | col -bx >> "$tmp" || true
		done
	done
	;;
scripts)
	python3 "$(dirname "$0")/../fuzz/gettext_texts.py" --corpus >> "$tmp"
	;;
*)
	echo "unknown corpus kind $kind (en, code, multi, scripts)" >&2
	exit 2
	;;
esac
head -c "$want" "$tmp" > "$out"
rm -f "$tmp"
# do not end inside a UTF-8 sequence; drop any invalid byte
iconv -f UTF-8 -t UTF-8 -c "$out" > "$out.utf8" && mv "$out.utf8" "$out"
wc -c "$out"

#!/usr/bin/env python3
"""Symbols, accents and people's names as Debian's own files write them.

A second set of real text for the differential tokenizer tests, unlike
locale_texts.py's words (which come one script at a time): the X11 compose
table (/usr/share/X11/locale/en_US.UTF-8/Compose, package libx11-data:
arrows, currency, math and box-drawing symbols, letters with every
accent, Greek, Cyrillic, a few emoji, each after its key sequence) and
the lines beyond ASCII of the installed packages' changelogs and
copyright files (maintainers' names in Latin, Cyrillic, CJK and other
scripts, quotation marks, dashes, arrows). Each such line is one text;
then blocks of 2 to 12 lines of either source joined by line feeds, CR LF,
blank lines, trailing spaces or tabs. Texts are escaped as in COPY's text
format (test/fuzz/texts_file.mjs reads them back).

Usage: python3 test/fuzz/debian_texts.py > texts.txt
       TEXTS=texts.txt node test/fuzz/diff_open.mjs NODE_MODULES_DIR
       (also diff_tiktoken.mjs and diff_spm.mjs)
"""
import glob
import gzip
import random
import sys

COMPOSE = '/usr/share/X11/locale/en_US.UTF-8/Compose'
DOCS = '/usr/share/doc'
JOINERS = ['\n', '\r\n', '\n\n', '  \n', '\t']


def non_ascii_lines(data):
    try:
        text = data.decode('utf-8')
    except UnicodeDecodeError:
        return []
    return [line for line in text.split('\n')
            if any(ord(c) > 127 for c in line) and '\ufffd' not in line]


def main():
    rng = random.Random(7)
    try:
        with open(COMPOSE, 'rb') as f:
            compose = non_ascii_lines(f.read())
    except OSError:
        sys.exit('no ' + COMPOSE + ' (Debian package "libx11-data")')
    docs = []
    for path in sorted(glob.glob(DOCS + '/*/changelog*.gz')):
        with gzip.open(path) as f:
            docs.extend(non_ascii_lines(f.read()))
    for path in sorted(glob.glob(DOCS + '/*/copyright')):
        with open(path, 'rb') as f:
            docs.extend(non_ascii_lines(f.read()))
    rng.shuffle(docs)
    texts = compose + docs[:4000]
    pool = compose + docs
    for _ in range(1500):
        joiner = rng.choice(JOINERS)
        texts.append(joiner.join(rng.choice(pool) for _ in range(rng.randint(2, 12))))
    for t in texts:
        if t:
            print(t.replace('\\', '\\\\').replace('\n', '\\n').replace('\r', '\\r'))


if __name__ == '__main__':
    main()

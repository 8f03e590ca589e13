#!/usr/bin/env python3
"""Slices of the benchmark corpora, spliced, for the differential tokenizer tests.

A sixth set of text (TEXTS=FILE mode): where the other sets hold one kind
of text each, a text here joins 1 to 5 parts, each a slice of 1 to 600
characters cut at a random place of the English, code, multilingual or
scripts corpus (test/bench/make_corpus.sh builds them in test/bench/work),
a white-space run (tabs, CR LF, blank lines, no-break, ideographic and
thin spaces, U+2028, vertical tab, form feed, zero-width space), or an
insert that stresses the merges and the split patterns' edges (runs of one
character or of a CJK or Cyrillic letter up to 300 long, digits and decimals,
emoji with joiners and skin tones, bidi controls, percent-encoded and
base64 strings, JSON fragments, contractions in either case, ligatures and
title-case digraphs). A fifth of the texts are upper-cased and a tenth have
their case swapped. Cuts fall mid-word, mid-line and mid-indentation, and
scripts meet at every boundary. U+0085 and U+FEFF are left out: the
JavaScript references split them otherwise than the models' own (see
diff_open.mjs); tiktoken's random strings cover them.

Usage: python3 test/fuzz/corpus_slices.py [COUNT] [SEED] > texts.txt
       TEXTS=texts.txt node test/fuzz/diff_open.mjs NODE_MODULES_DIR
       (also diff_tiktoken.mjs and diff_spm.mjs)
"""
import os
import random
import sys

WORK = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'bench', 'work')
CORPORA = ('en', 'code', 'multi', 'scripts')
SPACES = [' ', '  ', '\t', '\n', '\r\n', '\u00a0', '\u3000', '\u2009', '\n\n', '   \n', ' \t ',
          '\u200b', '\u2028', '\x0b', '\x0c']
LENGTHS = [1, 3, 8, 20, 60, 200, 600]


def inserts(rng):
    return ['=' * rng.randint(2, 40), '-' * rng.randint(2, 80), ' ' * rng.randint(2, 60),
            '0123456789' * rng.randint(1, 5), '1,234,567.89', '3.14159',
            '\U0001F468\u200d\U0001F469\u200d\U0001F467', '\U0001F44D\U0001F3FD', '\u202eabc\u202c',
            '%E4%B8%AD%E6%96%87', 'aGVsbG8gd29ybGQ=', '\\u00e9\\n', '"key": "value"', "it's", "DON'T",
            "we'll", '\u01c5', '\ufb01', '\u216b', 'x' * rng.randint(20, 300), 'ab' * rng.randint(10, 200),
            '\u4e2d' * rng.randint(5, 120), '\u044f' * rng.randint(5, 100)]


def main():
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 6000
    rng = random.Random(int(sys.argv[2]) if len(sys.argv) > 2 else 20261203)
    corpora = []
    for name in CORPORA:
        path = os.path.join(WORK, 'corpus_%s.txt' % name)
        if not os.path.exists(path):
            sys.exit('%s is missing: run test/bench/make_corpus.sh first' % path)
        with open(path, encoding='utf-8') as f:
            corpora.append(f.read())
    texts = set()
    while len(texts) < count:
        parts = []
        for _ in range(rng.randint(1, 5)):
            r = rng.random()
            if r < 0.6:
                corpus = rng.choice(corpora)
                n = rng.choice(LENGTHS)
                at = rng.randrange(len(corpus) - n)
                parts.append(corpus[at:at + rng.randint(1, n)])
            elif r < 0.8:
                parts.append(rng.choice(SPACES))
            else:
                parts.append(rng.choice(inserts(rng)))
        text = ''.join(parts)
        if rng.random() < 0.2:
            text = text.upper()
        if rng.random() < 0.1:
            text = text.swapcase()
        text = text[:3000].replace('\u0085', ' ').replace('\ufeff', ' ')
        if text:
            texts.add(text)
    out = sys.stdout
    for text in sorted(texts):
        out.write(text.replace('\\', '\\\\').replace('\n', '\\n').replace('\r', '\\r') + '\n')


if __name__ == '__main__':
    main()

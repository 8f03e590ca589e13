#!/usr/bin/env python3
"""Real words in many scripts for the differential tokenizer tests.

The glibc locale sources (/usr/share/i18n/locales, Debian package
"locales") spell, for some 360 locales, month and day names, currency,
number and address words in their own script (Arabic, Devanagari and the
other Indic scripts, Thai, Lao, Tibetan, Myanmar, Ethiopic, Hangul, CJK,
Cyrillic, Greek, Hebrew, Georgian, Armenian, Cherokee...), as <Uxxxx>
escapes.  This decodes every quoted string with a character beyond ASCII,
joins them twelve at a time with varied separators (spaces, tabs, line
breaks, punctuation), and adds upper-cased copies and copies followed by
digits, dates and decimals: one text per line, escaped as in COPY's text
format (test/fuzz/texts_file.mjs reads it back).

Usage: python3 test/fuzz/locale_texts.py > texts.txt
       TEXTS=texts.txt node test/fuzz/diff_open.mjs NODE_MODULES_DIR
       (also diff_tiktoken.mjs and diff_spm.mjs)
"""
import glob
import random
import re
import sys

LOCALES = '/usr/share/i18n/locales'
SEPARATORS = [' ', ', ', '. ', '\n', ' - ', ': ', '  ', '\t', ' (', ') ']


def strings(path):
    with open(path, encoding='utf-8', errors='replace') as f:
        src = f.read()
    for m in re.finditer(r'"((?:<U[0-9A-Fa-f]{4,8}>|[^"<\n])*)"', src):
        s = re.sub(r'<U([0-9A-Fa-f]{4,8})>', lambda k: chr(int(k.group(1), 16)), m.group(1))
        s = s.replace('%', ' ').strip(';')
        if len(s) >= 2 and any(ord(c) > 127 for c in s):
            yield s


def main():
    rng = random.Random(7)
    texts = []
    for path in sorted(glob.glob(LOCALES + '/*')):
        found = list(strings(path))
        for i in range(0, len(found), 12):
            texts.append(''.join(s + rng.choice(SEPARATORS) for s in found[i:i + 12]))
    if not texts:
        sys.exit('no locale sources in ' + LOCALES + ' (Debian package "locales")')
    for t in rng.sample(texts, min(300, len(texts))):
        texts.append(t.upper())
        texts.append(t + ' 2024-11-29 12:30 3.14159 ')
    for t in texts:
        print(t.replace('\\', '\\\\').replace('\n', '\\n').replace('\r', '\\r'))


if __name__ == '__main__':
    main()

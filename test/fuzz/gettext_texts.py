#!/usr/bin/env python3
"""Translated messages from the gettext catalogs installed on the machine.

A third set of real text for the differential tokenizer tests, in the
scripts that locale_texts.py and debian_texts.py barely reach: every
translation (msgstr) of /usr/share/locale/LANG/LC_MESSAGES/*.mo for the
languages below (Thai, Hindi, Bengali, Tamil, Arabic, Persian, Hebrew,
Greek, Georgian, Armenian, Amharic, Korean, Vietnamese...). Messages are
whole sentences with placeholders (%s, %d, {0}), accelerators (_File,
&Open), quotes, line breaks and ellipses, and mix in English words.
Taken in a fixed random order; COUNT texts (default 6000), then the
texts are also written whole, one language after the other, with
--corpus (the benchmark's "scripts" corpus, test/bench/make_corpus.sh).
Texts are escaped as in COPY's text format (test/fuzz/texts_file.mjs reads
them back).

Usage: python3 test/fuzz/gettext_texts.py [COUNT] > texts.txt
       TEXTS=texts.txt node test/fuzz/diff_open.mjs NODE_MODULES_DIR
       (also diff_tiktoken.mjs and diff_spm.mjs)
       python3 test/fuzz/gettext_texts.py --corpus > corpus.txt
"""
import gettext
import glob
import random
import sys

LOCALE = '/usr/share/locale'
LANGS = ['th', 'hi', 'bn', 'ta', 'te', 'ml', 'kn', 'mr', 'gu', 'pa', 'ne', 'si',
         'ar', 'fa', 'ur', 'he', 'el', 'ka', 'hy', 'am', 'km', 'lo', 'my',
         'ko', 'vi']
# The benchmark corpus: scripts outside the multilingual corpus's
# (Japanese, Korean, Chinese, Russian, Ukrainian) and with much text in
# Debian's catalogs.
CORPUS_LANGS = ['th', 'hi', 'bn', 'ta', 'ar', 'he', 'el', 'ka']


def messages(lang):
    out = []
    for path in sorted(glob.glob(f'{LOCALE}/{lang}/LC_MESSAGES/*.mo')):
        try:
            with open(path, 'rb') as f:
                catalog = gettext.GNUTranslations(f)._catalog
        except (OSError, ValueError, UnicodeDecodeError):
            continue
        for key, value in sorted(catalog.items(), key=lambda kv: str(kv[0])):
            if key != '' and isinstance(value, str) and value.strip():
                out.append(value)
    return out


def escape(text):
    return text.replace('\\', '\\\\').replace('\n', '\\n').replace('\r', '\\r')


def main():
    if sys.argv[1:2] == ['--corpus']:
        for lang in CORPUS_LANGS:
            for text in messages(lang):
                print(text)
        return
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 6000
    texts = [t for lang in LANGS for t in messages(lang)]
    if not texts:
        sys.exit('no gettext catalogs under ' + LOCALE)
    random.Random(11).shuffle(texts)
    for text in texts[:count]:
        print(escape(text))


if __name__ == '__main__':
    main()

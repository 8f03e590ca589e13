#!/usr/bin/env python3
"""Generate the built-in model and price rows of llmnum from the TSV catalog.

Inputs (this directory, tab-separated, first line is the header, lines
starting with '#' are comments):

  sources.tsv        key, url, as_of, what
  api_models.tsv     name, provider, family, kind, encoding, context_window,
                     release_date, open_weights, source (a key of
                     sources.tsv), as_of (empty: the source's), notes
  price_periods.tsv  model, valid_from, valid_to ('-' = open), tier_above_tokens,
                     then one column per price component in USD per million
                     tokens (input, output, cached_input, cache_write,
                     cache_write_1h, batch_input, batch_output, training;
                     empty = no price of that component in this line),
                     source, as_of (empty: the source's), notes

One line of price_periods.tsv becomes one llmnum.builtin_prices row per
non-empty component.  Times are UTC: a bare date means 00:00 UTC.

The script validates everything the database would reject (unknown model or
source, bad number, overlapping periods of one model, component and tier)
and rewrites the block between the GENERATED CATALOG markers of the upgrade
script.  With --check it only reports whether that block is up to date.

Usage: data/catalog/gen_prices.py [--check] [sql/llmnum--0.2.0--0.3.0.sql]
"""
import csv
import os
import re
import sys
from decimal import Decimal, InvalidOperation

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_SCRIPT = os.path.join(HERE, '..', '..', 'sql', 'llmnum--0.2.0--0.3.0.sql')
BEGIN = '-- BEGIN GENERATED CATALOG (data/catalog/gen_prices.py; do not edit by hand)'
END = '-- END GENERATED CATALOG'
COMPONENTS = ['input', 'output', 'cached_input', 'cache_write', 'cache_write_1h',
              'batch_input', 'batch_output', 'training']
KINDS = {'chat', 'completion', 'embedding', 'reasoning', 'base', 'moderation', 'rerank'}
ENCODINGS = {'', 'r50k_base', 'p50k_base', 'cl100k_base', 'o200k_base'}
TIME_RE = re.compile(r'^\d{4}-\d{2}-\d{2}( \d{2}:\d{2})?$')


def read(name):
    with open(os.path.join(HERE, name), newline='') as f:
        lines = [l for l in f if l.strip() and not l.startswith('#')]
    reader = csv.reader(lines, delimiter='\t', quoting=csv.QUOTE_NONE)
    header = next(reader)
    out = []
    for n, row in enumerate(reader, start=2):
        if len(row) != len(header):
            sys.exit('%s line %d: %d fields, expected %d' % (name, n, len(row), len(header)))
        out.append(dict(zip(header, row), _line=n))
    return out


def q(s):
    return "'" + s.replace("'", "''") + "'"


def qn(s):
    return 'NULL' if s == '' else q(s)


def ts(s):
    if not TIME_RE.match(s):
        raise ValueError('bad time %r' % s)
    return s if ' ' in s else s + ' 00:00'


def main(argv):
    check = '--check' in argv
    args = [a for a in argv if a != '--check']
    script = args[0] if args else DEFAULT_SCRIPT
    errors = []

    sources = {}
    with open(os.path.join(HERE, 'sources.tsv')) as f:
        for n, line in enumerate(f, start=1):
            if line.startswith('#') or not line.strip():
                continue
            key, url, as_of, what = line.rstrip('\n').split('\t')
            sources[key] = (url, as_of, what)

    models = read('api_models.tsv')
    names = {}
    for m in models:
        low = m['name'].lower()
        if low in names:
            errors.append('api_models.tsv line %d: duplicate %s' % (m['_line'], m['name']))
        names[low] = m
        if m['kind'] not in KINDS or m['encoding'] not in ENCODINGS:
            errors.append('api_models.tsv line %d: bad kind or encoding' % m['_line'])
        if m['source'] not in sources:
            errors.append('api_models.tsv line %d: unknown source %s' % (m['_line'], m['source']))

    periods = read('price_periods.tsv')
    prices = []
    for p in periods:
        where = 'price_periods.tsv line %d' % p['_line']
        if p['model'].lower() not in names:
            errors.append('%s: model %s not in api_models.tsv' % (where, p['model']))
            continue
        if p['source'] not in sources:
            errors.append('%s: unknown source %s' % (where, p['source']))
            continue
        try:
            frm = ts(p['valid_from'])
            to = None if p['valid_to'] == '-' else ts(p['valid_to'])
        except ValueError as e:
            errors.append('%s: %s' % (where, e))
            continue
        if to is not None and to <= frm:
            errors.append('%s: empty period' % where)
        tier = int(p['tier_above_tokens'])
        as_of = p['as_of'] or sources[p['source']][1]
        any_price = False
        for c in COMPONENTS:
            v = p[c]
            if v == '':
                continue
            try:
                d = Decimal(v)
            except InvalidOperation:
                errors.append('%s: bad %s price %r' % (where, c, v))
                continue
            if d < 0 or not d.is_finite():
                errors.append('%s: bad %s price %r' % (where, c, v))
            any_price = True
            prices.append(dict(model=names[p['model'].lower()]['name'], component=c, tier=tier,
                               price=v, frm=frm, to=to, source=sources[p['source']][0],
                               as_of=as_of, notes=p['notes'], where=where))
        if not any_price:
            errors.append('%s: no price in the line' % where)

    # no overlap per model, component and tier (the database enforces it too)
    by_key = {}
    for r in prices:
        by_key.setdefault((r['model'].lower(), r['component'], r['tier']), []).append(r)
    for key, rs in by_key.items():
        rs.sort(key=lambda r: r['frm'])
        for a, b in zip(rs, rs[1:]):
            if a['to'] is None or a['to'] > b['frm']:
                errors.append('%s overlaps %s (%s %s tier %d)' % (a['where'], b['where'], *key))

    if errors:
        sys.exit('\n'.join(errors))

    out = [BEGIN,
           '-- %d models, %d price rows, %d sources' % (len(models), len(prices), len(sources)),
           'INSERT INTO llmnum.builtin_models',
           '\t(name, provider, family, kind, encoding, context_window, release_date, open_weights, source, as_of, notes)',
           'VALUES']
    vals = []
    for m in models:
        src = sources[m['source']]
        vals.append('(%s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s)' % (
            q(m['name']), q(m['provider']), qn(m['family']), q(m['kind']), qn(m['encoding']),
            m['context_window'] or 'NULL', qn(m['release_date']), m['open_weights'],
            q(src[0]), q(m['as_of'] or src[1]), qn(m['notes'])))
    out.append(',\n'.join(vals))
    out.append('ON CONFLICT DO NOTHING;')
    out.append('')
    out.append('INSERT INTO llmnum.builtin_prices')
    out.append('\t(model, component, tier_above_tokens, usd_per_mtok, valid_from, valid_to, source, as_of, notes)')
    out.append('VALUES')
    vals = []
    for r in sorted(prices, key=lambda r: (r['model'].lower(), COMPONENTS.index(r['component']), r['tier'], r['frm'])):
        vals.append('(%s, %s, %d, %s, %s, %s, %s, %s, %s)' % (
            q(r['model']), q(r['component']), r['tier'], r['price'],
            q(r['frm'] + '+00'), 'NULL' if r['to'] is None else q(r['to'] + '+00'),
            q(r['source']), q(r['as_of']), qn(r['notes'])))
    out.append(',\n'.join(vals) + ';')
    out.append(END)
    block = '\n'.join(out)

    with open(script) as f:
        text = f.read()
    start = text.find(BEGIN)
    stop = text.find(END)
    if start < 0 or stop < 0:
        sys.exit('%s: markers not found' % script)
    new = text[:start] + block + text[stop + len(END):]
    if check:
        if new != text:
            sys.exit('%s: generated catalog is out of date; run %s' % (script, sys.argv[0]))
        print('catalog up to date: %d models, %d price rows' % (len(models), len(prices)))
        return
    if new != text:
        with open(script, 'w') as f:
            f.write(new)
    print('%d models, %d price rows written to %s' % (len(models), len(prices), script))


if __name__ == '__main__':
    main(sys.argv[1:])

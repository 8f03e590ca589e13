"""Report on the upstream import (not part of the build).

    python3 data/catalog/upstream_report.py [--write]

Loads the hand catalog (api_models.tsv, price_periods.tsv, sources.tsv), runs upstream.load(),
prints models and priced (host, model) pairs per host, what was skipped, and the number of
disagreements with the hand catalog. --write also writes disagreements-upstream.tsv beside it.
"""
import collections
import os
import sys

import upstream

HERE = os.path.dirname(os.path.abspath(__file__))


def main(argv):
    hand_models = upstream.read_tsv(os.path.join(HERE, 'api_models.tsv'))
    hand_periods = upstream.read_tsv(os.path.join(HERE, 'price_periods.tsv'))
    with open(os.path.join(HERE, 'sources.tsv')) as f:
        lines = [l.rstrip('\n') for l in f if l.strip()]
    header = lines[0].lstrip('# ').split('\t')
    sources = [dict(zip(header, l.split('\t'))) for l in lines[1:] if not l.startswith('#')]
    models, periods, added, disagreements = upstream.load(hand_models, hand_periods, sources)
    priced = {p['model'].lower() for p in periods}
    per_host = collections.Counter(m['host'] for m in models)
    pairs = collections.Counter(m['host'] for m in models if m['name'].lower() in priced)
    rows = collections.Counter()
    for p in periods:
        rows[p['model']] += sum(1 for c in upstream.COMPONENTS if p[c])
    print('%-14s %7s %7s' % ('host', 'models', 'priced'))
    for h in sorted(per_host):
        print('%-14s %7d %7d' % (h, per_host[h], pairs[h]))
    print('%-14s %7d %7d' % ('total', sum(per_host.values()), sum(pairs.values())))
    print('price periods: %d lines, %d price rows (one per component)'
          % (len(periods), sum(rows.values())))
    multi = sum(1 for m in models if len({p['valid_from'] for p in periods
                                          if p['model'] == m['name']}) > 1)
    print('models with more than one period: %d' % multi)
    print('only in LiteLLM (last seen 2025-09-01): %d'
          % sum(1 for m in models if 'only in the LiteLLM map' in m['notes']))
    print('with base_model: %d' % sum(1 for m in models if m['base_model']))
    print('skipped:')
    for k, v in sorted(upstream.load.stats['skipped'].items()):
        print('  %5d  %s' % (v, k))
    hand = {m['name'].lower() for m in hand_models}
    nh = sum(1 for d in disagreements if d['subject'].lower() in hand)
    print('disagreements: %d with the hand catalog (%d of them components llmnum lacks), '
          '%d between LiteLLM and genai-prices (%d models)'
          % (nh, sum(1 for d in disagreements if d['subject'].lower() in hand and not d['llmnum_value']),
             len(disagreements) - nh,
             len({d['subject'] for d in disagreements if d['subject'].lower() not in hand})))
    print('priced pairs with the %d hand models: %d' % (len(hand_models),
                                                       sum(pairs.values()) + len(hand_models)))
    print('sources added: %s' % ', '.join(s['key'] for s in added))
    if '--write' in argv:
        with open(os.path.join(HERE, 'disagreements-upstream.tsv'), 'w') as f:
            f.write('# Disagreements found by data/catalog/upstream.py (written by upstream_report.py '
                    '--write). For a hand model: llmnum_value is\n# its open price in price_periods.tsv '
                    '(empty: llmnum has no such component). For an imported model: llmnum_value is\n'
                    '# the imported genai-prices price, other_value the LiteLLM 2025-09-01 price.\n')
            f.write('\t'.join(upstream.DISAGREEMENT_COLS) + '\n')
            for d in disagreements:
                f.write('\t'.join(d[c] for c in upstream.DISAGREEMENT_COLS) + '\n')


if __name__ == '__main__':
    main(sys.argv)

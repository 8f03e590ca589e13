"""Derive first_seen.tsv from extracted genai-prices releases (run by hand, not by the build).

    python3 first_seen.py CURRENT_VERSION VERSION=DATE=path/data.json ... > first_seen.tsv

Each path is the output of extract.mjs for one npm release; DATE is that release's publish date
from `npm view @pydantic/genai-prices time`. One row per (provider, model id, price segment):
the release and date in which that price was first seen (the earliest publish date among the
releases that contain it) and the last release that still has it. Only the providers that
data/catalog/hosts.tsv maps to a host are kept. A segment is the unconditional price or one
price with a start_date constraint, in the canonical form of data/catalog/upstream.py.
"""
import json
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'catalog'))
import upstream  # noqa: E402


def vkey(v):
    return tuple(int(x) for x in v.split('.'))


def main(argv):
    current = argv[1]
    releases = []
    for arg in argv[2:]:
        v, d, path = arg.split('=', 2)
        releases.append((v, d, path))
    releases.sort(key=lambda r: vkey(r[0]))
    wanted = {h['genai_prices_provider'] for h in upstream.load_hosts()}
    rows = {}
    for v, d, path in releases:
        with open(path) as f:
            data = json.load(f)
        for p in data:
            if p['id'] not in wanted:
                continue
            for m in p['models']:
                segs, _ = upstream.genai_segments(m)
                for start, tiers in segs:
                    if not upstream.has_token_price(tiers):
                        continue
                    k = (p['id'], m['id'], upstream.tiers_hash(tiers))
                    r = rows.get(k)
                    if r is None:
                        rows[k] = r = {'segment': start or 'base', 'prices': upstream.tiers_key(tiers),
                                       'first_version': v, 'first_date': d, 'last_version': v}
                    elif d < r['first_date']:
                        r['first_version'], r['first_date'] = v, d
                    r['last_version'] = v
    out = sys.stdout
    out.write('# genai-prices price segments by release: where each (provider, model, price) was first seen.\n')
    out.write('# Derived by first_seen.py from the npm releases below (publish dates from the npm registry).\n')
    for v, d, _ in releases:
        out.write('# version\t%s\t%s\n' % (v, d))
    out.write('# current\t%s\n' % current)
    out.write('provider\tmodel\thash\tsegment\tprices\tfirst_version\tfirst_date\tlast_version\n')
    for k in sorted(rows):
        r = rows[k]
        out.write('\t'.join([k[0], k[1], k[2], r['segment'], r['prices'], r['first_version'],
                             r['first_date'], r['last_version']]) + '\n')


if __name__ == '__main__':
    main(sys.argv)

"""Add the genai-prices repository's dates to first_seen.tsv (run by hand, not by the build).

    python3 repo_dates.py GIT_DIR

GIT_DIR is a clone of https://github.com/pydantic/genai-prices (a bare one will do). The npm
publish dates of first_seen.tsv are upper bounds, many months late for the early releases; the
repository's history of prices/data.json says when each price was first written down. For every
row of first_seen.tsv, the columns repo_first and repo_last get the UTC days of the first and the
last commit whose prices/data.json holds that price (same provider, model id and price segment, in
upstream.tiers_key's form), repo_commit the first such commit; empty when no commit holds it
(commits whose data the canonical form cannot read are skipped, and say so on stderr). The file is
rewritten in place; its other columns and header lines are kept.
"""
import datetime
import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, '..', '..', 'catalog'))
import upstream  # noqa: E402

PATH = os.path.join(HERE, 'first_seen.tsv')
COLS = ['provider', 'model', 'hash', 'segment', 'prices', 'first_version', 'first_date',
        'last_version', 'repo_first', 'repo_commit', 'repo_last']


def git(repo, *args):
    return subprocess.run(['git', '-C', repo] + list(args), check=True, capture_output=True,
                          text=True).stdout


def utc_day(iso):
    return datetime.datetime.fromisoformat(iso).astimezone(datetime.timezone.utc).date().isoformat()


def main(argv):
    repo = argv[1]
    wanted = {h['genai_prices_provider'] for h in upstream.load_hosts()}
    commits = [line.split() for line in git(repo, 'log', '--format=%H %cI', '--',
                                             'prices/data.json').splitlines()]
    seen = {}
    for sha, when in reversed(commits):
        day = utc_day(when)
        data = json.loads(git(repo, 'show', sha + ':prices/data.json'))
        unread = 0
        for p in data:
            if p.get('id') not in wanted:
                continue
            for m in p.get('models', []):
                try:
                    segs, _ = upstream.genai_segments(m)
                except (TypeError, ValueError, KeyError, ArithmeticError):
                    unread += 1
                    continue
                for _, tiers in segs:
                    if upstream.has_token_price(tiers):
                        k = (p['id'], m['id'], upstream.tiers_hash(tiers))
                        first = seen.setdefault(k, [day, sha[:10], day])
                        first[2] = max(first[2], day)
        if unread:
            sys.stderr.write('%s (%s): %d models not read\n' % (sha[:10], day, unread))
    head, head_when = commits[0]
    header, rows = [], []
    with open(PATH) as f:
        for line in f:
            line = line.rstrip('\n')
            if line.startswith('# repository\t'):
                continue
            if line.startswith('#'):
                header.append(line)
            elif not line.startswith('provider\t'):
                rows.append(line.split('\t')[:8])
    with open(PATH, 'w') as out:
        for line in header:
            out.write(line + '\n')
        out.write('# repository\thttps://github.com/pydantic/genai-prices\t%s\t%s\n'
                  % (head[:10], utc_day(head_when)))
        out.write('\t'.join(COLS) + '\n')
        for r in rows:
            out.write('\t'.join(r + seen.get((r[0], r[1], r[2]), ['', '', ''])) + '\n')


if __name__ == '__main__':
    main(sys.argv)

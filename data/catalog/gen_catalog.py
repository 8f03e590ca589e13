#!/usr/bin/env python3
"""Generate llmnum's built-in catalog as SQL from the catalog sources.

The one generator of catalog SQL.  Inputs, all in data/catalog/ (or --data):

  sources.tsv         key, url, as_of, what
  hosts.tsv           host, name_prefix, genai_prices_provider, litellm_providers,
                      pricing_url, notes
  api_models.tsv      models sold through an API (llmnum's own, hand-kept rows)
  open_models.tsv     open-weight architectures (config.json facts)
  price_periods.tsv   llmnum's hand-kept dated price history; it wins over any
                      upstream catalog for the models it lists
  price_components.tsv  more hand-kept prices, one component a line (audio,
                      flex, priority, web search...): model, valid_from,
                      valid_to, tier_above_tokens, component, usd_per_mtok,
                      source, as_of, notes
  aliases.tsv         which snapshot an undated or -latest name served, when;
                      an alias is priced as its target over each period
  id_rules.tsv        how model ids as logs write them become catalog names
                      (llmnum.builtin_model_rules, read by src/model_id.c)
  gpus.tsv, gpu_prices.tsv, quantizations.tsv
  upstream.py         the vendored upstream price catalogs (data/vendor/),
                      turned into models and dated prices for what the
                      hand-kept files do not list

Everything the database would reject is refused here first (unknown model,
host or source, bad number, overlapping periods).  Output: the INSERTs of a
fresh install (default sql/builtin_catalog.sql), or with --upgrade the statements
that replace the built-in rows of an installed version by these.  With
--check nothing is written; the exit status says whether OUTPUT is current.

Usage: data/catalog/gen_catalog.py [--check] [--upgrade] [--data DIR] [OUTPUT]
Standard library only.
"""
import csv
import re
import os
import sys
from decimal import Decimal, InvalidOperation

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
DEFAULT_OUTPUT = os.path.join(ROOT, 'sql', 'builtin_catalog.sql')
DISAGREEMENTS = 'disagreements_upstream.tsv'

COMPONENTS = ['input', 'output', 'cached_input', 'cache_write', 'cache_write_1h',
              'batch_input', 'batch_output', 'training',
              # 1.0.0: the components of real bills (src/price_schedule.h order)
              'reasoning_output', 'audio_input', 'cached_audio_input', 'audio_output',
              'request', 'web_search', 'flex_input', 'flex_cached_input', 'flex_output',
              'priority_input', 'priority_cached_input', 'priority_output']
MODEL_KINDS = {'chat', 'completion', 'embedding', 'reasoning', 'base', 'moderation', 'rerank'}
ENCODINGS = {'', 'r50k_base', 'p50k_base', 'cl100k_base', 'o200k_base', 'o200k_harmony',
             'llama3', 'deepseek_v3'}
# Host models without an encoding of their own and without a base_model in
# the catalog: the families whose every member uses one tokenizer (gpt-oss
# 20b/120b; Meta's Llama 3.x, text and vision).  Fine-tunes of other makers
# (hermes-3, ...) and distills (deepseek-r1-distill-llama) keep NULL.
FAMILY_ENCODINGS = {'gpt-oss': 'o200k_harmony', 'llama-3': 'llama3', 'llama-3.1': 'llama3',
                    'llama-3.2': 'llama3', 'llama-3.3': 'llama3'}
QUANT_KINDS = {'float', 'integer', 'gptq', 'awq', 'gguf'}
ARCH_INT = ['layers', 'hidden_size', 'attention_heads', 'kv_heads', 'head_dim',
            'context_window', 'intermediate_size', 'vocab_size', 'experts_total',
            'experts_active', 'sliding_window', 'sliding_window_layers', 'kv_latent_dim']
MODEL_COLS = ['name', 'provider', 'host', 'base_model', 'family', 'kind', 'encoding',
              'params_total', 'params_active'] + ARCH_INT + [
              'release_date', 'open_weights', 'source', 'as_of', 'notes']
MODEL_TEXT = {'name', 'provider', 'host', 'base_model', 'family', 'kind', 'encoding',
              'release_date', 'source', 'as_of', 'notes'}
GIB = 1 << 30
MIB = 1 << 20

errors = []


def err(msg):
    errors.append(msg)


def read(data, name, required=True):
    path = os.path.join(data, name)
    if not os.path.exists(path):
        if required:
            sys.exit('gen_catalog: missing ' + path)
        return []
    with open(path, newline='', encoding='utf-8') as f:
        lines = [l for l in f if l.strip() and not l.startswith('#')]
    reader = csv.reader(lines, delimiter='\t', quoting=csv.QUOTE_NONE)
    header = next(reader)
    out = []
    for n, row in enumerate(reader, start=2):
        if len(row) != len(header):
            err('%s row %d: %d fields, expected %d' % (name, n, len(row), len(header)))
            continue
        out.append(dict(zip(header, row), _where='%s row %d' % (name, n)))
    return out


def read_sources(data):
    sources = {}
    with open(os.path.join(data, 'sources.tsv'), encoding='utf-8') as f:
        for n, line in enumerate(f, start=1):
            if line.startswith('#') or not line.strip():
                continue
            fields = line.rstrip('\n').split('\t')
            if len(fields) != 4:
                err('sources.tsv line %d: %d fields, expected 4' % (n, len(fields)))
                continue
            key, url, as_of, what = fields
            if key in sources:
                err('sources.tsv line %d: duplicate key %s' % (n, key))
            sources[key] = dict(key=key, url=url, as_of=as_of, what=what)
    return sources


def q(v):
    """SQL literal of a text value; NULL for empty."""
    if v is None or v == '':
        return 'NULL'
    return "'" + str(v).replace("'", "''") + "'"


def number(v, where, what, positive=False):
    """The text of a finite decimal, checked; NULL for empty."""
    if v is None or v == '':
        return 'NULL'
    try:
        d = Decimal(v)
    except InvalidOperation:
        err('%s: %s is not a number: %r' % (where, what, v))
        return 'NULL'
    if not d.is_finite() or d < 0 or (positive and d == 0):
        err('%s: %s out of range: %r' % (where, what, v))
    return v


def day(v, where, what):
    """'YYYY-MM-DD' or 'YYYY-MM-DD HH:MM' as a UTC timestamptz literal text."""
    if not re.match(r'^\d{4}-\d{2}-\d{2}( \d{2}:\d{2})?$', v):
        err('%s: bad %s %r' % (where, what, v))
        return None
    return v if ' ' in v else v + ' 00:00'


def period(row, where):
    frm = day(row['valid_from'], where, 'valid_from')
    to = None if row['valid_to'] in ('-', '') else day(row['valid_to'], where, 'valid_to')
    if frm and to and to <= frm:
        err('%s: empty period %s to %s' % (where, frm, to))
    return frm, to


def no_overlap(rows, key, label):
    groups = {}
    for r in rows:
        groups.setdefault(key(r), []).append(r)
    for k, rs in groups.items():
        rs.sort(key=lambda r: r['frm'])
        for a, b in zip(rs, rs[1:]):
            if a['to'] is None or a['to'] > b['frm']:
                err('%s overlaps %s (%s %s)' % (a['where'], b['where'], label, k))


def source_of(row, sources, where):
    s = sources.get(row['source'])
    if s is None:
        err('%s: unknown source %r' % (where, row['source']))
        return '', ''
    return s['url'], row.get('as_of') or s['as_of']


# ----------------------------------------------------------------------
# Models


def open_model_row(r):
    """An open-weight architecture as a model row."""
    m = {c: r.get(c, '') for c in MODEL_COLS}
    m['host'] = ''
    m['base_model'] = ''
    m['encoding'] = r.get('encoding', '')
    m['open_weights'] = 'true'
    m['source'] = ('https://huggingface.co/%s/blob/main/config.json (architecture); '
                   "params_total: the safetensors total on the model page (for dense models "
                   "also recomputed from the config's tensor shapes)" % r['hf_repo'])
    m['as_of'] = r['release_date']
    m['_where'] = r['_where']
    return m


def check_arch(m):
    where = m['_where']
    i = {k: int(m[k]) if m[k] else 0 for k in ARCH_INT}
    if m['layers'] and not (0 < i['kv_heads'] <= i['attention_heads']):
        err(where + ': kv_heads must be in 1..attention_heads')
    if i['sliding_window_layers'] > i['layers'] or \
            (i['sliding_window_layers'] > 0) != (i['sliding_window'] > 0):
        err(where + ': inconsistent sliding window')
    if i['experts_active'] > i['experts_total']:
        err(where + ': experts_active > experts_total')
    if m['params_active'] and Decimal(m['params_active']) > Decimal(m['params_total']):
        err(where + ': params_active > params_total')


def load_models(data, sources, hosts):
    models = {}

    def add(m):
        low = m['name'].lower()
        if m['name'] != m['name'].strip() or not m['name']:
            err('%s: blank or padded name %r' % (m['_where'], m['name']))
        if low in models:
            err('%s: model %s also at %s' % (m['_where'], m['name'], models[low]['_where']))
        if m['kind'] not in MODEL_KINDS:
            err('%s: bad kind %r' % (m['_where'], m['kind']))
        if m['encoding'] not in ENCODINGS:
            err('%s: bad encoding %r' % (m['_where'], m['encoding']))
        if m['host'] and m['host'] not in hosts:
            err('%s: unknown host %r' % (m['_where'], m['host']))
        elif m['host'] and not m['name'].startswith(hosts[m['host']]['name_prefix']):
            err('%s: a model of host %s is named %s...' % (m['_where'], m['host'],
                                                           hosts[m['host']]['name_prefix']))
        models[low] = m

    for r in read(data, 'api_models.tsv'):
        m = {c: r.get(c, '') for c in MODEL_COLS}
        m['_where'] = r['_where']
        m['source'], m['as_of'] = source_of(r, sources, r['_where'])
        add(m)
    for r in read(data, 'open_models.tsv'):
        m = open_model_row(r)
        check_arch(m)
        add(m)
    return models


# ----------------------------------------------------------------------
# Prices


def load_prices(rows, models, sources):
    prices = []
    for p in rows:
        where = p['_where']
        m = models.get(p['model'].lower())
        if m is None:
            err('%s: model %s is not in the catalog' % (where, p['model']))
            continue
        url, as_of = source_of(p, sources, where)
        frm, to = period(p, where)
        tier = p['tier_above_tokens'] or '0'
        if not tier.isdigit():
            err('%s: bad tier %r' % (where, tier))
            continue
        found = False
        for c in COMPONENTS:
            if p.get(c, '') == '':
                continue
            found = True
            prices.append(dict(model=m['name'], component=c, tier=int(tier),
                               price=number(p[c], where, c), frm=frm, to=to,
                               source=url, as_of=as_of, notes=p['notes'], where=where))
        if not found:
            err('%s: no price in the row' % where)
    return prices


def alias_prices(aliases, models, prices, sources):
    """Each alias period gets its target's prices, clipped to the period."""
    by_model = {}
    for r in prices:
        by_model.setdefault(r['model'].lower(), []).append(r)
    rows = []
    out = []
    for a in aliases:
        where = a['_where']
        alias = models.get(a['alias'].lower())
        target = models.get(a['target'].lower())
        if alias is None or target is None:
            err('%s: alias and target must both be catalog models' % where)
            continue
        if alias['name'].lower() in by_model:
            err('%s: alias %s has price rows of its own' % (where, alias['name']))
            continue
        url, as_of = source_of(a, sources, where)
        frm, to = period(a, where)
        rows.append(dict(alias=alias['name'], target=target['name'], frm=frm, to=to,
                         source=url, as_of=as_of, notes=a['notes'], where=where))
        covered = False
        for r in by_model.get(target['name'].lower(), []):
            lo = max(r['frm'], frm)
            hi = min(x for x in (r['to'], to) if x is not None) if (r['to'] or to) else None
            if hi is not None and hi <= lo:
                continue
            covered = True
            out.append(dict(r, model=alias['name'], frm=lo, to=hi, where=where,
                            notes=('Price of %s, which %s served from %s%s.%s' % (
                                target['name'], alias['name'], frm[:10],
                                '' if to is None else ' to ' + to[:10],
                                (' ' + r['notes']) if r['notes'] else ''))))
        if not covered:
            err('%s: target %s has no price in the alias period' % (where, target['name']))
    return rows, out


SNAPSHOT_SUFFIX = re.compile(r'^(.+?)(-\d{4}-\d{2}-\d{2}|-00\d)$')


def date_upstream_snapshots(models, hand_periods, up_periods, hand_aliases):
    """Upstream ids that are a dated snapshot or a version of a hand-kept model.

    The upstream catalogs only date a price by the first snapshot that shows
    it, so gpt-4o-mini-2024-07-18 would be unpriced before 2025-09-01 although
    OpenAI's own gpt-4o-mini has been that snapshot since its launch.  Where
    stripping the date (-YYYY-MM-DD) or the version (-00N) gives a hand-kept
    model that is not itself an alias, and every upstream price of the id
    equals the hand-kept price of that model on the day upstream observed it,
    the id becomes an alias of the hand-kept model over the model's whole
    priced life, and its upstream prices go.  Where any price differs (the
    snapshot is not the one the model name served), nothing changes.
    """
    by_model = {}
    for p in hand_periods:
        by_model.setdefault(p['model'].lower(), []).append(p)
    alias_names = {a['alias'].lower() for a in hand_aliases}
    up_by_model = {}
    for p in up_periods:
        up_by_model.setdefault(p['model'].lower(), []).append(p)

    def price_on(rows, component, tier, day):
        for r in rows:
            to = None if r['valid_to'] in ('-', '') else r['valid_to']
            if (r['tier_above_tokens'] or '0') == tier and r.get(component, '') != '' and \
                    r['valid_from'][:10] <= day and (to is None or day < to[:10]):
                return Decimal(r[component])
        return None

    aliases = []
    dropped = set()
    for low, rows in sorted(up_by_model.items()):
        m = models.get(low)
        match = SNAPSHOT_SUFFIX.match(low)
        if m is None or not m.get('_upstream') or match is None:
            continue
        base = match.group(1)
        if base not in by_model or base in alias_names or models[base].get('_upstream'):
            continue
        # input and output must agree on every observation; a component
        # both price must agree too; one only upstream has is given up
        same = True
        for r in rows:
            for c in COMPONENTS:
                if r.get(c, '') == '':
                    continue
                hand = price_on(by_model[base], c, r['tier_above_tokens'] or '0', r['valid_from'][:10])
                if (hand is None and c in ('input', 'output')) or \
                        (hand is not None and hand != Decimal(r[c])):
                    same = False
        if not same:
            continue
        first = min(r['valid_from'] for r in by_model[base])
        aliases.append({'alias': m['name'], 'target': models[base]['name'], 'valid_from': first,
                        'valid_to': '-', 'source': rows[0]['source'], 'as_of': rows[0]['as_of'],
                        'notes': 'A dated snapshot or version of %s with the same prices when the '
                                 'upstream catalog observed it; priced as %s over its whole history.'
                                 % (models[base]['name'], models[base]['name']),
                        '_where': 'snapshot alias %s' % m['name']})
        dropped.add(low)
    return aliases, [p for p in up_periods if p['model'].lower() not in dropped]


def date_host_copies(models, hand_periods, up_periods):
    """A host's id of a hand-kept model that never changed price is dated from its launch.

    bedrock/anthropic.claude-3-5-sonnet-20240620-v1:0 (base_model
    claude-3-5-sonnet-20240620) is first seen upstream on 2025-09-01.  When the
    hand-kept model's input and output prices never changed, and the host's
    first observed input and output prices equal them, the host's first
    period starts when the hand-kept model's prices start (the host sold it at
    the maker's list price all along).  Where the maker's price ever changed,
    or the host's differs, the upstream date stays: no earlier price is
    inferred.  Only the host's own components are kept.
    """
    by_model = {}
    for p in hand_periods:
        by_model.setdefault(p['model'].lower(), []).append(p)
    up_by_model = {}
    for p in up_periods:
        up_by_model.setdefault(p['model'].lower(), []).append(p)
    for low, rows in up_by_model.items():
        m = models.get(low)
        if m is None or not m.get('_upstream') or not m['base_model']:
            continue
        base = by_model.get(m['base_model'].lower())
        if not base:
            continue
        constant = {}
        for c in ('input', 'output'):
            vals = {(Decimal(r[c]), r['valid_from'], r['valid_to']) for r in base
                    if r.get(c, '') != '' and (r['tier_above_tokens'] or '0') == '0'}
            if len(vals) != 1:
                break
            price, frm, to = vals.pop()
            if to not in ('-', ''):
                break
            constant[c] = (price, frm)
        if len(constant) != 2:
            continue
        first = min(rows, key=lambda r: r['valid_from'])
        if (first['tier_above_tokens'] or '0') != '0' or any(
                first.get(c, '') == '' or Decimal(first[c]) != constant[c][0] for c in constant):
            continue
        start = max(constant['input'][1], constant['output'][1])
        firsts = [r for r in rows if r['valid_from'] == first['valid_from']]
        if start >= first['valid_from']:
            continue
        for r in firsts:
            r['notes'] = ('%s Dated from %s, when %s got the same price, which it never changed.'
                          % (r.get('notes', ''), start[:10], m['base_model'])).strip()
            r['valid_from'] = start


# ----------------------------------------------------------------------
# GPUs


def load_gpus(data, sources):
    gpus = []
    seen = set()
    for r in read(data, 'gpus.tsv'):
        where = r['_where']
        if r['name'].lower() in seen:
            err('%s: duplicate GPU %s' % (where, r['name']))
        seen.add(r['name'].lower())
        g = dict(r)
        if r.get('memory_gb'):
            g['memory_bytes'] = str(int(Decimal(r['memory_gb']) * 10**9))
        else:
            g['memory_bytes'] = str(int(Decimal(r['memory_gib']) * GIB))
        g['usable_memory_bytes'] = str(int(r['usable_mib']) * MIB) if r.get('usable_mib') else ''
        if g['usable_memory_bytes'] and int(g['usable_memory_bytes']) > int(g['memory_bytes']):
            err('%s: usable memory above the nominal memory' % where)
        if r.get('available_from'):
            day(r['available_from'], where, 'available_from')
        gpus.append(g)
    names = {g['name'].lower(): g['name'] for g in gpus}
    prices = []
    for r in read(data, 'gpu_prices.tsv', required=False):
        where = r['_where']
        if r['gpu'].lower() not in names:
            err('%s: unknown GPU %s' % (where, r['gpu']))
            continue
        url, as_of = source_of(r, sources, where) if r['source'] in sources else (r['source'], r['as_of'])
        if not url or not as_of:
            err('%s: a GPU price needs a source and a date' % where)
        frm, to = period(r, where)
        prices.append(dict(gpu=names[r['gpu'].lower()], price=number(r['usd_per_hour'], where, 'usd_per_hour', True),
                           frm=frm, to=to, source=url, as_of=as_of, notes=r['notes'], where=where))
    no_overlap(prices, lambda r: r['gpu'].lower(), 'GPU')
    return gpus, prices


# ----------------------------------------------------------------------
# SQL


def values(table, cols, rows, tail=';'):
    if not rows:
        return []
    return ['INSERT INTO llmnum.%s' % table, '\t(' + ', '.join(cols) + ')', 'VALUES',
            ',\n'.join('(' + ', '.join(r) + ')' for r in rows) + tail, '']


def ts(v):
    return 'NULL' if v is None else q(v + '+00')


ID_RULE_KINDS = ('host_prefix', 'strip_prefix', 'host_marker', 'region_prefix',
                 'strip_suffix', 'fine_tune', 'router_fallback')


def load_id_rules(data, sources, hosts):
    """The model-id rules, in file order (the order the resolver tries them)."""
    rules = []
    for r in read(data, 'id_rules.tsv', required=False):
        where = r['_where']
        if r['kind'] not in ID_RULE_KINDS:
            err('%s: bad rule kind %r' % (where, r['kind']))
        if not r['pattern'] or r['pattern'] != r['pattern'].lower() or len(r['pattern']) > 64:
            err('%s: a pattern is lower case, 1 to 64 characters' % where)
        if r['pattern'].count('*') > 2 or (r['scope'] or '').count('*') > 2:
            err('%s: at most two * in a pattern or scope' % where)
        if r['host'] and r['host'] not in hosts:
            err('%s: unknown host %r' % (where, r['host']))
        if r['kind'] in ('host_prefix', 'host_marker'):
            if not r['host']:
                err('%s: a %s rule names its host' % (where, r['kind']))
            elif r['replacement'] != hosts[r['host']]['name_prefix']:
                err('%s: replacement must be the name_prefix of host %s' % (where, r['host']))
        if r['kind'] in ('strip_suffix', 'fine_tune') and '*' in r['pattern']:
            err('%s: a %s pattern has no *' % (where, r['kind']))
        r['url'], r['as_of'] = source_of(r, sources, where)
        rules.append(r)
    return rules


def render(hosts, models, aliases, prices, gpus, gpu_prices, quants, upgrade, rules=()):
    out = ['/*',
           ' * sql/builtin_catalog.sql: the built-in catalog of llmnum.',
           ' *',
           ' * GENERATED by data/catalog/gen_catalog.py from data/catalog/ and data/vendor/;',
           ' * do not edit by hand.  %d hosts, %d models (%d with prices), %d price rows,' % (
               len(hosts), len(models), len({p['model'].lower() for p in prices}), len(prices)),
           ' * %d aliases, %d GPUs with %d dated prices, %d quantization formats.' % (
               len(aliases), len(gpus), len(gpu_prices), len(quants)),
           ' */', '']
    if upgrade:
        for t in ('builtin_gpu_prices', 'builtin_gpus', 'quantizations', 'builtin_prices',
                  'builtin_model_aliases', 'builtin_model_rules', 'builtin_models',
                  'builtin_hosts'):
            out.append('DELETE FROM llmnum.%s;' % t)
        out.append('')
    out += values('builtin_hosts', ['host', 'name_prefix', 'genai_prices_provider',
                                    'litellm_providers', 'pricing_url', 'notes'],
                  [[q(h['host']), "'" + h['name_prefix'] + "'", q(h['genai_prices_provider']),
                    q('{' + ','.join('"%s"' % p for p in h['litellm_providers'].split(',') if p) + '}'),
                    q(h['pricing_url']), q(h['notes'])] for h in hosts.values()])
    rows = []
    for m in sorted(models.values(), key=lambda m: m['name'].lower()):
        rows.append([number(m[c], m['_where'], c) if c not in MODEL_TEXT and c != 'open_weights'
                     else ('true' if m[c] == 'true' else 'false') if c == 'open_weights'
                     else q(m[c]) for c in MODEL_COLS])
    out += values('builtin_models', MODEL_COLS, rows)
    out += values('builtin_model_aliases', ['alias', 'target', 'valid_from', 'valid_to',
                                            'source', 'as_of', 'notes'],
                  [[q(a['alias']), q(a['target']), ts(a['frm']), ts(a['to']), q(a['source']),
                    q(a['as_of']), q(a['notes'])] for a in aliases])
    out += values('builtin_model_rules', ['ordinal', 'kind', 'pattern', 'scope', 'host',
                                          'replacement', 'source', 'as_of', 'notes'],
                  [[str(i + 1), q(r['kind']), q(r['pattern']), q(r['scope']), q(r['host']),
                    q(r['replacement']), q(r['url']), q(r['as_of']), q(r['notes'])]
                   for i, r in enumerate(rules)])
    out += values('builtin_prices', ['model', 'component', 'tier_above_tokens', 'usd_per_mtok',
                                     'valid_from', 'valid_to', 'source', 'as_of', 'notes'],
                  [[q(r['model']), q(r['component']), str(r['tier']), r['price'], ts(r['frm']),
                    ts(r['to']), q(r['source']), q(r['as_of']), q(r['notes'])]
                   for r in sorted(prices, key=lambda r: (r['model'].lower(),
                                                          COMPONENTS.index(r['component']),
                                                          r['tier'], r['frm']))])
    gcols = ['name', 'vendor', 'available_from', 'memory_bytes', 'usable_memory_bytes',
             'memory_bandwidth_gbps', 'fp16_tflops', 'bf16_tflops', 'fp8_tflops',
             'source', 'as_of', 'notes']
    out += values('builtin_gpus', gcols,
                  [[q(g.get(c, '')) if c in ('name', 'vendor', 'available_from', 'source', 'as_of', 'notes')
                    else number(g.get(c, ''), g['_where'], c) for c in gcols] for g in gpus])
    out += values('builtin_gpu_prices', ['gpu', 'usd_per_hour', 'valid_from', 'valid_to',
                                         'source', 'as_of', 'notes'],
                  [[q(p['gpu']), p['price'], ts(p['frm']), ts(p['to']), q(p['source']),
                    q(p['as_of']), q(p['notes'])] for p in gpu_prices])
    qcols = ['name', 'kind', 'bits_per_weight', 'source', 'as_of', 'notes']
    out += values('quantizations', qcols,
                  [[number(r[c], r['_where'], c, True) if c == 'bits_per_weight' else q(r[c])
                    for c in qcols] for r in quants])
    return '\n'.join(out).rstrip('\n') + '\n'


def main(argv):
    check = '--check' in argv
    upgrade = '--upgrade' in argv
    args = [a for a in argv if a not in ('--check', '--upgrade')]
    data = HERE
    if '--data' in args:
        i = args.index('--data')
        data = args[i + 1]
        del args[i:i + 2]
    output = args[0] if args else DEFAULT_OUTPUT

    sources = read_sources(data)
    hosts = {h['host']: h for h in read(data, 'hosts.tsv')}
    models = load_models(data, sources, hosts)
    hand_periods = read(data, 'price_periods.tsv')
    disagreements = []
    snapshot_aliases = []
    if os.path.exists(os.path.join(data, 'upstream.py')):
        sys.path.insert(0, data)
        import upstream
        up_models, up_periods, up_sources, disagreements = upstream.load(
            list(models.values()), hand_periods, list(sources.values()))
        for s in up_sources:
            sources[s['key']] = s
        for m in up_models:
            m = dict({c: '' for c in MODEL_COLS}, **m)
            m.setdefault('_where', 'upstream %s' % m['name'])
            m['_upstream'] = True
            m['source'], m['as_of'] = source_of(m, sources, m['_where'])
            if m['name'].lower() in models:
                err('%s: upstream model %s is already in the catalog' % (m['_where'], m['name']))
                continue
            models[m['name'].lower()] = m
        for p in up_periods:
            p.setdefault('_where', 'upstream %s %s' % (p['model'], p['valid_from']))
        snapshot_aliases, up_periods = date_upstream_snapshots(models, hand_periods, up_periods,
                                                               read(data, 'aliases.tsv', required=False))
        date_host_copies(models, hand_periods, up_periods)
        hand_periods = hand_periods + up_periods
    for m in models.values():
        if m['base_model'] and m['base_model'].lower() not in models and m.get('_upstream'):
            m['base_model'] = ''    # an upstream guess at a model the catalog lacks
        elif m['base_model'] and m['base_model'].lower() not in models:
            err('%s: base_model %s is not in the catalog' % (m['_where'], m['base_model']))
        elif m['base_model']:
            m['base_model'] = models[m['base_model'].lower()]['name']
    # a host's id of a catalog model counts with its base model's tokenizer
    for m in models.values():
        if not m['encoding'] and m['base_model']:
            m['encoding'] = models[m['base_model'].lower()]['encoding']
        if not m['encoding'] and m['host'] and m['provider'] in ('meta', 'openai'):
            m['encoding'] = FAMILY_ENCODINGS.get(m['family'], '')
    for m in models.values():
        if not m['source'] or not m['as_of']:
            err('%s: a model needs a source and a date' % m['_where'])
    # price_components.tsv: one component per line, for the components
    # price_periods.tsv has no column for (audio, flex, priority...)
    for r in read(data, 'price_components.tsv', required=False):
        if r['component'] not in COMPONENTS:
            err('%s: unknown component %r' % (r['_where'], r['component']))
            continue
        hand_periods.append(dict(r, **{r['component']: r['usd_per_mtok']}))
    prices = load_prices(hand_periods, models, sources)
    aliases, alias_rows = alias_prices(read(data, 'aliases.tsv', required=False) + snapshot_aliases,
                                       models, prices, sources)
    prices += alias_rows
    no_overlap(prices, lambda r: (r['model'].lower(), r['component'], r['tier']), 'price')
    no_overlap(aliases, lambda r: r['alias'].lower(), 'alias')
    gpus, gpu_prices = load_gpus(data, sources)
    quants = read(data, 'quantizations.tsv')
    rules = load_id_rules(data, sources, hosts)
    for r in quants:
        if r['kind'] not in QUANT_KINDS:
            err('%s: bad kind %r' % (r['_where'], r['kind']))

    if errors:
        sys.exit('gen_catalog: %d errors\n' % len(errors) + '\n'.join(errors))

    outputs = {output: render(hosts, models, aliases, prices, gpus, gpu_prices, quants, upgrade,
                              rules)}
    if disagreements:
        cols = ['subject', 'field', 'llmnum_value', 'other_value', 'other_source', 'resolution']
        outputs[os.path.join(data, DISAGREEMENTS)] = '\t'.join(cols) + '\n' + ''.join(
            '\t'.join(str(d.get(c, '')) for c in cols) + '\n' for d in disagreements)
    stale = []
    for path, text in outputs.items():
        old = open(path, encoding='utf-8').read() if os.path.exists(path) else None
        if old != text:
            stale.append(path)
            if not check:
                with open(path, 'w', encoding='utf-8') as f:
                    f.write(text)
    priced = len({p['model'].lower() for p in prices})
    if check and stale:
        sys.exit('gen_catalog: out of date: %s; run data/catalog/gen_catalog.py' % ', '.join(stale))
    print('gen_catalog: %d models, %d priced, %d price rows, %d GPUs%s' % (
        len(models), priced, len(prices), len(gpus),
        ' (up to date)' if check else (', wrote ' + ', '.join(stale) if stale else ', unchanged')))


if __name__ == '__main__':
    main(sys.argv[1:])

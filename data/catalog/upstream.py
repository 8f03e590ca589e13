"""Upstream price catalogs (genai-prices, LiteLLM) as llmnum catalog rows.

Standard library only. Reads the vendored files under data/vendor/ and data/catalog/hosts.tsv;
the catalog generator calls

    models, periods, sources_added, disagreements = load(hand_models, hand_periods, sources)

hand_models / hand_periods: the rows of api_models.tsv / price_periods.tsv as dicts (column
name -> string). A hand model always wins: an upstream entry whose catalog name equals a hand
model name (case-insensitively) is not returned; its current upstream price is compared with the
hand catalog's open price instead, and each differing component becomes a disagreement row.
sources: the rows of sources.tsv as dicts (key, url, as_of, what); only used to avoid key clashes.

Returned rows are dicts with string values:
  models        api_models.tsv columns (name, provider, host, base_model, family, kind, encoding,
                context_window, release_date, open_weights, source, as_of, notes)
  periods       price_periods.tsv columns (model, valid_from, valid_to, tier_above_tokens, input,
                output, cached_input, cache_write, cache_write_1h, batch_input, batch_output,
                training, source, as_of, notes); prices in USD per million tokens, '' = none
  sources_added sources.tsv columns (key, url, as_of, what)
  disagreements disagreements.tsv columns (subject, field, llmnum_value, other_value,
                other_source, resolution)

Names: catalog name = hosts.tsv name_prefix + the host id (a LiteLLM key loses its own host
prefix: gemini/, mistral/, bedrock/...). Left out: Bedrock regional, commitment and geographic
cross-region ids (genai-prices' global. ids are kept: the global price, 10% below the in-Region
one for Claude 4.5 and later), LiteLLM's azure/<region>/ ids, size brackets, openai/ duplicate keys, non-text models
(image, audio, realtime, OCR, moderation), genai-prices ids that are match patterns rather than
API ids. genai-prices prices a LiteLLM name when one of its match clauses matches the id (first
match in upstream order; Azure falls back to the OpenAI list only where LiteLLM agrees). Other
exact ids of a genai-prices model (its `equals` alternatives: dated snapshots, :beta variants)
become models of their own on the hosts of ALT_HOSTS. OpenRouter models that genai-prices lists
without their maker/ get it from OPENROUTER_MAKERS where unambiguous, else are left out.

Dating rule: upstream catalogs carry current prices, not effective dates. A period starts at the
earliest date its price was observed in a dated snapshot (the LiteLLM map of 2025-09-01, the
npm releases of genai-prices and the commits of its repository, both in
data/vendor/genai-prices/first_seen.tsv), except where genai-prices gives a dated price change
(constraint start_date), which is an effective date. The repository's dates count only where
genai-prices' price is the host's own (its provider serves this host alone, no fallback). Where
the repository held such a price of the model on LiteLLM's day and none it held then agrees
with LiteLLM's, LiteLLM's is not used.
Observations of the same price (every component priced in both agrees) merge into one period
whose components are the union; a different price starts a new period on the date it was first
seen. A model only in LiteLLM, or only in earlier genai-prices releases, keeps an open period
and says in its notes when it was last seen. LiteLLM prices whose input and output are the
genai-prices output and input (swapped) are dropped.
"""

import csv
import hashlib
import json
import os
import re
from decimal import Decimal

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
VENDOR = os.path.join(ROOT, 'data', 'vendor')
GENAI_DIR = os.path.join(VENDOR, 'genai-prices')
LITELLM_FILE = os.path.join(VENDOR, 'litellm', 'model_prices_and_context_window.json')
LITELLM_DATE = '2025-09-01'

MODEL_COLS = ['name', 'provider', 'host', 'base_model', 'family', 'kind', 'encoding',
              'context_window', 'release_date', 'open_weights', 'source', 'as_of', 'notes']
COMPONENTS = ['input', 'output', 'cached_input', 'cache_write', 'cache_write_1h',
              'batch_input', 'batch_output', 'training',
              'reasoning_output', 'audio_input', 'cached_audio_input', 'audio_output',
              'request', 'web_search', 'flex_input', 'flex_cached_input', 'flex_output',
              'priority_input', 'priority_cached_input', 'priority_output']
PERIOD_COLS = ['model', 'valid_from', 'valid_to', 'tier_above_tokens'] + COMPONENTS + \
              ['source', 'as_of', 'notes']
DISAGREEMENT_COLS = ['subject', 'field', 'llmnum_value', 'other_value', 'other_source',
                     'resolution']

SRC_LITELLM = 'litellm-2025-09-01'
HIST_HOSTS = ('openrouter', 'openai', 'anthropic', 'google')

# --------------------------------------------------------------------------- small helpers

MILLION = Decimal(10) ** 6


def dec_str(d):
    """A Decimal as a plain decimal string without exponent or trailing zeros."""
    if d is None:
        return ''
    d = d.normalize()
    s = format(d, 'f')
    if '.' in s:
        s = s.rstrip('0').rstrip('.')
    return s if s not in ('-0', '') else '0'


def per_token_to_mtok(x):
    """LiteLLM per-token float -> exact Decimal per million tokens (via the float's repr)."""
    return (Decimal(repr(float(x))) * MILLION).normalize()


def mtok(x):
    return Decimal(repr(x)) if isinstance(x, float) else Decimal(x)


def read_tsv(path):
    with open(path, newline='') as f:
        lines = [l for l in f.read().split('\n') if l and not l.startswith('#')]
    header = lines[0].split('\t')
    return [dict(zip(header, l.split('\t'))) for l in lines[1:]]


def load_hosts():
    hosts = []
    for r in read_tsv(os.path.join(HERE, 'hosts.tsv')):
        r['litellm_providers'] = [p for p in r['litellm_providers'].split(',') if p]
        hosts.append(r)
    return hosts


# --------------------------------------------------------------------------- genai-prices

def match(clause, s):
    """Evaluate a genai-prices match clause against a model id (lower-cased, as upstream does)."""
    s = s.lower()
    if 'or' in clause:
        return any(match(c, s) for c in clause['or'])
    if 'and' in clause:
        return all(match(c, s) for c in clause['and'])
    if 'equals' in clause:
        return s == clause['equals'].lower()
    if 'starts_with' in clause:
        return s.startswith(clause['starts_with'].lower())
    if 'ends_with' in clause:
        return s.endswith(clause['ends_with'].lower())
    if 'contains' in clause:
        return clause['contains'].lower() in s
    if 'regex' in clause:
        return re.search(clause['regex'], s, re.I) is not None
    return False


def equals_match(clause, s):
    """True when s matches through an `equals` clause (an exact id, not a pattern)."""
    if 'equals' in clause:
        return clause['equals'].lower() == s.lower()
    return any(equals_match(c, s) for c in clause.get('or', []))


def api_id_like(host, hid):
    """An upstream id that can be the id the host's API takes (not a pattern stem)."""
    if not re.match(r'^[~A-Za-z0-9][\w.\-/:@~]*[A-Za-z0-9]$', hid):
        return False
    if host['name_prefix'] == '' and ':' in hid and not hid.startswith('ft:'):
        return False
    return not hid.endswith(('.ft', '-ft'))


def all_equals(clause):
    if 'equals' in clause:
        return [clause['equals']]
    return [x for c in clause.get('or', []) for x in all_equals(c)]


# (not deepseek: DeepSeek's API takes only the ids it lists, and genai-prices' other ids of its
# models are spellings of other hosts, deepseek-r1-0528 or deepseek-chat-v3-0324)
ALT_HOSTS = ('openai', 'openrouter', 'xai', 'mistral', 'moonshot', 'minimax', 'groq',
             'together_ai', 'fireworks_ai', 'azure')


def alt_ok(host, alt, alts):
    """Is an alternative `equals` id of a genai-prices model an id the host's API takes?

    genai-prices also lists spellings it merely tolerates (gpt-5-1 for gpt-5.1, Azure's gpt-35,
    a maker/ prefix on a direct API): those are left out."""
    h = host['host']
    if not api_id_like(host, alt) or not is_text_model(alt):
        return False
    if h == 'openrouter':
        return '/' in alt
    if '/' in alt and h not in ('groq', 'together_ai', 'fireworks_ai'):
        return False
    if h == 'fireworks_ai' and not alt.startswith('accounts/fireworks/models/'):
        return False
    if h == 'openai' and re.match(r'gpt-35', alt):
        return False
    dotted = re.sub(r'(\d)-(\d)(?!\d{3})', r'\1.\2', alt, count=1)
    if dotted != alt and any(dotted.lower() == x.lower() for x in alts):
        return False  # dash spelling of a dotted version
    return True


def first_equals(clause):
    if 'equals' in clause:
        return clause['equals']
    for c in clause.get('or', []):
        e = first_equals(c)
        if e:
            return e
    return None


GENAI_COMPONENTS = {'input_mtok': 'input', 'output_mtok': 'output',
                    'cache_read_mtok': 'cached_input', 'cache_write_mtok': 'cache_write',
                    'cache_write_1h_mtok': 'cache_write_1h',
                    'input_audio_mtok': 'audio_input', 'output_audio_mtok': 'audio_output',
                    'cache_audio_read_mtok': 'cached_audio_input',
                    'output_reasoning_mtok': 'reasoning_output',
                    'requests_kcount': 'request', 'web_searches_kcount': 'web_search'}
# per-1,000 counts become llmnum's per-million prices
GENAI_PER_K = {'requests_kcount', 'web_searches_kcount'}


def genai_tiers(prices):
    """One genai-prices price object -> ({tier: {component: Decimal}}, [unmodelled keys])."""
    flat, tiered, skipped = {}, {}, []
    for k, v in prices.items():
        comp = GENAI_COMPONENTS.get(k)
        if comp is None:
            skipped.append(k)
            continue
        k1000 = 1000 if k in GENAI_PER_K else 1
        if isinstance(v, dict):
            flat[comp] = mtok(v['base']) * k1000
            tiered[comp] = sorted((int(t['start']), mtok(t['price']) * k1000) for t in v['tiers'])
        else:
            flat[comp] = mtok(v) * k1000
    out = {0: dict(flat)} if flat else {}
    starts = sorted({s for ts in tiered.values() for s, _ in ts})
    for start in starts:
        row = dict(flat)
        for comp, ts in tiered.items():
            for s, p in ts:
                if s <= start:
                    row[comp] = p
        out[start] = row
    return out, sorted(skipped)


def genai_segments(model):
    """genai-prices model -> (segments, notes). A segment is (start_date or None, tiers)."""
    prices = model['prices']
    notes, segs, skipped = [], [], set()
    if isinstance(prices, dict):
        prices = [{'prices': prices}]
    for cp in prices:
        con = cp.get('constraint')
        tiers, sk = genai_tiers(cp['prices'])
        skipped.update(sk)
        if con is None:
            segs.append((None, tiers))
        elif con.get('type') == 'start_date':
            segs.append((con['start_date'], tiers))
        else:
            notes.append('genai-prices has time-of-day prices (%s) that are not modelled'
                         % con.get('type'))
    if skipped:
        notes.append('upstream also prices %s, not modelled' % ', '.join(sorted(skipped)))
    segs.sort(key=lambda s: s[0] or '')
    return segs, notes


def tiers_key(tiers):
    """Canonical text of one price segment (also used for first_seen.tsv)."""
    parts = []
    for t in sorted(tiers):
        parts.append('%d:%s' % (t, ','.join('%s=%s' % (c, dec_str(tiers[t][c]))
                                             for c in COMPONENTS if c in tiers[t])))
    return ';'.join(parts)


def tiers_hash(tiers):
    return hashlib.sha1(tiers_key(tiers).encode()).hexdigest()[:12]


def load_first_seen():
    """first_seen.tsv -> ({(provider, model): [rows]}, {version: date}, current version)."""
    path = os.path.join(GENAI_DIR, 'first_seen.tsv')
    versions, current, seen = {}, None, {}
    with open(path) as f:
        for line in f:
            line = line.rstrip('\n')
            if line.startswith('# version\t'):
                _, v, d = line.split('\t')[:3]
                versions[v] = d
            elif line.startswith('# current\t'):
                current = line.split('\t')[1]
    for r in read_tsv(path):
        seen.setdefault((r['provider'], r['model']), []).append(r)
    return seen, versions, current


# --------------------------------------------------------------------------- LiteLLM

LITELLM_MAP = [
    ('input_cost_per_token', 'input', 0), ('output_cost_per_token', 'output', 0),
    ('cache_read_input_token_cost', 'cached_input', 0),
    ('input_cost_per_token_cache_hit', 'cached_input', 0),
    ('cache_creation_input_token_cost', 'cache_write', 0),
    ('input_cost_per_token_batches', 'batch_input', 0),
    ('output_cost_per_token_batches', 'batch_output', 0),
    ('input_cost_per_token_above_128k_tokens', 'input', 128000),
    ('output_cost_per_token_above_128k_tokens', 'output', 128000),
    ('input_cost_per_token_above_200k_tokens', 'input', 200000),
    ('output_cost_per_token_above_200k_tokens', 'output', 200000),
    ('cache_read_input_token_cost_above_200k_tokens', 'cached_input', 200000),
    ('cache_creation_input_token_cost_above_200k_tokens', 'cache_write', 200000),
    # audio, reasoning, per-request (USD per request times 10^6 = per million
    # requests, the same conversion as per token), service tiers
    ('input_cost_per_audio_token', 'audio_input', 0),
    ('output_cost_per_audio_token', 'audio_output', 0),
    ('cache_read_input_audio_token_cost', 'cached_audio_input', 0),
    ('output_cost_per_reasoning_token', 'reasoning_output', 0),
    ('input_cost_per_request', 'request', 0),
    ('input_cost_per_token_flex', 'flex_input', 0),
    ('output_cost_per_token_flex', 'flex_output', 0),
    ('cache_read_input_token_cost_flex', 'flex_cached_input', 0),
    ('input_cost_per_token_priority', 'priority_input', 0),
    ('output_cost_per_token_priority', 'priority_output', 0),
    ('cache_read_input_token_cost_priority', 'priority_cached_input', 0),
]
LITELLM_KNOWN = {k for k, _, _ in LITELLM_MAP}


def litellm_tiers(entry):
    tiers, skipped = {}, []
    for k, comp, tier in LITELLM_MAP:
        v = entry.get(k)
        if v is None:
            continue
        tiers.setdefault(tier, {})[comp] = per_token_to_mtok(v)
    for k, v in entry.items():
        if (('cost' in k) and k not in LITELLM_KNOWN and v not in (None, 0, 0.0)
                and not isinstance(v, (dict, list))):
            skipped.append(k)
    # a tier row must price everything the base row does: fill in the flat components
    for t in tiers:
        if t:
            for comp, p in tiers.get(0, {}).items():
                if comp not in ('batch_input', 'batch_output'):
                    tiers[t].setdefault(comp, p)
    notes = []
    if skipped:
        notes.append('LiteLLM also prices %s, not modelled' % ', '.join(sorted(skipped)))
    return tiers, notes


# --------------------------------------------------------------------------- classification

NON_TEXT = re.compile(r'(^|[-_./:])(tts|whisper|transcribe|realtime|audio|image|imagen|dall-e|'
                      r'sonic|voice|ocr|voxtral|live|moderation|computer-use|veo|video|'
                      r'speech|lyria|sora|embed-image|vision-preview-tts)([-_./:]|$)', re.I)


def is_text_model(mid):
    return not NON_TEXT.search(mid) and 'image' not in mid.lower()


MAKER_SEGMENTS = {
    'openai': 'openai', 'anthropic': 'anthropic', 'google': 'google', 'meta-llama': 'meta',
    'meta': 'meta', 'mistralai': 'mistral', 'mistral': 'mistral', 'deepseek': 'deepseek',
    'deepseek-ai': 'deepseek', 'x-ai': 'xai', 'xai': 'xai', 'cohere': 'cohere', 'qwen': 'alibaba',
    'alibaba': 'alibaba', 'moonshotai': 'moonshot', 'amazon': 'amazon', 'ai21': 'ai21',
    'microsoft': 'microsoft', 'nvidia': 'nvidia', 'z-ai': 'zhipu', 'zai-org': 'zhipu',
    'thudm': 'zhipu', 'minimax': 'minimax', 'writer': 'writer', 'perplexity': 'perplexity',
    'nousresearch': 'nousresearch', 'baidu': 'baidu', 'tencent': 'tencent', 'ibm-granite': 'ibm',
}
MAKER_PATTERNS = [
    (r'claude', 'anthropic'), (r'gpt-oss', 'openai'),
    (r'palmyra|writer', 'writer'),
    (r'(^|[./])(gpt|o1|o3|o4|chatgpt|text-embedding-(ada|3)|davinci|babbage|curie|ada|codex)',
     'openai'),
    (r'gemini|gemma|(^|[./])palm|bison|gecko|unicorn|text-embedding|text-multilingual|'
     r'multimodalembedding', 'google'),
    (r'deepseek', 'deepseek'), (r'llama|^meta\.', 'meta'),
    (r'mistral|mixtral|codestral|pixtral|ministral|magistral|devstral|saba', 'mistral'),
    (r'grok', 'xai'),
    (r'command|^embed-|c4ai|aya|rerank-(english|multilingual)|cohere', 'cohere'),
    (r'qwen|qwq', 'alibaba'), (r'kimi|moonshot', 'moonshot'),
    (r'nova|titan|amazon', 'amazon'), (r'jamba|^ai21|j2-', 'ai21'), (r'phi-', 'microsoft'),
    (r'glm', 'zhipu'), (r'minimax', 'minimax'), (r'nemotron|nvidia', 'nvidia'),
    (r'wizardlm', 'microsoft'), (r'dbrx', 'databricks'),
]
OPEN_WEIGHT = re.compile(r'llama|gpt-oss|gemma|mixtral|mistral-7b|open-mistral|open-mixtral|'
                         r'mistral-nemo|mistral-small-24b|mistral-small-3|ministral-3|magistral-small|'
                         r'devstral-small|pixtral-12b|qwen|qwq|deepseek|kimi|glm|phi-|nemotron|'
                         r'wizardlm|hermes|yi-|olmo|solar|dbrx|jamba|mythomax|aya|c4ai|minimax-m',
                         re.I)
CLOSED_HINT = re.compile(r'deepseek-chat|deepseek-reasoner|qwen-max|qwen-plus|qwen-turbo|'
                         r'qwen3?p?\d*-(max|plus)|qwen-vl-max', re.I)


OPENROUTER_MAKERS = [
    (r'^claude-', 'anthropic'), (r'^(gemini|gemma)-', 'google'), (r'^grok-', 'x-ai'),
    (r'^(gpt-|chatgpt-|codex-|o[134](-|$))', 'openai'), (r'^command(-|$)', 'cohere'),
    (r'^deepseek-(?!r1t)', 'deepseek'), (r'^llama-[\d.]+-nemotron', 'nvidia'),
    (r'^llama-[\d.]+-sonar', 'perplexity'), (r'lumimaid', 'neversleep'),
    (r'^llama-(\d|guard)', 'meta-llama'),
    (r'^(mistral|mixtral|codestral|magistral|devstral|ministral|pixtral)-', 'mistralai'),
    (r'^(qwen|qwq)', 'qwen'), (r'^jamba-', 'ai21'), (r'^kimi-', 'moonshotai'),
    (r'^lfm-', 'liquid'), (r'^nova-', 'amazon'), (r'^phi-', 'microsoft'),
    (r'^(sonar|r1-1776)', 'perplexity'), (r'^yi-', '01-ai'), (r'^goliath-', 'alpindale'),
    (r'^(magnum-72b|magnum-v2-72b)$', 'alpindale'), (r'^l3-euryale', 'sao10k'),
    (r'^toppy-m-7b$', 'undi95'), (r'^mythalion-13b$', 'pygmalionai'),
    (r'^noromaid-20b$', 'neversleep'), (r'^minimax-', 'minimax'),
]


def openrouter_maker(mid):
    """OpenRouter's maker slug for a maker-less genai-prices id, where it is unambiguous."""
    for pat, maker in OPENROUTER_MAKERS:
        if re.search(pat, mid):
            return maker
    return None


def maker_of(mid, host):
    segs = mid.split('/')
    if len(segs) > 1:
        m = MAKER_SEGMENTS.get(segs[-2].lower())
        if m:
            return m
    low = mid.lower()
    for pat, maker in MAKER_PATTERNS:
        if re.search(pat, low):
            return maker
    direct = {'openai': 'openai', 'anthropic': 'anthropic', 'google': 'google', 'vertex_ai': 'google',
              'mistral': 'mistral', 'deepseek': 'deepseek', 'xai': 'xai', 'cohere': 'cohere'}
    if host in direct:
        return direct[host]
    if len(segs) > 1 and segs[-2] != 'models':
        return segs[-2].lower()
    return {'fireworks_ai': 'fireworks', 'together_ai': 'together'}.get(host, host)


def open_weights_of(mid):
    return 'true' if OPEN_WEIGHT.search(mid) and not CLOSED_HINT.search(mid) else 'false'


KIND_OF_MODE = {'chat': 'chat', 'responses': 'chat', 'completion': 'completion',
                'embedding': 'embedding', 'rerank': 'rerank'}


def genai_kind(mid, tiers):
    low = mid.lower()
    if 'embed' in low:
        return 'embedding'
    if 'rerank' in low:
        return 'rerank'
    base = tiers.get(0, {})
    if 'output' not in base and 'input' in base and re.search(r'^(ada|babbage|curie|davinci)$', low):
        return 'completion'
    return 'chat'


# --------------------------------------------------------------------------- names

REGIONAL_BEDROCK = re.compile(r'^(us|eu|apac|ap|jp|au|ca|us-gov|global|regional)\.', re.I)


def strip_host(key, host):
    """LiteLLM key -> host id (the key without its own spelling of the host)."""
    first, _, rest = key.partition('/')
    if rest and (first == host['host'] or first in host['litellm_providers']
                 or (host['host'] == 'google' and first == 'gemini')):
        return rest
    return key


def litellm_skip_reason(host, hid, entry):
    h = host['host']
    if h == 'bedrock':
        if '/' in hid:
            return 'bedrock regional/commitment id'
        if REGIONAL_BEDROCK.match(hid):
            return 'bedrock cross-region id'
    if h == 'azure' and '/' in hid:
        return 'azure regional/deployment-type id'
    if h in ('together_ai', 'fireworks_ai') and re.match(r'^(together|fireworks)-ai-', hid):
        return 'size bracket, not a model'
    if h in ('openai',) and '/' in hid:
        return 'alias key'
    mode = entry.get('mode')
    if mode not in KIND_OF_MODE:
        return 'not a text model (mode %s)' % mode
    if not is_text_model(hid):
        return 'not a text model'
    return None


def has_token_price(tiers):
    return any(c in ('input', 'output') for t in tiers.values() for c in t)


# --------------------------------------------------------------------------- base models

def base_candidates(host, hid, serving_suffixes=()):
    h = host['host']
    cands = []
    if h == 'azure':
        cands.append(hid)
        cands.append(hid.replace('gpt-35', 'gpt-3.5'))
    elif h == 'openrouter':
        parts = hid.split('/')
        if len(parts) == 2:
            m = parts[1].split(':')[0]
            cands.append(m)
    elif h == 'vertex_ai':
        cands.append(hid)
        cands.append(hid.replace('@', '-'))
        cands.append(re.sub(r'-v2@', '-', hid))
    elif h == 'bedrock':
        # a global cross-Region profile serves the model of its id
        m = re.sub(r'^[a-z0-9-]+\.', '', re.sub(r'^global\.', '', hid))
        m = re.sub(r'-v\d+(:\d+)?$', '', m)
        m = re.sub(r'-\d+:\d+$', '', m)  # openai.gpt-oss-120b-1:0
        m = re.sub(r':\d+$', '', m)
        cands.append(m)
    elif h in ('groq', 'together_ai', 'fireworks_ai'):
        parts = hid.split('/')
        cands.append(parts[-1])
        if h == 'fireworks_ai':
            # Fireworks writes a version's dot as p (qwen2p5-72b-instruct)
            cands.append(re.sub(r'(?<=\d)p(?=\d)', '.', parts[-1]))
    # the same weights served quantized or faster (-Turbo, -FP8, -tput)
    for c in list(cands):
        for suffix in serving_suffixes:
            if c.lower().endswith(suffix) and len(c) > len(suffix):
                c = c[:-len(suffix)]
                cands.append(c)
    # the maker's spelling, tried after the host's own: a version written
    # with a dot (OpenRouter's claude-opus-4.6 is Anthropic's claude-opus-4-6),
    # and Anthropic's -0 alias of an undated major version (claude-sonnet-4)
    for c in list(cands):
        dashed = re.sub(r'(?<=\d)\.(?=\d)', '-', c)
        if dashed != c:
            cands.append(dashed)
        if re.match(r'^claude-(sonnet|opus|haiku)-\d+$', dashed):
            cands.append(dashed + '-0')
    return [c for c in cands if c]


# --------------------------------------------------------------------------- main entry

def load(hand_models, hand_periods, sources, variants=(), serving_suffixes=()):
    """variants: the open models' Hugging Face fine-tunes (not catalog rows
    yet), which a host's id may name; serving_suffixes: the id_rules.tsv
    weights_suffix patterns, how hosts name a way of serving the weights."""
    hosts = load_hosts()
    hand_names = {m['name'].lower(): m for m in hand_models}
    seen_by_model, versions, current = load_first_seen()
    # a genai-prices provider whose list serves two hosts (google: the Gemini API's
    # prices, which Vertex AI did not always charge) is not either host's own record
    providers = [x['genai_prices_provider'] for x in hosts if x['genai_prices_provider']]
    shared = {x for x in providers if providers.count(x) > 1}
    with open(os.path.join(GENAI_DIR, 'data.json')) as f:
        genai = {p['id']: p for p in json.load(f)}
    with open(LITELLM_FILE) as f:
        litellm = json.load(f)
    current_date = versions[current]
    src_genai = 'genai-prices-' + current

    sources_added = [
        {'key': src_genai,
         'url': 'https://www.npmjs.com/package/@pydantic/genai-prices/v/%s' % current,
         'as_of': current_date,
         'what': 'genai-prices %s provider data (MIT), vendored in data/vendor/genai-prices; '
                 'current prices with a few dated changes; earlier releases and the commits of '
                 'its repository (https://github.com/pydantic/genai-prices, prices/data.json) '
                 'date first sightings' % current},
        {'key': SRC_LITELLM,
         'url': 'https://github.com/BerriAI/litellm/blob/main/model_prices_and_context_window.json',
         'as_of': LITELLM_DATE,
         'what': 'LiteLLM model price map (MIT) as of 2025-09-01, vendored in data/vendor/litellm; '
                 'per-token prices, no effective dates'},
    ]
    existing = {s['key']: s for s in sources}
    for s in sources_added:
        if s['key'] in existing and existing[s['key']].get('as_of') != s['as_of']:
            raise ValueError('upstream.py: source key %s already in sources.tsv with another '
                             'date' % s['key'])
    sources_added = [s for s in sources_added if s['key'] not in existing]

    stats = {'skipped': {}}

    def skip(reason):
        stats['skipped'][reason] = stats['skipped'].get(reason, 0) + 1

    # entries[name_lower] = dict(name, host, hid, genai=(model, provider id, fallback?),
    #                            litellm=(key, entry))
    entries = {}

    def entry_for(host, hid):
        name = host['name_prefix'] + hid
        e = entries.get(name.lower())
        if e is None:
            e = entries[name.lower()] = {'name': name, 'host': host, 'hid': hid,
                                         'genai': None, 'litellm': None, 'hist': None,
                                         'inferred': False}
        return e

    # 1. LiteLLM keys, per host
    prov_to_host = {}
    for h in hosts:
        for p in h['litellm_providers']:
            prov_to_host[p] = h
    for key, ent in litellm.items():
        if not isinstance(ent, dict):
            continue
        h = prov_to_host.get(ent.get('litellm_provider'))
        if h is None:
            continue
        if key.startswith('openai/') and key[7:] in litellm:
            skip('litellm openai/ alias duplicating a bare key')
            continue
        hid = strip_host(key, h)
        why = litellm_skip_reason(h, hid, ent)
        if why:
            skip('litellm ' + why)
            continue
        tiers, _ = litellm_tiers(ent)
        if not has_token_price(tiers):
            skip('litellm no per-token price')
            continue
        if all(p == 0 for t in tiers.values() for p in t.values()) and \
                not re.search(r'(:free|-free|-exp\b|-exp-|experimental)', hid, re.I):
            skip('litellm $0 per token (priced per query/request or unknown)')
            continue
        e = entry_for(h, hid)
        if e['litellm'] is not None:
            # two keys for one name (e.g. bedrock/x and x): keep the first, count the other
            skip('litellm duplicate key for one catalog name')
            continue
        e['litellm'] = (key, ent)

    # hand models get an entry too, so that their upstream price can be compared
    host_by_name = {h['host']: h for h in hosts}
    for m in hand_models:
        h = host_by_name.get(m.get('host') or m.get('provider'))
        if h is None:
            continue
        n = m['name']
        hid = n[len(h['name_prefix']):] if n.lower().startswith(h['name_prefix'].lower()) else n
        if n.lower() not in entries:
            entries[n.lower()] = {'name': n, 'host': h, 'hid': hid, 'genai': None, 'litellm': None,
                                  'hist': None}

    # 2. genai-prices models, per host: price the LiteLLM names they match, add the others
    for h in hosts:
        prov = genai.get(h['genai_prices_provider'])
        if prov is None:
            continue
        models = prov['models']
        fallback = [genai[p] for p in prov.get('fallback_model_providers', []) if p in genai]
        hid_names = [e for e in entries.values() if e['host'] is h]
        for e in hid_names:
            tries = [e['hid']]
            if h['host'] == 'openrouter' and '/' in e['hid']:
                tries.append(e['hid'].split('/', 1)[1])  # genai-prices' maker-less old ids
            for m in (m for t in tries for m in models if match(m['match'], t)):
                e['genai'] = (m, prov['id'], False)
                break
            else:
                for fp in fallback:
                    m = next((m for m in fp['models'] if match(m['match'], e['hid'])), None)
                    if m is not None:
                        e['genai'] = (m, fp['id'], True)
                        break
        for m in models:
            gid = m['id']
            if h['host'] == 'bedrock' and gid.startswith('regional.'):
                gid = gid[len('regional.'):]  # genai-prices' name for the in-region price
            if h['host'] == 'openrouter' and '/' not in gid:
                # OpenRouter ids are <maker>/<model>; take the exact id genai-prices matches
                gid = next((x for x in all_equals(m['match']) if '/' in x), gid)
            if match(m['match'], gid):
                hid = gid
            else:
                hid = first_equals(m['match'])
                if hid is None or not match(m['match'], hid):
                    skip('genai-prices id is a pattern, not an API id')
                    continue
            if h['host'] == 'google' and hid.startswith('claude'):
                continue  # Claude is served by Vertex AI, not by the Gemini API
            if h['host'] == 'vertex_ai' and not re.match(r'(claude|gemini)', hid):
                continue
            if h['host'] == 'vertex_ai' and hid.startswith('claude') and \
                    hid.lower() not in entries and not equals_match(m['match'], hid):
                # genai-prices names Claude-on-Vertex by family patterns (claude-4-opus...):
                # only ids that Anthropic's own API also takes are kept
                skip('genai-prices Vertex Claude pattern id that is not an Anthropic API id')
                continue
            inferred = False
            if h['host'] == 'openrouter' and '/' not in hid:
                maker = openrouter_maker(hid)
                if maker is None:
                    skip('genai-prices OpenRouter id without maker/ (maker not inferred)')
                    continue
                hid, inferred = maker + '/' + hid, True
            if h['host'] == 'openrouter' and hid.endswith(':free') and not m['prices']:
                # genai-prices lists OpenRouter's free variants with no price: it bills them $0
                m = dict(m, prices={'input_mtok': 0, 'output_mtok': 0}, free_variant=True)
            if not is_text_model(hid):
                skip('genai-prices not a text model')
                continue
            e = entries.get((h['name_prefix'] + hid).lower())
            if e is None and not api_id_like(h, hid):
                skip('genai-prices id is a pattern, not an API id')
                continue
            if e is None and not equals_match(m['match'], hid) and any(
                    x['host'] is h and re.match(re.escape(hid.lower()) + r'[-@]', x['hid'].lower())
                    for x in entries.values()):
                skip('genai-prices family pattern id (dated ids of it are listed)')
                continue
            if e is None or e['genai'] is None:
                e = entry_for(h, hid)
                e['genai'] = (m, prov['id'], False)
                e['inferred'] = inferred
            # the other exact ids genai-prices bills at this price (dated snapshots, :beta...),
            # also where the id itself is already known (a hand model, a LiteLLM key)
            if h['host'] not in ALT_HOSTS:
                continue
            alts = all_equals(m['match'])
            for alt in alts:
                if alt.lower() == hid.lower() or not alt_ok(h, alt, alts):
                    continue
                a = entries.get((h['name_prefix'] + alt).lower())
                if a is None:
                    a = entry_for(h, alt)
                    a['alt_of'] = h['name_prefix'] + hid
                elif a['genai'] is not None:
                    continue
                a['genai'] = (m, prov['id'], False)

    # 2b. models of earlier genai-prices releases that the current one no longer lists: dated
    # observations too (only where the upstream id is the exact API id: OpenRouter and the
    # direct APIs)
    current_ids = {(p['id'], m['id']) for p in genai.values() for m in p['models']}
    for h in hosts:
        if h['host'] not in HIST_HOSTS:
            continue
        for (prov, gid), hist in sorted(seen_by_model.items()):
            if prov != h['genai_prices_provider'] or (prov, gid) in current_ids:
                continue
            if not is_text_model(gid):
                skip('genai-prices earlier release: id is a pattern or not a text model')
                continue
            if h['host'] == 'google' and gid.startswith('claude'):
                continue
            hid, inferred = gid, False
            if h['host'] == 'openrouter' and gid.endswith(':free'):
                continue
            if h['host'] == 'openrouter' and '/' not in gid:
                maker = openrouter_maker(gid)
                if maker is None:
                    skip('genai-prices earlier release: OpenRouter id without maker/ '
                         '(maker not inferred)')
                    continue
                hid, inferred = maker + '/' + gid, True
            if not api_id_like(h, hid):
                skip('genai-prices earlier release: id is a pattern or not a text model')
                continue
            e = entries.get((h['name_prefix'] + hid).lower())
            if e is not None and (e['genai'] is not None or e.get('hist')):
                continue
            e = entry_for(h, hid)
            e['hist'] = (prov, gid)
            e['inferred'] = inferred

    # 3. resolve each entry to a model row and periods
    models, periods, disagreements, upstream_diffs = [], [], [], []
    hand_open, hand_from = open_prices(hand_periods)
    direct_names = {}
    for e in entries.values():
        if e['host']['name_prefix'] == '':
            direct_names[e['name'].lower()] = e['name']
    for n, m in hand_names.items():
        direct_names[n] = m['name']
    # a host's id of an open model's fine-tune: that fine-tune's row
    variant_rows = {v['name'].lower(): v for v in variants}

    for key in sorted(entries):
        e = entries[key]
        h, hid, name = e['host'], e['hid'], e['name']
        notes = []
        g_segs, g_notes, lit, lit_notes = None, [], None, []
        ctx, kind = '', ''
        if e['genai'] is not None:
            gm, gprov, gfallback = e['genai']
            g_segs, g_notes = genai_segments(gm)
            g_segs = [s for s in g_segs if has_token_price(s[1])]
            if not g_segs:
                g_segs = None
            else:
                ctx = str(gm.get('context_window') or '')
                kind = genai_kind(hid, g_segs[-1][1])
                if gfallback:
                    g_notes.append('genai-prices prices this id through its %s fallback' % gprov)
                if gm.get('free_variant'):
                    g_notes.append('OpenRouter free variant (rate-limited, no charge); genai-prices '
                                   'lists it with no price, i.e. $0')
                if gm.get('deprecated'):
                    g_notes.append('genai-prices marks it deprecated')
        if e['litellm'] is not None:
            lkey, lent = e['litellm']
            lit, lit_notes = litellm_tiers(lent)
            ctx = ctx or str(lent.get('max_input_tokens') or lent.get('max_tokens') or '')
            kind = KIND_OF_MODE[lent.get('mode')] if lent.get('mode') in KIND_OF_MODE else kind
        hist = e.get('hist')
        if hist is not None:
            rows_h = seen_by_model[hist]
            last = max(rows_h, key=lambda r: tuple(int(x) for x in r['last_version'].split('.')))
            notes.append('not in genai-prices %s: last seen in genai-prices %s (%s)'
                         % (current, last['last_version'], versions[last['last_version']]))
            kind = kind or genai_kind(hid, parse_tiers(last['prices']))
        if g_segs is not None and h['host'] != 'openrouter' and \
                'Imported from OpenRouter pricing' in (gm.get('price_comments') or ''):
            # genai-prices says so itself: OpenRouter's price, not this host's
            base_tier = g_segs[-1][1].get(0, {})
            for c in ('input', 'output'):
                if base_tier.get(c) is not None:
                    upstream_diffs.append({
                        'subject': name, 'field': c, 'llmnum_value': '',
                        'other_value': dec_str(base_tier[c]), 'other_source': src_genai,
                        'resolution': 'not imported: genai-prices notes that this price is '
                                      'OpenRouter\'s, not %s\'s (price_comments)' % h['host']})
            g_segs, g_notes = None, []
            skip('an OpenRouter price under another host')
        if g_segs is None and lit is None and hist is None:
            skip('no per-token price')
            continue
        if e['genai'] is not None and g_segs is not None and gfallback and lit is not None \
                and not compatible(g_segs[-1][1], lit):
            # a provider's list price seen through a fallback is not this host's price
            g_segs, g_notes = None, []
        if re.search(r'time-of-day', ' '.join(g_notes)) and lit is not None:
            g_segs = None  # LiteLLM's single price is safer than an unmodelled time window

        if kind == 'embedding':
            for tiers in ([lit] if lit else []) + ([s[1] for s in g_segs] if g_segs else []):
                for t in tiers.values():
                    for c in ('output', 'batch_output'):
                        if t.get(c) == 0:
                            del t[c]
        for tiers in ([lit] if lit else []) + ([s[1] for s in g_segs] if g_segs else []):
            for t in [t for t in tiers if t and tiers[t] == tiers.get(0)]:
                del tiers[t]
        # the repository's dates count where genai-prices' price is the host's own (its
        # provider of this host alone, not reached through a fallback)
        if g_segs is not None:
            own = not gfallback and gprov not in shared
        else:
            own = e.get('hist') is not None and e['hist'][0] not in shared
        # genai-prices' repository held a price of this model on LiteLLM's day too: where
        # none of what it held agrees with LiteLLM's, LiteLLM's is not used (genai-prices'
        # own history dates its prices around that day)
        rival = None
        if own and lit is not None:
            key = (e['genai'][1], e['genai'][0]['id']) if g_segs is not None else e['hist']
            held = [h for h in held_on(seen_by_model.get(key, []), LITELLM_DATE)
                    if h['segment'] == 'base']
            if held and not any(compatible(parse_tiers(h['prices']), lit) for h in held):
                rival = held[-1]
        if rival is not None:
            rb, lb = parse_tiers(rival['prices']).get(0, {}), lit.get(0, {})
            for c in ('input', 'output'):
                if rb.get(c) is not None and lb.get(c) is not None and rb[c] != lb[c]:
                    upstream_diffs.append({
                        'subject': name, 'field': c, 'llmnum_value': dec_str(rb[c]),
                        'other_value': dec_str(lb[c]), 'other_source': SRC_LITELLM,
                        'resolution': 'genai-prices\' repository held its price on %s too '
                                      '(%s to %s): LiteLLM\'s not used'
                                      % (LITELLM_DATE, rival['repo_first'], rival['repo_last'])})
            lit = None
        if lit is not None and g_segs is not None:
            gb, lb = g_segs[-1][1].get(0, {}), lit.get(0, {})
            gi, go, li, lo = gb.get('input'), gb.get('output'), lb.get('input'), lb.get('output')
            if not compatible(g_segs[-1][1], lit) and None not in (gi, go, li, lo):
                swapped = li == go and lo == gi and gi != go
                for c, gv, lv in (('input', gi, li), ('output', go, lo)):
                    if gv != lv:
                        upstream_diffs.append({
                            'subject': name, 'field': c, 'llmnum_value': dec_str(gv),
                            'other_value': dec_str(lv), 'other_source': SRC_LITELLM,
                            'resolution': ('LiteLLM has input and output swapped; genai-prices '
                                           '%s kept alone' % current) if swapped else
                            ('both kept as observations: LiteLLM\'s price from %s until '
                             'genai-prices first shows the new one' % LITELLM_DATE)})
                if swapped:
                    lit = None
        rows = build_periods(name, e, g_segs, g_notes, lit, seen_by_model, current,
                             current_date, src_genai, own)
        if not rows:
            skip('no period could be dated')
            continue

        if name.lower() in hand_names:
            cur = {r['tier_above_tokens']: r for r in rows if r['valid_to'] == '-'}
            src = cur.get('0', {}).get('source', '')
            hop = hand_open.get(name.lower(), {})
            hfrom = hand_from.get(name.lower(), {})
            for comp in COMPONENTS:
                hv = hop.get(comp)
                uv = cur.get('0', {}).get(comp)
                if not uv or not hop:
                    continue
                if hv is None:
                    if comp in ('batch_input', 'batch_output') and src == SRC_LITELLM:
                        pass
                    disagreements.append({
                        'subject': hand_names[name.lower()]['name'], 'field': comp,
                        'llmnum_value': '', 'other_value': uv, 'other_source': src,
                        'resolution': 'missing in llmnum\'s open price; not imported (hand '
                                      'rows win): to be added with its date by hand'})
                    continue
                if Decimal(hv) != Decimal(uv):
                    udate = LITELLM_DATE if src == SRC_LITELLM else current_date
                    if hfrom.get(comp, '') > udate:
                        why = ('the %s snapshot (%s) predates llmnum\'s dated change of %s; '
                               'llmnum kept' % (src, udate, hfrom[comp]))
                    else:
                        why = ('llmnum hand row kept (hand rows win over upstream catalogs); '
                               'to be checked against the provider')
                    disagreements.append({
                        'subject': hand_names[name.lower()]['name'], 'field': comp,
                        'llmnum_value': dec_str(Decimal(hv)), 'other_value': uv,
                        'other_source': src, 'resolution': why})
            skip('hand model (hand rows win)')
            continue

        if g_segs is not None:
            notes.extend(g_notes)
        if lit is not None:
            notes.extend(lit_notes)
        if re.search(r'(^|[-/])latest$|-latest-', hid) or hid.startswith('~'):
            notes.append('alias-like id priced at its current target; where the target changed '
                         'over time it belongs in aliases.tsv')
        if e.get('alt_of'):
            notes.append('genai-prices bills this id with %s' % e['alt_of'])
        if e.get('inferred'):
            notes.append('genai-prices lists this OpenRouter model without its maker/ prefix; '
                         'the prefix is inferred from the model name')
        if e['litellm'] is not None and e['genai'] is None and hist is None:
            notes.append('only in the LiteLLM map: last seen %s' % LITELLM_DATE)

        provider = maker_of(hid, h['host'])
        base, via_variant = '', False
        if h['name_prefix']:
            cands = base_candidates(h, hid, serving_suffixes)
            base = next((direct_names[c.lower()] for c in cands if c.lower() in direct_names), '')
            if not base:
                base = next((variant_rows[c.lower()]['name'] for c in cands
                             if c.lower() in variant_rows), '')
                via_variant = bool(base)
        if not base and e.get('alt_of'):
            # another id of a model the catalog has: its facts, and the long-context
            # tiers its prices may lack (gen_catalog.derive_price_gaps)
            base = e['alt_of']
        family, encoding = '', ''
        bm = (variant_rows if via_variant else hand_names).get(base.lower()) if base else None
        if bm:
            # the id keeps its own family: a fine-tune's row has its base's
            # (Llama-3.3-70B-Instruct's is llama-3.1)
            family = '' if via_variant else bm.get('family', '')
            encoding = bm.get('encoding', '')
        elif h['host'] == 'openai' and name.lower() in hand_names:
            encoding = hand_names[name.lower()].get('encoding', '')
        if not encoding and provider == 'openai':
            encoding = openai_encoding(hid)
        if not family:
            family = family_of(hid)
        ow = bm.get('open_weights') if bm and bm.get('open_weights') in ('true', 'false') \
            else open_weights_of(hid)
        models.append({
            'name': name, 'provider': provider, 'host': h['host'], 'base_model': base,
            'family': family, 'kind': kind or 'chat', 'encoding': encoding,
            'context_window': ctx if ctx.isdigit() else '', 'release_date': '',
            'open_weights': ow,
            'source': src_genai if ((e['genai'] is not None and g_segs is not None) or hist)
            else SRC_LITELLM,
            'as_of': '', 'notes': '; '.join(dict.fromkeys(notes)),
        })
        periods.extend(rows)

    validate(models, periods, hand_names)
    hand_subjects = {d['subject'].lower() for d in disagreements}
    disagreements.extend(d for d in upstream_diffs if d['subject'].lower() not in hand_subjects
                         and d['subject'].lower() not in hand_names)
    load.stats = stats
    return models, periods, sources_added, disagreements


# tiktoken's model-name prefixes (model.py MODEL_PREFIX_TO_ENCODING and MODEL_TO_ENCODING)
O200K = re.compile(r'^(gpt-4o|gpt-4\.1|gpt-4\.5|gpt-5|o1|o3|o4-mini|chatgpt-4o|ft:gpt-4o|codex-mini)')
CL100K = re.compile(r'^(gpt-4(?![o.])|gpt-3\.5-turbo|gpt-35-turbo|ft:gpt-4(?![o.])|ft:gpt-3\.5-turbo|'
                    r'text-embedding-ada-002|text-embedding-3|davinci-002|babbage-002)')


def openai_encoding(hid):
    """The tiktoken encoding of an OpenAI model id ('' when not known)."""
    mid = hid.split('/')[-1].lower()
    if O200K.match(mid):
        return 'o200k_base'
    if CL100K.match(mid):
        return 'cl100k_base'
    return ''


def family_of(hid):
    m = re.sub(r'^global\.', '', hid.split('/')[-1].lower())
    m = re.sub(r'^(anthropic|amazon|meta|mistral|cohere|ai21|openai|google|qwen|deepseek|'
               r'writer|nvidia)\.', '', m)
    m = m.split(':')[0].split('@')[0]
    parts = re.split(r'[-_]', m)
    fam = []
    for p in parts:
        fam.append(p)
        if re.search(r'\d', p) or len(fam) == 2:
            break
    return '-'.join(fam)


def open_prices(hand_periods):
    """Open (valid_to '-') tier-0 hand prices: ({model: {component: value}}, {model: {component: valid_from}})."""
    out, since = {}, {}
    for p in hand_periods:
        if p.get('valid_to') != '-' or str(p.get('tier_above_tokens', '0')) not in ('0', ''):
            continue
        d = out.setdefault(p['model'].lower(), {})
        s = since.setdefault(p['model'].lower(), {})
        for c in COMPONENTS:
            if p.get(c):
                d[c] = p[c]
                s[c] = p['valid_from']
    return out, since


def parse_tiers(text):
    """Inverse of tiers_key."""
    out = {}
    for part in text.split(';'):
        t, _, comps = part.partition(':')
        out[int(t)] = {c: Decimal(v) for c, v in (x.split('=') for x in comps.split(',') if x)}
    return out


def compatible(a, b):
    """Same price: every (tier, component) priced in both agrees, and input or output is shared."""
    shared = False
    for t in set(a) & set(b):
        for c in set(a[t]) & set(b[t]):
            if a[t][c] != b[t][c]:
                return False
            if t == 0 and c in ('input', 'output'):
                shared = True
    return shared


def merge_tiers(old, new):
    out = {t: dict(v) for t, v in old.items()}
    for t, comps in new.items():
        out.setdefault(t, {}).update(comps)
    # a tier added later must still price what the base prices
    for t in out:
        if t:
            for c, p in out.get(0, {}).items():
                out[t].setdefault(c, p)
    return out


def seen_on(h, own):
    """The first day a genai-prices price was seen: its first release's publish date, or, for a
    host's own price, the day the repository first held it when earlier (first_seen.tsv
    repo_first), and how to say so."""
    if own and h.get('repo_first') and h['repo_first'] < h['first_date']:
        return h['repo_first'], 'genai-prices\' repository %s (commit %s; release %s)' % (
            h['repo_first'], h['repo_commit'], h['first_version'])
    return h['first_date'], 'genai-prices %s (%s)' % (h['first_version'], h['first_date'])


def held_on(hist, day):
    """The genai-prices prices of a model that its repository held on a day."""
    return [h for h in hist if h.get('repo_first') and h['repo_first'] <= day <= h['repo_last']]


def build_periods(name, e, g_segs, g_notes, lit, seen_by_model, current, current_date,
                  src_genai, own):
    """Periods of one catalog name from the dated observations of its price.

    Observations: the LiteLLM price (2025-09-01), every unconditional genai-prices price of this
    model in the releases of first_seen.tsv (at the release's date, or, where own, the day the
    repository first held it if earlier: seen_on), and the current release's
    dated price changes (start_date: an effective date). Consecutive observations of the same
    price merge into one period from the earliest; a different price starts a new period at the
    date it was first seen.
    """
    obs = []  # (date, order, tiers, source, note)
    if lit is not None:
        obs.append((LITELLM_DATE, '', lit, SRC_LITELLM, 'LiteLLM %s' % LITELLM_DATE))
    dated = []
    if e.get('hist') is not None and g_segs is None:
        for h in seen_by_model[e['hist']]:
            if h['segment'] == 'base':
                d, said = seen_on(h, own)
                obs.append((d, h['first_version'], parse_tiers(h['prices']), src_genai, said))
    if g_segs is not None:
        gm, gprov, _ = e['genai']
        base = [t for s, t in g_segs if s is None]
        dated = [(s, t) for s, t in g_segs if s is not None]
        if base:
            cur_hash = tiers_hash(base[0])
            hist = seen_by_model.get((gprov, gm['id']), [])
            cur = [h for h in hist if h['hash'] == cur_hash]
            if not cur and any(v for t in base[0].values() for v in t.values()):
                # the current release is one of first_seen.tsv's: a price missing there
                # means the file predates a change of tiers_key (new components); the
                # zero prices given to OpenRouter's unpriced :free ids are not in it
                raise ValueError('first_seen.tsv has no row for %s %s at %s: re-derive it '
                                 '(data/vendor/genai-prices/README.md, Refreshing)'
                                 % (gprov, gm['id'], tiers_key(base[0])))
            cur_date, cur_said = seen_on(cur[0], own) if cur else (
                current_date, 'genai-prices %s (%s)' % (current, current_date))
            cur_ver = cur[0]['first_version'] if cur else current
            for h in hist:
                d, said = seen_on(h, own)
                if h['segment'] == 'base' and h['hash'] != cur_hash and d < cur_date:
                    obs.append((d, h['first_version'], parse_tiers(h['prices']), src_genai, said))
            obs.append((cur_date, cur_ver, base[0], src_genai, cur_said))
    if dated:
        cut = dated[0][0]
        obs = [o for o in obs if o[0] < cut]
    obs.sort(key=lambda o: (o[0], tuple(int(x) for x in o[1].split('.')) if o[1] else ()))
    periods = []  # [valid_from, tiers, source, [notes]]
    for d, _, tiers, src, note in obs:
        if periods and compatible(periods[-1][1], tiers):
            periods[-1][1] = merge_tiers(periods[-1][1], tiers)
            periods[-1][2] = src
            periods[-1][3].append(note)
            continue
        if periods and periods[-1][0] == d:
            periods.pop()  # two prices first seen on one date: keep the later release's
        periods.append([d, tiers, src, [note]])
    for i, p in enumerate(periods):
        p[3] = 'observed in %s; effective date unknown' % ' and '.join(p[3])
    for s, tiers in dated:
        if periods and periods[-1][0] >= s:
            continue
        periods.append([s, tiers, src_genai, 'price change dated %s by genai-prices' % s])
    rows = []
    for i, (vf, tiers, src, note) in enumerate(periods):
        vt = periods[i + 1][0] if i + 1 < len(periods) else '-'
        for t in sorted(tiers):
            comps = tiers[t]
            if not comps:
                continue
            r = {'model': name, 'valid_from': vf, 'valid_to': vt,
                 'tier_above_tokens': str(t), 'source': src, 'as_of': '', 'notes': note}
            for c in COMPONENTS:
                r[c] = dec_str(comps[c]) if c in comps else ''
            rows.append(r)
    return rows


def validate(models, periods, hand_names):
    errors = []
    seen = set()
    for m in models:
        n = m['name']
        if not n or n != n.strip() or '\t' in n:
            errors.append('bad name %r' % n)
        if n.lower() in seen or n.lower() in hand_names:
            errors.append('duplicate name %s' % n)
        seen.add(n.lower())
    spans = {}
    for p in periods:
        if p['model'].lower() not in seen:
            errors.append('period of unknown model %s' % p['model'])
        if not re.match(r'^\d{4}-\d{2}-\d{2}$', p['valid_from']) or \
                not (p['valid_to'] == '-' or re.match(r'^\d{4}-\d{2}-\d{2}$', p['valid_to'])):
            errors.append('bad dates %s %s %s' % (p['model'], p['valid_from'], p['valid_to']))
        if p['valid_to'] != '-' and p['valid_to'] <= p['valid_from']:
            errors.append('empty period %s %s' % (p['model'], p['valid_from']))
        for c in COMPONENTS:
            v = p[c]
            if v == '':
                continue
            d = Decimal(v)
            if not d.is_finite() or d < 0 or 'e' in v.lower():
                errors.append('bad price %s %s %s' % (p['model'], c, v))
            spans.setdefault((p['model'].lower(), c, p['tier_above_tokens']), []).append(
                (p['valid_from'], p['valid_to']))
    for k, ss in spans.items():
        ss.sort()
        for (a0, a1), (b0, b1) in zip(ss, ss[1:]):
            if a1 == '-' or a1 > b0:
                errors.append('overlapping periods %s: %s..%s and %s..%s' % (k, a0, a1, b0, b1))
    if errors:
        raise ValueError('upstream.py: %d errors:\n  %s' % (len(errors), '\n  '.join(errors[:50])))

"""Shared helpers for the gazetteer importers (standard library only).

Everything here is deterministic: the same inputs give byte-identical output.
"""
import collections
import json
import os
import re
import sys
import unicodedata

REPO_ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), '..', '..'))
DEFAULT_SHARED = os.path.abspath(os.path.join(REPO_ROOT, '..', 'shared', 'data'))
DEFAULT_OUT = os.path.join(REPO_ROOT, 'gazetteers', 'imported')
CURATED_DIR = os.path.join(REPO_ROOT, 'gazetteers')

ID_RE = re.compile(r'^(P|ORG|OFF|LOC):[a-z0-9_]+$')
DATE_RE = re.compile(r'^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$')
TYPE_PREFIX = {'PERSON': 'P', 'ORGANIZATION': 'ORG', 'OFFICE': 'OFF', 'PLACE': 'LOC'}


def default_shared():
    return os.environ.get('NEWSGRAPH_SHARED') or DEFAULT_SHARED


def slug(text):
    """ASCII lower-case slug: letters, digits, single underscores."""
    text = unicodedata.normalize('NFKD', text)
    text = ''.join(c for c in text if not unicodedata.combining(c))
    text = text.replace('&', ' and ').replace("'", '').replace('\u2019', '')
    text = re.sub(r'[^A-Za-z0-9]+', '_', text).strip('_').lower()
    return text


def fold(text):
    """Comparison key for names: accents stripped, case-folded, spaces collapsed."""
    text = unicodedata.normalize('NFKD', text)
    text = ''.join(c for c in text if not unicodedata.combining(c))
    text = text.replace('\u2019', "'")
    return ' '.join(text.casefold().split())


def parse_date(s):
    """Return (y, m, d) with m/d possibly None, or None when malformed."""
    m = DATE_RE.match(s)
    if not m:
        return None
    y, mo, d = int(m.group(1)), m.group(2), m.group(3)
    mo = int(mo) if mo else None
    d = int(d) if d else None
    if mo is not None and not 1 <= mo <= 12:
        return None
    if d is not None:
        mdays = [31, 29 if (y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)) else 28,
                 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][mo - 1]
        if not 1 <= d <= mdays:
            return None
    return (y, mo, d)


def date_le(a, b):
    """a <= b for partial dates (compared on the precision both have)."""
    pa, pb = parse_date(a), parse_date(b)
    n = min(len([x for x in pa if x is not None]), len([x for x in pb if x is not None]))
    return pa[:n] <= pb[:n]


class Entity:
    __slots__ = ('id', 'type', 'name', 'aliases', 'attrs', 'source')

    def __init__(self, id, type, name, aliases=(), attrs=None, source=''):
        self.id, self.type, self.name = id, type, name
        self.aliases = list(aliases)
        self.attrs = collections.OrderedDict(attrs or {})
        self.source = source

    def add_alias(self, alias):
        alias = ' '.join(alias.split())
        if alias and alias != self.name and alias not in self.aliases:
            self.aliases.append(alias)

    def names(self):
        return [self.name] + self.aliases


def parse_attrs(text):
    out = collections.OrderedDict()
    for part in text.split(';'):
        if '=' in part:
            k, v = part.split('=', 1)
            out[k.strip()] = v.strip()
    return out


def format_attrs(attrs):
    return ';'.join('%s=%s' % (k, v) for k, v in attrs.items() if v is not None and v != '')


class Curated:
    """The curated gazetteer (gazetteers/entities/*.tsv, tenures.tsv, memberships.tsv), read only."""

    def __init__(self, root=CURATED_DIR):
        self.entities = collections.OrderedDict()
        self.by_name = collections.defaultdict(list)   # fold(name or alias) -> [Entity]
        edir = os.path.join(root, 'entities')
        if os.path.isdir(edir):
            for fn in sorted(os.listdir(edir)):
                if not fn.endswith('.tsv'):
                    continue
                with open(os.path.join(edir, fn), encoding='utf-8') as f:
                    for line in f:
                        line = line.rstrip('\n')
                        if not line.strip() or line.lstrip().startswith('#'):
                            continue
                        cols = line.split('\t')
                        while len(cols) < 5:
                            cols.append('')
                        e = Entity(cols[0], cols[1], cols[2],
                                   [a for a in cols[3].split('|') if a], parse_attrs(cols[4]), fn)
                        self.entities[e.id] = e
                        for n in e.names():
                            self.by_name[fold(n)].append(e)
        self.tenures = self._rows(os.path.join(root, 'tenures.tsv'))
        self.memberships = self._rows(os.path.join(root, 'memberships.tsv'))

    @staticmethod
    def _rows(path):
        rows = []
        if os.path.exists(path):
            with open(path, encoding='utf-8') as f:
                for line in f:
                    if line.strip() and not line.lstrip().startswith('#'):
                        rows.append(line.rstrip('\n').split('\t'))
        return rows

    def find(self, name, type=None):
        out = []
        for e in self.by_name.get(fold(name), []):
            if (type is None or e.type == type) and e not in out:
                out.append(e)
        return out


class Summary:
    """Counts for the per-source summary, with FILE:LINE samples of skipped lines."""

    def __init__(self, source, verbose=False, max_samples=5):
        self.source = source
        self.verbose = verbose
        self.max_samples = max_samples
        self.counts = collections.OrderedDict()
        self.skipped = collections.Counter()
        self.samples = collections.defaultdict(list)

    def count(self, key, n=1):
        self.counts[key] = self.counts.get(key, 0) + n

    def skip(self, reason, file=None, line=None, detail=''):
        self.skipped[reason] += 1
        if file is not None and len(self.samples[reason]) < self.max_samples:
            self.samples[reason].append('%s:%s: %s%s' % (os.path.basename(file), line, reason,
                                                         (' (%s)' % detail) if detail else ''))

    def report(self, stream=sys.stderr):
        print('== %s ==' % self.source, file=stream)
        for k, v in self.counts.items():
            print('  %-38s %d' % (k, v), file=stream)
        if self.skipped:
            print('  skipped:', file=stream)
            for reason, n in sorted(self.skipped.items(), key=lambda kv: (-kv[1], kv[0])):
                print('    %-36s %d' % (reason, n), file=stream)
                if self.verbose:
                    for s in self.samples[reason]:
                        print('      ' + s, file=stream)


def header_lines(source_files, licence, command, columns, notes=()):
    out = ['# generated by tools/importers - do not edit by hand; regenerate instead']
    for s in source_files:
        out.append('# source: %s' % s)
    out.append('# licence: %s' % licence)
    out.append('# command: %s' % command)
    for n in notes:
        out.append('# ' + n)
    out.append('# ' + columns)
    return out


def clean_field(s):
    return ' '.join(str(s).replace('\t', ' ').replace('|', '/').split())


def write_tsv(path, header, rows):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, 'w', encoding='utf-8', newline='\n') as f:
        for h in header:
            f.write(h + '\n')
        for r in rows:
            f.write('\t'.join(r) + '\n')


def entity_rows(entities):
    rows = []
    for e in entities:
        aliases = [clean_field(a) for a in e.aliases if clean_field(a) and clean_field(a) != e.name]
        seen = set()
        uniq = []
        for a in aliases:
            if a not in seen:
                seen.add(a)
                uniq.append(a)
        rows.append([e.id, e.type, clean_field(e.name), '|'.join(uniq), format_attrs(e.attrs)])
    return rows


def relation_rows(rels):
    """rels: iterable of (person, target, start, end, attrs-dict)."""
    rows = []
    for p, t, s, e, a in rels:
        row = [p, t, s or '', e or '']
        fa = format_attrs(a or {})
        if fa:
            row.append(fa)
        rows.append(row)
    return rows


# ---------------------------------------------------------------------------
# Corpus case statistics (used by given_names.py and phoenix.py display case)

_TOKEN_RE = re.compile(r"[A-Za-z][A-Za-z'.\-]*[A-Za-z]|[A-Za-z]")
_CASE_CACHE = {}


def corpus_case_stats(path, limit_bytes=None):
    """Count each word's surface forms in the `text` field of a JSON Lines corpus.

    Returns (forms, lower_count, cap_mid_count) where forms[w.lower()] is a Counter of
    surface forms seen mid-sentence, lower_count[w] counts all-lower-case uses and
    cap_mid_count[w] counts capitalized uses that are not sentence-initial.
    """
    key = os.path.abspath(path)
    if key in _CASE_CACHE:
        return _CASE_CACHE[key]
    forms = collections.defaultdict(collections.Counter)
    lower = collections.Counter()
    cap_mid = collections.Counter()
    split_re = re.compile(r"(?<=[.!?:;\"\u201c\u201d()])\s+|\n+")
    with open(path, encoding='utf-8', errors='replace') as f:
        for line in f:
            try:
                text = json.loads(line).get('text') or ''
            except ValueError:
                continue
            for sent in split_re.split(text):
                toks = _TOKEN_RE.findall(sent)
                for i, t in enumerate(toks):
                    t = t.strip(".'-")
                    if not t:
                        continue
                    lw = t.lower()
                    if t == lw:
                        lower[lw] += 1
                        forms[lw][t] += 1
                    elif i > 0:
                        forms[lw][t] += 1
                        if t[0].isupper() and not t.isupper():
                            cap_mid[lw] += 1
    _CASE_CACHE[key] = (forms, lower, cap_mid)
    return _CASE_CACHE[key]


def rel_to_repo(path):
    """A path as written in generated headers: relative to the repo root when possible."""
    try:
        return os.path.relpath(path, REPO_ROOT)
    except ValueError:
        return path

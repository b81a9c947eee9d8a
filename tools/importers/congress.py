#!/usr/bin/env python3
"""Import US legislators, presidents/vice presidents and congressional committees
from unitedstates/congress-legislators (CC0) into gazetteers/imported/congress/.

Inputs (in --src, default <shared>/congress-legislators):
  legislators-current.yaml, legislators-historical.csv, executive.yaml,
  committees-current.yaml, committee-membership-current.yaml
Outputs (in --out, default gazetteers/imported/congress):
  entities.tsv, tenures.tsv, memberships.tsv
"""
import argparse
import collections
import csv
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common  # noqa: E402
from common import Entity, slug, fold  # noqa: E402

try:
    import yaml
except ImportError:  # pragma: no cover
    yaml = None

LICENCE = 'CC0 1.0 Universal (unitedstates/congress-legislators)'
OFFICE_BY_TYPE = {'sen': 'OFF:us_senator', 'rep': 'OFF:us_representative',
                  'prez': 'OFF:us_president', 'viceprez': 'OFF:us_vice_president'}
CHAMBER_BY_TYPE = {'sen': 'senate', 'rep': 'house', 'prez': 'executive', 'viceprez': 'executive'}
# party label in the data -> curated organization id
CURATED_PARTY = {
    'Democrat': 'ORG:democratic_party', 'Democratic': 'ORG:democratic_party',
    'Republican': 'ORG:republican_party', 'Independent': 'ORG:independent_politician',
    'Libertarian': 'ORG:libertarian_party', 'Green': 'ORG:green_party_us',
}
NO_PARTY = {'', 'no party', 'Unknown', 'Nonpartisan'}
LEADERSHIP_OFFICE = {
    'speaker of the house': 'OFF:speaker_of_the_house',
    'senate majority leader': 'OFF:senate_majority_leader',
    'senate minority leader': 'OFF:senate_minority_leader',
    'house majority leader': 'OFF:house_majority_leader',
    'house minority leader': 'OFF:house_minority_leader',
    'senate majority whip': 'OFF:senate_majority_whip',
    'senate minority whip': 'OFF:senate_minority_whip',
    'house majority whip': 'OFF:house_majority_whip',
    'house minority whip': 'OFF:house_minority_whip',
}
MERGE_GAP_DAYS = 7
# name-only matches (curated record without bioguide=) are accepted only for people
# born in or after this year, so 19th-century namesakes never merge into modern figures.
NAME_MATCH_MIN_BIRTH_YEAR = 1900


def days(d):
    import datetime
    p = common.parse_date(d)
    return datetime.date(p[0], p[1] or 1, p[2] or 1).toordinal()


class Person:
    def __init__(self, key):
        self.key = key             # bioguide id, or 'govtrack:N'
        self.bioguide = ''
        self.first = self.middle = self.last = self.suffix = self.nickname = self.official = ''
        self.other_names = []
        self.gender = ''
        self.birthday = ''
        self.terms = []            # dicts: type start end state district class party how
        self.leadership = []
        self.current = False
        self.historical_only = False
        self.id = None
        self.curated = None
        self.sources = set()

    # name forms -------------------------------------------------------------
    def first_last(self):
        return ' '.join(x for x in (self.first, self.last) if x)

    def full_forms(self):
        """Full-name forms used to match curated records (not including surname alone)."""
        forms = []
        f, m, l, s, n = self.first, self.middle, self.last, self.suffix, self.nickname
        cands = [self.official, ' '.join(x for x in (f, l) if x),
                 ' '.join(x for x in (f, m, l) if x)]
        if n:
            cands.append(n + ' ' + l)
        if m and not m.endswith('.') and len(m) > 1:
            cands.append('%s %s. %s' % (f, m[0], l))
        for c in cands:
            c = ' '.join(c.replace('"', '').split())
            if c and c not in forms:
                forms.append(c)
        return forms

    def aliases(self):
        f, m, l, s, n = self.first, self.middle, self.last, self.suffix, self.nickname
        out = []

        def add(x):
            x = ' '.join(x.replace(',', ' ,').split()).replace(' ,', ',')
            if x and len(x.split()) >= 2 and x not in out:
                out.append(x)
        if self.official:
            off = self.official
            # 'Eric A. "Rick" Crawford' -> 'Eric A. Crawford'; the nickname form is added below
            off = re.sub(r'\s*"[^"]*"\s*', ' ', off)
            add(off)
            add(off.replace(',', ''))
        if m:
            add('%s %s %s' % (f, m, l))
            if len(m) > 1 and not m.endswith('.'):
                add('%s %s. %s' % (f, m[0], l))
        if n:
            add('%s %s' % (n, l))
            if m and len(m) <= 2:
                add('%s %s %s' % (n, m if m.endswith('.') else m + '.', l))
        if s:
            for base in [self.first_last()] + ([n + ' ' + l] if n else []) + \
                        (['%s %s %s' % (f, m, l)] if m else []):
                add('%s %s' % (base, s))
                add('%s, %s' % (base, s))
        for o in self.other_names:
            of = o.get('first') or f
            ol = o.get('last') or l
            om = o.get('middle') or ''
            add('%s %s' % (of, ol))
            if om:
                add('%s %s %s' % (of, om, ol))
        return out

    def display_name(self):
        if self.official:
            return ' '.join(re.sub(r'\s*"[^"]*"\s*', ' ', self.official).split())
        name = self.first_last()
        if self.suffix:
            name += ' ' + self.suffix
        return name

    def last_state(self):
        for t in reversed(self.terms):
            if t.get('state'):
                return t['state']
        return ''


def load_yaml_people(path, people, summary, current):
    with open(path, encoding='utf-8') as f:
        data = yaml.safe_load(f) or []
    for i, rec in enumerate(data):
        ids = rec.get('id') or {}
        key = ids.get('bioguide') or ('govtrack:%s' % ids['govtrack'] if ids.get('govtrack') else None)
        name = rec.get('name') or {}
        if not key or not name.get('last'):
            summary.skip('record without id or last name', path, 'entry %d' % (i + 1))
            continue
        p = people.get(key)
        if p is None:
            p = people[key] = Person(key)
        p.sources.add(os.path.basename(path))
        p.bioguide = ids.get('bioguide', p.bioguide) or ''
        if not p.last:
            p.first = str(name.get('first', '') or '')
            p.middle = str(name.get('middle', '') or '')
            p.last = str(name.get('last', '') or '')
            p.suffix = str(name.get('suffix', '') or '')
            p.nickname = str(name.get('nickname', '') or '')
            p.official = str(name.get('official_full', '') or '')
            p.other_names = rec.get('other_names') or []
        bio = rec.get('bio') or {}
        p.gender = p.gender or {'M': 'm', 'F': 'f'}.get(str(bio.get('gender', '')), '')
        p.birthday = p.birthday or str(bio.get('birthday', '') or '')
        if current:
            p.current = True
        for t in rec.get('terms') or []:
            tt = dict(t)
            start, end = str(tt.get('start', '') or ''), str(tt.get('end', '') or '')
            if tt.get('type') not in OFFICE_BY_TYPE or not common.parse_date(start) \
                    or (end and not common.parse_date(end)) or (end and end < start):
                summary.skip('term with bad type or dates', path, 'entry %d' % (i + 1),
                             '%s %s..%s' % (tt.get('type'), start, end))
                continue
            tt['start'], tt['end'] = start, end
            tt['from_current'] = current
            p.terms.append(tt)
        for r in rec.get('leadership_roles') or []:
            p.leadership.append(dict(r))


def load_historical_csv(path, people, summary):
    with open(path, encoding='utf-8', newline='') as f:
        reader = csv.DictReader(f)
        for lineno, row in enumerate(reader, start=2):
            key = row.get('bioguide_id') or (
                'govtrack:%s' % row['govtrack_id'] if row.get('govtrack_id') else '')
            if not key or not row.get('last_name'):
                summary.skip('csv row without id or last name', path, lineno)
                continue
            p = people.get(key)
            if p is None:
                p = people[key] = Person(key)
                p.historical_only = True
            p.sources.add(os.path.basename(path))
            p.bioguide = row.get('bioguide_id') or p.bioguide
            if not p.last:
                p.first, p.middle, p.last = row['first_name'], row['middle_name'], row['last_name']
                p.suffix, p.nickname, p.official = row['suffix'], row['nickname'], row['full_name']
            p.gender = p.gender or {'M': 'm', 'F': 'f'}.get(row.get('gender', ''), '')
            p.birthday = p.birthday or row.get('birthday', '')
            if row.get('type') in ('sen', 'rep'):
                # No dates in the flattened CSV: kept as the person's last seat, no tenure.
                p.terms.append({'type': row['type'], 'start': '', 'end': '', 'state': row['state'],
                                'district': row.get('district', ''), 'party': row.get('party', ''),
                                'class': row.get('senate_class', ''), 'undated': True})
            else:
                summary.skip('csv row with unknown term type', path, lineno, row.get('type', ''))


# ---------------------------------------------------------------------------

def match_curated(people, curated, summary):
    by_bioguide = {}
    for e in curated.entities.values():
        if e.type == 'PERSON' and e.attrs.get('bioguide'):
            by_bioguide[e.attrs['bioguide']] = e
    claims = collections.defaultdict(list)   # curated id -> [(score, person)]
    for p in people.values():
        if p.bioguide and p.bioguide in by_bioguide:
            claims[by_bioguide[p.bioguide].id].append((3, p))
            continue
        born = common.parse_date(p.birthday) if p.birthday else None
        if born and born[0] < NAME_MATCH_MIN_BIRTH_YEAR:
            continue
        if not born and not any(t.get('start', '') >= '1950' for t in p.terms):
            continue
        states = {t.get('state') for t in p.terms if t.get('state')}
        cands = []
        for form in p.full_forms():
            for e in curated.find(form, 'PERSON'):
                if e.attrs.get('bioguide'):
                    continue
                if e.attrs.get('country', 'US') != 'US':
                    continue
                st = e.attrs.get('state')
                if st and st not in states:
                    continue
                if e not in cands:
                    cands.append(e)
        if len(cands) == 1:
            e = cands[0]
            claims[e.id].append((2 if e.attrs.get('state') else 1, p))
        elif len(cands) > 1:
            summary.skip('ambiguous curated match (new id used)', None)
    for cid, lst in claims.items():
        # best claim wins: bioguide > name+state > name; then the most recent service
        lst.sort(key=lambda sp: (-sp[0], -max([days(t['start']) for t in sp[1].terms
                                                if t.get('start')] or [0]), sp[1].key))
        winner = lst[0][1]
        winner.curated = curated.entities[cid]
        winner.id = cid
        for _, other in lst[1:]:
            summary.skip('namesake of a matched curated person', None)


def assign_ids(people_order, curated, taken):
    for p in people_order:
        if p.id:
            continue
        base = 'P:' + slug(p.first_last())
        pid = base
        if pid in taken:
            pid = base + '_' + slug(p.bioguide or p.key)
        n = 2
        while pid in taken:
            pid = '%s_%d' % (base, n)
            n += 1
        p.id = pid
        taken.add(pid)


def merged_tenures(p, per_term=False):
    """Dated terms -> tenures, contiguous identical terms merged unless per_term."""
    out = []
    terms = sorted([t for t in p.terms if t.get('start')], key=lambda t: (t['start'], t['type']))
    last_by_office = {}
    for t in terms:
        office = OFFICE_BY_TYPE[t['type']]
        attrs = collections.OrderedDict()
        if t.get('state'):
            attrs['state'] = t['state']
        if t['type'] == 'rep' and t.get('district') not in (None, ''):
            attrs['district'] = str(t['district'])
        if t['type'] == 'sen' and t.get('class') not in (None, ''):
            attrs['class'] = str(t['class'])
        if t.get('party'):
            attrs['party'] = str(t['party'])
        attrs['chamber'] = CHAMBER_BY_TYPE[t['type']]
        end = t['end']
        prev = last_by_office.get(office)
        if (not per_term and prev is not None and prev[1] == attrs and prev[0][3]
                and days(t['start']) - days(prev[0][3]) <= MERGE_GAP_DAYS
                and days(t['start']) >= days(prev[0][2])):
            prev[0][3] = end
            prev[2] += 1
            prev[0][5] = t
            continue
        rec = [p.id, office, t['start'], end, attrs, t]
        entry = [rec, attrs, 1]
        last_by_office[office] = entry
        out.append(entry)
    rows = []
    for rec, attrs, n in out:
        a = collections.OrderedDict(attrs)
        end = rec[3]
        last_term = rec[5]
        if last_term.get('from_current') and last_term is _latest_current_term(p):
            if end:
                a['term_end'] = end
            end = ''     # the file lists sitting members: still in office
        if n > 1:
            a['terms'] = str(n)
        rows.append((rec[0], rec[1], rec[2], end, a))
    return rows


def _latest_current_term(p):
    cur = [t for t in p.terms if t.get('from_current') and t.get('start')]
    return max(cur, key=lambda t: t['start']) if cur else None


def party_spans(p):
    """Consecutive dated terms (any office) of the same party -> one membership span."""
    spans = []
    terms = sorted([t for t in p.terms if t.get('start')], key=lambda t: t['start'])
    latest = _latest_current_term(p)
    for t in terms:
        party = str(t.get('party') or '')
        if spans and spans[-1][0] == party:
            spans[-1][2] = max(spans[-1][2], t['end'] or '')
            spans[-1][3] = spans[-1][3] or (t is latest)
            continue
        spans.append([party, t['start'], t['end'] or '', t is latest])
    out = [(party, s, '' if open_ else e) for party, s, e, open_ in spans if party not in NO_PARTY]
    if not terms:
        undated = [t for t in p.terms if t.get('undated') and t.get('party') not in NO_PARTY]
        if undated:
            out.append((str(undated[-1]['party']), '', ''))
    return out


def party_org(label, orgs):
    if label in CURATED_PARTY:
        return CURATED_PARTY[label]
    oid = 'ORG:us_party_' + slug(label)
    if oid not in orgs:
        name = label if re.search(r'\bpart(y|ies)\b', label, re.I) else label + ' Party'
        orgs[oid] = Entity(oid, 'ORGANIZATION', name, [], {'kind': 'party', 'country': 'US'})
    return oid


# ---------------------------------------------------------------------------
# Committees

COMMITTEE_RE = re.compile(
    r'^(Senate|House|Joint)\s+(?:(?:Permanent|Special)\s+)*(?:Select\s+)?Committee\s+on\s+(?:the\s+)?(.+)$')


def running_form(name):
    m = COMMITTEE_RE.match(name)
    if not m:
        return None
    if m.group(2).split()[0] in ('Senate', 'House', 'Joint'):
        return None
    return '%s %s Committee' % (m.group(1), m.group(2))


def import_committees(src, curated, persons_by_bioguide, summary, orgs, memberships):
    cpath = os.path.join(src, 'committees-current.yaml')
    mpath = os.path.join(src, 'committee-membership-current.yaml')
    with open(cpath, encoding='utf-8') as f:
        committees = yaml.safe_load(f) or []
    by_code = {}
    for c in committees:
        name = ' '.join(str(c.get('name', '')).split())
        code = c.get('thomas_id')
        if not name or not code:
            summary.skip('committee without name or thomas_id', cpath, '?')
            continue
        chamber = {'senate': 'Senate', 'house': 'House', 'joint': 'Joint'}.get(c.get('type'), '')
        if chamber and not re.search(r'\b(Senate|House|Joint)\b', name):
            name_full = '%s %s' % (chamber, name)
        else:
            name_full = name
        rf = running_form(name_full)
        match = None
        for form in [name_full, rf, name]:
            if not form:
                continue
            hits = [e for e in curated.find(form, 'ORGANIZATION')
                    if e.attrs.get('kind') == 'committee']
            if len(hits) == 1:
                match = hits[0]
                break
        if match is not None:
            oid = match.id
            summary.count('committees matched to curated')
        else:
            oid = 'ORG:' + slug(rf or name_full)
            if not oid.endswith('_committee'):
                oid += '_committee'
            if oid in orgs or oid in curated.entities:
                oid += '_' + slug(code)
        ent = Entity(oid, 'ORGANIZATION', match.name if match else (rf or name_full), [],
                     {'kind': 'committee', 'country': 'US'})
        for form in (rf, name_full):
            if form and (match is None or form not in match.names()):
                ent.add_alias(form)
        ent.attrs['chamber'] = (c.get('type') or '')
        ent.attrs['thomas_id'] = code
        orgs[oid] = ent
        by_code[code] = oid
        parent_short = (rf or name_full)
        if parent_short.endswith(' Committee'):
            parent_short = parent_short[:-len(' Committee')]
        for sc in c.get('subcommittees') or []:
            sname = ' '.join(str(sc.get('name', '')).split())
            scode = sc.get('thomas_id')
            if not sname or not scode:
                summary.skip('subcommittee without name or thomas_id', cpath, code)
                continue
            base = oid[:-len('_committee')] if oid.endswith('_committee') else oid
            sid = '%s_%s_subcommittee' % (base, slug(sname))
            if len(sid) > 110:
                sid = '%s_subcommittee_%s' % (base, slug(str(scode)))
            if sid in orgs:
                sid += '_' + slug(str(scode))
            sent = Entity(sid, 'ORGANIZATION', '%s Subcommittee on %s' % (parent_short, sname), [],
                          {'kind': 'committee', 'country': 'US', 'parent': oid,
                           'thomas_id': '%s%s' % (code, scode)})
            sent.add_alias('Subcommittee on %s' % sname)
            orgs[sid] = sent
            by_code['%s%s' % (code, scode)] = sid
    with open(mpath, encoding='utf-8') as f:
        members = yaml.safe_load(f) or {}
    for code in sorted(members):
        oid = by_code.get(code)
        if oid is None:
            summary.skip('membership list of an unknown committee', mpath, code)
            continue
        for m in members[code] or []:
            pid = persons_by_bioguide.get(m.get('bioguide'))
            if not pid:
                summary.skip('committee member without known bioguide', mpath, code,
                             str(m.get('name')))
                continue
            attrs = collections.OrderedDict()
            if m.get('title'):
                attrs['title'] = m['title']
            if m.get('rank') is not None:
                attrs['rank'] = str(m['rank'])
            if m.get('party'):
                attrs['side'] = m['party']     # majority / minority
            memberships.append((pid, oid, '', '', attrs))


# ---------------------------------------------------------------------------

def run(src, out_dir, curated=None, verbose=False, per_term=False, command=None):
    summary = common.Summary('congress', verbose)
    if yaml is None:
        raise SystemExit('congress.py needs python3-yaml (Debian package python3-yaml)')
    curated = curated or common.Curated()
    people = collections.OrderedDict()
    files = ['legislators-current.yaml', 'executive.yaml', 'legislators-historical.csv',
             'committees-current.yaml', 'committee-membership-current.yaml']
    for fn in files:
        if not os.path.exists(os.path.join(src, fn)):
            raise FileNotFoundError(os.path.join(src, fn))
    load_yaml_people(os.path.join(src, 'legislators-current.yaml'), people, summary, True)
    load_yaml_people(os.path.join(src, 'executive.yaml'), people, summary, False)
    load_historical_csv(os.path.join(src, 'legislators-historical.csv'), people, summary)

    match_curated(people, curated, summary)
    taken = set(curated.entities)
    for p in people.values():
        if p.id:
            taken.add(p.id)
    assign_ids(list(people.values()), curated, taken)

    entities = []
    orgs = collections.OrderedDict()
    tenures, memberships = [], []
    matched = 0
    for p in people.values():
        e = Entity(p.id, 'PERSON', p.curated.name if p.curated else p.display_name())
        derived = {p.first_last()}
        for a in p.aliases():
            if a not in derived:
                e.add_alias(a)
        if e.name != p.display_name():
            e.add_alias(p.display_name())
        if p.curated:
            matched += 1
            for a in list(e.aliases):
                if a in p.curated.names():
                    e.aliases.remove(a)
        if p.gender:
            e.attrs['gender'] = p.gender
        e.attrs['country'] = 'US'
        if p.last_state():
            e.attrs['state'] = p.last_state()
        if p.bioguide:
            e.attrs['bioguide'] = p.bioguide
        if ' ' in p.last.strip():
            e.attrs['surname'] = p.last.strip()
        if p.birthday and common.parse_date(p.birthday):
            e.attrs['born'] = p.birthday
        entities.append(e)
        rows = merged_tenures(p, per_term)
        if any(t.get('undated') for t in p.terms) and not any(t.get('start') for t in p.terms):
            summary.skip('historical csv: no term dates, no tenure', None)
        tenures.extend(rows)
        for party, s, en in party_spans(p):
            memberships.append((p.id, party_org(party, orgs), s, en, {}))
        for r in p.leadership:
            off = LEADERSHIP_OFFICE.get(str(r.get('title', '')).lower())
            if not off:
                summary.skip('leadership title without curated office', None)
                continue
            s, en = str(r.get('start', '') or ''), str(r.get('end', '') or '')
            tenures.append((p.id, off, s, en, {'chamber': r.get('chamber', '')}))
    # merge leadership rows of consecutive congresses
    tenures = merge_adjacent(tenures)
    by_bioguide = {p.bioguide: p.id for p in people.values() if p.bioguide}
    import_committees(src, curated, by_bioguide, summary, orgs, memberships)

    all_entities = entities + list(orgs.values())
    summary.count('persons', len(entities))
    summary.count('persons matched to curated', matched)
    summary.count('organizations (parties, committees)', len(orgs))
    summary.count('aliases', sum(len(e.aliases) for e in all_entities))
    summary.count('tenures', len(tenures))
    summary.count('memberships', len(memberships))
    write_outputs(out_dir, src, all_entities, tenures, memberships, command)
    return summary


def merge_adjacent(rows):
    out = []
    for r in rows:
        if out and out[-1][0] == r[0] and out[-1][1] == r[1] and out[-1][4] == r[4] \
                and out[-1][3] and r[2] == out[-1][3] and r[1] not in OFFICE_BY_TYPE.values():
            out[-1] = (r[0], r[1], out[-1][2], r[3], r[4])
        else:
            out.append(r)
    return out


def write_outputs(out_dir, src, entities, tenures, memberships, command):
    srcs = [os.path.join('congress-legislators', f) for f in (
        'legislators-current.yaml', 'legislators-historical.csv', 'executive.yaml',
        'committees-current.yaml', 'committee-membership-current.yaml')]
    cmd = command or 'python3 tools/importers/congress.py'
    common.write_tsv(os.path.join(out_dir, 'entities.tsv'),
                     common.header_lines(srcs, LICENCE, cmd, 'id\ttype\tname\taliases\tattributes'),
                     common.entity_rows(entities))
    common.write_tsv(os.path.join(out_dir, 'tenures.tsv'),
                     common.header_lines(srcs, LICENCE, cmd, 'person\toffice\tstart\tend\tattributes',
                                         ['contiguous terms with the same state/district/party are one '
                                          'line (terms=N); a sitting member has an empty end and term_end=']),
                     common.relation_rows(tenures))
    common.write_tsv(os.path.join(out_dir, 'memberships.tsv'),
                     common.header_lines(srcs, LICENCE, cmd, 'person\torganization\tstart\tend\tattributes',
                                         ['party spans merge consecutive terms of one party; '
                                          'committee rows carry title=/rank=/side= (undated: current)']),
                     common.relation_rows(memberships))


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('--shared', default=common.default_shared(),
                    help='shared data folder (default: $NEWSGRAPH_SHARED or <repo>/../shared/data)')
    ap.add_argument('--src', help='congress-legislators folder (default: <shared>/congress-legislators)')
    ap.add_argument('--out', default=os.path.join(common.DEFAULT_OUT, 'congress'))
    ap.add_argument('--per-term', action='store_true', help='one tenure line per term (no merging)')
    ap.add_argument('-v', '--verbose', action='store_true', help='show FILE:LINE samples of skipped input')
    args = ap.parse_args(argv)
    src = args.src or os.path.join(args.shared, 'congress-legislators')
    if not os.path.isdir(src):
        print('congress.py: source folder %s is missing' % src, file=sys.stderr)
        return 1
    try:
        s = run(src, args.out, verbose=args.verbose, per_term=args.per_term,
                command='python3 tools/importers/congress.py' + (' --per-term' if args.per_term else ''))
    except FileNotFoundError as e:
        print('congress.py: missing source file %s' % e, file=sys.stderr)
        return 1
    s.report()
    return 0


if __name__ == '__main__':
    sys.exit(main())

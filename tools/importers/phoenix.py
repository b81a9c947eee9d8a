#!/usr/bin/env python3
"""Import the PETRARCH2 / Phoenix actor and agent dictionaries (MIT, Open Event Data Alliance)
into gazetteers/imported/phoenix/.

Inputs (in --src, default <shared>/phoenix-dictionaries):
  Phoenix.Countries.actors.txt, Phoenix.International.actors.txt, Phoenix.MilNonState.actors.txt,
  Phoenix.agents.txt
Optional helpers: <shared>/name-lists/ssa-baby-names/maxoccurbysex.txt (given names that mark a
person) and <shared>/news-corpus/articles.jsonl (word case statistics for display case and for
dropping aliases that are common lower-case words). Only statistics are used; no text is copied.
Run after congress.py: a US person who is a congress-imported person (same full name or a name
variant it lists, compatible dates) gets the congress id, read from --congress (default
<out>/../congress/entities.tsv), so the loader merges the two records.
Outputs (in --out, default gazetteers/imported/phoenix):
  entities.tsv, memberships.tsv, lexicon/roles.tsv
"""
import argparse
import collections
import difflib
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common  # noqa: E402
from common import Entity, slug, fold  # noqa: E402
from iso3166 import ISO3  # noqa: E402

LICENCE = 'MIT (Copyright (c) 2014 Open Event Data Alliance; openeventdata/petrarch2)'
ACTOR_FILES = ['Phoenix.Countries.actors.txt', 'Phoenix.International.actors.txt',
               'Phoenix.MilNonState.actors.txt']
AGENTS_FILE = 'Phoenix.agents.txt'
GIVEN_NAME_MIN_COUNT = 500

# role segment -> (organization name template, kind)
SECTOR_ORG = {
    'GOV': ('Government of {c}', 'government'),
    'LEG': ('Legislature of {c}', 'legislature'),
    'JUD': ('Judiciary of {c}', 'court'),
    'MIL': ('Armed forces of {c}', 'military'),
    'COP': ('Police of {c}', 'police'),
    'SPY': ('Intelligence services of {c}', 'agency'),
    'OPP': ('Political opposition in {c}', 'opposition'),
    'REB': ('Rebel groups in {c}', 'armed_group'),
    'PTY': ('Political parties of {c}', 'party'),
}
SECTOR_KIND = {'GOV': 'government', 'LEG': 'legislature', 'JUD': 'court', 'MIL': 'military',
               'COP': 'police', 'SPY': 'agency', 'PTY': 'party', 'MED': 'media', 'BUS': 'company',
               'MNC': 'company', 'NGO': 'ngo', 'IGO': 'igo', 'REB': 'armed_group',
               'IMG': 'armed_group', 'UAF': 'armed_group', 'OPP': 'opposition', 'EDU': 'education',
               'HLH': 'health', 'HRI': 'ngo', 'LAB': 'union', 'REL': 'religious', 'CHR': 'religious',
               'MUS': 'religious', 'JEW': 'religious', 'BUD': 'religious', 'HIN': 'religious'}
# (country, sector) -> curated organization
CURATED_SECTOR = {
    ('USA', 'GOV'): 'ORG:us_government', ('USA', 'LEG'): 'ORG:us_congress',
    ('USA', 'MIL'): 'ORG:us_military',
    ('RUS', 'GOV'): 'ORG:government_of_russia', ('GBR', 'GOV'): 'ORG:uk_government',
    ('GBR', 'LEG'): 'ORG:uk_parliament', ('DEU', 'GOV'): 'ORG:german_government',
    ('DEU', 'LEG'): 'ORG:bundestag', ('FRA', 'GOV'): 'ORG:french_government',
    ('CHN', 'GOV'): 'ORG:chinese_government', ('PRK', 'GOV'): 'ORG:north_korean_government',
    ('KOR', 'GOV'): 'ORG:south_korean_government', ('JPN', 'GOV'): 'ORG:japanese_government',
    ('UKR', 'GOV'): 'ORG:ukrainian_government', ('IRN', 'GOV'): 'ORG:iranian_government',
    ('SAU', 'GOV'): 'ORG:saudi_government', ('ISR', 'GOV'): 'ORG:israeli_government',
    ('ISR', 'LEG'): 'ORG:knesset', ('SYR', 'GOV'): 'ORG:syrian_government',
    ('TUR', 'GOV'): 'ORG:turkish_government', ('MEX', 'GOV'): 'ORG:mexican_government',
    ('CAN', 'GOV'): 'ORG:canadian_government', ('VEN', 'GOV'): 'ORG:venezuelan_government',
}
# IGO code prefix -> curated organization (longest prefix wins)
IGO_ORG = {
    'IGOUNOIAE': 'ORG:iaea', 'IGOUNODEVWBK': 'ORG:world_bank', 'IGOUNOWBK': 'ORG:world_bank',
    'IGOUNOHLH': 'ORG:who', 'IGOUNO': 'ORG:united_nations', 'IGOWSTNAT': 'ORG:nato',
    'IGOEUREEC': 'ORG:european_union', 'IGOEUR': 'ORG:european_union',
    'IGOARBARL': 'ORG:arab_league', 'IGOMEAARL': 'ORG:arab_league',
    'IGOSEAASN': 'ORG:asean', 'IGOBUSOPC': 'ORG:opec', 'IGOOPC': 'ORG:opec',
    'IGOBUSIMF': 'ORG:imf', 'IGOBUSWTO': 'ORG:wto', 'IGOEUROSC': 'ORG:osce',
}
CONNECTORS = {'of', 'the', 'and', 'for', 'on', 'in', 'at', 'to', 'de', 'du', 'des', 'da', 'del',
              'della', 'der', 'van', 'von', 'bin', 'ibn', 'al', 'el', 'la', 'le', 'y', 'e', 'dos',
              'das', 'di'}
NAME_PARTICLES = {'de', 'du', 'des', 'da', 'del', 'della', 'der', 'van', 'von', 'bin', 'ibn',
                  'al', 'el', 'la', 'le', 'dos', 'das', 'di', 'y'}
KNOWN_ACRONYMS = {'UN', 'US', 'USA', 'EU', 'UK', 'UAE', 'NATO', 'OPEC', 'ASEAN', 'IAEA', 'ICJ',
                  'IMF', 'WTO', 'UNICEF', 'UNESCO', 'UNHCR', 'FBI', 'CIA', 'NSA', 'PLO', 'ANC',
                  'OSCE', 'OAS', 'AU', 'ECOWAS', 'SADC', 'IRA', 'ETA', 'FARC', 'ELN', 'PKK',
                  'NGO', 'DRC', 'ICC', 'WHO', 'UNDP', 'UNEP', 'FAO', 'ILO', 'WFP', 'IFAD', 'OECD',
                  'G8', 'G7', 'G20', 'BBC', 'CNN', 'MP', 'MPS', 'II', 'III', 'IV', 'PM'}
HONORIFICS = {'MR', 'MR.', 'MRS', 'MRS.', 'MS', 'MS.', 'DR', 'DR.', 'MISS', 'MADAME', 'MADAM', 'SIR'}
# titles that stay in a person's name when no fuller form is known (Baroness Amos, King Abdullah)
PEERAGE = {'LORD', 'LADY', 'BARONESS', 'BARON', 'DAME', 'KING', 'QUEEN', 'PRINCE', 'PRINCESS', 'SHEIKH',
           'SHEIK', 'EMIR', 'SULTAN', 'EARL', 'DUKE', 'DUCHESS'}
ORG_WORDS = {'ADMINISTRATION', 'GOVERNMENT', 'CAMPAIGN', 'MINISTRY', 'PARTY', 'ARMY', 'FORCES',
             'COMMITTEE', 'COUNCIL', 'DEPARTMENT', 'OFFICE', 'AGENCY', 'COMMISSION', 'REGIME',
             'CABINET', 'FAMILY', 'SUPPORTERS', 'LOYALISTS', 'FOLLOWERS', 'CAMP', 'TEAM',
             'ORGANIZATION', 'ORGANISATION', 'ASSOCIATION', 'UNION', 'MOVEMENT', 'FRONT',
             'BRIGADE', 'BRIGADES', 'GROUP', 'INSTITUTE', 'FOUNDATION', 'BANK', 'COMPANY', 'CORP',
             'INC', 'LTD', 'UNIVERSITY', 'COURT', 'ASSEMBLY', 'PARLIAMENT', 'CONGRESS', 'SENATE',
             'LEAGUE', 'ALLIANCE', 'COALITION', 'FEDERATION', 'NETWORK', 'SERVICE', 'SERVICES',
             'POLICE', 'MILITARY', 'NAVY', 'GUARD', 'TROOPS', 'EMBASSY', 'STATE', 'REPUBLIC',
             'KINGDOM', 'PROVINCE', 'CITY', 'ISLANDS', 'ISLAND', 'RIVER', 'AIRPORT', 'CENTRE',
             'CENTER', 'PROGRAM', 'PROGRAMME', 'FUND', 'BOARD', 'AUTHORITY', 'DOCTRINE', 'ERA',
             'FACTION', 'WING', 'CLAN', 'TRIBE', 'PEOPLE', 'HOUSE', 'PALACE'}
PERSON_NOUNS = {'CHIEF', 'GENERAL', 'JUDGE', 'JUSTICE', 'KING', 'QUEEN', 'PRINCE', 'PRINCESS',
                'SHEIKH', 'SHEIK', 'EMIR', 'SULTAN', 'MONK', 'PRIEST', 'CLERIC', 'ENVOY',
                'DIPLOMAT', 'DELEGATE', 'ADVOCATE', 'ATTACHE', 'BISHOP', 'ARCHBISHOP', 'POPE',
                'IMAM', 'AYATOLLAH', 'MULLAH', 'COLONEL', 'CAPTAIN', 'MAJOR', 'MARSHAL',
                'ADMIRAL', 'LIEUTENANT', 'SERGEANT', 'CORPORAL', 'SOLDIER', 'OFFICIAL', 'AIDE',
                'HEAD', 'CANDIDATE', 'NOMINEE', 'CONSUL', 'DEPUTY', 'LAWMAKER', 'MP', 'SENATOR',
                'GOVERNOR', 'MAYOR', 'PREMIER', 'CHANCELLOR', 'DICTATOR', 'REBEL', 'INSURGENT',
                'MILITANT', 'GUERRILLA', 'PRESIDENT', 'SECRETARY', 'MINISTER', 'AMBASSADOR',
                'SPOKESMAN', 'SPOKESWOMAN', 'SPOKESPERSON', 'CHAIRMAN', 'CHAIRWOMAN', 'LEADER',
                'COMMANDER', 'OFFICER', 'ADVISER', 'ADVISOR', 'DIRECTOR', 'PROSECUTOR', 'ATTORNEY',
                'REPRESENTATIVE', 'CONGRESSMAN', 'CONGRESSWOMAN', 'VICE', 'FORMER', 'ACTING',
                'EX', 'PM', 'FM', 'SEC', 'SECY', 'GEN', 'GEN.', 'SEN', 'SEN.', 'REP', 'REP.',
                'PRES', 'PRES.', 'ELECT', 'CROWN', 'FIRST', 'LADY', 'SUPREME', 'TOP', 'SENIOR',
                'MEMBER', 'HIS', 'HER', 'MAJESTY', 'HIGHNESS', 'EXCELLENCY', 'PRESIDENT-ELECT',
                'VICE-PRESIDENT', 'SECRETARY-GENERAL', 'PRIME', 'FOREIGN', 'DEFENSE', 'DEFENCE',
                'INTERIOR', 'FINANCE', 'STATE', 'OF', 'THE', 'AND', 'TO', 'FOR'}
LEADER_SECTION_RE = re.compile(r'president|prime minister|leader|chancellor|secretar|minister|'
                               r'king|ruler|elite|attorney|chiefs? of staff|advis|representative|'
                               r'director|ambassador|governor|premier|monarch|emir|sultan', re.I)
DATE6_RE = re.compile(r'^\d{6}$')
DATE8_RE = re.compile(r'^\d{8}$')
CODE_RE = re.compile(r'^(~?[A-Z]{3}(?:[A-Z]{3})*~?|---|~?[A-Z]+~?)$')


def read_given_names(shared):
    names = set()
    p = os.path.join(shared, 'name-lists', 'ssa-baby-names', 'maxoccurbysex.txt')
    if os.path.exists(p):
        with open(p, encoding='utf-8') as f:
            for line in f:
                parts = line.strip().split(',')
                if len(parts) >= 3 and parts[2].isdigit() and int(parts[2]) >= GIVEN_NAME_MIN_COUNT:
                    names.add(parts[0].upper())
    cp = os.path.join(common.CURATED_DIR, 'lexicon', 'given_names.tsv')
    if os.path.exists(cp):
        with open(cp, encoding='utf-8') as f:
            for line in f:
                if line.strip() and not line.startswith('#'):
                    names.add(line.split('\t')[0].strip().upper())
    return names


# ---------------------------------------------------------------------------
# Parsing

def conv_date(s):
    """Phoenix date -> ISO string, or None when malformed."""
    s = s.strip()
    if DATE8_RE.match(s):
        y, m, d = s[:4], s[4:6], s[6:]
    elif DATE6_RE.match(s):
        yy = int(s[:2])
        y = str(2000 + yy if yy <= 30 else 1900 + yy)
        m, d = s[2:4], s[4:]
    else:
        return None
    iso = '%s-%s-%s' % (y, m, d)
    if common.parse_date(iso):
        return iso
    if m == '00' or d == '00':           # e.g. 19600000: keep what is known
        iso = y if m == '00' else '%s-%s' % (y, m)
        if common.parse_date(iso):
            return iso
    return None


def parse_code(text, summary, path, lineno):
    """'USAGOV 090121-130201' -> (code, start, end); returns None when malformed."""
    text = ' '.join(text.split())
    if not text:
        return None
    parts = text.split(' ', 1)
    code = parts[0]
    rest = parts[1].replace(' ', '') if len(parts) > 1 else ''
    if not CODE_RE.match(code):
        summary.skip('malformed code', path, lineno, text)
        return None
    start = end = ''
    if rest:
        if rest.startswith('>'):
            start = conv_date(rest[1:])
            if start is None:
                summary.skip('malformed date', path, lineno, text)
                return None
        elif rest.startswith('<'):
            end = conv_date(rest[1:])
            if end is None:
                summary.skip('malformed date', path, lineno, text)
                return None
        elif '-' in rest:
            a, b = rest.split('-', 1)
            start, end = conv_date(a), conv_date(b)
            if start is None or end is None:
                summary.skip('malformed date', path, lineno, text)
                return None
            if not common.date_le(start, end):
                summary.skip('date range ends before it starts', path, lineno, text)
                return None
        else:
            summary.skip('malformed date', path, lineno, text)
            return None
    return (code, start, end)


class Record:
    def __init__(self, phrase, path, lineno, section, fileidx):
        self.phrase, self.path, self.lineno, self.section = phrase, path, lineno, section
        self.fileidx = fileidx
        self.aliases = []          # (phrase, lineno)
        self.codes = []            # (code, start, end)
        self.blank_after = False


def strip_comment(line):
    i = line.find('#')
    if i >= 0:
        line = line[:i]
    m = re.search(r'\s;', line)
    if m:
        line = line[:m.start()]
    return line.rstrip()


def parse_actor_file(path, summary, fileidx):
    records = []
    cur = None
    section = ''
    with open(path, encoding='utf-8', errors='replace') as f:
        for lineno, raw in enumerate(f, start=1):
            raw = raw.rstrip('\n').rstrip('\r')
            stripped = raw.strip()
            if not stripped:
                if cur is not None:
                    cur.blank_after = True
                continue
            if stripped.startswith('#'):
                text = stripped.lstrip('#').strip()
                if text and not text.startswith('+') and raw.startswith('#') and len(text) < 60:
                    section = text
                continue
            line = strip_comment(raw)
            if not line.strip():
                continue
            if '\ufffd' in line or '\x1a' in line:
                summary.skip('lost characters (U+FFFD / 0x1A)', path, lineno)
                if line.lstrip().startswith('+') or line[0] in ' \t':
                    continue
                cur = None
                continue
            codes_text = re.findall(r'\[([^\]]*)\]', line)
            head = re.sub(r'\[[^\]]*\]', ' ', line)
            if '[' in head or ']' in head:
                summary.skip('unbalanced brackets', path, lineno)
                continue
            if line[0] in ' \t' and not line.lstrip().startswith('+'):
                if cur is None:
                    summary.skip('code line without an entry', path, lineno)
                    continue
                if head.strip():
                    summary.skip('text on a code line', path, lineno, head.strip())
                for ct in codes_text:
                    c = parse_code(ct, summary, path, lineno)
                    if c:
                        cur.codes.append(c)
                continue
            if line.lstrip().startswith('+'):
                if cur is None:
                    summary.skip('alias without an entry', path, lineno)
                    continue
                phrase = head.strip()[1:].strip()
                if phrase:
                    cur.aliases.append((phrase, lineno))
                for ct in codes_text:
                    c = parse_code(ct, summary, path, lineno)
                    if c:
                        cur.codes.append(c)
                continue
            phrase = head.strip()
            if not phrase:
                summary.skip('entry without a phrase', path, lineno)
                continue
            cur = Record(phrase, path, lineno, section, fileidx)
            records.append(cur)
            for ct in codes_text:
                c = parse_code(ct, summary, path, lineno)
                if c:
                    cur.codes.append(c)
    # A primary line with no code at all, directly followed (no blank line) by another
    # entry, shares that entry's codes (TABARI groups synonyms this way).
    for i in range(len(records) - 2, -1, -1):
        r = records[i]
        if not r.codes and not r.blank_after:
            r.codes = list(records[i + 1].codes)
    return records


# ---------------------------------------------------------------------------
# Names

class Caser:
    def __init__(self, corpus_path):
        self.forms = self.lower = self.cap_mid = None
        if corpus_path and os.path.exists(corpus_path):
            self.forms, self.lower, self.cap_mid = common.corpus_case_stats(corpus_path)

    def corpus_form(self, tok):
        if self.forms is None:
            return None
        c = self.forms.get(tok.lower())
        if not c:
            return None
        caps = {f: n for f, n in c.items() if f[0].isupper()}
        total = sum(caps.values())
        if total < 3:
            return None
        best = sorted(caps.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]
        return best

    def is_common_word(self, tok):
        """A single token that news text mostly writes in lower case."""
        if self.forms is None:
            return False
        lw = tok.lower()
        caps = sum(n for f, n in self.forms.get(lw, {}).items() if f[0].isupper())
        return self.lower.get(lw, 0) > caps and self.lower.get(lw, 0) >= 5

    def word(self, tok, first, is_person):
        if not tok:
            return tok
        if '.' in tok and re.match(r'^([A-Z]\.)+[A-Z]?$', tok):
            return tok                                   # U.N., U.S., B.
        low = tok.lower()
        if not first and low in CONNECTORS:
            return low
        if tok.upper() in KNOWN_ACRONYMS:
            return tok.upper()
        if '-' in tok:
            parts = tok.split('-')
            if parts[0].lower() in ('al', 'el', 'ad', 'as', 'ash', 'at', 'ar', 'an', 'az') and len(parts) > 1:
                head = parts[0].lower() if not first else parts[0].capitalize()
                return head + '-' + '-'.join(self.word(p, True, is_person) for p in parts[1:])
            form = self.corpus_form(tok)
            if form and form.lower() == low and not form.isupper():
                return form
            return '-'.join(self.word(p, True, is_person) for p in parts)
        if not re.search(r'[AEIOUY]', tok.upper()) and tok.isalpha() and len(tok) > 1:
            return tok.upper()
        form = self.corpus_form(tok)
        if form and form.lower() == low:
            if form.isupper() and len(tok) > 1 and not is_person:
                return form
            if not form.isupper():
                return form
        t = tok.capitalize()
        m = re.match(r"^(Mc)([a-z])(.*)$", t)
        if m and len(t) > 3:
            t = m.group(1) + m.group(2).upper() + m.group(3)
        m = re.match(r"^([OD]')([a-z])(.*)$", t)
        if m:
            t = m.group(1) + m.group(2).upper() + m.group(3)
        return t

    def display(self, phrase, is_person=False, single_org_acronym=False):
        toks = phrase_tokens(phrase)
        if single_org_acronym and len(toks) == 1 and len(toks[0]) <= 4 and toks[0].isalpha():
            return toks[0].upper()
        return ' '.join(self.word(t, i == 0, is_person) for i, t in enumerate(toks))


def mkey(name):
    return ' '.join(fold(name).replace('-', ' ').split())


def phrase_tokens(phrase):
    p = phrase.strip().rstrip('_').replace(' ', '_')
    return [t for t in p.split('_') if t]


# ---------------------------------------------------------------------------

def code_country(code):
    c = code.strip('~')
    if len(c) >= 3 and c[:3] in ISO3:
        return c[:3]
    return None


def code_segments(code):
    c = code.strip('~')
    return [c[i:i + 3] for i in range(0, len(c), 3)]


# Organization words that make an entry an organization even when its first token is a given
# name (RAND_CORPORATION, GRAHAM_CORPORATION, HOLLY_CORPORATION, JOHN_BROWN_UNIVERSITY ...).
STRONG_ORG_WORDS = {'CORPORATION', 'CORP', 'CORP.', 'INC', 'INC.', 'INCORPORATED', 'COMPANY', 'CO',
                    'CO.', 'LLC', 'PLC', 'LTD', 'LTD.', 'LIMITED', 'GROUP', 'BANK', 'PARTY', 'MINISTRY',
                    'COUNCIL', 'COMMITTEE', 'AGENCY', 'ASSOCIATION', 'UNIVERSITY', 'FRONT', 'ARMY',
                    'MOVEMENT', 'UNION', 'HOLDINGS', 'INDUSTRIES', 'AIRLINES', 'AIRWAYS', 'INSTITUTE',
                    'FOUNDATION', 'FEDERATION', 'LEAGUE', 'BRIGADE', 'BRIGADES', 'ORGANIZATION',
                    'ORGANISATION', 'COMMISSION', 'DEPARTMENT', 'GOVERNMENT', 'ADMINISTRATION',
                    'ALLIANCE', 'COALITION', 'SOCIETY', 'ENTERPRISES', 'CORPS', 'BUREAU', 'FORCES',
                    'MILITIA', 'SECRETARIAT', 'TRIBUNAL', 'MISSION', 'PANEL', 'PROJECT', 'INITIATIVE',
                    'CONTINGENT', 'DECLARATION', 'COMMAND', 'CONSPIRACY', 'BODIES', 'DATABASE',
                    'MINISTRIES', 'NETWORK', 'SYNDICATE', 'CARTEL', 'COLLEGE', 'SCHOOL', 'HOSPITAL',
                    'NEWSPAPER', 'TIMES', 'POST', 'TELEGRAPH', 'HERALD', 'TRIBUNE', 'TELEVISION',
                    'RADIO', 'AIRLINE', 'PETROLEUM', 'OIL', 'MOTORS', 'MOTOR', 'BANCORP', 'FINANCIAL',
                    'SYSTEMS', 'TECHNOLOGIES', 'TECHNOLOGY', 'ENERGY', 'CAPITAL', 'PARTNERS',
                    'INTERNATIONAL', 'FELLOWSHIP', 'PARTNERSHIP', 'AID', 'CHURCH'}
# words of a country's long official name
STATE_WORDS = {'REPUBLIC', 'KINGDOM', 'STATE', 'STATES', 'FEDERATION', 'COMMONWEALTH', 'EMIRATE',
               'EMIRATES', 'SULTANATE', 'PRINCIPALITY', 'UNION', 'DUCHY', 'CONFEDERATION', 'FEDERAL',
               'DEMOCRATIC', "PEOPLE'S", 'PEOPLES', 'SOCIALIST', 'ISLAMIC', 'ARAB', 'UNITED', 'GRAND'}
ALIAS_TOKEN_RE = re.compile(r"^[A-Za-z0-9&][A-Za-z0-9'&\-]*\.?$|^([A-Za-z]\.)+[A-Za-z]?\.?$")
DESCRIPTOR_RE = re.compile(r'-(BASED|LED|BACKED|LINKED|AFFILIATED|ALLIED|RUN|OWNED|SPONSORED)$', re.I)
# second segments of territory codes that are no ISO 3166 code (Gaza, Isle of Man)
TERRITORY_SEGMENTS = {'GZA', 'IMY', 'WBK'}
# role segments that happen to be ISO codes too (MUS = Muslim, not Mauritius)
NON_PLACE_SEGMENTS = {'MUS', 'SUN', 'UNO', 'ELI', 'LEG', 'GOV', 'MIL'}
# office nouns: an alias containing one names a post or its holder, not the organization
OFFICE_NOUNS = {'PRESIDENT', 'CHANCELLOR', 'BUNDESKANZLER', 'KANZLER', 'MINISTER', 'SECRETARY',
                'PREMIER', 'KING', 'QUEEN', 'SPOKESMAN', 'SPOKESWOMAN', 'SPOKESPERSON', 'CHAIRMAN',
                'CHAIRWOMAN', 'DIRECTOR', 'AMBASSADOR', 'GOVERNOR', 'MAYOR', 'SENATOR', 'LEADER',
                'COMMANDER', 'CHIEF', 'ENVOY', 'PROSECUTOR', 'ATTORNEY', 'JUDGE', 'JUSTICES', 'JUSTICE',
                'SECRETARY-GENERAL', 'PRESIDENT-ELECT', 'VICE-PRESIDENT', 'HEAD', 'OFFICIAL',
                'OFFICIALS', 'SPOKESMEN', 'LEADERS', 'MEMBERS', 'MEMBER', 'CEO'}
# Status segments that may follow a country code in a place code (UKRUNR, KWTOCC, ERIAUT).
PLACE_STATUS = {'UNR', 'OCC', 'AUT'}


def place_country(rec):
    """ISO3 of a Countries-file record coded as a bare country (`[GBR]`, `[UKR >911221]`)."""
    if rec.fileidx != 0:
        return None
    found = None
    for c, s, e in rec.codes:
        c = c.strip('~')
        if len(c) == 3 and c in ISO3:
            if found is None or not e:
                found = c
    return found


def territory_country(rec):
    """ISO3 of the state a Countries-file territory belongs to (`[DNKFRO]`, `[FRAMTQ]`, `[PSEGZA]`)."""
    if rec.fileidx != 0 or not rec.codes:
        return None
    found = None
    for c, s, e in rec.codes:
        c = c.strip('~')
        if s or e or len(c) != 6 or c[:3] not in ISO3:
            return None
        seg = c[3:]
        if seg in SECTOR_KIND or seg in NON_PLACE_SEGMENTS or not (seg in ISO3 or seg in TERRITORY_SEGMENTS):
            return None
        found = c[:3]
    return found


def classify(rec, given, title_words):
    toks = [t.upper() for t in phrase_tokens(rec.phrase)]
    codes = rec.codes
    if place_country(rec) or territory_country(rec):
        return 'PLACE'                     # a country-section place beats every name rule
    if any(t in STRONG_ORG_WORDS for t in toks) or any(ch.isdigit() for ch in rec.phrase):
        return 'ORGANIZATION'              # organization words beat the given-name rule
    has_org_word = any(t in ORG_WORDS for t in toks)
    if has_org_word and toks[0].rstrip('.') not in given:
        return 'ORGANIZATION'
    if any(s or e for _, s, e in codes):
        return 'PERSON'
    if codes and all(len(c.strip('~')) == 3 and code_country(c) for c, _, _ in codes):
        return 'PLACE'
    if has_org_word:
        return 'ORGANIZATION'
    if codes and all(c.strip('~').startswith('MNC') for c, _, _ in codes):
        return 'ORGANIZATION'              # undated multinational codes: companies
    name_toks = [t for t in toks if t not in title_words]
    if len(toks) >= 2 and LEADER_SECTION_RE.search(rec.section or '') and len(name_toks) >= 2 \
            and name_toks[0].rstrip('.') in given:
        return 'PERSON'
    if len(name_toks) >= 2 and name_toks[0].rstrip('.') in given:
        return 'PERSON'
    if len(toks) >= 2 and re.match(r'^[A-Z]\.$', toks[0]):
        return 'PERSON'
    return 'ORGANIZATION'


def is_generic_title(toks, title_words):
    if not toks:
        return True
    return all(t.upper() in title_words for t in toks) and any(
        person_noun(t.upper()) and t.upper() not in TITLE_MODIFIERS for t in toks)


TITLE_MODIFIERS = {'OF', 'THE', 'AND', 'TO', 'FOR', 'STATE', 'FORMER', 'ACTING', 'VICE', 'EX', 'FIRST',
                   'TOP', 'SENIOR', 'SUPREME', 'CROWN', 'FOREIGN', 'DEFENSE', 'DEFENCE', 'INTERIOR',
                   'FINANCE', 'PRIME', 'HIS', 'HER', 'ELECT', 'UNITED', 'STATES', 'AMERICAN', 'AMERICA',
                   'NATIONS', 'NATIONAL', 'SECURITY', 'COUNCIL', 'BRITISH', 'LADY', 'MEMBER'}


def build_title_words(agent_nouns):
    words = set(PERSON_NOUNS)
    for n in agent_nouns:
        for t in n.upper().split():
            if person_noun(t):
                words.add(t)
    words |= {'US', 'U.S.', 'UN', 'U.N.', 'UNITED', 'STATES', 'NATIONS', 'AMERICAN', 'AMERICA',
              'BRITISH', 'EU', 'NATO', 'NATIONAL', 'SECURITY', 'COUNCIL'}
    nat = os.path.join(common.CURATED_DIR, 'lexicon', 'nationalities.tsv')
    if os.path.exists(nat):
        with open(nat, encoding='utf-8') as f:
            for line in f:
                if line.strip() and not line.startswith('#'):
                    for t in line.split('\t')[0].upper().split():
                        words.add(t)
    return words


PERSON_SUFFIX_RE = re.compile(r'(MAN|MEN|WOMAN|WOMEN|PERSON|PEOPLE|IST|ISTS|IAN|IANS|ANT|ANTS|'
                              r'ENT|ENTS|ER|ERS|OR|ORS|ARY|ARIES|EE|EES)$')
NOT_PERSON = {'ORDER', 'BORDER', 'CENTER', 'SECTOR', 'CORRIDOR', 'MINISTRY', 'GOVERNMENT',
              'PARLIAMENT', 'DEPARTMENT', 'MOVEMENT', 'ESTABLISHMENT', 'DIRECTORATE', 'SECRETARIAT',
              'ELEMENT', 'ELEMENTS', 'EQUIPMENT', 'MANAGEMENT', 'INTELLIGENCE', 'POWER', 'HEADQUARTER',
              'HEADQUARTERS', 'EMBASSY', 'LIBRARY', 'MILITARY', 'JUDICIARY', 'PLANT', 'CONTENT',
              'COMMITTEE', 'AGENT', 'AGENTS', 'QUARTER', 'TANKER', 'CARRIER', 'FIGHTER', 'BOMBER',
              'DESTROYER', 'TOWER', 'CHAMBER', 'CONTAINER', 'MONASTARY', 'MONASTERY', 'SEMINARY',
              'PARTNER', 'OPERATOR', 'PUBLISHER', 'BROADCASTER', 'PRODUCER', 'MANUFACTURER', 'MAKER',
              'LENDER', 'RETAILER', 'INSURER', 'SUPPLIER', 'EXPORTER', 'IMPORTER', 'GIANT', 'TRIBUNAL'}


def person_noun(word):
    w = word.upper()
    if w in NOT_PERSON:
        return False
    return w in PERSON_NOUNS or bool(PERSON_SUFFIX_RE.search(w))


# ---------------------------------------------------------------------------
# Agents -> roles lexicon

def parse_agents(path, summary):
    subs = {}
    entries = []       # (noun phrase lower, plural list, code)
    with open(path, encoding='utf-8', errors='replace') as f:
        lines = list(enumerate(f, start=1))
    for lineno, raw in lines:
        line = strip_comment(raw.rstrip('\n'))
        if not line.strip():
            continue
        m = re.match(r'^\s*(![A-Z]+!)\s*=\s*(.+)$', line)
        if m:
            subs[m.group(1)] = [x.strip() for x in m.group(2).split(',') if x.strip()]
            continue
        m = re.match(r'^\s*([^\[{]+?)\s*(\{[^}]*\})?\s*\[([^\]]*)\]\s*$', line)
        if not m:
            summary.skip('agents: malformed line', path, lineno, line.strip())
            continue
        phrase, plurals, code = m.group(1).strip(), m.group(2), m.group(3).strip()
        pl = [p for p in (plurals or '{}')[1:-1].split() if p]
        forms = [phrase]
        for key, vals in subs.items():
            if key in phrase:
                forms = [f.replace(key, v) for f in forms for v in vals]
        for fm in forms:
            entries.append((fm, pl if fm == phrase else [], code, lineno))
    return entries


def plural(noun):
    words = noun.split(' ')
    w = words[-1]
    if w.endswith('man'):
        p = w[:-3] + 'men'
    elif w.endswith('person'):
        p = w[:-6] + 'people'
    elif w.endswith('men') or w.endswith('people'):
        return None
    elif re.search(r'[^aeiou]y$', w):
        p = w[:-1] + 'ies'
    elif re.search(r'(s|sh|ch|x|z)$', w):
        p = w + 'es'
    else:
        p = w + 's'
    return ' '.join(words[:-1] + [p])


ROLE_SYNONYMS = {'spokesman': 'spokesperson', 'spokeswoman': 'spokesperson',
                 'spokesperson': 'spokesperson', 'advisor': 'adviser'}
ROLE_CODES = {'GOV', 'LEG', 'JUD', 'MIL', 'COP', 'SPY', 'OPP', 'ELI', 'PTY'}
NO_SUFFIX_PREFIX = {'deputy', 'vice', 'assistant', 'under', 'associate', 'acting', 'former', 'ex',
                    'junior', 'shadow', 'opposition', 'rebel', 'student', 'party', 'union'}


def build_roles(entries, curated_roles, existing_nouns, summary, path):
    out = {}
    for phrase, pls, code, lineno in entries:
        segs = [s for s in re.split(r'[~]', code) if s]
        seg = segs[0][:3] if segs else ''
        noun = ' '.join(phrase.replace('_', ' ').lower().split()).strip()
        if not noun or '!' in noun:
            continue
        if seg not in ROLE_CODES:
            summary.skip('agents: not an office/role code', path, lineno)
            continue
        head = noun.split()[-1]
        if not person_noun(head.upper()):
            summary.skip('agents: not a person noun', path, lineno, noun)
            continue
        role = None
        sing = re.sub(r'men$', 'man', re.sub(r'people$', 'person', noun))
        if sing != noun and sing in curated_roles:
            role = sing
        elif noun in curated_roles:
            role = noun
        elif ROLE_SYNONYMS.get(noun) in curated_roles:
            role = ROLE_SYNONYMS[noun]
        else:
            words = noun.split()
            if words[0] not in NO_SUFFIX_PREFIX:
                for i in range(1, len(words)):
                    tail = ' '.join(words[i:])
                    tail = ROLE_SYNONYMS.get(tail, tail)
                    if tail in curated_roles:
                        role = tail
                        break
        if role is None:
            summary.skip('agents: role used by no office', path, lineno, noun)
            continue
        forms = [noun] + [p.replace('_', ' ').lower() for p in pls]
        pln = plural(noun)
        if pln and not pls:
            forms.append(pln)
        for fm in forms:
            if fm in existing_nouns:
                summary.skip('agents: noun already in curated roles.tsv', path, lineno, fm)
                continue
            # A plural names a group: "the senators" refers back to nobody.
            is_plural = fm != noun or sing != noun
            out.setdefault(fm, role + (',plural' if is_plural else ''))
    return sorted(out.items())


# ---------------------------------------------------------------------------
# Congress import: a US Phoenix person who is a congress-imported person gets the congress id

NAME_SUFFIXES = {'jr', 'jr.', 'sr', 'sr.', 'ii', 'iii', 'iv'}
# Phoenix CountryInfo persons open with an ELI (elite) code from January 1 of the year they
# turned 18 (Rumsfeld [USAELI 500101-...], born 1932): a birth-year estimate
ELI_ADULT_AGE = 18
ELI_BIRTH_SLACK = 5          # |estimated - congress born=| in years
ELI_BIRTH_SLACK_SUFFIX = 1   # the same when only the congress name has Jr./Sr./II/III
MIN_ROLE_AGE = 14            # no Phoenix date before born + 14
MAX_ROLE_AGE = 90            # no role (non-ELI) starting after born + 90
TENURE_SLACK = 30            # without born=: some Phoenix date within 30 years of a tenure


def read_given_name_variants(path=os.path.join(common.CURATED_DIR, 'lexicon', 'nicknames.tsv')):
    """Folded given name -> the folded given names it may also be written as, both ways
    (Newt -> Newton, Newton -> Newt), from the curated nickname lexicon."""
    variants = collections.defaultdict(set)
    if not os.path.exists(path):
        return variants
    with open(path, encoding='utf-8') as f:
        for line in f:
            if line.startswith('#') or not line.strip():
                continue
            nick, _, formal = line.rstrip('\n').partition('\t')
            for name in formal.split(','):
                if name.strip():
                    variants[fold(nick.strip())].add(fold(name.strip()))
                    variants[fold(name.strip())].add(fold(nick.strip()))
    return variants


GIVEN_NAME_VARIANTS = read_given_name_variants()


def nickname_forms(key):
    """A name key's forms with the given name swapped for its variants ("newt gingrich" ->
    "newton gingrich")."""
    toks = key.split()
    return [' '.join([v] + toks[1:]) for v in sorted(GIVEN_NAME_VARIANTS.get(toks[0], ()))] if toks else []


def name_key(name):
    """Comparison key of a person name: folded, hyphens as spaces, commas and Jr./Sr./II/III
    dropped (congress `Howard Baker Jr.` is `Howard Baker`)."""
    toks = [t for t in mkey(name.replace(',', ' ')).split() if t not in NAME_SUFFIXES]
    return ' '.join(toks)


def read_congress(entities_path):
    """Persons of the congress import: (id -> Entity, name key -> [ids], id -> [(start, end)])."""
    people = collections.OrderedDict()
    by_key = collections.defaultdict(list)
    tenures = collections.defaultdict(list)
    if not entities_path or not os.path.exists(entities_path):
        return None
    with open(entities_path, encoding='utf-8') as f:
        for line in f:
            if not line.strip() or line.lstrip().startswith('#'):
                continue
            cols = line.rstrip('\n').split('\t')
            while len(cols) < 5:
                cols.append('')
            if cols[1] != 'PERSON':
                continue
            e = Entity(cols[0], cols[1], cols[2], [a for a in cols[3].split('|') if a],
                       common.parse_attrs(cols[4]))
            people[e.id] = e
            for n in e.names():
                k = name_key(n)
                if len(k.split()) >= 2 and e.id not in by_key[k]:
                    by_key[k].append(e.id)
    tp = os.path.join(os.path.dirname(entities_path), 'tenures.tsv')
    if os.path.exists(tp):
        with open(tp, encoding='utf-8') as f:
            for line in f:
                if line.strip() and not line.lstrip().startswith('#'):
                    cols = line.rstrip('\n').split('\t')
                    if len(cols) >= 4 and cols[0] in people:
                        tenures[cols[0]].append((cols[2], cols[3]))
    return people, by_key, tenures


def dates_compatible(codes, person, tenures, strict=False):
    """None when the Phoenix codes' dates fit the congress person's born= / tenures, else a reason.
    Undated on either side: compatible (nothing to compare). strict (the congress name has a
    Jr./Sr./II/III the Phoenix name lacks, so a namesake father or son exists): the ELI birth-year
    estimate must be there and within ELI_BIRTH_SLACK_SUFFIX."""
    dated = [(c, s, e) for c, s, e in codes if s or e]
    if not dated:
        return 'Jr./Sr. namesake, no dates' if strict else None
    years = [int(d[:4]) for _, s, e in dated for d in (s, e) if d]
    born = person.attrs.get('born', '')
    if born[:4].isdigit():
        b = int(born[:4])
        if min(years) < b + MIN_ROLE_AGE:
            return 'dates before the congress person was %d' % MIN_ROLE_AGE
        starts = sorted((s, c) for c, s, e in dated if s)
        est = None
        if starts and 'ELI' in code_segments(starts[0][1]) and starts[0][0][4:] in ('-01-01', ''):
            est = int(starts[0][0][:4]) - ELI_ADULT_AGE
        if est is not None and abs(est - b) > (ELI_BIRTH_SLACK_SUFFIX if strict else ELI_BIRTH_SLACK):
            return 'ELI start gives another birth year' + (' (Jr./Sr. namesake)' if strict else '')
        if est is None and strict:
            return 'Jr./Sr. namesake, no birth-year estimate'
        if any(int(s[:4]) > b + MAX_ROLE_AGE for c, s, e in dated if s and 'ELI' not in code_segments(c)):
            return 'role starts after the congress person was %d' % MAX_ROLE_AGE
        return None
    if strict:
        return 'Jr./Sr. namesake, no born='
    spans = tenures.get(person.id, [])
    if spans:
        lo = min(int(s[:4]) for s, e in spans if s) if any(s for s, e in spans) else None
        hi = max(int(e[:4]) if e else 9999 for s, e in spans)
        if lo is not None and not any(lo - TENURE_SLACK <= y <= hi + TENURE_SLACK for y in years):
            return 'dates far from the congress tenures'
    return None


def middle_conflict(forms, names):
    """A Phoenix form `First M. Last` whose middle name or initial the congress person (names: its
    names and aliases) does not have: William J. Perry is not William Hayne Perry; George Herbert
    Walker Bush fits George H. W. Bush."""
    cforms = [name_key(n).split() for n in names]
    ctoks = {w for ws in cforms for w in ws}
    ends = {(ws[0], ws[-1]) for ws in cforms if len(ws) >= 2}
    cmiddles = {w.rstrip('.') for ws in cforms if len(ws) >= 3 for w in ws[1:-1]}
    if not cmiddles:
        return False                  # the congress record knows no middle name
    for f in forms:
        ws = name_key(f).split()
        if len(ws) < 3 or (ws[0], ws[-1]) not in ends:
            continue
        for w in ws[1:-1]:
            w0 = w.rstrip('.')
            if w0 in NAME_PARTICLES or w in ctoks:
                continue
            if len(w0) == 1 and any(m.startswith(w0) for m in cmiddles):
                continue
            if len(w0) > 1 and w0[0] in cmiddles:
                continue                  # Herbert for H.
            return True
    return False


def match_congress(congress, forms, codes, country, summary, rec, curated=None):
    """The congress-imported person a Phoenix person is, or None. Needs US country codes, a full
    name form (2+ tokens) equal to a congress person's name or alias, compatible dates and no
    conflicting middle name; several candidates left: no match (counted)."""
    if congress is None or country != 'USA':
        return None
    people, by_key, tenures = congress
    cands = []
    for f in forms:
        k = name_key(f)
        if len(k.split()) < 2:
            continue
        for pid in by_key.get(k, []):
            if pid not in cands:
                cands.append(pid)
    if not cands:
        # Newt Gingrich is the congress Newton Gingrich: the given name's variants, when
        # the name as written matches nobody
        for f in forms:
            k = name_key(f)
            if len(k.split()) < 2:
                continue
            for variant in nickname_forms(k):
                for pid in by_key.get(variant, []):
                    if pid not in cands:
                        cands.append(pid)
    if not cands:
        return None
    exact = {mkey(f.replace(',', ' ')) for f in forms}
    ok = []
    for pid in cands:
        # matched only with the congress Jr./Sr./II/III dropped (Howard Baker Jr. for HOWARD_BAKER)
        strict = not exact & {mkey(n.replace(',', ' ')) for n in people[pid].names()}
        why = dates_compatible(codes, people[pid], tenures, strict)
        cur = curated.entities.get(pid) if curated is not None else None
        if why is None and middle_conflict(forms, people[pid].names() + (cur.names() if cur else [])):
            why = 'another middle name'
        if why:
            summary.skip('congress namesake: ' + why, rec.path, rec.lineno, '%s / %s' % (rec.phrase, pid))
            continue
        ok.append(pid)
    if len(ok) > 1:
        summary.skip('congress namesake: several congress persons fit', rec.path, rec.lineno,
                     '%s / %s' % (rec.phrase, ' '.join(ok)))
        return None
    return people[ok[0]] if ok else None


# ---------------------------------------------------------------------------

def run(src, out_dir, shared=None, curated=None, verbose=False, command=None, congress_entities=None):
    """congress_entities: the congress import's entities.tsv (US persons who are congress-imported
    persons get its id); None = <out_dir>/../congress/entities.tsv when present; '' = none."""
    summary = common.Summary('phoenix', verbose)
    if congress_entities is None:
        congress_entities = os.path.join(os.path.dirname(os.path.abspath(out_dir)), 'congress', 'entities.tsv')
    congress = read_congress(congress_entities) if congress_entities else None
    if congress_entities and congress is None:
        summary.skip('congress import not found (no congress matching)', None, None, congress_entities)
    shared = shared or os.path.dirname(src)
    curated = curated or common.Curated()
    for fn in ACTOR_FILES + [AGENTS_FILE]:
        if not os.path.exists(os.path.join(src, fn)):
            raise FileNotFoundError(os.path.join(src, fn))
    given = read_given_names(shared)
    demonyms = set()
    natp = os.path.join(common.CURATED_DIR, 'lexicon', 'nationalities.tsv')
    if os.path.exists(natp):
        with open(natp, encoding='utf-8') as f:
            demonyms = {l.split('\t')[0].strip().lower() for l in f if l.strip() and not l.startswith('#')}
    caser = Caser(os.path.join(shared, 'news-corpus', 'articles.jsonl'))
    agent_entries = parse_agents(os.path.join(src, AGENTS_FILE), summary)
    title_words = build_title_words([e[0].replace('_', ' ') for e in agent_entries])

    records = []
    for i, fn in enumerate(ACTOR_FILES):
        records.extend(parse_actor_file(os.path.join(src, fn), summary, i))
    summary.count('actor records read', len(records))

    entities = collections.OrderedDict()     # id -> Entity
    name_index = {}                           # (type, fold(name)) -> id
    rels = []
    orgs_needed = collections.OrderedDict()
    taken = set(curated.entities)
    matched = set()
    congress_matched = set()

    def org_for(code):
        c = code.strip('~')
        if c.startswith('IGO'):
            for pre in sorted(IGO_ORG, key=len, reverse=True):
                if c.startswith(pre):
                    return IGO_ORG[pre]
            return None
        cc = code_country(c)
        if not cc:
            return None
        segs = code_segments(c)[1:]
        if not segs:
            return None
        sector = segs[0]
        if sector == 'GOV' and len(segs) > 1 and segs[1] in ('LEG', 'JUD', 'MIL', 'COP', 'SPY'):
            sector = segs[1]
        if sector not in SECTOR_ORG:
            return None
        if (cc, sector) in CURATED_SECTOR:
            return CURATED_SECTOR[(cc, sector)]
        oid = 'ORG:phx_%s_%s' % (cc.lower(), sector.lower())
        if oid not in orgs_needed:
            tmpl, kind = SECTOR_ORG[sector]
            a2, cname = ISO3[cc]
            e = Entity(oid, 'ORGANIZATION', tmpl.format(c=cname), [], {'kind': kind, 'country': a2})
            orgs_needed[oid] = e
        return oid

    # ---- word classes used by the alias rules
    honorific_words = {h.rstrip('.') for h in HONORIFICS} | PEERAGE | {'PROF', 'PROFESSOR', 'MONSIEUR', 'MME',
                                                                       'HERR', 'FRAU', 'REV', 'REVEREND'}
    hp = os.path.join(common.CURATED_DIR, 'lexicon', 'honorifics.tsv')
    if os.path.exists(hp):
        with open(hp, encoding='utf-8') as f:
            honorific_words |= {l.split('\t')[0].strip().upper().rstrip('.') for l in f
                                if l.strip() and not l.startswith('#')}
    nat_words = {t.upper() for d in demonyms for t in d.split()}
    agent_words = set()
    for e in agent_entries:
        for form in [e[0]] + list(e[1]):
            for t in form.replace('_', ' ').upper().split():
                agent_words.add(t)
                if plural(t.lower()):
                    agent_words.add(plural(t.lower()).upper())

    def titleish(t):
        u = t.upper()
        return u in title_words or u.rstrip('.') in title_words or u.rstrip('.') in honorific_words \
            or u in nat_words

    def generic_word(t):
        u, l = t.upper().rstrip('.'), t.lower().rstrip('.')
        if l in CONNECTORS or u in agent_words or u in TITLE_MODIFIERS or u in nat_words:
            return True
        if caser.forms is None:
            return False
        caps = sum(n for f_, n in caser.forms.get(l, {}).items() if f_[0].isupper())
        low = caser.lower.get(l, 0)
        return low >= 5 and low >= 0.2 * caps

    def generic_phrase(ts):
        return all(generic_word(t) for t in ts)

    def attested(ts):
        """Every name token occurs capitalized in the news corpus (spelling seen in real text)."""
        if caser.forms is None:
            return True
        for t in ts:
            l = t.lower().strip(".'-")
            if l in CONNECTORS or not l:
                continue
            if not any(f_[0].isupper() for f_ in caser.forms.get(l, {})):
                return False
        return True

    def initials(name):
        ws = [w for w in re.split(r'[\s\-]+', name) if w and w.lower() not in CONNECTORS]
        return ''.join(w[0] for w in ws).upper()

    def is_demonym(disp, cname, iso_name):
        words = disp.split()
        last = fold(words[-1])
        if fold(disp) in demonyms or last in demonyms:
            return True
        if re.search(r'(man|men|woman|women|people|ians|ans|ese|ish|ers)$', last):
            return True
        nw = fold(cname).split()
        if len(words) == len(nw) > 1 and [fold(w) for w in words[:-1]] == nw[:-1] and \
                last != nw[-1] and last[:3] == nw[-1][:3] and re.search(r'(an|ian|i|ic|ese|er|ean)$', last):
            return True                # Puerto Rican
        for n in (cname, iso_name):
            fn = fold(n).split()[0] if n else ''
            if len(words) == 1 and fn and last != fold(n) and len(last) >= 4 and \
                    os.path.commonprefix([last, fold(n)])[:4] == fold(n)[:4] and \
                    re.search(r'(an|ian|i|ic|ese|er|ean|ot|on)$', last) and len(os.path.commonprefix([last, fold(n)])) >= 4:
                return True
        if len(words) == 1 and caser.forms is not None:
            pl = sum(n for f_, n in caser.forms.get(last + 's', {}).items() if f_[0].isupper())
            sg = sum(n for f_, n in caser.forms.get(last, {}).items() if f_[0].isupper())
            if pl >= 3 and pl >= 0.2 * sg:
                return True            # Britons, Scots: a nationality noun, not a place name
        return False

    def country_variant(disp, cname, iso_name, long_forms):
        f = mkey(disp)
        for n in (cname, iso_name):
            if f == mkey(n):
                return True
            if mkey(n) in f and any(w.upper() in STATE_WORDS for w in f.split()):
                return True            # Islamic Republic of Afghanistan, Federal Republic of Germany
            if mkey(n) in f:
                return False           # Great Wall of China, Soviet Occupied Afghanistan
            if difflib.SequenceMatcher(None, f, mkey(n)).ratio() >= 0.7:
                return True
            if re.sub(r'[.\s]', '', disp).upper() == initials(n) and len(initials(n)) >= 2:
                return True
        # a tail of the name or of the first conjunct after "of" in a long form:
        # Britain, Great Britain (United Kingdom of Great Britain and ...), America
        tails = []
        for n in [cname, iso_name] + long_forms:
            ws = mkey(n).split()
            if 'of' in ws:
                after = ws[ws.index('of') + 1:]
                if 'and' in after:
                    after = after[:after.index('and')]
                tails.append(after)
            tails.append(ws)
        aw = f.split()
        for ws in tails:
            if len(aw) <= len(ws) and ws[len(ws) - len(aw):] == aw and not (
                    len(aw) == 1 and (aw[0].upper() in ORG_WORDS or generic_word(aw[0]))):
                return True
        return False

    def person_name_alias(atoks, name_toks_u):
        """None when atoks is a pure name variant of a person named name_toks_u, else a reason."""
        if all(titleish(t) for t in atoks):
            return 'alias: only a title or honorific'
        first = atoks[0].upper()
        if first.rstrip('.') in honorific_words and first not in name_toks_u:
            return 'alias: honorific + name'
        for t in atoks:
            u = t.upper()
            if u in name_toks_u or u.lower() in NAME_PARTICLES:
                continue
            if titleish(t) and (person_noun(u) or u in nat_words or u in TITLE_MODIFIERS or
                                u.rstrip('.') in honorific_words or u in ('US', 'U.S.', 'UN', 'U.N.')):
                return 'alias: title or nationality with the name'
        f = first.rstrip('.')
        ok = first in name_toks_u or first.lower() in NAME_PARTICLES or f in given or \
            len(f) <= 2 or any(difflib.SequenceMatcher(None, first, n).ratio() >= 0.6 for n in name_toks_u)
        if not ok:
            return 'alias: does not start with a name'
        return None

    def person_variant(alias, cur):
        """Every token of alias is a token of the curated person's names, a close spelling of one,
        or a matching initial (so George H. W. Bush never joins George W. Bush)."""
        ctoks = {w for n in cur.names() for w in mkey(n).split()}
        for w in mkey(alias).split():
            w0 = w.rstrip('.')
            if w in ctoks or w0 in NAME_PARTICLES:
                continue
            if len(w0) == 1:
                if any(c.startswith(w0) for c in ctoks):
                    continue
                return False
            if not any(difflib.SequenceMatcher(None, w0, c).ratio() >= 0.75 for c in ctoks if len(c) > 1):
                return False
        return True

    def curated_variant(alias, cur):
        fa = mkey(alias)
        stop = set(CONNECTORS) | {'us', 'u.s.', 'united', 'states', 'american'}
        ca = {w for w in fa.split() if w not in stop}
        for n in cur.names():
            fn = mkey(n)
            if fa == fn or (min(len(fa), len(fn)) >= 6 and difflib.SequenceMatcher(None, fa, fn).ratio() >= 0.85):
                return True
            if ca and ca == {w for w in fn.split() if w not in stop}:
                return True
            if ' ' not in alias and re.sub(r'\.', '', alias).upper() == initials(n) and len(initials(n)) >= 3:
                return True
        return False

    def congress_target(pid):
        """The congress person (with the curated record's names when the id is a curated one)."""
        cp = congress[0][pid]
        cur = curated.entities.get(pid)
        names = cp.names() + (cur.names() if cur is not None else [])
        attrs = collections.OrderedDict(cur.attrs if cur is not None else {})
        for k, v in cp.attrs.items():
            attrs.setdefault(k, v)
        return Entity(pid, 'PERSON', cur.name if cur is not None else cp.name, names[1:], attrs)

    country_places = {}
    curated_by_key = collections.defaultdict(list)
    for e in curated.entities.values():
        for n in e.names():
            if e not in curated_by_key[mkey(n)]:
                curated_by_key[mkey(n)].append(e)
    for rec in records:
        toks = phrase_tokens(rec.phrase)
        if not toks:
            summary.skip('empty phrase', rec.path, rec.lineno)
            continue
        if any(ch in rec.phrase for ch in '(){}/'):
            summary.skip('phrase with brackets or slash', rec.path, rec.lineno, rec.phrase)
            continue
        etype = classify(rec, given, title_words)
        if etype != 'PLACE' and is_generic_title(toks, title_words):
            summary.skip('generic title, not an entity', rec.path, rec.lineno, rec.phrase)
            continue
        is_person = etype == 'PERSON'
        is_org = etype == 'ORGANIZATION'
        rec_aliases = list(rec.aliases)
        if is_person:
            # strip titles and honorifics before the name: SECRETARY-GENERAL_BAN_KI-MOON, MR._TSANG
            lead = 0
            while lead < len(toks) - 1 and titleish(toks[lead]):
                lead += 1
            if lead:
                core = toks[lead:]
                fuller = None
                for a, _ in rec.aliases:
                    at = phrase_tokens(a)
                    if at and not titleish(at[0]) and len(at) >= max(2, len(core)) and \
                            fold(at[-1]) == fold(core[-1]):
                        fuller = a
                        break
                if fuller:
                    phrase = fuller
                elif len(core) >= 2:
                    phrase = '_'.join(core)
                elif toks[lead - 1].upper().rstrip('.') in PEERAGE:
                    phrase = '_'.join(toks[lead - 1:])          # Baroness Amos, King Abdullah
                else:
                    summary.skip('person: title + surname only, no full name', rec.path, rec.lineno, rec.phrase)
                    continue
                rec_aliases = [x for x in rec_aliases if x[0] != phrase]
                toks = phrase_tokens(phrase)
        name = caser.display('_'.join(toks), is_person, is_org)
        if is_org and len(toks) <= 2 and generic_phrase(toks) and not curated_by_key.get(mkey(name)):
            summary.skip('generic name, not one entity', rec.path, rec.lineno, rec.phrase)
            continue
        countries = [code_country(c) for c, _, _ in rec.codes if code_country(c)]
        country = collections.Counter(countries).most_common(1)[0][0] if countries else None
        pc = place_country(rec) or territory_country(rec)
        if pc:
            country = pc
        is_country = False
        long_forms = []
        if etype == 'PLACE' and country:
            iso_name = ISO3[country][1]
            rest = [w for w in mkey(name).replace(mkey(iso_name), ' ').split()]
            is_country = bool(place_country(rec)) and (
                difflib.SequenceMatcher(None, fold(name), fold(iso_name)).ratio() >= 0.6 or
                (mkey(iso_name) in mkey(name) and all(w.upper() in STATE_WORDS or w in CONNECTORS or len(w) <= 2
                                                      for w in rest)))
            long_forms = [caser.display(a, False, False) for a, _ in rec_aliases
                          if mkey(iso_name) in mkey(caser.display(a, False, False))]
        name_toks_u = {t.upper() for t in toks}
        aliases = []
        sub_places = []
        for a, alineno in rec_aliases:
            atoks = phrase_tokens(a)
            if not atoks or any(ch in a for ch in '(){}/'):
                summary.skip('alias: empty or with brackets', rec.path, alineno)
                continue
            if len(atoks) > 1 and atoks[0].upper() == 'THE':
                atoks = atoks[1:]                                 # THE_UK -> UK
            if any(not ALIAS_TOKEN_RE.match(t) for t in atoks):
                summary.skip('alias: garbled token', rec.path, alineno, a)
                continue
            if any(DESCRIPTOR_RE.search(t) for t in atoks):
                summary.skip('alias: descriptive phrase (X-based, X-led)', rec.path, alineno, a)
                continue
            if all(titleish(t) or t.upper() in ('THE', 'A') for t in atoks) and etype != 'PLACE':
                summary.skip('alias: only a title or honorific', rec.path, alineno, a)
                continue
            if etype != 'PLACE' and is_generic_title(atoks, title_words):
                summary.skip('alias: generic title', rec.path, alineno, a)
                continue
            if len(atoks) == 1 and caser.is_common_word(atoks[0]):
                summary.skip('alias: common lower-case word', rec.path, alineno, a)
                continue
            if is_org and generic_phrase(atoks):
                summary.skip('alias: generic words, not one entity', rec.path, alineno, a)
                continue
            if is_person:
                if any(t.upper() in ORG_WORDS or t.upper() in STRONG_ORG_WORDS for t in atoks):
                    summary.skip('alias: not a person name', rec.path, alineno, a)
                    continue
                why = person_name_alias(atoks, name_toks_u)
                if why:
                    summary.skip(why, rec.path, alineno, a)
                    continue
                core = {t.upper() for t in toks if t.upper() not in title_words and len(t) > 2}
                acore = {t.upper() for t in atoks if t.upper() not in title_words and len(t) > 2}
                if core and not (core & acore) and not any(
                        difflib.SequenceMatcher(None, x, y).ratio() > 0.75 for x in core for y in acore):
                    summary.skip('alias: shares no name with its entry', rec.path, alineno, a)
                    continue
            elif is_org and len(atoks) > 1 and (
                    person_noun(atoks[-1].upper()) or (atoks[0].upper() in given and len(atoks) <= 3
                                                       and not any(t.upper() in ORG_WORDS or t.upper() in STRONG_ORG_WORDS for t in atoks))):
                summary.skip('alias: names a person, not the organization', rec.path, alineno, a)
                continue
            if is_org:
                nu = {t.upper() for t in toks}
                if any(t.upper() in OFFICE_NOUNS and t.upper() not in nu for t in atoks):
                    summary.skip('alias: names a post or its holder, not the organization', rec.path, alineno, a)
                    continue
                heads_n = {t.upper() for t in toks if t.upper() in STRONG_ORG_WORDS or t.upper() in ORG_WORDS}
                heads_a = {t.upper() for t in atoks if t.upper() in STRONG_ORG_WORDS or t.upper() in ORG_WORDS}
                if heads_n and heads_a and not (heads_n & heads_a):
                    summary.skip('alias: names another organization', rec.path, alineno, a)
                    continue
                words_n = {t.upper() for t in toks if t.lower() not in CONNECTORS}
                words_a = {t.upper() for t in atoks if t.lower() not in CONNECTORS}
                if heads_n and len(atoks) >= 2 and not (words_n & words_a):
                    summary.skip('alias: shares no word with the organization (a person or another group)',
                                 rec.path, alineno, a)
                    continue
            disp = caser.display('_'.join(atoks), is_person, is_org)
            if etype == 'PLACE':
                cname = name
                iso_name = ISO3[country][1] if country else name
                exact = any(mkey(disp) == mkey(n) or (re.sub(r'[.\s]', '', disp).upper() == initials(n)
                                                      and len(initials(n)) >= 2) for n in (cname, iso_name))
                if not exact and is_demonym(disp, cname, iso_name):
                    summary.skip('alias: demonym', rec.path, alineno, a)
                    continue
                variant = country_variant(disp, cname, iso_name, long_forms) if is_country else \
                    difflib.SequenceMatcher(None, mkey(disp), mkey(name)).ratio() >= 0.7
                if variant and not exact:
                    known = {w for n in [cname, iso_name] + long_forms if mkey(n) != mkey(disp) for w in mkey(n).split()}
                    if any(w not in known and any(difflib.SequenceMatcher(None, w, k).ratio() >= 0.75
                                                  for k in known) for w in mkey(disp).split()):
                        summary.skip('alias: place spelling unseen in news (misspelling or rare form)',
                                     rec.path, alineno, a)
                        continue
                if not variant and is_country and any(mkey(x) in mkey(disp) for x in (cname, iso_name)):
                    summary.skip('alias: a phrase about the country, not its name', rec.path, alineno, a)
                    continue
                long_form = any(mkey(x) in mkey(disp) and mkey(x) != mkey(disp) for x in (cname, iso_name))
                if not attested(atoks) and not long_form:
                    summary.skip('alias: place spelling unseen in news (misspelling or rare form)',
                                 rec.path, alineno, a)
                    continue
                if variant:
                    aliases.append(disp)
                    continue
                if len(atoks) == 1 and generic_word(atoks[0]):
                    summary.skip('alias: common lower-case word', rec.path, alineno, a)
                    continue
                # a city or region listed under its country: a place of its own (near-identical
                # spellings of the previous one are its aliases: Kandahar, Qandahar)
                if sub_places and difflib.SequenceMatcher(None, mkey(disp), mkey(sub_places[-1][0])).ratio() >= 0.8:
                    sub_places[-1][1].append(disp)
                else:
                    sub_places.append((disp, []))
                continue
            aliases.append(disp)
        for disp, vars_ in sub_places:
            if curated_by_key.get(mkey(disp)):
                summary.skip('place: name of a curated entity', rec.path, rec.lineno, disp)
                continue
            pid = 'LOC:' + slug(disp)
            if pid in taken and pid not in entities:
                pid = 'LOC:' + slug(disp) + '_' + ISO3[country][0].lower()
            if pid not in entities and pid not in taken:
                entities[pid] = Entity(pid, 'PLACE', disp, vars_,
                                       {'kind': 'place', 'country': ISO3[country][0]})
                taken.add(pid)
        # curated match
        ctype = etype
        cands = []
        for n in [name] + aliases:
            if is_person and len(n.split()) < 2:
                continue
            for e in curated_by_key.get(mkey(n), []):
                if e.type != ctype:
                    continue
                if country and e.attrs.get('country') and e.attrs['country'] != ISO3[country][0]:
                    continue
                if e not in cands:
                    cands.append(e)
        # no curated match: a US person of the congress import (Dick Cheney) keeps its id
        # (or decides between several curated candidates: George H. W. Bush, not George W. Bush)
        cperson = None
        if is_person and len(cands) != 1:
            cperson = match_congress(congress, [name] + aliases, rec.codes, country, summary, rec, curated)
            if cperson is not None and cands and cperson.id not in {e.id for e in cands}:
                summary.skip('congress namesake: not one of the curated candidates', rec.path, rec.lineno,
                             '%s / %s' % (rec.phrase, cperson.id))
                cperson = None
        if is_country:
            iso_a2, iso_name = ISO3[country]
            pid = 'LOC:' + slug(iso_name)
            disp_name = iso_name
            if name != iso_name:
                aliases.insert(0, name)
            country_places[country] = pid
        elif len(cands) == 1:
            pid = cands[0].id
            disp_name = cands[0].name
            if name != disp_name:
                aliases.insert(0, name)
            matched.add(pid)
        elif cperson is not None:
            pid = cperson.id
            disp_name = cperson.name
            if name != disp_name:
                aliases.insert(0, name)
            congress_matched.add(pid)
        else:
            prefix = {'PERSON': 'P:phx_', 'ORGANIZATION': 'ORG:phx_', 'PLACE': 'LOC:'}[etype]
            key = (etype, mkey(name))
            if key in name_index:
                pid = name_index[key]
            else:
                pid = prefix + slug(name)
                if pid == prefix.rstrip('_') + '_' or pid.endswith(':'):
                    summary.skip('name without ASCII letters', rec.path, rec.lineno, rec.phrase)
                    continue
                if pid in taken and pid not in entities:
                    pid = pid + '_' + (ISO3[country][0].lower() if country else 'x')
                n = 2
                base = pid
                while pid in entities and entities[pid].type != etype:
                    pid = '%s_%d' % (base, n)
                    n += 1
            disp_name = name
        # aliases naming another curated entity, or (merging into a curated entity) aliases that
        # are not name variants of it: sub-agencies, persons, offices
        kept = []
        target = curated.entities.get(pid)
        target_what = 'curated entity'
        if pid in congress_matched:
            target = congress_target(pid)
            target_what = 'congress person'
        for a in aliases:
            others = [e for e in curated_by_key.get(mkey(a), []) if e.id != pid]
            if others and not (target and mkey(a) in {mkey(n) for n in target.names()}):
                summary.skip('alias: name of another curated entity', rec.path, rec.lineno, a)
                continue
            if target is not None and target.type == 'PERSON' and not person_variant(a, target):
                summary.skip('alias: not a name variant of the ' + target_what, rec.path, rec.lineno, a)
                continue
            if target is not None and target.type == 'ORGANIZATION' and not curated_variant(a, target):
                summary.skip('alias: not a name variant of the curated entity', rec.path, rec.lineno, a)
                continue
            kept.append(a)
        aliases = kept
        if pid not in congress_matched:
            # (a congress match is decided per record: a foreign namesake never joins it by name)
            name_index.setdefault((etype, mkey(name)), pid)
        if is_person and pid not in congress_matched:
            for a in aliases:
                if len(a.split()) >= 2 and not any(t.upper() in title_words for t in a.split()):
                    name_index.setdefault((etype, mkey(a)), pid)
        ent = entities.get(pid)
        if ent is None:
            ent = Entity(pid, etype, disp_name, [], {})
            entities[pid] = ent
            taken.add(pid)
        elif ent.type != etype:
            summary.skip('same id, other type', rec.path, rec.lineno, pid)
            continue
        elif name != ent.name and (target is None or target.type != 'ORGANIZATION' or curated_variant(name, target)):
            ent.add_alias(name)
        for a in aliases:
            ent.add_alias(a)
        if is_country:
            ent.attrs['kind'] = 'country'
        elif etype == 'PLACE' and 'kind' not in ent.attrs:
            ent.attrs['kind'] = 'place'
        if country and 'country' not in ent.attrs:
            ent.attrs['country'] = ISO3[country][0]
        if etype == 'ORGANIZATION' and 'kind' not in ent.attrs and rec.codes:
            segs = code_segments(rec.codes[-1][0])
            kind = None
            order = segs[:1] + segs[1:] if segs[0] in ('MNC', 'NGO', 'IGO') else segs[1:] + segs[:1]
            for s in order:
                if s in SECTOR_KIND:
                    kind = SECTOR_KIND[s]
                    break
            if kind:
                ent.attrs['kind'] = kind
        if is_person:
            for code, s, e in rec.codes:
                oid = org_for(code)
                if oid is None:
                    summary.skip('role code without organization (ELI, BUS, ...)', rec.path, rec.lineno, code)
                    continue
                rels.append((pid, oid, s, e, {'code': code.strip('~')}))
    # country names are never names or aliases of persons and organizations
    country_keys = set()
    for cc, lid in country_places.items():
        country_keys |= {mkey(n) for n in entities[lid].names()} | {mkey(ISO3[cc][1])}
    country_keys |= set(demonyms)
    person_keys = {mkey(e.name) for e in entities.values() if e.type == 'PERSON'}
    for eid in list(entities):
        e = entities[eid]
        if e.type == 'PLACE':
            continue
        if e.type == 'ORGANIZATION':
            before = len(e.aliases)
            e.aliases = [a for a in e.aliases if mkey(a) not in person_keys]
            if len(e.aliases) < before:
                summary.skip('alias: a person of this import, not the organization', None, None, e.id)
        before = len(e.aliases)
        e.aliases = [a for a in e.aliases if mkey(a) not in country_keys]
        if len(e.aliases) < before:
            summary.skip('alias: a country name or nationality', None, None, e.id)
        if mkey(e.name) in country_keys and eid not in curated.entities:
            summary.skip('entity named like a country', None, None, e.id)
            del entities[eid]
    rels = [r for r in rels if r[0] in entities or r[0] in curated.entities]
    # final alias clean-up: forms that only differ by a leading "The" or by case from the name or
    # an earlier alias; a person's bare surname (the loader derives it); attributes a curated
    # entity already has are left to it
    for e in entities.values():
        seen = {re.sub(r'^the ', '', mkey(e.name))}
        cur = curated.entities.get(e.id)
        if e.id in congress_matched:
            cur = congress_target(e.id)
        if cur is not None:
            seen |= {re.sub(r'^the ', '', mkey(n)) for n in cur.names()}
            for k in list(e.attrs):
                if k in cur.attrs:
                    del e.attrs[k]
        last = mkey(e.name).split()[-1] if e.type == 'PERSON' else None
        kept = []
        for a in e.aliases:
            k = re.sub(r'^the ', '', mkey(a))
            if k in seen or (last and k == last):
                continue
            seen.add(k)
            kept.append(a)
        e.aliases = kept
    # de-duplicate relations
    seen = set()
    mems = []
    for r in rels:
        k = (r[0], r[1], r[2], r[3])
        if k in seen:
            continue
        seen.add(k)
        mems.append(r)
    # drop aliases already known by the curated entity (merge adds nothing new)
    for e in entities.values():
        if e.id in curated.entities or e.id in congress_matched:
            known = set(congress_target(e.id).names()) if e.id in congress_matched else \
                set(curated.entities[e.id].names())
            e.aliases = [a for a in e.aliases if a not in known]
    ents = list(entities.values()) + list(orgs_needed.values())
    # roles lexicon
    curated_roles = set()
    for e in curated.entities.values():
        if e.type == 'OFFICE' and e.attrs.get('role'):
            curated_roles |= {r.strip() for r in e.attrs['role'].split(',')}
    existing = set()
    rp = os.path.join(common.CURATED_DIR, 'lexicon', 'roles.tsv')
    if os.path.exists(rp):
        with open(rp, encoding='utf-8') as f:
            existing = {l.split('\t')[0].strip().lower() for l in f if l.strip() and not l.startswith('#')}
    roles = build_roles(agent_entries, curated_roles, existing, summary, os.path.join(src, AGENTS_FILE))

    counts = collections.Counter(e.type for e in ents)
    for t in ('PERSON', 'ORGANIZATION', 'PLACE'):
        summary.count('entities %s' % t, counts.get(t, 0))
    summary.count('entities matched to curated', len(matched))
    summary.count('persons matched to congress import', len(congress_matched))
    summary.count('aliases', sum(len(e.aliases) for e in ents))
    summary.count('memberships', len(mems))
    summary.count('role nouns', len(roles))
    write_outputs(out_dir, ents, mems, roles, command, caser.forms is not None, congress is not None)
    return summary


def write_outputs(out_dir, ents, mems, roles, command, used_corpus, used_congress=False):
    srcs = ['phoenix-dictionaries/' + f for f in ACTOR_FILES]
    helpers = ['helper (statistics only): name-lists/ssa-baby-names/maxoccurbysex.txt (given names, US public domain)']
    if used_congress:
        helpers.append('helper: imported/congress/entities.tsv, tenures.tsv (US persons of the congress import '
                       'keep its id: same name, compatible dates)')
    if used_corpus:
        helpers.append('helper (statistics only): news-corpus/articles.jsonl (word case counts; no text copied)')
    cmd = command or 'python3 tools/importers/phoenix.py'
    common.write_tsv(os.path.join(out_dir, 'entities.tsv'),
                     common.header_lines(srcs, LICENCE, cmd, 'id\ttype\tname\taliases\tattributes', helpers),
                     common.entity_rows(ents))
    common.write_tsv(os.path.join(out_dir, 'memberships.tsv'),
                     common.header_lines(srcs, LICENCE, cmd, 'person\torganization\tstart\tend\tattributes',
                                         ['role codes with dates give dated rows; a code without dates is the '
                                          'default affiliation (no dates); code= is the CAMEO code']),
                     common.relation_rows(mems))
    common.write_tsv(os.path.join(out_dir, 'lexicon', 'roles.tsv'),
                     common.header_lines(['phoenix-dictionaries/' + AGENTS_FILE], LICENCE, cmd, 'noun\trole[,plural]',
                                         ['only person nouns of office/role codes (GOV, LEG, JUD, MIL, COP, SPY, '
                                          'OPP, ELI, PTY) whose role is used by a curated office']),
                     [[n, r] for n, r in roles])


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('--shared', default=common.default_shared(),
                    help='shared data folder (default: $NEWSGRAPH_SHARED or <repo>/../shared/data)')
    ap.add_argument('--src', help='phoenix-dictionaries folder (default: <shared>/phoenix-dictionaries)')
    ap.add_argument('--out', default=os.path.join(common.DEFAULT_OUT, 'phoenix'))
    ap.add_argument('--congress', metavar='FILE',
                    help='entities.tsv of the congress import, run first (default: <out>/../congress/'
                         'entities.tsv); US persons found there keep the congress id; "" = none')
    ap.add_argument('-v', '--verbose', action='store_true', help='show FILE:LINE samples of skipped input')
    args = ap.parse_args(argv)
    src = args.src or os.path.join(args.shared, 'phoenix-dictionaries')
    if not os.path.isdir(src):
        print('phoenix.py: source folder %s is missing' % src, file=sys.stderr)
        return 1
    try:
        s = run(src, args.out, shared=args.shared, verbose=args.verbose,
                command='python3 tools/importers/phoenix.py', congress_entities=args.congress)
    except FileNotFoundError as e:
        print('phoenix.py: missing source file %s' % e, file=sys.stderr)
        return 1
    s.report()
    return 0


if __name__ == '__main__':
    sys.exit(main())

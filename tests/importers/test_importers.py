"""Tests for tools/importers (python3 -m unittest discover -s tests/importers -v).

Fixture tests run the importers on the hand-written inputs in fixtures/ and check output lines.
Real-data tests run on the shared data folder (env NEWSGRAPH_SHARED or <repo>/../shared/data)
and are skipped when it is absent. A validator checks every generated file under
gazetteers/imported/ (ids, dates, references against curated + imported entities).
"""
import os
import re
import shutil
import subprocess
import sys
import tempfile
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.abspath(os.path.join(HERE, '..', '..'))
TOOLS = os.path.join(REPO, 'tools', 'importers')
sys.path.insert(0, TOOLS)

import common  # noqa: E402
import congress  # noqa: E402
import given_names  # noqa: E402
import phoenix  # noqa: E402

FIX = os.path.join(HERE, 'fixtures')
SHARED = os.environ.get('NEWSGRAPH_SHARED') or os.path.join(REPO, '..', 'shared', 'data')
IMPORTED = os.path.join(REPO, 'gazetteers', 'imported')
ID_RE = re.compile(r'^(P|ORG|OFF|LOC):[a-z0-9_]+$')
TYPES = {'P': 'PERSON', 'ORG': 'ORGANIZATION', 'OFF': 'OFFICE', 'LOC': 'PLACE'}


def rows(path):
    with open(path, encoding='utf-8') as f:
        return [l.rstrip('\n').split('\t') for l in f if l.strip() and not l.lstrip().startswith('#')]


def lines(path):
    with open(path, encoding='utf-8') as f:
        return [l.rstrip('\n') for l in f if l.strip() and not l.lstrip().startswith('#')]


def validate_tree(root, curated_dir=os.path.join(REPO, 'gazetteers')):
    """Return a list of problems in every imported/<source>/ folder under root."""
    problems = []
    ids = {}
    for fn in sorted(os.listdir(os.path.join(curated_dir, 'entities'))):
        if fn.endswith('.tsv'):
            for r in rows(os.path.join(curated_dir, 'entities', fn)):
                ids[r[0]] = r[1]
    sources = sorted(d for d in os.listdir(root) if os.path.isdir(os.path.join(root, d)))
    for src in sources:
        p = os.path.join(root, src, 'entities.tsv')
        if not os.path.exists(p):
            continue
        with open(p, encoding='utf-8') as f:
            head = f.readline()
        if not head.startswith('#'):
            problems.append('%s: no header comment' % p)
        seen = set()
        for i, r in enumerate(rows(p)):
            where = '%s:%d' % (p, i)
            if len(r) != 5:
                problems.append('%s: %d columns' % (where, len(r)))
                continue
            eid, etype, name, aliases, attrs = r
            if not ID_RE.match(eid):
                problems.append('%s: bad id %r' % (where, eid))
            elif TYPES[eid.split(':')[0]] != etype:
                problems.append('%s: id prefix does not fit type %s' % (where, etype))
            if eid in seen:
                problems.append('%s: duplicate id %s in one file' % (where, eid))
            seen.add(eid)
            if eid in ids and ids[eid] != etype:
                problems.append('%s: type mismatch with existing %s' % (where, eid))
            if not name.strip():
                problems.append('%s: empty name' % where)
            if aliases and any(not a.strip() for a in aliases.split('|')):
                problems.append('%s: empty alias' % where)
            for kv in filter(None, attrs.split(';')):
                if '=' not in kv:
                    problems.append('%s: attribute without = %r' % (where, kv))
            ids.setdefault(eid, etype)
    for src in sources:
        for kind, target_type in (('entities.tsv', None), ('tenures.tsv', 'OFFICE'),
                                  ('memberships.tsv', 'ORGANIZATION')):
            p = os.path.join(root, src, kind)
            if not os.path.exists(p):
                continue
            for i, r in enumerate(rows(p)):
                where = '%s:%d' % (p, i)
                if kind == 'entities.tsv':
                    for kv in filter(None, r[4].split(';')):
                        k, _, v = kv.partition('=')
                        if k in ('org', 'parent') and v not in ids:
                            problems.append('%s: %s=%s does not exist' % (where, k, v))
                    continue
                if len(r) not in (4, 5):
                    problems.append('%s: %d columns' % (where, len(r)))
                    continue
                person, target, start, end = r[:4]
                if ids.get(person) != 'PERSON':
                    problems.append('%s: unknown person %s' % (where, person))
                if ids.get(target) != target_type:
                    problems.append('%s: unknown %s %s' % (where, target_type, target))
                for d in (start, end):
                    if d and not common.parse_date(d):
                        problems.append('%s: bad date %r' % (where, d))
                if start and end and common.parse_date(start) and common.parse_date(end) \
                        and not common.date_le(start, end):
                    problems.append('%s: end before start' % where)
                if len(r) == 5:
                    for kv in filter(None, r[4].split(';')):
                        if '=' not in kv:
                            problems.append('%s: attribute without = %r' % (where, kv))
    return problems


class FixtureTests(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.mkdtemp(prefix='importers-test-')
        cls.out = os.path.join(cls.tmp, 'imported')
        cls.s_congress = congress.run(os.path.join(FIX, 'congress-legislators'),
                                      os.path.join(cls.out, 'congress'))
        cls.s_phoenix = phoenix.run(os.path.join(FIX, 'phoenix-dictionaries'),
                                    os.path.join(cls.out, 'phoenix'), shared=FIX)
        cls.s_ssa = given_names.run(FIX, os.path.join(cls.out, 'ssa'), corpus='')

    @classmethod
    def tearDownClass(cls):
        shutil.rmtree(cls.tmp)

    def path(self, *p):
        return os.path.join(self.out, *p)

    def test_congress_matches_curated_and_merges_terms(self):
        ents = lines(self.path('congress', 'entities.tsv'))
        self.assertIn('P:lindsey_graham\tPERSON\tLindsey Graham\t\t'
                      'gender=m;country=US;state=SC;bioguide=X000001;born=1955-07-09', ents)
        ten = lines(self.path('congress', 'tenures.tsv'))
        self.assertIn('P:lindsey_graham\tOFF:us_senator\t2003-01-07\t\t'
                      'state=SC;class=2;party=Republican;chamber=senate;term_end=2015-01-03;terms=2', ten)
        self.assertIn('P:barack_obama\tOFF:us_president\t2009-01-20\t2017-01-20\t'
                      'party=Democrat;chamber=executive;terms=2', ten)

    def test_congress_party_spans_and_aliases(self):
        mem = lines(self.path('congress', 'memberships.tsv'))
        self.assertIn('P:charles_testperson\tORG:democratic_party\t2001-01-03\t2003-01-03', mem)
        self.assertIn('P:charles_testperson\tORG:republican_party\t2003-01-07\t', mem)
        self.assertIn('P:ezekiel_oldname\tORG:us_party_whig\t\t', mem)
        self.assertIn('P:lindsey_graham\tORG:senate_judiciary_committee\t\t\t'
                      'title=Chairman;rank=1;side=majority', mem)
        ent = {r[0]: r for r in rows(self.path('congress', 'entities.tsv'))}
        aliases = ent['P:charles_testperson'][3].split('|')
        self.assertIn('Chuck Testperson', aliases)
        self.assertIn('Charles E. Testperson', aliases)
        self.assertNotIn('Charles', aliases)
        self.assertNotIn('Charles Testperson', aliases)   # derived by the loader
        sub = ent['ORG:senate_judiciary_crime_and_counterterrorism_subcommittee']
        self.assertIn('parent=ORG:senate_judiciary_committee', sub[4])
        self.assertEqual(ent['ORG:house_widgets_committee'][2], 'House Widgets Committee')

    def test_congress_skips_bad_input(self):
        sk = self.s_congress.skipped
        self.assertEqual(sk['term with bad type or dates'], 1)
        self.assertEqual(sk['csv row without id or last name'], 1)
        self.assertEqual(sk['committee member without known bioguide'], 1)

    def test_phoenix_person_with_dated_codes(self):
        ent = {r[0]: r for r in rows(self.path('phoenix', 'entities.tsv'))}
        p = ent['P:phx_testname_testovich']
        self.assertEqual(p[1:3], ['PERSON', 'Testname Testovich'])
        # title + name aliases (PRESIDENT_TESTOVICH, AMERICAN_PRESIDENT_...) would swallow the
        # office mention: only name variants are kept; "MR." alone is never an alias
        self.assertEqual(p[3], 'Testname Q. Testovich')
        self.assertEqual(p[4], 'country=US')
        ids = [r[0] for r in rows(self.path('phoenix', 'entities.tsv'))]
        self.assertNotIn('P:phx_mr_testovich', ids)            # honorific + surname, no full name
        self.assertNotIn('P:phx_testovich', ids)
        sk = self.s_phoenix.skipped
        self.assertEqual(sk['alias: title or nationality with the name'], 2)
        self.assertGreaterEqual(sk['alias: only a title or honorific'], 1)
        self.assertEqual(sk['person: title + surname only, no full name'], 1)
        mem = lines(self.path('phoenix', 'memberships.tsv'))
        self.assertIn('P:phx_testname_testovich\tORG:us_government\t2009-01-21\t2013-02-01\tcode=USAGOV', mem)
        self.assertIn('P:phx_testname_testovich\tORG:us_congress\t2013-02-02\t\tcode=USALEG', mem)
        self.assertIn('P:phx_rarename_singleline\tORG:united_nations\t2005-05-01\t\tcode=IGOUNO', mem)
        self.assertIn('P:hillary_clinton\tORG:us_government\t2009-01-21\t2013-02-01\tcode=USAGOV', mem)

    def test_phoenix_places_orgs_and_skips(self):
        ent = {r[0]: r for r in rows(self.path('phoenix', 'entities.tsv'))}
        self.assertEqual(ent['LOC:united_states'][2], 'United States')
        self.assertIn('kind=country;country=US', ent['LOC:united_states'][4])
        self.assertEqual(ent['LOC:springfield'][1], 'PLACE')
        self.assertIn('ORG:nato', ent)                 # merged into the curated NATO
        self.assertIn('ORG:phx_gizmo_liberation_front', ent)
        sk = self.s_phoenix.skipped
        self.assertEqual(sk['malformed date'], 1)
        self.assertEqual(sk['alias: does not start with a name'], 1)        # ZORBLAX_QUUX
        self.assertEqual(sk['alias: demonym'], 4)     # AMERICAN, BRITISH, BRITON, UKRAINIAN
        roles = lines(self.path('phoenix', 'lexicon', 'roles.tsv'))
        self.assertIn('defense ministers\tdefense minister,plural', roles)   # a group: refers back to nobody
        self.assertNotIn('farmer\tfarmer', roles)

    def test_phoenix_countries_are_places(self):
        ent = {r[0]: r for r in rows(self.path('phoenix', 'entities.tsv'))}
        uk = ent['LOC:united_kingdom']
        self.assertEqual(uk[1:3], ['PLACE', 'United Kingdom'])
        self.assertIn('kind=country;country=GB', uk[4])
        aliases = uk[3].split('|')
        for a in ('Great Britain', 'Britain', 'U.K.'):
            self.assertIn(a, aliases)
        for a in ('British', 'Briton', 'Gret Bryton', 'London', 'The UK'):
            self.assertNotIn(a, aliases)               # demonyms, misspellings, cities
        self.assertEqual(ent['LOC:london'][4], 'kind=place;country=GB')
        self.assertNotIn('ORG:phx_united_kingdom', ent)
        # dated bare country codes (USRUKR, UKR) are still a country, never a person
        self.assertEqual(ent['LOC:ukraine'][1:3], ['PLACE', 'Ukraine'])
        self.assertNotIn('P:phx_ukraine', ent)
        self.assertIn('LOC:kiev', ent)

    def test_phoenix_orgs_beat_given_names_and_merges_stay_clean(self):
        ent = {r[0]: r for r in rows(self.path('phoenix', 'entities.tsv'))}
        self.assertEqual(ent['ORG:phx_testname_corporation'][1], 'ORGANIZATION')
        self.assertNotIn('P:phx_testname_corporation', ent)
        # merged into curated NATO: no generic word, no title phrase
        self.assertEqual(ent['ORG:nato'][3], '')
        self.assertEqual(self.s_phoenix.skipped['alias: generic words, not one entity'], 1)

    def test_phoenix_us_person_merges_into_congress_person(self):
        # Congress fixture: Testname Roy "Tex" Mergeson (born 1948) and Walter Dateson (born 1915).
        ent = {r[0]: r for r in rows(self.path('phoenix', 'entities.tsv'))}
        # USA codes, same full name, ELI from 1966 (born about 1948): the congress id, so the
        # loader merges the two records; nothing the congress record has is repeated
        # (Testname R. Mergeson is a congress alias, country=US a congress attribute)
        self.assertEqual(ent['P:testname_mergeson'][1:], ['PERSON', 'Testname Mergeson', '', ''])
        mem = lines(self.path('phoenix', 'memberships.tsv'))
        self.assertIn('P:testname_mergeson\tORG:us_government\t2005-01-01\t2009-01-20\tcode=USAGOV', mem)
        # an Australian namesake (AUSGOV) is not the US senator, and does not join him by name
        self.assertEqual(ent['P:phx_testname_mergeson'][4], 'country=AU')
        self.assertIn('P:phx_testname_mergeson\tORG:phx_aus_gov\t2010-01-01\t2013-01-01\tcode=AUSGOV', mem)
        # a US namesake whose dates give another birth year (ELI from 1940: born about 1922) stays apart
        self.assertIn('P:phx_walter_dateson', ent)
        self.assertNotIn('P:walter_dateson', ent)
        self.assertEqual(self.s_phoenix.counts['persons matched to congress import'], 1)
        self.assertEqual(self.s_phoenix.skipped['congress namesake: ELI start gives another birth year'], 1)
        # without the congress import (phoenix.py alone, --congress ''), no merge
        out2 = os.path.join(self.tmp, 'phoenix-alone')
        phoenix.run(os.path.join(FIX, 'phoenix-dictionaries'), out2, shared=FIX, congress_entities='')
        ids = [r[0] for r in rows(os.path.join(out2, 'entities.tsv'))]
        self.assertIn('P:phx_testname_mergeson', ids)
        self.assertNotIn('P:testname_mergeson', ids)

    def test_phoenix_nickname_forms_for_the_congress_match(self):
        # "Newt Gingrich" (Phoenix) is tried as "Newton Gingrich" (congress) when the name as
        # written matches nobody: the curated nickname lexicon, both ways
        self.assertIn('newton gingrich', phoenix.nickname_forms('newt gingrich'))
        self.assertIn('bob dole', phoenix.nickname_forms('robert dole'))
        self.assertEqual(phoenix.nickname_forms('zxq gingrich'), [])

    def test_ssa_given_names(self):
        self.assertEqual(lines(self.path('ssa', 'lexicon', 'given_names.tsv')), ['Testname\tm'])
        self.assertEqual(self.s_ssa.skipped['malformed line'], 1)

    def test_fixture_output_validates(self):
        self.assertEqual(validate_tree(self.out), [])

    def test_deterministic(self):
        out2 = os.path.join(self.tmp, 'again')
        congress.run(os.path.join(FIX, 'congress-legislators'), os.path.join(out2, 'congress'))
        for fn in ('entities.tsv', 'tenures.tsv', 'memberships.tsv'):
            with open(self.path('congress', fn), 'rb') as a, open(os.path.join(out2, 'congress', fn), 'rb') as b:
                self.assertEqual(a.read(), b.read())

    def test_help_and_missing_source(self):
        for script in ('congress.py', 'phoenix.py', 'given_names.py', 'import_all.py'):
            r = subprocess.run([sys.executable, os.path.join(TOOLS, script), '--help'],
                               capture_output=True, text=True)
            self.assertEqual(r.returncode, 0, script)
            self.assertIn('usage', r.stdout)
        r = subprocess.run([sys.executable, os.path.join(TOOLS, 'import_all.py'),
                            '--shared', os.path.join(self.tmp, 'nowhere'), '--out', self.out],
                           capture_output=True, text=True)
        self.assertEqual(r.returncode, 1)
        self.assertIn('missing', r.stderr)


@unittest.skipUnless(os.path.isdir(os.path.join(SHARED, 'congress-legislators')),
                     'shared data folder not found (set NEWSGRAPH_SHARED)')
class RealDataTests(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.mkdtemp(prefix='importers-real-')
        cls.out = os.path.join(cls.tmp, 'imported')
        cur = common.Curated()
        congress.run(os.path.join(SHARED, 'congress-legislators'), os.path.join(cls.out, 'congress'), curated=cur)
        phoenix.run(os.path.join(SHARED, 'phoenix-dictionaries'), os.path.join(cls.out, 'phoenix'),
                    shared=SHARED, curated=cur)
        given_names.run(SHARED, os.path.join(cls.out, 'ssa'))

    @classmethod
    def tearDownClass(cls):
        shutil.rmtree(cls.tmp)

    def test_graham_curated_with_senate_tenure(self):
        ten = rows(os.path.join(self.out, 'congress', 'tenures.tsv'))
        g = [r for r in ten if r[0] == 'P:lindsey_graham' and r[1] == 'OFF:us_senator']
        self.assertTrue(g)
        self.assertEqual(g[0][2], '2003-01-07')
        self.assertIn('state=SC', g[0][4])
        ids = [r[0] for r in rows(os.path.join(self.out, 'congress', 'entities.tsv'))]
        self.assertIn('P:lindsey_graham', ids)
        self.assertNotIn('P:lindsey_graham_g000359', ids)

    def test_obama_presidency(self):
        ten = rows(os.path.join(self.out, 'congress', 'tenures.tsv'))
        self.assertIn(['P:barack_obama', 'OFF:us_president', '2009-01-20', '2017-01-20'],
                      [r[:4] for r in ten])

    def test_schumer_nickname_alias(self):
        ent = {r[0]: r for r in rows(os.path.join(self.out, 'congress', 'entities.tsv'))}
        self.assertIn('P:chuck_schumer', ent)       # curated id
        self.assertIn('bioguide=S000148', ent['P:chuck_schumer'][4])

    def test_phoenix_us_persons_merge_into_congress(self):
        ent = {r[0]: r for r in rows(os.path.join(self.out, 'phoenix', 'entities.tsv'))}
        for pid in ('P:richard_cheney', 'P:donald_rumsfeld', 'P:howard_baker_b000063'):
            self.assertIn(pid, ent)                 # congress ids (Baker Jr., born 1925, not Sr.)
        for pid in ('P:phx_richard_cheney', 'P:phx_donald_rumsfeld', 'P:phx_howard_baker',
                    'P:howard_baker', 'P:william_perry'):
            self.assertNotIn(pid, ent)
        self.assertIn('P:phx_john_howard', ent)     # the Australian PM, not the congressman
        self.assertIn('P:phx_william_perry', ent)   # William J. Perry, not William Hayne Perry (b. 1839)

    def test_phoenix_obama_is_curated(self):
        mem = rows(os.path.join(self.out, 'phoenix', 'memberships.tsv'))
        self.assertIn(['P:barack_obama', 'ORG:us_government', '2009-01-20', ''], [r[:4] for r in mem])

    def test_common_words_not_given_names(self):
        names = {r[0] for r in rows(os.path.join(self.out, 'ssa', 'lexicon', 'given_names.tsv'))}
        for w in ('May', 'June', 'Will', 'Hunter'):
            self.assertNotIn(w, names)

    def test_all_generated_files_validate(self):
        self.assertEqual(validate_tree(self.out)[:20], [])


@unittest.skipUnless(os.path.isdir(IMPORTED), 'gazetteers/imported not generated')
class CommittedOutputTests(unittest.TestCase):
    def test_committed_imports_validate(self):
        self.assertEqual(validate_tree(IMPORTED)[:20], [])


if __name__ == '__main__':
    unittest.main()

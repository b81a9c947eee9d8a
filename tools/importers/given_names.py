#!/usr/bin/env python3
"""Build a given-name lexicon from the US Social Security Administration baby-name counts
(name-lists/ssa-baby-names/maxoccurbysex.txt; SSA data, US public domain) into
gazetteers/imported/ssa/lexicon/given_names.tsv (`Name<TAB>m|f`).

Rules:
- a name is kept when its larger MaxCount (the most babies given it in one year, either sex)
  is >= --min-count (default 500);
- a name used for both sexes gets the sex with the larger MaxCount;
- a name is dropped when it is a common English word: in the news corpus
  (news-corpus/articles.jsonl, `text` field) its lower-case form occurs more often than its
  capitalized form in mid-sentence position (e.g. "will", "rose", "mark", "hunter"; at least 3 lower-case uses);
- a name is dropped when it is a month or weekday (gazetteers/lexicon/calendar.txt) or a
  name listed in --exclude FILE (one name a line, `#` comments);
- names already in the curated gazetteers/lexicon/given_names.tsv are left out (the curated
  entry wins; pass --keep-curated to list them anyway).
"""
import argparse
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common  # noqa: E402

LICENCE = ('US public domain (SSA national baby-name data, 17 U.S.C. 105; compiled by '
           'hackerb9/ssa-baby-names)')
DEFAULT_MIN_COUNT = 500


def read_names(path, summary):
    best = {}
    with open(path, encoding='utf-8') as f:
        for lineno, line in enumerate(f, start=1):
            parts = line.strip().split(',')
            if len(parts) != 4 or parts[1] not in ('M', 'F') or not parts[2].isdigit() \
                    or not parts[0].isalpha():
                summary.skip('malformed line', path, lineno, line.strip())
                continue
            name, sex, cnt = parts[0], parts[1].lower(), int(parts[2])
            cur = best.get(name)
            if cur is None:
                best[name] = [sex, cnt, 0]
            else:
                other = cur[1]
                if cnt > cur[1]:
                    best[name] = [sex, cnt, other]
                else:
                    cur[2] = max(cur[2], cnt)
    return best


def read_list(path):
    out = set()
    if path and os.path.exists(path):
        with open(path, encoding='utf-8') as f:
            for line in f:
                line = line.split('#', 1)[0].strip()
                if line:
                    out.add(line.split('\t')[0].strip().lower().rstrip('.'))
    return out


def run(shared, out_dir, min_count=DEFAULT_MIN_COUNT, exclude=None, keep_curated=False,
        verbose=False, command=None, corpus=None):
    summary = common.Summary('ssa', verbose)
    src = os.path.join(shared, 'name-lists', 'ssa-baby-names', 'maxoccurbysex.txt')
    if not os.path.exists(src):
        raise FileNotFoundError(src)
    corpus = corpus if corpus is not None else os.path.join(shared, 'news-corpus', 'articles.jsonl')
    names = read_names(src, summary)
    excluded = read_list(exclude)
    calendar = read_list(os.path.join(common.CURATED_DIR, 'lexicon', 'calendar.txt'))
    curated = set() if keep_curated else {
        n for n in read_list(os.path.join(common.CURATED_DIR, 'lexicon', 'given_names.tsv'))}
    stats = None
    if corpus and os.path.exists(corpus):
        forms, lower, cap_mid = common.corpus_case_stats(corpus)
        stats = (lower, cap_mid)
    else:
        summary.skip('news corpus missing: common-word rule not applied', None)
    rows = []
    for name in sorted(names):
        sex, cnt, _ = names[name]
        low = name.lower()
        if cnt < min_count:
            summary.skip('below min count', None)
            continue
        if low in calendar:
            summary.skip('month or weekday', src, name)
            continue
        if low in excluded:
            summary.skip('in --exclude list', src, name)
            continue
        if stats and stats[0].get(low, 0) >= 3 and stats[0].get(low, 0) > stats[1].get(low, 0):
            summary.skip('common lower-case word in news text', src, name,
                         'lower %d > capitalized mid-sentence %d' % (stats[0][low], stats[1].get(low, 0)))
            continue
        if low in curated:
            summary.skip('already in curated given_names.tsv', None)
            continue
        rows.append([name, sex])
    summary.count('given names', len(rows))
    summary.count('male', sum(1 for r in rows if r[1] == 'm'))
    summary.count('female', sum(1 for r in rows if r[1] == 'f'))
    notes = ['rule: MaxCount >= %d; majority sex; dropped: months/weekdays, --exclude list, names whose '
             'lower-case form outnumbers the capitalized mid-sentence form in news-corpus/articles.jsonl '
             '(statistics only, no text copied), names already in the curated lexicon' % min_count]
    common.write_tsv(os.path.join(out_dir, 'lexicon', 'given_names.tsv'),
                     common.header_lines(['name-lists/ssa-baby-names/maxoccurbysex.txt'], LICENCE,
                                         command or 'python3 tools/importers/given_names.py',
                                         'name\tgender', notes), rows)
    return summary


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('--shared', default=common.default_shared(),
                    help='shared data folder (default: $NEWSGRAPH_SHARED or <repo>/../shared/data)')
    ap.add_argument('--out', default=os.path.join(common.DEFAULT_OUT, 'ssa'))
    ap.add_argument('--min-count', type=int, default=DEFAULT_MIN_COUNT)
    ap.add_argument('--exclude', help='file of names to leave out (one a line)')
    ap.add_argument('--keep-curated', action='store_true')
    ap.add_argument('-v', '--verbose', action='store_true')
    args = ap.parse_args(argv)
    if not os.path.isdir(os.path.join(args.shared, 'name-lists')):
        print('given_names.py: source folder %s is missing' % os.path.join(args.shared, 'name-lists'),
              file=sys.stderr)
        return 1
    cmd = 'python3 tools/importers/given_names.py'
    if args.min_count != DEFAULT_MIN_COUNT:
        cmd += ' --min-count %d' % args.min_count
    try:
        s = run(args.shared, args.out, args.min_count, args.exclude, args.keep_curated, args.verbose, cmd)
    except FileNotFoundError as e:
        print('given_names.py: missing source file %s' % e, file=sys.stderr)
        return 1
    s.report()
    return 0


if __name__ == '__main__':
    sys.exit(main())

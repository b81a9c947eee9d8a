#!/usr/bin/env python3
"""Run every gazetteer importer: congress, phoenix and ssa given names (in this order: phoenix reads
the congress output).

  python3 tools/importers/import_all.py [--shared DIR] [--out gazetteers/imported] [-v]

--shared defaults to $NEWSGRAPH_SHARED or <repo>/../shared/data. Writes
<out>/congress/, <out>/phoenix/ and <out>/ssa/ and prints a summary per source to stderr.
Exit code 1 when the shared folder (or a source folder in it) is missing.
"""
import argparse
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common  # noqa: E402
import congress  # noqa: E402
import given_names  # noqa: E402
import phoenix  # noqa: E402


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('--shared', default=common.default_shared(),
                    help='shared data folder (default: $NEWSGRAPH_SHARED or <repo>/../shared/data)')
    ap.add_argument('--out', default=common.DEFAULT_OUT, help='output folder (default: gazetteers/imported)')
    ap.add_argument('-v', '--verbose', action='store_true', help='show FILE:LINE samples of skipped input')
    args = ap.parse_args(argv)
    shared = os.path.abspath(args.shared)
    needed = [os.path.join(shared, 'congress-legislators'), os.path.join(shared, 'phoenix-dictionaries'),
              os.path.join(shared, 'name-lists', 'ssa-baby-names')]
    missing = [d for d in [shared] + needed if not os.path.isdir(d)]
    if missing:
        print('import_all.py: source folder missing: %s\n(pass --shared DIR or set NEWSGRAPH_SHARED)'
              % missing[0], file=sys.stderr)
        return 1
    curated = common.Curated()
    try:
        summaries = [
            congress.run(needed[0], os.path.join(args.out, 'congress'), curated=curated,
                         verbose=args.verbose, command='python3 tools/importers/import_all.py'),
            # after congress: phoenix reads the congress output to give US persons the congress id
            phoenix.run(needed[1], os.path.join(args.out, 'phoenix'), shared=shared, curated=curated,
                        verbose=args.verbose, command='python3 tools/importers/import_all.py',
                        congress_entities=os.path.join(args.out, 'congress', 'entities.tsv')),
            given_names.run(shared, os.path.join(args.out, 'ssa'), verbose=args.verbose,
                            command='python3 tools/importers/import_all.py'),
        ]
    except FileNotFoundError as e:
        print('import_all.py: missing source file %s' % e, file=sys.stderr)
        return 1
    for s in summaries:
        s.report()
    return 0


if __name__ == '__main__':
    sys.exit(main())

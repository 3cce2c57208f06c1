#!/usr/bin/env python3
"""Extracts one province of the national division registry into the file inspection-service ships.

Usage: tools/extract-registry.py [PROVINCE_CODE] [SOURCE_DIR]
  defaults: 45 (Guangxi) and ../shared/data/china-division relative to the project root.
Writes inspection-service/src/main/resources/registry/<code>.csv.gz with the columns
code,name,level,parent (levels PROVINCE, CITY, COUNTY, TOWNSHIP, VILLAGE), parents before children.
"""
import csv, gzip, io, os, sys

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
code = sys.argv[1] if len(sys.argv) > 1 else "45"
src = sys.argv[2] if len(sys.argv) > 2 else os.path.join(root, "..", "shared", "data", "china-division")

def rows(name, opener=open):
    with opener(os.path.join(src, name), "rt", encoding="utf-8", newline="") as f:
        yield from csv.DictReader(f)

out = []
out += [(r["code"], r["name"], "PROVINCE", "") for r in rows("provinces.csv") if r["code"] == code]
out += [(r["code"], r["name"], "CITY", r["provinceCode"]) for r in rows("cities.csv") if r["provinceCode"] == code]
out += [(r["code"], r["name"], "COUNTY", r["cityCode"]) for r in rows("areas.csv") if r["provinceCode"] == code]
out += [(r["code"], r["name"], "TOWNSHIP", r["areaCode"]) for r in rows("streets.csv") if r["provinceCode"] == code]
out += [(r["code"], r["name"], "VILLAGE", r["streetCode"]) for r in rows("villages.csv.gz", gzip.open)
        if r["provinceCode"] == code]

target = os.path.join(root, "inspection-service", "src", "main", "resources", "registry", code + ".csv.gz")
buf = io.StringIO()
w = csv.writer(buf, lineterminator="\n")
w.writerow(["code", "name", "level", "parent"])
w.writerows(out)
with open(target, "wb") as f:
    # mtime=0 keeps the file byte-identical across runs.
    with gzip.GzipFile(fileobj=f, mode="wb", mtime=0) as gz:
        gz.write(buf.getvalue().encode("utf-8"))
counts = {}
for r in out:
    counts[r[2]] = counts.get(r[2], 0) + 1
print(target, counts)

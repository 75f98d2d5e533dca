"""Reads a Gatling report's statistics (js/stats.js, a JavaScript object) for .ci/faults.

    python3 stats.py REPORT_DIR summary      ->  "<requests> <failed>"
    python3 stats.py REPORT_DIR endpoints    ->  one line per request name: count, p50, p95, p99, failed
"""
import glob
import json
import re
import sys


def load(report_dir):
    text = open(glob.glob(report_dir + "/*/js/stats.js")[0], encoding="utf-8").read()
    text = text[text.index("{"):]
    text = text[:text.find("\nfunction")] if "\nfunction" in text else text
    text = text.strip().rstrip(";")
    # Keys written without quotes (type:, name:, stats:, contents:…) quoted for JSON.
    text = re.sub(r'(^|[{,\s])([A-Za-z_][A-Za-z0-9_]*)\s*:', r'\1"\2":', text)
    return json.loads(text)


def number(value):
    return int(value) if str(value).isdigit() else 0


def main():
    stats = load(sys.argv[1])
    if sys.argv[2] == "summary":
        requests = stats["stats"]["numberOfRequests"]
        print(number(requests["total"]), number(requests["ko"]))
        return
    for entry in sorted(stats.get("contents", {}).values(), key=lambda e: e["name"]):
        s = entry["stats"]
        print("    %-22s %6d requests, p50 %5d ms, p95 %5d ms, p99 %5d ms, %d failed" % (
            entry["name"], number(s["numberOfRequests"]["total"]), number(s["percentiles1"]["total"]),
            number(s["percentiles3"]["total"]), number(s["percentiles4"]["total"]), number(s["numberOfRequests"]["ko"])))


main()

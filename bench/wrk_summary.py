"""One Markdown table row from wrk --latency output: bench/wrk_summary.py LABEL FILE."""
import re
import sys

label, path = sys.argv[1], sys.argv[2]
text = open(path).read()


def find(pattern, default="0"):
    match = re.search(pattern, text, re.M)
    return match.group(1) if match else default


errors = int(find(r"Non-2xx or 3xx responses: (\d+)"))
errors += sum(int(n) for n in re.findall(r"(?:connect|read|write|timeout) (\d+)", text))
rate = float(find(r"Requests/sec:\s+([\d.]+)"))
p50 = find(r"^\s+50%\s+(\S+)")
p99 = find(r"^\s+99%\s+(\S+)")
print(f"| {label} | {rate:,.0f} | {p50} | {p99} | {errors} |")

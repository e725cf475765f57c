"""Turns a callgrind profile of launchdeck into the linker's symbol ordering file: every
function of the binary that ran, hottest first, so lld packs them at the front of .text.
The profile is read by instruction address (callgrind --dump-instr=yes), not by the names
callgrind gives, so code it attributes to a neighbour (async resume functions entered by a
tail jump) still counts. Called by scripts/profile-layout.sh.

An ordering file names symbols, and lld moves every input section defining a listed name.
Small helpers (value witnesses such as `$sSqwxx`) are local symbols defined again in many
objects; some copies sit in a toolchain library's one big .text section (the Swift runtime's
prebuilt archives have no function sections), so naming a helper that ran in our code would
drag a cold 500 KB section to the front. The link map says which section each copy is in: a
name is left out of the ordering file when a copy of it sits in a large section where nothing
ran, and goes instead to a linker script (--helpers) that gathers the sections named
`.text.NAME` next to the hot code: that matches the copies compiled with function sections
(ours and the packages'), never a library's one big `.text`. Left spread, each module's copy of
a destroy or existential helper that ran mapped the 64 KB around it: 2.1 MB resident (of 18).
   hot_symbols.py CALLGRIND_OUT [CALLGRIND_OUT ...] --binary BIN --map LINK_MAP --output FILE --helpers LDS"""
import argparse
import bisect
import os
import re
import subprocess
from collections import defaultdict

OBJECT = re.compile(r"^(c?)ob=\((\d+)\)(?: (.*))?$")


def addresses(path, binary_name):
    """Instruction address -> instructions executed there, for code in `binary_name`."""
    counts, objects, ours, last = defaultdict(int), {}, False, 0
    with open(path, errors="replace") as f:
        for line in f:
            m = OBJECT.match(line)
            if m:
                called, ident, name = m.groups()
                if name:
                    objects[ident] = name  # names are shared by ob= and cob= lines
                if not called:
                    ours = objects.get(ident, "").endswith("/" + binary_name)
                continue
            first = line[:1]
            if not (first.isdigit() or first in "+-*"):
                continue
            parts = line.split()
            position = parts[0]
            if position.startswith("0x"):
                last = int(position, 16)
            elif position[0] in "+-":
                last += int(position)
            elif position != "*":
                last = int(position)
            if ours:
                counts[last] += int(parts[2]) if len(parts) > 2 and parts[2].isdigit() else 0
    return counts


def functions(binary):
    """(start, end, name) of every function symbol, sorted."""
    out = subprocess.run(["nm", "-S", "--defined-only", binary], capture_output=True, text=True, check=True).stdout
    spans = []
    for line in out.splitlines():
        p = line.split()
        if len(p) == 4 and p[2] in "tTwW":
            start = int(p[0], 16)
            spans.append((start, start + max(1, int(p[1], 16)), p[3]))
    return sorted(spans)


LARGE = 16 * 1024


def containing(spans, address):
    """Index of the (start, end, ...) span holding `address` in sorted, disjoint spans, or None."""
    i = bisect.bisect_right(spans, (address, float("inf"))) - 1
    return i if i >= 0 and address < spans[i][1] else None


def sections(map_path):
    """From lld's -Map output: [(start, end)] of every input section in a .text* output
    section, in address order, and name -> indexes of the sections defining it. lld writes
    three 16-wide columns (VMA, LMA, size) and an alignment, then the name indented by
    nesting: output sections, input sections and symbols start at columns 49, 57 and 65."""
    spans, defined, inside = [], defaultdict(list), False
    with open(map_path, errors="replace") as f:
        for line in f:
            p = line.split(None, 4)
            if len(p) < 5 or not p[0][0].isalnum():
                continue
            column = len(line.rstrip("\n")) - len(p[4].rstrip("\n"))
            name = p[4].strip()
            if column == 49:  # an output section
                inside = name.startswith(".text")
            elif inside and column == 57:  # an input section
                start = int(p[0], 16)
                spans.append((start, start + int(p[2], 16)))
            elif inside and column == 65 and spans:  # a symbol in it
                defined[name].append(len(spans) - 1)
    return spans, defined


def write_helpers(path, names):
    """A linker script gathering each name's function sections just before .text (build_release
    passes it after text-layout.lds)."""
    lines = "".join(f'    *(".text.{name}")\n' for name in names)
    with open(path, "w") as f:
        f.write("/* Written by scripts/link/hot_symbols.py (bash scripts/profile-layout.sh): helpers that ran,\n"
                "   defined again in many objects, one copy in a library's large cold .text, so they cannot\n"
                "   be named in hot-symbols.txt. Their function sections are gathered next to the hot code. */\n"
                "SECTIONS {\n  .text.hothelpers : {\n" + lines + "  }\n} INSERT BEFORE .text;\n")


def main():
    p = argparse.ArgumentParser()
    p.add_argument("profiles", nargs="+", help="callgrind outputs in the order their code should be laid out: "
                   "the functions of the first, hottest first, then those only the next one ran, and so on")
    p.add_argument("--binary", required=True)
    p.add_argument("--map", required=True, help="lld's -Map output for the same link")
    p.add_argument("--output", required=True)
    p.add_argument("--helpers", required=True, help="the linker script to write for the names left out")
    p.add_argument("--merge", action="store_true",
                   help="keep the names the output file already lists after the new ones, those the binary "
                        "still defines: a function one tour missed (a retry, a rare screen) stays packed with the hot code")
    args = p.parse_args()
    spans = functions(args.binary)
    parts = [addresses(path, args.binary.rsplit("/", 1)[-1]) for path in args.profiles]
    counts = defaultdict(int)
    for part in parts:
        for address, n in part.items():
            counts[address] += n
    # callgrind writes addresses relative to the object here; valgrind's PIE load address
    # (0x108000) is the other choice. Take the one that puts more addresses inside functions.
    sample = list(counts)[:2000]
    base = max((0, 0x108000), key=lambda b: sum(containing(spans, a - b) is not None for a in sample))

    def costs(part):
        cost = defaultdict(int)
        for address, n in part.items():
            if (i := containing(spans, address - base)) is not None:
                cost[spans[i][2]] += n
        return cost

    section_spans, defined = sections(args.map)
    ran = {i for address in counts if (i := containing(section_spans, address - base)) is not None}
    def drags_cold_code(name):
        return any(i not in ran and section_spans[i][1] - section_spans[i][0] > LARGE for i in defined.get(name, []))
    everything = costs(counts)
    left_out = [name for name in everything if drags_cold_code(name)]
    # Each part's functions after the earlier parts', hottest first within a part: the code
    # the dashboard runs all day (the first part, the overview watched) is packed densely at
    # the front, so what a screen opened once ran does not spread it over more pages.
    hot, seen = [], set(left_out)
    for part in parts:
        cost = costs(part)
        for name in sorted(cost, key=lambda name: (-cost[name], name)):
            if name not in seen:
                seen.add(name)
                hot.append(name)
    kept = 0
    if args.merge and os.path.exists(args.output):
        # Only names this binary still defines: a stale name orders nothing, and
        # scripts/link/check-ordering.sh counts them.
        seen, dropped, defined = set(hot), set(left_out), {span[2] for span in spans}
        with open(args.output) as f:
            earlier = [n for n in f.read().split() if n not in seen and n not in dropped and n in defined]
        hot += earlier
        kept = len(earlier)
    with open(args.output, "w") as f:
        f.write("".join(name + "\n" for name in hot))
    write_helpers(args.helpers, sorted(left_out))
    print(f"{len(hot) - kept} functions ran ({len(counts)} instruction addresses, load base {base:#x}); "
          f"{len(left_out)} left out (a copy in a large cold section); {kept} kept from the file; wrote {args.output}")


if __name__ == "__main__":
    main()

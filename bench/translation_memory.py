"""Translation memory lookups among 10,000 remembered segments.

Run with `.venv/bin/python bench/translation_memory.py [--entries 10000]`. It builds a
throwaway SQLite database under var/ (or uses DATABASE_URL, which must then be an empty
database), fills the memory with generated Dutch sentences and their French translations,
then times exact lookups, fuzzy lookups (a word changed) and lookups that find nothing.
Each figure is the median per lookup, wall-clock and CPU.
"""

import argparse
import random
import statistics
import time

from scratch_site import ROOT, start_django  # bench/scratch_site.py, beside this script

# The Dutch source text, kept beside the checkout (../shared/seed/).
SEED_TEXT = ROOT.parent / "shared" / "seed" / "000_346b0d62f2c6ab05.txt"
FALLBACK_WORDS = (
    "het gewest de stad europese samenwerking netwerk project metropool mobiliteit ruimtelijke "
    "ordening strategie partners brussel vlaanderen wallonië internationale cel beleid plan"
)


def vocabulary():
    """The words of the Dutch source text (a real vocabulary), or a short list without it."""
    text = SEED_TEXT.read_text(encoding="utf-8") if SEED_TEXT.exists() else FALLBACK_WORDS
    return sorted({word.lower() for word in text.split() if word.isalpha()})


WORDS = vocabulary()


def sentence(rng):
    return " ".join(rng.choice(WORDS) for _word in range(rng.randint(8, 30))).capitalize() + "."


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--entries", type=int, default=10_000)
    parser.add_argument("--lookups", type=int, default=50)
    args = parser.parse_args()

    start_django("memory-bench-")
    from django.core.management import call_command

    from strategy_site.translation_status.models import MemoryEntry
    from strategy_site.translation_status.translation_memory import (
        exact_match,
        lookup,
        new_entry,
    )

    call_command("migrate", verbosity=0, interactive=False)
    rng = random.Random(12)  # noqa: S311  (reproducible sample text, not a secret)
    sources = list({sentence(rng) for _entry in range(args.entries)})
    MemoryEntry.objects.bulk_create(
        [new_entry(source, f"Traduction {number}", "fr") for number, source in enumerate(sources)],
        batch_size=500,
    )
    print(f"memory        {MemoryEntry.objects.count()} entries")

    samples = rng.sample(sources, args.lookups)
    # A word changed in each sentence: still above 75 % for sentences of 6 words or more.
    fuzzy = [" ".join([*s.split()[:-2], "gewijzigd", s.split()[-1]]) for s in samples]
    other = random.Random(13)  # noqa: S311
    unknown = [sentence(other) for _number in range(args.lookups)]
    runs = (
        ("exact", lookup, samples),
        ("fuzzy", lookup, fuzzy),
        ("no match", lookup, unknown),
        ("exact_match", exact_match, samples),
    )
    for label, function, queries in runs:
        times, cpu_times, found = [], [], 0
        for query in queries:
            started, started_cpu = time.perf_counter(), time.process_time()
            matches = function(query, "fr")
            times.append(time.perf_counter() - started)
            cpu_times.append(time.process_time() - started_cpu)
            found += bool(matches)
        print(
            f"{label:11} median {statistics.median(times) * 1000:6.1f} ms "
            f"({statistics.median(cpu_times) * 1000:6.1f} ms CPU), "
            f"worst {max(times) * 1000:6.1f} ms, {found}/{len(queries)} with a match"
        )


if __name__ == "__main__":
    main()

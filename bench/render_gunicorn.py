"""Server CPU per uncached page under gunicorn, for the four pages of bench/render_profile.py.

    .venv/bin/python bench/render_gunicorn.py [--seconds 8] [--port 27100] [--redis-db 12]

bench/run.py's method (production settings, 2 sync workers, wrk over loopback, CPU time of
the server processes ÷ requests) on SQLite with the seed only and PAGE_CACHE=off, with the
port and Redis database given here, so that it can run beside other work on one machine.
"""

import argparse
import importlib.util
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent


def load_bench_run():
    spec = importlib.util.spec_from_file_location("bench_run", HERE / "run.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=int, default=8, help="wrk duration per page")
    parser.add_argument("--port", type=int, default=27100)
    parser.add_argument("--redis-db", type=int, default=12)
    parser.add_argument("--repeat", type=int, default=1, help="measurements per page")
    args = parser.parse_args()

    bench = load_bench_run()
    bench.PORT = args.port
    bench.REDIS_URL = f"redis://127.0.0.1:6379/{args.redis_db}"
    render_profile_pages = importlib.util.spec_from_file_location(
        "render_profile", HERE / "render_profile.py"
    )
    pages_module = importlib.util.module_from_spec(render_profile_pages)
    render_profile_pages.loader.exec_module(pages_module)

    with tempfile.TemporaryDirectory() as workdir:
        print("… migrating and seeding", file=sys.stderr, flush=True)
        env = bench.prepare_database("sqlite", 0, Path(workdir))
        subprocess.run(["redis-cli", "-n", str(args.redis_db), "flushdb"], check=True)  # noqa: S607
        print("| page | CPU ms/req | req/s | p50 ms | errors |")
        print("|---|---:|---:|---:|---:|")
        with bench.Server(env, page_cache=False) as server:
            # "bare" is the floor: robots.txt, through the same middleware.
            for name, path in pages_module.PAGES.items():
                for _ in range(args.repeat):
                    figures = bench.measure(
                        f"http://127.0.0.1:{args.port}{path}", server.pids, args.seconds
                    )
                    print(
                        f"| {name} | {figures['cpu_ms']:.2f} | {figures['rps']:.0f} "
                        f"| {figures['p50']:.2f} | {figures['errors']} |",
                        flush=True,
                    )


if __name__ == "__main__":
    main()

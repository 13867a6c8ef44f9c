"""A progress bar for the exchange commands, shown only on long runs in a terminal."""

from tqdm import tqdm

LONG_RUN = 50  # items; shorter runs finish before a bar would be read


def progress_bar(stream, description):
    def wrap(iterable):
        items = list(iterable)
        return tqdm(
            items,
            desc=description,
            unit="item",
            file=stream,
            disable=len(items) < LONG_RUN or not stream.isatty(),
            leave=False,
        )

    return wrap

"""A progress bar for the exchange commands, shown only on long runs in a terminal."""

from tqdm import tqdm

LONG_RUN = 50  # items; shorter runs finish before a bar would be read


class _CommandStream:
    """A management command's output as the file tqdm writes to.

    The command's wrapper ends every write with a newline; a bar redraws its line with
    carriage returns, so each write goes through with no ending.
    """

    def __init__(self, output):
        self.output = output

    def write(self, text):
        self.output.write(text, ending="")

    def flush(self):
        self.output.flush()

    def isatty(self):
        return self.output.isatty()


def progress_bar(output, description):
    """`output` is a command's `self.stdout`/`self.stderr`."""
    stream = _CommandStream(output)

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

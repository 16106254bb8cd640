"""What a browser page reports to its console: for tests that assert a screen logs no error."""


class ConsoleWatch:
    """What the browser reported on a page and its frames: console errors and uncaught
    exceptions, each with where it came from."""

    def __init__(self, page):
        self.messages: list[str] = []
        page.on("console", self.console)
        page.on("pageerror", self.page_error)

    def console(self, message):
        if message.type == "error":
            where = message.location
            self.messages.append(
                f"console error: {message.text} ({where['url']}:{where['lineNumber']})"
            )

    def page_error(self, error):
        self.messages.append(f"uncaught {error.name}: {error.message}\n{error.stack}")

    def take(self) -> list[str]:
        taken, self.messages = self.messages, []
        return taken

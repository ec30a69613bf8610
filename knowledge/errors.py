"""Domain exceptions of the knowledge base; callers at the edges translate them for users."""


class KnowledgeError(Exception):
    """Base class for every error the knowledge package raises on purpose."""


class ConfigError(KnowledgeError):
    """The configuration file or an environment override is invalid."""


class ModelBuildError(KnowledgeError):
    """The embedding model could not be built or loaded."""


class StoreUnavailableError(KnowledgeError):
    """The vector store (embedded folder or Chroma server) cannot be reached."""


class InconsistentStoreError(StoreUnavailableError):
    """A change failed part-way and could not be rolled back: the catalog on disk may be the new
    one while the rest is not; `python -m ingest` brings everything back in line."""


class EmptyKnowledgeBaseError(KnowledgeError):
    """No document has been indexed yet."""


class ParseError(KnowledgeError, ValueError):
    """A document could not be read or parsed; `position` is a character offset when known."""

    def __init__(self, message: str, position: int | None = None) -> None:
        super().__init__(message if position is None else f"{message} (at character {position})")
        self.position = position


class ToolMissingError(ParseError):
    """A file format needs a program that is not installed; the message names the package."""


class LimitExceededError(ParseError):
    """A document costs more than a limit setting allows (`[limits]`, or `[telegram] max_upload_mb`
    for a download); `key` names the setting and `limit` its value."""

    def __init__(self, message: str, key: str, limit: int) -> None:
        super().__init__(message)
        self.key = key
        self.limit = limit

"""Optional answers drafted by a language model from the sections the engine chose, delivered only
when every citation, date, number and office name checks out against those sections."""

from bot.answer.llm.drafter import DraftFailed, LlmDrafter, load_drafter
from bot.answer.llm.sources import Source, choose_sources

__all__ = ["DraftFailed", "LlmDrafter", "Source", "choose_sources", "load_drafter"]

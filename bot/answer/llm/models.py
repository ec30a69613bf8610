"""The chat model named by `[llm]`: LangChain's ChatOpenAI for any OpenAI-compatible endpoint, or
ChatOllama. Imported only when a model is configured, so the default installation loads neither.

The API key comes only from the environment (TDKT_LLM_API_KEY), never from config.toml.
"""

from __future__ import annotations

import os
from collections.abc import Mapping

from langchain_core.language_models import BaseChatModel

from knowledge.errors import ConfigError
from knowledge.settings import LlmSettings

API_KEY_VARIABLE = "TDKT_LLM_API_KEY"
# Local servers (vLLM, llama.cpp, LM Studio) ignore the key, but the OpenAI client wants one.
_NO_KEY = "not-needed"


def chat_model(settings: LlmSettings, environ: Mapping[str, str] | None = None) -> BaseChatModel:
    """The chat model for `settings` (whose provider is set).

    Raises:
        ConfigError: no model named, or a time limit that is not positive.
    """
    environ = os.environ if environ is None else environ
    if not settings.model:
        raise ConfigError(f"llm.model: required when llm.provider is {settings.provider!r}")
    for key in ("timeout_seconds", "slow_after_seconds"):
        if getattr(settings, key) <= 0:
            raise ConfigError(f"llm.{key}: must be more than 0, not {getattr(settings, key)}")
    if settings.provider == "openai":
        from langchain_openai import ChatOpenAI

        return ChatOpenAI(
            model=settings.model,
            base_url=settings.base_url or None,
            api_key=environ.get(API_KEY_VARIABLE) or _NO_KEY,
            temperature=settings.temperature,
            timeout=settings.timeout_seconds,
            max_retries=0,  # a retry would go past the time the user waits; the extractive answer is ready
        )
    from langchain_ollama import ChatOllama

    return ChatOllama(
        model=settings.model,
        base_url=settings.base_url or None,
        temperature=settings.temperature,
        client_kwargs={"timeout": settings.timeout_seconds},
    )

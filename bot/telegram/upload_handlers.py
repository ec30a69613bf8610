"""Admins add documents by sending them to the bot, and remove them with /xoa."""

from __future__ import annotations

import asyncio
import logging
import re
from pathlib import Path

from telegram import Update
from telegram.constants import ChatType
from telegram.ext import ContextTypes

from bot import messages
from bot.telegram.download import download_capped
from bot.telegram.handlers import guard, reply, services
from knowledge.errors import InconsistentStoreError, LimitExceededError, ParseError, StoreUnavailableError
from knowledge.library import Added, Library

log = logging.getLogger(__name__)
_MAX_FACTS = 6


def _library(context: ContextTypes.DEFAULT_TYPE) -> Library:
    return services(context).library


def _is_admin(update: Update, context: ContextTypes.DEFAULT_TYPE) -> bool:
    return bool(update.effective_user and update.effective_user.id in services(context).settings.admin_ids)


def describe_refusal(error: Exception) -> str:
    """The Vietnamese reason for a refused document (the English detail goes to the log)."""
    if isinstance(error, StoreUnavailableError):
        return messages.UPLOAD_STORE_DOWN
    if isinstance(error, LimitExceededError):
        return messages.UPLOAD_LIMITS[error.key].format(limit=f"{error.limit:,}".replace(",", "."))
    text = str(error)
    packages = re.findall(r"\b(tesseract-ocr(?:-vie)?|catdoc)\b", text)  # a missing program
    if packages:
        return messages.UPLOAD_TOOL_MISSING.format(packages=", ".join(dict.fromkeys(packages)))
    return next((reason for key, reason in messages.UPLOAD_REASONS.items() if key in text), messages.UPLOAD_UNREADABLE)


def _summary(added: Added) -> str:
    document = added.stored.document
    lines = [
        messages.UPLOAD_DONE.format(
            action=messages.UPLOAD_REPLACED if added.replaced else messages.UPLOAD_ADDED,
            title=document.title or document.doc_id,
            issuer=document.issuer or messages.UNKNOWN_VALUE,
            date=document.date or messages.UNKNOWN_VALUE,
            sections=sum(1 for s in document.sections if s.level > 0),
            doc_id=document.doc_id,
        )
    ]
    for kind, header in messages.UPLOAD_FACT_HEADERS.items():
        facts = [f for f in added.stored.facts if f.kind == kind][:_MAX_FACTS]
        if facts:
            lines += ["", header] + [f"• {f.text} (mục {f.section})" for f in facts]
    if not any(f.kind in ("deadline", "dossier_item") for f in added.stored.facts):
        lines += ["", messages.UPLOAD_NO_FACTS]
    return "\n".join(lines)


async def document_received(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """A file sent to the bot: admins add it to the knowledge base, others are told they cannot."""
    message = update.effective_message
    if not _is_admin(update, context):
        # Files shared in a group are the group's business; in a private chat, say who may add.
        if update.effective_chat.type == ChatType.PRIVATE and await guard(update, context):
            await reply(message, messages.UPLOAD_ADMIN_ONLY)
        return
    sent = message.document
    name = _library(context).file_name(sent.file_name or "tai-lieu")
    suffix = Path(name).suffix
    if not _library(context).supports(name):
        await reply(message, messages.UPLOAD_UNSUPPORTED.format(suffix=suffix or name))
        return
    limit = services(context).settings.max_upload_mb
    if (sent.file_size or 0) > limit * 1024 * 1024:
        size = f"{sent.file_size / 1024 / 1024:.1f}".replace(".", ",")
        await reply(message, messages.UPLOAD_TOO_LARGE.format(name=name, size=size, limit=limit))
        return
    await reply(message, messages.UPLOAD_WORKING.format(name=name))
    try:
        # The announced size is optional and only a claim: the download counts what arrives.
        data = await download_capped((await sent.get_file()).file_path, name, limit)
        added = await _add_unless_stopping(context, name, data)
    except (ParseError, StoreUnavailableError) as error:
        log.warning("Document %s refused: %s", name, error)
        if isinstance(error, InconsistentStoreError):
            await reply(message, messages.CHANGE_INCONSISTENT.format(action=messages.CHANGE_ADDING, name=name))
            return
        if not context.application.running:
            await reply(message, messages.UPLOAD_INTERRUPTED.format(name=name))
            return
        await reply(message, messages.UPLOAD_REFUSED.format(name=name, reason=describe_refusal(error)))
        return
    log.info("Document %s ingested: %s", name, added.summary)
    await reply(message, _summary(added))


async def _add_unless_stopping(context: ContextTypes.DEFAULT_TYPE, name: str, data: bytes) -> Added:
    """Add the document in a thread; if the bot starts stopping meanwhile (its shutdown waits for
    this handler), stop the reading, so the upload is rolled back now rather than in minutes."""
    adding = asyncio.ensure_future(asyncio.to_thread(_library(context).add, name, data))
    while not adding.done():
        await asyncio.wait({adding}, timeout=1)
        if not context.application.running and not adding.done():
            _library(context).stop_reading()
    return adding.result()


async def remove_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/xoa <doc id> (admins): remove a document from the knowledge base."""
    message = update.effective_message
    if not _is_admin(update, context):
        await reply(message, messages.ADMIN_ONLY)
        return
    engine = services(context).engine
    ids = "\n".join(f"• {d.doc_id} – {d.label}" for d in engine.documents()) or messages.STATS_NONE
    if not context.args:
        await reply(message, messages.REMOVE_USAGE.format(ids=ids))
        return
    # Everything after the command: ids of files put in the folder by hand may contain spaces.
    doc_id = (message.text or "").split(maxsplit=1)[1].strip()
    document = engine.document(doc_id)
    try:
        removed = await asyncio.to_thread(_library(context).remove, doc_id)
    except StoreUnavailableError as error:
        log.warning("Removing %s failed: %s", doc_id, error)
        if isinstance(error, InconsistentStoreError):
            text = messages.CHANGE_INCONSISTENT.format(action=messages.CHANGE_REMOVING, name=doc_id)
        else:
            text = messages.REMOVE_REFUSED.format(doc_id=doc_id, reason=messages.UPLOAD_STORE_DOWN)
        await reply(message, text)
        return
    if not removed or document is None:
        await reply(message, messages.REMOVE_UNKNOWN.format(doc_id=doc_id, ids=ids))
        return
    await reply(message, messages.REMOVE_DONE.format(label=document.label))

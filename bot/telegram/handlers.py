"""Telegram handlers: read the update, call the engine (in a thread), reply.

No retrieval or wording here: answers come from bot.answer.engine, texts from bot.messages, markup from
bot.render.telegram_html; answers to questions go out through the outbox (bot.telegram.delivery, bot.telegram.mailbox),
and an answer a language model writes is shown as it is checked, in one message edited as it grows.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Message, Update
from telegram.constants import ChatAction, ChatType
from telegram.error import TelegramError, TimedOut
from telegram.ext import ContextTypes

from bot import messages
from bot.answer.answer import Answer, section_label
from bot.answer.engine import Engine
from bot.answer.validity import validity_note
from bot.render.console import plain_lines
from bot.render.telegram_html import to_html_messages
from bot.telegram import callbacks
from bot.telegram.delivery import Courier, LiveAnswer, send_html
from bot.telegram.history import History
from bot.telegram.limits import UserLimiter
from bot.telegram.mailbox import Mailbox, QuestionKey, key_of
from knowledge.library import Library
from knowledge.schema import Citation
from knowledge.settings import TelegramSettings

log = logging.getLogger(__name__)


@dataclass
class BotServices:
    engine: Engine
    library: Library
    history: History
    limiter: UserLimiter
    settings: TelegramSettings
    mailbox: Mailbox
    courier: Courier
    today: Callable[[], dt.date] = dt.date.today


def services(context: ContextTypes.DEFAULT_TYPE) -> BotServices:
    """The one accessor for what build_application stored in bot_data."""
    return context.bot_data["services"]


def user_id_of(update: Update) -> int:
    """Whom limits and ticks are counted for: the user, or the chat for anonymous senders."""
    return update.effective_user.id if update.effective_user else update.effective_chat.id


def _allowed(update: Update, settings: TelegramSettings) -> bool:
    if not settings.allowed_ids:
        return True
    ids = {update.effective_user.id if update.effective_user else None, update.effective_chat.id}
    return bool(ids & set(settings.allowed_ids))


async def reply(message: Message, text: str, markup: InlineKeyboardMarkup | None = None) -> None:
    """Send `text` as HTML messages (split at 4096), replying to `message`; buttons on the last."""
    parts = to_html_messages(text)
    thread_id = message.message_thread_id if message.is_topic_message else None
    for index, part in enumerate(parts):
        last = index == len(parts) - 1
        reply_to = message.message_id if index == 0 else None
        await send_html(message.get_bot(), message.chat_id, part, markup if last else None, reply_to, thread_id)


def _answer_keyboard(answer: Answer, key: str, engine: Engine) -> InlineKeyboardMarkup | None:
    if answer.abstained:
        return None
    rows = []
    for index, citation in enumerate(answer.citations[:3]):
        label = messages.VIEW_SOURCE_BUTTON.format(section=section_label(citation.section))
        if len(answer.citations) > 1:
            document = engine.document(citation.doc_id)
            label = f"📄 {document.locality if document else citation.doc_id} – {section_label(citation.section)}"
        rows.append([InlineKeyboardButton(label, callback_data=callbacks.data(callbacks.SOURCE, key, index))])
    for index, doc_id in enumerate(answer.candidate_doc_ids):
        document = engine.document(doc_id)
        if document:
            text = messages.PICK_PLAN_BUTTON.format(label=document.locality or document.label)
            rows.append([InlineKeyboardButton(text, callback_data=callbacks.data(callbacks.PICK_PLAN, key, index))])
    votes = {messages.FEEDBACK_UP_BUTTON: callbacks.FEEDBACK_UP, messages.FEEDBACK_DOWN_BUTTON: callbacks.FEEDBACK_DOWN}
    rows.append(
        [
            InlineKeyboardButton(text, callback_data=callbacks.data(callbacks.FEEDBACK, key, vote))
            for text, vote in votes.items()
        ]
    )
    return InlineKeyboardMarkup(rows)


async def _show_typing(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Show "typing…", a courtesy: when it fails, the answer still goes out, without an apology."""
    try:
        await context.bot.send_chat_action(update.effective_chat.id, ChatAction.TYPING)
    except TelegramError as error:
        log.warning("Could not show typing… (%s)", error)


async def _answer_and_reply(
    update: Update,
    context: ContextTypes.DEFAULT_TYPE,
    question: str,
    doc_id: str | None = None,
    lead: str = "",
    key: QuestionKey | None = None,
) -> None:
    """Answer `question` (counted by the caller's guard) after the user's earlier ones, and hand
    the answer with its buttons to the outbox (which marks the question `key` done). While a
    language model writes it, its checked sentences are shown in the message the answer then
    replaces."""
    service = services(context)
    message = update.effective_message
    user_id = user_id_of(update)
    leading = [("line", lead)] if lead else []
    async with service.limiter.turn(user_id):
        # "typing…" goes out alongside the engine work rather than before it.
        context.application.create_task(_show_typing(update, context))
        live = LiveAnswer(service.courier, message)

        def on_draft(draft: Answer) -> None:
            live.show([*leading, *plain_lines(draft), ("note", messages.LLM_DRAFTING)])

        started = time.perf_counter()
        try:
            answer = await asyncio.to_thread(service.engine.ask, question, doc_id, on_draft)
        except Exception:
            log.exception("Engine failed on a question")
            await live.finish([("line", messages.INTERNAL_ERROR)], question=key)
            return
        latency = int((time.perf_counter() - started) * 1000)
        button_key = service.history.record_answer(
            user_id,
            update.effective_chat.id,
            answer.question,
            answer.abstained,
            latency,
            answer.citations,
            answer.candidate_doc_ids,
            answer.drafter,
            answer.fallback_reason,
        )
        buttons = _answer_keyboard(answer, button_key, service.engine)
        await live.finish([*leading, *plain_lines(answer)], buttons, key)


async def guard(update: Update, context: ContextTypes.DEFAULT_TYPE, counted: bool = True) -> bool:
    """True when the chat or user may use the bot now; otherwise tells them so.

    `counted` requests count against the user's `questions_per_minute`; buttons that only answer
    the press or edit their own message (votes, ticks) pass counted=False."""
    if not _allowed(update, services(context).settings):
        if update.callback_query:
            await update.callback_query.answer(messages.REFUSED, show_alert=True)
        elif update.effective_message:
            await reply(update.effective_message, messages.REFUSED)
        return False
    return not counted or await within_limit(update, context)


async def within_limit(update: Update, context: ContextTypes.DEFAULT_TYPE) -> bool:
    """Count one request of the user; over the limit, a button press gets a notice (no message)
    and a message gets one reply per wait, so a flood never turns into a flood of replies."""
    service = services(context)
    user_id = user_id_of(update)
    wait = service.limiter.wait_seconds(user_id)
    if not wait:
        return True
    text = messages.RATE_LIMITED.format(limit=service.settings.questions_per_minute, seconds=wait)
    if update.callback_query:
        await update.callback_query.answer(text, show_alert=True)
    elif service.limiter.first_refusal(user_id) and update.effective_message:
        await reply(update.effective_message, text)
    return False


async def start(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/start: what the bot does, with example questions."""
    if await guard(update, context):
        await reply(update.effective_message, messages.START)


async def help_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/help: how to ask."""
    if await guard(update, context):
        await reply(update.effective_message, messages.HELP.format(username=context.bot.username))


async def plans(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/kehoach: the documents in the knowledge base."""
    if not await guard(update, context):
        return
    documents = services(context).engine.documents()
    if not documents:
        await reply(update.effective_message, messages.NO_PLANS)
        return
    engine = services(context).engine
    lines = [messages.PLANS_HEADER.format(count=len(documents))]
    for document in documents:
        numbered = sum(1 for s in document.sections if s.level > 0)
        note = validity_note(engine.catalog, document, engine.today())
        lines.append(
            messages.PLAN_LINE.format(
                label=document.label,
                title=document.title,
                kind=document.kind,
                number=document.number if document.number.strip("/").count("/") else messages.UNKNOWN_VALUE,
                issuer=document.issuer or messages.UNKNOWN_VALUE,
                date=document.date or messages.UNKNOWN_VALUE,
                sections=numbered,
                note=messages.PLAN_NOTE.format(note=note) if note else "",
            )
        )
    await reply(update.effective_message, "\n".join(lines))


async def statistics(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/thongke (admins): questions asked, share declined, share of 👎, recent unanswered; with a
    language model, how often it was asked and why its drafts were not used."""
    service = services(context)
    if not update.effective_user or update.effective_user.id not in service.settings.admin_ids:
        await reply(update.effective_message, messages.ADMIN_ONLY)
        return
    stats = await asyncio.to_thread(service.history.statistics)

    def share(part: int, whole: int) -> str:
        return f"{100 * part / whole:.0f}%" if whole else "0%"

    recent = "\n".join(f"  – {q}" for q in stats.recent_declined) or messages.STATS_NONE
    text = messages.STATS.format(
        questions=stats.questions,
        declined_share=share(stats.declined, stats.questions),
        feedback=stats.feedback,
        negative_share=share(stats.negative, stats.feedback),
        skipped=stats.skipped_updates,
        recent=recent,
    )
    if stats.drafted:
        reasons = ", ".join(f"{reason} {count}" for reason, count in stats.fallbacks)
        fell_back = sum(count for _, count in stats.fallbacks)
        text += "\n" + messages.STATS_LLM.format(
            drafted=stats.drafted,
            fallback_share=share(fell_back, stats.drafted),
            reasons=f" ({reasons})" if reasons else "",
        )
    await reply(update.effective_message, text)


async def unknown_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Any other command: say so and show the help."""
    if not await guard(update, context):
        return
    command = (update.effective_message.text or "").split()[0]
    help_text = messages.HELP.format(username=context.bot.username)
    await reply(update.effective_message, messages.UNKNOWN_COMMAND.format(command=command) + help_text)


def _addressed_question(update: Update, bot_id: int, username: str) -> str | None:
    """The question in a message, or None when a group message is not for the bot."""
    message = update.effective_message
    text = message.text or ""
    if update.effective_chat.type == ChatType.PRIVATE:
        return text
    mention = f"@{username}"
    replied = (
        message.reply_to_message is not None
        and message.reply_to_message.from_user is not None
        and message.reply_to_message.from_user.id == bot_id
    )
    if mention.lower() in text.lower():
        start = text.lower().index(mention.lower())
        return (text[:start] + text[start + len(mention) :]).strip()
    return text if replied else None


async def question(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """A text message: answer it (in groups only when addressed to the bot) once, in turn after
    the user's earlier questions; an edited one is answered as the edited version. The question
    stays in the inbox until its answer is in the outbox (or it needs none)."""
    mailbox = services(context).mailbox
    key = key_of(update.effective_message)
    if not mailbox.claim(key):
        return  # answered already, or being answered: Telegram sent it again after a restart
    try:
        await _question(update, context, key)
    except Exception:
        mailbox.done(key)  # the error handler apologises
        raise
    mailbox.done(key)


async def _question(update: Update, context: ContextTypes.DEFAULT_TYPE, key: QuestionKey) -> None:
    asked = _addressed_question(update, context.bot.id, context.bot.username)
    if asked is None or not await guard(update, context):
        return
    service = services(context)
    message = update.effective_message
    age = time.time() - (message.edit_date or message.date).timestamp()
    if age > service.settings.question_max_age_minutes * 60:
        note = messages.STALE_QUESTION.format(minutes=int(age // 60))
        await service.courier.send(message, note, question=key)
        return
    lead = messages.EDITED_LEAD if update.edited_message else ""
    await _answer_and_reply(update, context, asked, lead=lead, key=key)


class _SentTo(Protocol):
    chat_id: int  # the chat a button's message was sent to


async def refused_press(
    update: Update, press: callbacks.Press | None, kinds: tuple[str, ...], stored: _SentTo | None
) -> bool:
    """Refuse (with a notice) a button this bot did not make, one whose record is gone (`stored`
    None), or one pressed in another chat than the one it was sent to; True when refused."""
    query = update.callback_query
    if press is None or press.kind not in kinds:
        log.info("Ignored a button press with data this bot does not make")
        await query.answer(messages.INVALID_BUTTON, show_alert=True)
        return True
    if stored is None:
        await query.answer(messages.STALE_BUTTON, show_alert=True)
        return True
    if update.effective_chat is None or stored.chat_id != update.effective_chat.id:
        log.info("Ignored a button pressed outside the chat it was sent to")
        await query.answer(messages.FOREIGN_BUTTON, show_alert=True)
        return True
    return False


async def button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Buttons under an answer: "src" shows a cited section, "pick" re-answers for one plan,
    "fb" votes; only in the chat the answer was sent to."""
    query = update.callback_query
    if not await guard(update, context, counted=False):
        return
    service = services(context)
    press = callbacks.parse(query.data)
    kinds = (callbacks.SOURCE, callbacks.PICK_PLAN, callbacks.FEEDBACK)
    stored = service.history.answer(press.key) if press and press.kind in kinds else None
    if await refused_press(update, press, kinds, stored):
        return
    if press.kind == callbacks.FEEDBACK and press.number in (callbacks.FEEDBACK_UP, callbacks.FEEDBACK_DOWN):
        vote = 1 if press.number == callbacks.FEEDBACK_UP else -1
        service.history.record_feedback(stored.id, user_id_of(update), vote)
        await query.answer(messages.FEEDBACK_THANKS)
    elif press.kind == callbacks.SOURCE and press.number < len(stored.citations):
        if await within_limit(update, context):
            await query.answer()
            await reply(update.effective_message, _section_text(service.engine, stored.citations[press.number]))
    elif press.kind == callbacks.PICK_PLAN and press.number < len(stored.candidates):
        if await within_limit(update, context):
            await query.answer()
            await _answer_and_reply(update, context, stored.question, stored.candidates[press.number])
    else:
        await query.answer(messages.INVALID_BUTTON, show_alert=True)


def _section_text(engine: Engine, citation: Citation) -> str:
    """The full text of a cited section (with its subsections), or the stale-button message."""
    document = engine.document(citation.doc_id)
    section = document.section(citation.section) if document else None
    if document is None or section is None:
        return messages.STALE_BUTTON
    heading = f" «{section.heading}»" if section.heading and section.level else ""
    lines = [messages.SOURCE_TITLE.format(label=document.label, section=section_label(section.path), heading=heading)]
    if section.body:
        lines.append(section.body)
    for child in document.sections:
        if child.parent_path == section.path:
            lines.append(f"{child.path.split('.')[-1]}. {child.heading}" + (f"\n{child.body}" if child.body else ""))
    if section.closing:
        lines.append(section.closing)
    return "\n".join(lines)


async def on_error(update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Log every unhandled error with its trace; tell the user politely when there is one."""
    if isinstance(context.error, TimedOut):
        # Telegram may well have delivered the message it was slow to confirm: an apology on top
        # of a delivered answer would be wrong, and a retry could duplicate it.
        log.warning("A Bot API call timed out; the message may have been delivered (%s)", context.error)
        return
    log.error("Unhandled error while processing an update", exc_info=context.error)
    if isinstance(update, Update) and update.effective_message:
        try:
            await update.effective_message.reply_text(messages.INTERNAL_ERROR)
        except Exception:  # the apology itself may fail when Telegram is down; nothing more to do
            log.warning("Could not send the apology", exc_info=True)

"""Telegram handlers for facts: /hanchot (deadlines + .ics), /hoso (tickable dossier checklist),
/nhac (reminders before dated deadlines, kept in SQLite and restored after a restart)."""

from __future__ import annotations

import datetime as dt
import io
import logging
import re

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, InputFile, Update
from telegram.ext import Application, ContextTypes

from bot import messages
from bot.calendar_file import deadlines_calendar
from bot.deadlines import checklist, deadlines
from bot.facts_text import format_checklist, format_deadlines
from bot.telegram import callbacks
from bot.telegram.handlers import guard, refused_press, reply, services, user_id_of, within_limit

log = logging.getLogger(__name__)
_MAX_DAYS_BEFORE = 60
_DAYS = re.compile(r"[0-9]{1,3}")


async def deadlines_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/hanchot: deadlines, upcoming first, then the .ics calendar of the dated ones."""
    if not await guard(update, context):
        return
    service = services(context)
    today = service.today()
    catalog = service.engine.catalog
    entries = deadlines(catalog, today)
    await reply(update.effective_message, format_deadlines(catalog, entries, today))
    stamp = dt.datetime.now(dt.UTC)
    calendar = deadlines_calendar(catalog, entries, stamp)
    await update.effective_message.reply_document(
        InputFile(io.BytesIO(calendar), filename=messages.CALENDAR_FILE), caption=messages.CALENDAR_CAPTION
    )


def _plans_with_dossier(context: ContextTypes.DEFAULT_TYPE) -> list[str]:
    documents = services(context).engine.catalog.documents
    return [doc_id for doc_id in sorted(documents) if any(f.kind == "dossier_item" for f in documents[doc_id].facts)]


async def dossier_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/hoso: pick a plan (buttons), then its checklist."""
    if not await guard(update, context):
        return
    plans = _plans_with_dossier(context)
    if not plans:
        await reply(update.effective_message, messages.HOSO_NONE)
        return
    if len(plans) == 1:
        await _send_checklist(update, context, plans[0])
        return
    service = services(context)
    key = service.history.record_checklist(user_id_of(update), update.effective_chat.id, tuple(plans))
    catalog = service.engine.catalog
    labels = [catalog.document(doc_id).label for doc_id in plans]
    buttons = [
        [InlineKeyboardButton(label, callback_data=callbacks.data(callbacks.CHOOSE_PLAN, key, i))]
        for i, label in enumerate(labels)
    ]
    await reply(update.effective_message, messages.HOSO_CHOOSE, InlineKeyboardMarkup(buttons))


def _tick_markup(context: ContextTypes.DEFAULT_TYPE, user_id: int, key: str, doc_id: str) -> InlineKeyboardMarkup:
    service = services(context)
    result = checklist(service.engine.catalog, doc_id)
    ticked = service.history.ticked(user_id, doc_id)
    rows = []
    for number, item in enumerate(result.items):
        mark = messages.TICK_ON if number in ticked else messages.TICK_OFF
        text = item.text if len(item.text) <= 50 else item.text[:49] + "…"
        data = callbacks.data(callbacks.TICK, key, number)
        rows.append([InlineKeyboardButton(f"{mark} {number + 1}. {text}", callback_data=data)])
    return InlineKeyboardMarkup(rows)


async def _send_checklist(update: Update, context: ContextTypes.DEFAULT_TYPE, doc_id: str) -> None:
    service = services(context)
    catalog = service.engine.catalog
    text = f"{format_checklist(catalog, checklist(catalog, doc_id))}\n{messages.HOSO_TICK_HINT}"
    user_id = user_id_of(update)
    key = service.history.record_checklist(user_id, update.effective_chat.id, (doc_id,))
    await reply(update.effective_message, text, _tick_markup(context, user_id, key, doc_id))


async def dossier_button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Buttons "hs" (show the chosen plan's checklist) and "tick" (tick an item), for the user
    they were sent to, in the chat they were sent to."""
    query = update.callback_query
    if not await guard(update, context, counted=False):
        return
    service = services(context)
    press = callbacks.parse(query.data)
    stored = service.history.checklist(press.key) if press else None
    if await refused_press(update, press, (callbacks.CHOOSE_PLAN, callbacks.TICK), stored):
        return
    user_id = user_id_of(update)
    if stored.user_hash != service.history.user_hash(user_id):
        await query.answer(messages.NOT_YOUR_CHECKLIST, show_alert=True)
        return
    catalog = service.engine.catalog
    if press.kind == callbacks.CHOOSE_PLAN:
        # A choice offers two plans or more; a one-plan row is a checklist, whose buttons are ticks.
        offered = len(stored.doc_ids) > 1 and press.number < len(stored.doc_ids)
        chosen = stored.doc_ids[press.number] if offered else None
        if chosen is None or checklist(catalog, chosen) is None:
            await query.answer(messages.STALE_BUTTON, show_alert=True)
        elif await within_limit(update, context):
            await query.answer()
            await _send_checklist(update, context, chosen)
        return
    items = checklist(catalog, stored.doc_ids[0])
    if len(stored.doc_ids) != 1 or items is None or press.number >= len(items.items):
        await query.answer(messages.STALE_BUTTON, show_alert=True)
        return
    await query.answer()
    service.history.toggle_tick(user_id, stored.doc_ids[0], press.number)
    await query.edit_message_reply_markup(_tick_markup(context, user_id, press.key, stored.doc_ids[0]))


def _job_name(chat_id: int) -> str:
    return f"nhac:{chat_id}"


def schedule_reminders(application: Application, chat_id: int, days_before: int) -> None:
    """(Re)place the chat's reminder job; one job per chat, never duplicated."""
    for job in application.job_queue.get_jobs_by_name(_job_name(chat_id)):
        job.schedule_removal()
    interval = application.bot_data["services"].settings.reminder_check_seconds
    application.job_queue.run_repeating(
        _remind, interval=interval, first=1, name=_job_name(chat_id), chat_id=chat_id, data=days_before
    )


def restore_reminders(application: Application) -> None:
    for chat_id, days_before in application.bot_data["services"].history.subscriptions().items():
        schedule_reminders(application, chat_id, days_before)


async def _remind(context: ContextTypes.DEFAULT_TYPE) -> None:
    service = services(context)
    chat_id, days_before = context.job.chat_id, context.job.data
    today = service.today()
    catalog = service.engine.catalog
    for entry in deadlines(catalog, today):
        left = entry.days_left(today)
        if left is None or not 0 <= left <= days_before:
            continue
        fact = entry.fact
        if not service.history.mark_reminded(chat_id, f"{fact.doc_id}|{fact.section}|{fact.date}|{fact.text}"):
            continue
        document = catalog.document(fact.doc_id)
        text = messages.REMINDER.format(
            days=left,
            date=entry.due.strftime("%d/%m/%Y"),
            label=document.label if document else fact.doc_id,
            section=fact.section,
            text=fact.source,
        )
        await context.bot.send_message(chat_id, text)


async def remind_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/nhac [N] subscribes this chat to reminders N days before dated deadlines; /nhac tat stops."""
    if not await guard(update, context):
        return
    service = services(context)
    chat_id = update.effective_chat.id
    argument = (context.args[0] if context.args else "").lower()
    if argument in ("tat", "tắt", "off"):
        removed = service.history.unsubscribe(chat_id)
        for job in context.job_queue.get_jobs_by_name(_job_name(chat_id)):
            job.schedule_removal()
        await reply(update.effective_message, messages.REMIND_OFF if removed else messages.REMIND_NOT_ON)
        return
    days = int(argument) if _DAYS.fullmatch(argument) else service.settings.reminder_days_before
    if (argument and not _DAYS.fullmatch(argument)) or not 1 <= days <= _MAX_DAYS_BEFORE:
        await reply(update.effective_message, messages.REMIND_USAGE)
        return
    service.history.subscribe(chat_id, days)
    schedule_reminders(context.application, chat_id, days)
    await reply(update.effective_message, messages.REMIND_ON.format(days=days))

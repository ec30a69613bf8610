"""Sending to Telegram: one HTML message with its fallbacks (`send_html`), and answers kept in the
outbox until Telegram takes them (`Courier`).

`send_html` retries a network fault twice within seconds and resends as plain text when Telegram
rejects the markup; 429s are retried by bot/chat_rate_limiter.py. When that is not enough (the Bot
API down for longer, the network gone), the `Courier` keeps trying from the outbox
(bot/mailbox.py) with growing pauses (2 s doubling up to 60 s, through the JobQueue) for
`[telegram] send_retry_minutes`, then gives up with one log line. A chat's answers go out in
order: while one waits for a retry, later ones wait behind it. After a restart, the answers kept
are sent and the questions kept are handed to the handlers again (`Courier.resume`); an answer
that was being sent when the bot died may have reached Telegram, so it is sent again with a lead
line saying so (there is no way to ask Telegram whether it did).
"""

from __future__ import annotations

import asyncio
import html
import logging
from collections.abc import Callable, Sequence

from telegram import Bot, InlineKeyboardMarkup, Message, ReplyParameters, Update
from telegram.constants import ParseMode
from telegram.error import BadRequest, NetworkError, RetryAfter, TelegramError, TimedOut
from telegram.ext import Application, ContextTypes

from bot import messages
from bot.render.telegram_html import TELEGRAM_LIMIT, html_messages, html_to_plain
from bot.telegram.mailbox import Mailbox, Parcel, QuestionKey

log = logging.getLogger(__name__)
_SEND_ATTEMPTS = 3
_FIRST_PAUSE = 2.0
_LONGEST_PAUSE = 60.0
_RESENT_LEAD = html.escape(messages.RESENT_LEAD) + "\n"


async def send_html(
    bot: Bot,
    chat_id: int,
    text: str,
    markup: InlineKeyboardMarkup | None = None,
    reply_to: int | None = None,
    thread_id: int | None = None,
) -> Message:
    """Send one HTML message, retrying network faults; plain text if Telegram rejects the markup.

    Raises:
        TimedOut: Telegram was slow to confirm; the message may have been delivered (no retry).
        NetworkError, RetryAfter: still failing after the retries.
        TelegramError: refused for good (bad request, bot blocked…).
    """
    reply = ReplyParameters(reply_to, allow_sending_without_reply=True) if reply_to else None
    options = {"reply_markup": markup, "reply_parameters": reply, "message_thread_id": thread_id}
    for attempt in range(1, _SEND_ATTEMPTS + 1):
        try:
            try:
                return await bot.send_message(chat_id, text, parse_mode=ParseMode.HTML, **options)
            except BadRequest as error:
                if "parse" not in str(error).lower() and "entit" not in str(error).lower():
                    raise
                log.warning("Telegram rejected HTML (%s); resending as plain text", error)
                return await bot.send_message(chat_id, html_to_plain(text), **options)
        except NetworkError as error:
            # A timeout may have been delivered: retrying it could duplicate the answer.
            if isinstance(error, BadRequest | TimedOut) or attempt == _SEND_ATTEMPTS:
                raise
            log.warning("Sending failed (%s), attempt %d; retrying", error, attempt)
            await asyncio.sleep(attempt)
    raise AssertionError("unreachable")


class Courier:
    """Delivers the outbox, each chat's answers in order; one per application."""

    def __init__(self, application: Application, mailbox: Mailbox, give_up_seconds: float) -> None:
        self._application = application
        self._mailbox = mailbox
        self._give_up_seconds = give_up_seconds
        self._busy: set[int] = set()  # chats being sent to, or waiting for a retry

    async def send(
        self,
        message: Message,
        text: str | Sequence[tuple[str, str]],
        markup: InlineKeyboardMarkup | None = None,
        question: QuestionKey | None = None,
    ) -> None:
        """Keep `text` (an answer to `message`, and to `question`, now done) in the outbox, then
        deliver it unless an earlier answer to the chat is waiting. `text` is plain text, or the
        (role, line) pairs of a rendered answer (bot/render/console.plain_lines)."""
        lines = [("line", line) for line in text.split("\n")] if isinstance(text, str) else text
        self._mailbox.post(
            message.chat_id,
            message.message_id,
            message.message_thread_id if message.is_topic_message else None,
            html_messages(lines, TELEGRAM_LIMIT - len(_RESENT_LEAD)),  # room for the lead if resent
            markup.to_dict() if markup else None,
            question,
        )
        if message.chat_id not in self._busy:
            self._busy.add(message.chat_id)
            await self._deliver(message.chat_id)

    def resume(self, replay: Callable[[Update], None]) -> None:
        """At start-up: schedule the answers kept, and `replay` each question kept."""
        interrupted = self._mailbox.interrupted()
        if interrupted:
            log.info("%d answer(s) were being sent when the bot stopped; sending them again", interrupted)
        for chat_id in self._mailbox.chats():
            self._busy.add(chat_id)
            self._retry_in(chat_id, 0)
        for raw in self._mailbox.questions():
            replay(Update.de_json(raw, self._application.bot))

    async def _deliver(self, chat_id: int) -> None:
        """Send the chat's answers in order; the chat stays busy while a retry is scheduled."""
        try:
            scheduled = await self._send_waiting(chat_id)
        except BaseException:
            self._busy.discard(chat_id)
            raise
        if not scheduled:
            self._busy.discard(chat_id)

    async def _send_waiting(self, chat_id: int) -> bool:
        """Send the chat's answers in order; True when a passing fault stopped it (retry scheduled)."""
        parcel = self._mailbox.first(chat_id)
        while parcel is not None:
            try:
                markup = InlineKeyboardMarkup.de_json(parcel.markup, self._application.bot) if parcel.markup else None
                last = len(parcel.parts) == 1
                lead = _RESENT_LEAD if parcel.resent and parcel.reply_to else ""
                self._mailbox.sending(parcel)
                await send_html(
                    self._application.bot,
                    chat_id,
                    lead + parcel.parts[0],
                    markup if last else None,
                    parcel.reply_to,
                    parcel.thread_id,
                )
            except TimedOut as error:
                log.warning("A Bot API call timed out; the message may have been delivered (%s)", error)
            except TelegramError as error:
                # Network faults, 5xx and a 429 past its retries may pass; a bad request (which PTB
                # makes a NetworkError too) or a bot blocked by the user will not.
                passing = isinstance(error, NetworkError | RetryAfter) and not isinstance(error, BadRequest)
                if passing and self._retrying(parcel, error):
                    return True
                if not passing:
                    log.warning("Telegram refused an answer to chat %s (%s); dropped", chat_id, error)
                self._mailbox.drop(parcel)
                parcel = self._mailbox.first(chat_id)
                continue
            parcel = self._mailbox.part_sent(parcel) or self._mailbox.first(chat_id)
        return False

    def _retrying(self, parcel: Parcel, error: TelegramError) -> bool:
        """True when a retry is scheduled; False when the answer is too old (given up)."""
        attempts = self._mailbox.failed(parcel)
        waited = self._mailbox.clock() - parcel.created
        if waited >= self._give_up_seconds:
            log.warning(
                "Gave up sending an answer to chat %s after %d attempts over %.0f s (%s)",
                parcel.chat_id, attempts, waited, error,
            )  # fmt: skip
            return False
        pause = min(_LONGEST_PAUSE, _FIRST_PAUSE * 2 ** (attempts - 1))
        log.info("Sending to chat %s failed (%s); retrying in %.0f s", parcel.chat_id, error, pause)
        self._retry_in(parcel.chat_id, pause)
        return True

    def _retry_in(self, chat_id: int, seconds: float) -> None:
        async def retry(context: ContextTypes.DEFAULT_TYPE) -> None:
            await self._deliver(chat_id)

        # However late it runs (a busy loop, or scheduled before the JobQueue started): APScheduler
        # skips a job more than a second late by default, which would leave the chat waiting forever.
        self._application.job_queue.run_once(
            retry, seconds, name=f"outbox:{chat_id}", job_kwargs={"misfire_grace_time": None}
        )

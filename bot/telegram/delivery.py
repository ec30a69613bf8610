"""Sending to Telegram: one HTML message with its fallbacks (`send_html`, `edit_html`), answers
kept in the outbox until Telegram takes them (`Courier`), and an answer shown while a language
model writes it, in one message edited as it grows (`LiveAnswer`).

`send_html` retries a network fault twice within seconds and resends as plain text when Telegram
rejects the markup; 429s are retried by bot/chat_rate_limiter.py. When that is not enough (the Bot
API down for longer, the network gone), the `Courier` keeps trying from the outbox
(bot/mailbox.py) with growing pauses (2 s doubling up to 60 s, through the JobQueue) for
`[telegram] send_retry_minutes`, then gives up with one log line. A chat's answers go out in
order: while one waits for a retry, later ones wait behind it. After a restart, the answers kept
are sent and the questions kept are handed to the handlers again (`Courier.resume`); an answer
that was being sent when the bot died may have reached Telegram, so it is sent again with a lead
line saying so (there is no way to ask Telegram whether it did).

A `LiveAnswer` edits its message at most about once a second per chat (Telegram's limit), never
with an unchanged text, showing the newest text and skipping what changed in between; its final
edit puts the answer and its buttons in place, and when that cannot be done the answer goes
through the outbox as a new message.
"""

from __future__ import annotations

import asyncio
import contextlib
import html
import logging
import time
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
_PART_LIMIT = TELEGRAM_LIMIT - len(_RESENT_LEAD)  # room for the lead if resent
EDIT_INTERVAL = 1.0  # Telegram allows about one edit a second in a chat
_EDIT_CHATS_KEPT = 1024
Lines = Sequence[tuple[str, str]]  # (role, line) pairs of a rendered answer (bot/render/console.plain_lines)


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
                if not _markup_rejected(error):
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


async def edit_html(
    bot: Bot, chat_id: int, message_id: int, text: str, markup: InlineKeyboardMarkup | None = None
) -> None:
    """Replace the text (and buttons) of a message the bot sent; as plain text if Telegram rejects
    the markup. An edit Telegram finds unchanged counts as done.

    Raises:
        TelegramError: refused (message gone, 429 past the rate limiter's retries) or not sent.
    """
    try:
        try:
            await bot.edit_message_text(text, chat_id, message_id, parse_mode=ParseMode.HTML, reply_markup=markup)
        except BadRequest as error:
            if not _markup_rejected(error):
                raise
            log.warning("Telegram rejected HTML (%s); editing as plain text", error)
            await bot.edit_message_text(html_to_plain(text), chat_id, message_id, reply_markup=markup)
    except BadRequest as error:
        if "not modified" not in str(error).lower():
            raise


def _markup_rejected(error: BadRequest) -> bool:
    return "parse" in str(error).lower() or "entit" in str(error).lower()


class Courier:
    """Delivers the outbox, each chat's answers in order; one per application."""

    def __init__(self, application: Application, mailbox: Mailbox, give_up_seconds: float) -> None:
        self._application = application
        self._mailbox = mailbox
        self._give_up_seconds = give_up_seconds
        self._busy: set[int] = set()  # chats being sent to, or waiting for a retry
        self._edited: dict[int, float] = {}  # when each chat last had a message sent or edited live

    @property
    def bot(self) -> Bot:
        return self._application.bot

    async def send(
        self,
        message: Message,
        text: str | Lines,
        markup: InlineKeyboardMarkup | None = None,
        question: QuestionKey | None = None,
    ) -> None:
        """Keep `text` (an answer to `message`, and to `question`, now done) in the outbox, then
        deliver it unless an earlier answer to the chat is waiting. `text` is plain text, or the
        (role, line) pairs of a rendered answer (bot/render/console.plain_lines)."""
        lines = [("line", line) for line in text.split("\n")] if isinstance(text, str) else text
        await self.send_parts(message, html_messages(lines, _PART_LIMIT), markup, question)

    async def send_parts(
        self,
        message: Message,
        parts: list[str],
        markup: InlineKeyboardMarkup | None = None,
        question: QuestionKey | None = None,
    ) -> None:
        """`send` for an answer already made into HTML messages (each within `_PART_LIMIT`)."""
        self._mailbox.post(
            message.chat_id,
            message.message_id,
            message.message_thread_id if message.is_topic_message else None,
            parts,
            markup.to_dict() if markup else None,
            question,
        )
        if message.chat_id not in self._busy:
            self._busy.add(message.chat_id)
            await self._deliver(message.chat_id)

    async def edit_turn(self, chat_id: int) -> None:
        """Wait until the chat may have a live message sent or edited: about one a second."""
        while (wait := self._edited.get(chat_id, 0.0) + EDIT_INTERVAL - time.monotonic()) > 0:
            await asyncio.sleep(wait)
        if len(self._edited) >= _EDIT_CHATS_KEPT:
            past = time.monotonic() - EDIT_INTERVAL
            self._edited = {chat: at for chat, at in self._edited.items() if at > past}
        self._edited[chat_id] = time.monotonic()

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


class LiveAnswer:
    """One message showing an answer while it is written, then the answer itself.

    Created in the event loop; `show` may be called from any thread (the engine's). The first text
    shown goes out as a reply to `message`, later ones are edited in. A text that cannot be shown
    is let go (later ones are not tried): the final answer is what must arrive.
    """

    def __init__(self, courier: Courier, message: Message) -> None:
        self._courier = courier
        self._message = message
        self._loop = asyncio.get_running_loop()
        self._latest = ""  # the newest text handed over (HTML)
        self._shown = ""  # the text in the message now
        self._sent: Message | None = None
        self._task: asyncio.Task[None] | None = None
        self._requesting = False  # a call to Telegram is on its way
        self._stopped = False  # finishing, or a text could not be shown

    def show(self, lines: Lines) -> None:
        """Show `lines` soon, unless newer ones come first (thread-safe)."""
        text = html_messages(lines)[0]  # a text too long for one message shows its beginning
        self._loop.call_soon_threadsafe(self._hand_over, text)

    def _hand_over(self, text: str) -> None:
        self._latest = text
        if not self._stopped and (self._task is None or self._task.done()):
            self._task = self._loop.create_task(self._show_latest())

    async def _show_latest(self) -> None:
        chat_id = self._message.chat_id
        while not self._stopped and self._latest != self._shown:
            await self._courier.edit_turn(chat_id)
            text = self._latest
            self._requesting = True
            try:
                if self._sent is None:
                    thread_id = self._message.message_thread_id if self._message.is_topic_message else None
                    self._sent = await send_html(
                        self._courier.bot, chat_id, text, None, self._message.message_id, thread_id
                    )
                else:
                    await edit_html(self._courier.bot, chat_id, self._sent.message_id, text)
            except TelegramError as error:
                log.info("Could not show an answer being written to chat %s (%s)", chat_id, error)
                self._stopped = True
                return
            finally:
                self._requesting = False
            self._shown = text

    async def finish(
        self, lines: Lines, markup: InlineKeyboardMarkup | None = None, question: QuestionKey | None = None
    ) -> None:
        """Put the answer `lines` and its buttons in the message, or send them through the outbox
        (which marks `question` done) when no message went out or it cannot be edited."""
        self._stopped = True
        if self._task is not None and not self._task.done():
            if not self._requesting:
                self._task.cancel()  # it is only waiting for its turn
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
        if self._sent is None:
            await self._courier.send(self._message, lines, markup, question)
            return
        first, *rest = html_messages(lines, _PART_LIMIT)
        if first != self._shown or markup is not None:  # never an edit that changes nothing
            try:
                await self._courier.edit_turn(self._message.chat_id)
                await edit_html(
                    self._courier.bot, self._message.chat_id, self._sent.message_id, first, None if rest else markup
                )
            except TelegramError as error:
                log.warning("Could not edit an answer into chat %s (%s); sending it anew", self._message.chat_id, error)
                await self._courier.send(self._message, lines, markup, question)
                return
        if rest:
            await self._courier.send_parts(self._message, rest, markup, question)

"""Command line: `ask` (one question, or a JSONL batch), `chat` (console), `run` (Telegram or
console), `deadlines` and `checklist` (facts read at ingest). `ask` and `chat` print an answer a
language model writes as its sentences are checked."""

from __future__ import annotations

import argparse
import json
import os
import sys
from datetime import date
from pathlib import Path

from bot import messages
from bot.answer.answer import Answer
from bot.answer.engine import Engine
from bot.answer.llm.models import API_KEY_VARIABLE
from bot.deadlines import checklist, deadlines
from bot.facts_text import format_checklist, format_deadlines
from knowledge.embeddings import LazyEmbeddings
from knowledge.errors import KnowledgeError
from knowledge.logs import configure_logging
from knowledge.settings import Settings, load_settings
from knowledge.store import KnowledgeStore

TOKEN_VARIABLE = "TELEGRAM_BOT_TOKEN"


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m bot", description="Ask the thi đua – khen thưởng assistant.")
    parser.add_argument("--config", type=Path, help="config file (default: $TDKT_CONFIG or ./config.toml)")
    commands = parser.add_subparsers(dest="command", required=True)
    ask = commands.add_parser("ask", help="answer one question, or a JSONL batch")
    ask.add_argument("question", nargs="?", help="the question, in Vietnamese")
    ask.add_argument("--json", action="store_true", help="print JSON instead of text")
    ask.add_argument("--batch", type=Path, help='JSONL file of {"id", "question"} lines (with --json)')
    ask.add_argument("--doc", help="answer only from this document id")
    commands.add_parser("chat", help="converse in the terminal")
    deadlines = commands.add_parser("deadlines", help="list deadlines and campaign ends, upcoming first")
    deadlines.add_argument("--json", action="store_true", help="one JSON object per line")
    deadlines.add_argument("--today", type=date.fromisoformat, default=date.today(), help="YYYY-MM-DD")
    checklist = commands.add_parser("checklist", help="the dossier checklist of one plan")
    checklist.add_argument("doc_id", help="document id (file name without extension)")
    checklist.add_argument("--json", action="store_true", help="print JSON")
    commands.add_parser("run", help="start the Telegram bot (TELEGRAM_BOT_TOKEN), else the console chat")
    return parser


class _Printer:
    """Prints an answer as it comes: the checked text of a draft each time it grows, then the rest
    of the answer; or, when the draft is not used, the answer whole after what was printed."""

    def __init__(self) -> None:
        self._printed = ""

    def show(self, answer: Answer) -> None:
        """Print what `answer` adds to what was printed (the engine's `on_draft`)."""
        text = answer.text
        if text.startswith(self._printed):
            sys.stdout.write(text[len(self._printed) :])
        else:
            sys.stdout.write(("\n\n" if self._printed else "") + text)
        sys.stdout.flush()
        self._printed = text

    def finish(self, answer: Answer) -> None:
        self.show(answer)
        print()


def _ask(engine: Engine, args: argparse.Namespace) -> int:
    if args.batch:
        return _batch(engine, args.batch)
    if args.json:
        print(json.dumps(engine.ask(args.question or "", args.doc).to_dict(), ensure_ascii=False))
        return 0
    printer = _Printer()
    printer.finish(engine.ask(args.question or "", args.doc, printer.show))
    return 0


def _batch(engine: Engine, path: Path) -> int:
    count = declined = 0
    with path.open(encoding="utf-8") as lines:
        for number, line in enumerate(lines, 1):
            if not line.strip():
                continue
            try:
                item = json.loads(line)
                question_id, question = item["id"], str(item["question"])
            except (json.JSONDecodeError, KeyError, TypeError) as error:
                print(f'error: {path}:{number}: expected {{"id", "question"}}: {error}', file=sys.stderr)
                return 2
            answer = engine.ask(question)
            count += 1
            declined += answer.abstained
            print(json.dumps(answer.to_dict(question_id), ensure_ascii=False), flush=True)
    print(f"Answered {count} question(s), {declined} declined.", file=sys.stderr)
    return 0


def _facts_command(args: argparse.Namespace) -> int:
    """deadlines / checklist: read the catalog only (no model, no Chroma)."""
    try:
        settings = load_settings(args.config)
        catalog = KnowledgeStore(settings, LazyEmbeddings(settings.embeddings)).catalog
    except KnowledgeError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    if args.command == "deadlines":
        entries = deadlines(catalog, args.today)
        if args.json:
            for entry in entries:
                print(json.dumps(entry.to_dict(args.today), ensure_ascii=False))
        else:
            print(format_deadlines(catalog, entries, args.today))
        print(f"{len(entries)} deadline(s).", file=sys.stderr)
        return 0
    result = checklist(catalog, args.doc_id)
    if result is None:
        print(messages.UNKNOWN_DOCUMENT.format(doc_id=args.doc_id, known=", ".join(sorted(catalog.documents))))
        return 1
    print(json.dumps(result.to_dict(), ensure_ascii=False) if args.json else format_checklist(catalog, result))
    return 0


def chat(engine: Engine) -> int:
    print(messages.CHAT_WELCOME)
    asked = 0
    while True:
        try:
            question = input(messages.CHAT_PROMPT)
        except (EOFError, KeyboardInterrupt):
            print()
            break
        # "/exit", as a Telegram user types commands, ends the chat too.
        if question.strip().lower().removeprefix("/") in messages.CHAT_EXIT_WORDS:
            break
        printer = _Printer()
        printer.finish(engine.ask(question, on_draft=printer.show))
        print()
        asked += 1
    print(f"{messages.CHAT_GOODBYE} ({asked} câu hỏi)")
    return 0


def _run(settings: Settings, engine: Engine) -> int:
    if not os.environ.get(TOKEN_VARIABLE):
        return chat(engine)
    from bot.telegram.app import run
    from ingest.library import DocumentLibrary

    return run(settings, engine, os.environ[TOKEN_VARIABLE], DocumentLibrary(settings, engine.store))


def _check_api_url() -> None:
    """A bad TDKT_TELEGRAM_API_URL stops `run` before the model is loaded (ConfigError)."""
    if os.environ.get(TOKEN_VARIABLE):
        from bot.telegram.app import API_URL_VARIABLE, api_base_url

        api_base_url(os.environ.get(API_URL_VARIABLE))


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if args.command == "ask" and not args.batch and args.question is None:
        print("error: give a question, or --batch FILE.jsonl", file=sys.stderr)
        return 2
    if args.command == "ask" and args.batch and not args.batch.is_file():
        print(f"error: no such file: {args.batch}", file=sys.stderr)
        return 2
    if args.command in ("deadlines", "checklist"):
        return _facts_command(args)
    try:
        settings = load_settings(args.config)
        secrets = [os.environ.get(TOKEN_VARIABLE, ""), os.environ.get(API_KEY_VARIABLE, "")]
        configure_logging(settings.logging, secrets=secrets)
        if args.command == "run":
            _check_api_url()
        if args.command != "ask":
            print(messages.LOADING, file=sys.stderr)
        engine = Engine.load(settings)
    except KnowledgeError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    if args.command == "ask":
        return _ask(engine, args)
    if args.command == "chat":
        return chat(engine)
    return _run(settings, engine)

"""The knowledge base's data types: Document, Section, Chunk, Citation.

Every Section and Chunk records where it came from (document id, section path, character span in
the normalised document text) so that a citation can be checked with `text[start:end]`. Those
source fields stay out of equality. No I/O here.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field

from knowledge.lexicon import lexicon

PREAMBLE = "preamble"
SIGNATURE = "signature"
PEOPLES_COMMITTEE = "Ủy ban nhân dân"
# Articles of a Quyết định that issues an attached document are cited "QĐ.Điều 2".
DECISION_PREFIX = "QĐ."
# Appendices, attached lists and forms after the signature are cited "PL1", "PL1.2".
APPENDIX_PREFIX = "PL"
# Between the names, and between the roles, of a document several people sign (a joint plan).
SIGNERS_SEPARATOR = "; "


@dataclass(frozen=True)
class Section:
    """A numbered part of a plan: `path` is "VI", "VI.2", or "preamble" / "signature"."""

    path: str
    heading: str
    body: str
    level: int
    doc_id: str = field(compare=False)
    start: int = field(compare=False)
    end: int = field(compare=False)
    # Titles of the enclosing parts left out of the path ("Chương III › Hồ sơ, thủ tục").
    context: str = field(default="", compare=False)
    # The paragraph after the last of its points that closes their list ("Hồ sơ lập thành 02 bộ"):
    # the clause's own text, read after its points.
    closing: str = field(default="", compare=False)

    @property
    def parent_path(self) -> str | None:
        return self.path.rsplit(".", 1)[0] if "." in self.path else None

    @property
    def is_point(self) -> bool:
        """A point ("điểm a)"): the last part of its path is a lower-case letter. Points are read
        with the clause that introduces them."""
        last = self.path.rsplit(".", 1)[-1]
        return self.parent_path is not None and len(last) == 1 and last.islower()


@dataclass(frozen=True)
class Document:
    """A plan or regulation, parsed: metadata plus its sections in reading order."""

    doc_id: str
    title: str
    kind: str
    locality: str
    issuer: str
    number: str
    date: str
    signer: str
    signer_role: str
    sections: tuple[Section, ...]
    text: str = field(compare=False, repr=False)
    effective_date: str = ""
    replaces: tuple[str, ...] = ()  # documents it replaces: "Quyết định số 3568/QĐ-UBND ngày …"

    @property
    def label(self) -> str:
        """Short name a user recognises: "Kế hoạch thi đua huyện An Lão", "Quy chế thi đua, khen
        thưởng huyện Đại Từ", "Kế hoạch thi đua Sở Giáo dục và Đào tạo tỉnh Bắc Kạn"."""
        kind = lexicon().kind_by_name(self.kind)
        owner = self.locality
        if self.issuer and not self.issuer.startswith(PEOPLES_COMMITTEE):
            owner = self.issuer
        if not owner:
            return f"{self.kind or 'Văn bản'} {self.doc_id}"
        template = kind.label if kind else f"{self.kind} {{owner}}"
        return " ".join(template.format(owner=owner, number=self.number.lstrip("/")).split())

    @property
    def issued_by_decision(self) -> bool:
        """True for a document attached to the Quyết định that issues it (its number is the decision's)."""
        return any(s.path.startswith(DECISION_PREFIX) for s in self.sections)

    def section(self, path: str) -> Section | None:
        return next((s for s in self.sections if s.path == path), None)

    def heading_chain(self, path: str) -> str:
        """Headings from the top level down to `path`, joined with " › "."""
        parts = path.split(".")
        headings = []
        for depth in range(1, len(parts) + 1):
            found = self.section(".".join(parts[:depth]))
            if found and found.heading:
                headings.append(found.heading)
        return " › ".join(headings)


@dataclass(frozen=True)
class Chunk:
    """A retrievable piece of one section; `id` is stable across re-ingests of the same text."""

    id: str
    doc_id: str
    section: str
    heading: str
    text: str
    search_text: str
    start: int = field(compare=False)
    end: int = field(compare=False)
    # The nearest real heading: a clause whose "heading" is its first words cut short ("Hồ sơ đề
    # nghị … của các cơ quan, đơn…") takes its article's title ("Thời hạn gửi hồ sơ").
    title: str = field(default="", compare=False)


@dataclass(frozen=True)
class Fact:
    """A structured fact read from one sentence of a plan.

    kind: "period" (campaign period), "deadline", "time_limit" (working days from an event),
    "dossier_item", "copies", "form", "amount", "recipient", "reward_form", "eligibility",
    "agency_task", "council_member", "standing_body", "table_row", "signer". `date` is ISO
    ("2025-08-31", or "2025-08" for a month; "--12-10" for a yearly date, with `recurs` "yearly")
    or empty; a deadline relative to an event keeps `relative` ("20 ngày sau tổ chức Đại hội…",
    "trong 15 ngày làm việc kể từ ngày nhận đủ hồ sơ") and no date.
    """

    kind: str
    doc_id: str
    section: str
    text: str
    source: str = field(compare=False)
    date: str = ""
    start: str = ""
    relative: str = ""
    recurs: str = ""

    def to_dict(self) -> dict[str, str]:
        return asdict(self)


@dataclass(frozen=True)
class Citation:
    doc_id: str
    title: str
    section: str
    heading: str
    quote: str

    def to_dict(self) -> dict[str, str]:
        return asdict(self)

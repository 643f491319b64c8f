"""Name keys, name forms and ambiguity heuristics for reference data.

Three small jobs, kept apart from the data so each can be tested on its own:

* :func:`key` — the matching key of a name: :func:`doingoai.text.fold` (NFC, case and diacritics
  removed, đ→d) plus punctuation turned into spaces, so "TP.HCM" = "TP HCM", "Ả-rập Xê-út" =
  "Ả Rập Xê Út" and "Côte d’Ivoire" = "Cote d'Ivoire".
* :func:`library_forms` — the other forms a library name is written in: ISO 3166-2 names come as
  "Bristol, City of", "Caerphilly [Caerffili GB-CAF]", "Yunnan Sheng", "Gyeonggi-do"; the press
  writes "City of Bristol", "Caerphilly", "Yunnan", "Gyeonggi".
* :func:`looks_ambiguous` — whether a name taken from a library (not curated by us) is risky to
  match in Vietnamese text: very short, made only of generic words ("North East"), or made only of
  syllables that are also Vietnamese syllables once diacritics are folded ("Trang", "Chin", "Mon").
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator

_PUNCT = re.compile(r"[\s\-‐‑‒–—―.,;:!?'’‘`´\"“”()\[\]{}/\\&+*_|·]+")


class _FoldTable(dict):
    """Per-character translation table for :func:`fold`, filled on demand (C-speed translate)."""

    def __missing__(self, codepoint: int) -> str:
        char = chr(codepoint)
        if char in "đĐð":
            value = "d"
        else:
            decomposed = unicodedata.normalize("NFD", char)
            value = "".join(c for c in decomposed if not unicodedata.combining(c))
        self[codepoint] = value
        return value


_FOLD_TABLE = _FoldTable()
_SPACES = re.compile(r"\s+")


def fold(text: str) -> str:
    """Same result as :func:`doingoai.text.fold`, several times faster on bulk data.

    Decomposition and mark removal are done per character (NFD decomposes characters
    independently; reordering marks does not matter once they are removed), through a cached
    ``str.translate`` table. The tests check it against :func:`doingoai.text.fold`.
    """
    return _SPACES.sub(" ", text.translate(_FOLD_TABLE).casefold()).strip()


def key(text: str) -> str:
    """Matching key: folded, punctuation-free, single-spaced.

    >>> key("TP.HCM") == key("Tp. HCM") == "tp hcm"
    True
    >>> key("Ả-rập Xê-út") == key("Ả Rập Xê Út")
    True
    """
    return _PUNCT.sub(" ", text.translate(_FOLD_TABLE).casefold()).strip()


def unique(names: Iterable[str]) -> list[str]:
    """Names in order, without blanks and without repeats of the same key."""
    seen: set[str] = set()
    out: list[str] = []
    for name in names:
        name = " ".join(name.split())
        k = key(name)
        if name and k and k not in seen:
            seen.add(k)
            out.append(name)
    return out


# --- forms of library names -----------------------------------------------------------------

_BRACKET = re.compile(r"\s*\[([^\]]*)\]")
_PAREN = re.compile(r"\s*\(([^)]*)\)")
_CODE = re.compile(r"\b[A-Z]{2}-[A-Z0-9]{1,3}\b")
_SPECIAL = re.compile(r"[,\[(/]")
_LIST_WORDS = re.compile(r"\s(and|y|et|und|e|và)\s", re.IGNORECASE)
# Administrative suffixes by country (ISO 3166-2 writes the local type word into the name).
_SUFFIXES: dict[str, re.Pattern[str]] = {
    "CN": re.compile(r"\s+(?:(?:\w+zu|Uygur)\s+)?(?:Sheng|Shi|Zizhiqu|SAR)$"),
    "KR": re.compile(r"-(?:do|teukbyeolsi|gwangyeoksi|teukbyeoljachido|teukbyeoljachisi)$"),
    "KP": re.compile(r"(?<=\w{4})(?:to)$"),
    "RU": re.compile(r"\s+(?:oblast'|kray|avtonomnyy okrug|avtonomnaya oblast')$"),
    "UA": re.compile(r"\s+oblast$"),
    "KZ": re.compile(r"\s+oblysy$"),
    "SE": re.compile(r"s?\s+län$"),
    "CZ": re.compile(r"\s+kraj$|^Kraj\s+"),
    "LT": re.compile(r"\s+apskritis$"),
    "RS": re.compile(r"\s+okrug$"),
}


def library_forms(name: str, country: str | None = None, inner: bool = True) -> list[str]:
    """Other written forms of a library (pycountry/CLDR) name, the name itself excluded.

    >>> library_forms("Bristol, City of")
    ['City of Bristol', 'Bristol']
    >>> library_forms("Caerphilly [Caerffili GB-CAF]")
    ['Caerphilly', 'Caerffili']
    >>> library_forms("Yunnan Sheng", "CN")
    ['Yunnan']
    >>> library_forms("Myanmar (Miến Điện)")
    ['Myanmar', 'Miến Điện']

    ``inner=False`` ignores what brackets contain: our own "Limburg (Bỉ)" gives "Limburg" only.
    """
    if country not in _SUFFIXES and _SPECIAL.search(name) is None:
        return []
    forms: list[str] = []

    def add(form: str) -> None:
        form = " ".join(form.split()).strip(" ,/")
        if form and form != name and form not in forms:
            forms.append(form)

    base = _PAREN.sub("", _BRACKET.sub("", name)).strip()
    if base != name:
        add(base)
    if inner:
        for content in _BRACKET.findall(name):
            add(_CODE.sub("", content))
        stem = _BRACKET.sub("", name).strip()
        for content in _PAREN.findall(stem):
            content = content.strip()
            if content[:1].isupper() and not re.search(r"Region|EH|partial", content):
                add(content)
            elif content[:1].islower():
                add(_PAREN.sub(" " + content, stem))
    for part in base.split(" / ") if " / " in base else ():
        add(part)
    if base.count(",") == 1 and not _LIST_WORDS.search(base):
        head, tail = (p.strip() for p in base.split(","))
        add(f"{tail} {head}")
        add(head)
    if country in _SUFFIXES:
        for form in [base, *forms]:
            stripped = _SUFFIXES[country].sub("", form)
            if stripped != form and len(stripped) >= 3:
                add(stripped)
    return [f for f in forms if f != name]


# --- ambiguity of names we did not curate ---------------------------------------------------

_GENERIC = frozenset(
    """north south east west northern southern eastern western central centre center centro
    capital district region province city county state territory islands island coast coastal
    lakes lake upper lower middle nord sud est ouest norte sur este oeste north-east
    great greater new old saint st mount river valley highlands plateau littoral""".split()
)
_ONSET = r"(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|b|c|d|g|h|k|l|m|n|p|r|s|t|v|x)?"
_OPEN_RHYME = r"(?:ieu|yeu|oai|oay|oeo|uoi|uou|uyu|uay|uya|ai|ao|au|ay|eo|eu|ia|iu|oi|ui|ua|ya)"
_CLOSED_RHYME = r"(?:uye|ie|ye|uo|oa|oe|ue|uy|a|e|i|o|u|y)(?:ch|nh|ng|c|m|n|p|t)?"
_RHYME = rf"(?:{_OPEN_RHYME}|{_CLOSED_RHYME})"
_VI_SYLLABLE = re.compile(rf"^{_ONSET}{_RHYME}$")


def is_vietnamese_syllable(token: str) -> bool:
    """Whether a folded token is also a (folded) Vietnamese syllable: "trang", "chin", "mon"."""
    return bool(_VI_SYLLABLE.match(token))


def looks_ambiguous(name: str, name_key: str | None = None) -> bool:
    """Heuristic ambiguity of a name we did not curate (library names and their forms).

    >>> looks_ambiguous("Trang"), looks_ambiguous("North East"), looks_ambiguous("Udon Thani")
    (True, True, False)
    """
    k = key(name) if name_key is None else name_key
    if len(k.replace(" ", "")) <= 3:
        return True
    tokens = k.split()
    if all(t in _GENERIC for t in tokens):
        return True
    if not name.isascii():
        return False  # written with diacritics: a Vietnamese reader sees it is a foreign name
    return all(is_vietnamese_syllable(t) for t in tokens)


def strip_prefix(text_key: str, prefixes: Iterable[str]) -> Iterator[tuple[str, str]]:
    """(prefix, rest) for each prefix (given as keys) that starts ``text_key`` on a word boundary."""
    for prefix in prefixes:
        if text_key.startswith(prefix + " ") and len(text_key) > len(prefix) + 1:
            yield prefix, text_key[len(prefix) + 1 :]

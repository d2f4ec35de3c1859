"""Language identification: py3langid, loaded once on first use and shared by every thread."""

from __future__ import annotations

import threading
from typing import Any, Sequence


class Detector:
    """py3langid, loaded on first use (about 0.7 s) and restricted to the languages asked for."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._model: Any = None
        self._known: frozenset[str] = frozenset()
        self._langs: tuple[str, ...] = ()

    def classify(self, text: str, languages: Sequence[str]) -> tuple[str, float] | None:
        with self._lock:
            if self._model is None:
                from py3langid.langid import MODEL_FILE, LanguageIdentifier

                self._model = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
                self._known = frozenset(self._model.nb_classes)
            langs = tuple(sorted(set(languages) & self._known))
            if not langs:
                return None
            if langs != self._langs:
                self._model.set_languages(list(langs))
                self._langs = langs
            code, probability = self._model.classify(text)
        return str(code), float(probability)


#: The process-wide detector (the model takes about 0.7 s to load).
DETECTOR = Detector()

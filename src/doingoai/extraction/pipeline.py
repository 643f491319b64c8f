"""The extraction pipeline: one ordered list of small components, each `Doc -> Doc`.

    normalise → sentences → recognisers → numbers → dates → delegations → agreements
              → investments → events → province

Every component is a module of this package with a `run(doc) -> Doc` function and is tested on
hand-built documents. A component whose module is missing or cannot be imported keeps the package
importable but fails loudly (naming the module and the reason) as soon as the pipeline is run.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Sequence

from doingoai.extraction.doc import Doc

Component = Callable[[Doc], Doc]

ORDER = ("normalise", "sentences", "recognisers", "numbers", "dates", "delegations", "agreements",
         "investments", "events", "province")


class MissingComponent(RuntimeError):
    pass


def _load(name: str) -> Component:
    module_name = f"{__package__}.{name}"
    try:
        module = importlib.import_module(module_name)
        return module.run  # type: ignore[no-any-return]
    except ModuleNotFoundError as exc:
        if exc.name != module_name:
            reason = f"{type(exc).__name__}: {exc}"
        else:
            reason = f"no module {module_name}"
    except Exception as exc:  # noqa: BLE001 — a broken component must not break `import pipeline`
        reason = f"{module_name} cannot be imported: {type(exc).__name__}: {exc}"

    def missing(doc: Doc) -> Doc:
        raise MissingComponent(f"extraction component '{name}' is unavailable: {reason}")

    missing.missing = True  # type: ignore[attr-defined]
    return missing


COMPONENTS: list[tuple[str, Component]] = [(name, _load(name)) for name in ORDER]


def run(doc: Doc, components: Sequence[tuple[str, Component]] | None = None) -> Doc:
    for _, component in COMPONENTS if components is None else components:
        doc = component(doc)
    return doc


def extract(text: str, source: str) -> Doc:
    """Run the whole pipeline over `text` (NFC) read from `source`."""
    return run(Doc(source=source, text=text))

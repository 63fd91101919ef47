"""Registry of per-site article parsers.

Each module in this package covers one publisher: it declares the ``DOMAINS`` it serves and a
pure ``parse(html, url) -> ParsedArticle | None`` (``None`` hands the page back to the generic
extraction). Modules are found and checked when this package is imported, so a malformed or
conflicting site module fails loudly at start-up rather than silently on some page later.
"""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Callable
from types import ModuleType

from newsbot.items import ParsedArticle

SiteParser = Callable[[str, "str | None"], "ParsedArticle | None"]


class SiteModuleError(ValueError):
    """A site module that does not follow the registry's rules."""


def _check(module: ModuleType) -> tuple[tuple[str, ...], SiteParser]:
    domains = getattr(module, "DOMAINS", None)
    parse = getattr(module, "parse", None)
    if not isinstance(domains, tuple) or not domains:
        raise SiteModuleError(f"{module.__name__}: DOMAINS must be a non-empty tuple")
    for domain in domains:
        if not isinstance(domain, str) or domain != domain.lower() or domain.startswith("www."):
            raise SiteModuleError(f"{module.__name__}: bad domain {domain!r} (lower case, no www.)")
    if not callable(parse):
        raise SiteModuleError(f"{module.__name__}: parse(html, url) is missing")
    return domains, parse


def _load_registry() -> dict[str, SiteParser]:
    registry: dict[str, SiteParser] = {}
    owners: dict[str, str] = {}
    for info in sorted(pkgutil.iter_modules(__path__), key=lambda m: m.name):
        if info.name.startswith("_"):
            continue
        module = importlib.import_module(f"{__name__}.{info.name}")
        domains, parse = _check(module)
        for domain in domains:
            if domain in registry:
                raise SiteModuleError(
                    f"{domain} claimed by both {owners[domain]} and {module.__name__}"
                )
            registry[domain] = parse
            owners[domain] = module.__name__
    return registry


REGISTRY: dict[str, SiteParser] = _load_registry()


def parser_for(host: str | None) -> SiteParser | None:
    """The site parser for a host name or any of its parent domains, else None."""
    if not host:
        return None
    labels = host.lower().rstrip(".").split(".")
    for start in range(len(labels) - 1):
        parse = REGISTRY.get(".".join(labels[start:]))
        if parse is not None:
            return parse
    return None

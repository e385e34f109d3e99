"""Use cases. Web, API and CLI are thin shells over these; each action is one transaction and one
audit record. `build_services(settings, clock)` is the composition root."""

from tocsin.services.app import Services, build_services
from tocsin.services.context import LOCAL_ADMIN, Actor, Role

__all__ = ["LOCAL_ADMIN", "Actor", "Role", "Services", "build_services"]

"""Query parameters of the list pages, shared by each page and its JSON twin.

Bounds are part of the model: page sizes, page numbers and free text are capped, so no request can
ask the store for an unbounded amount of work. Empty form fields count as absent, so the plain HTML
forms (which send `type=` for "any") validate without JavaScript.
"""

from __future__ import annotations

from datetime import date
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, field_validator, model_validator

from storyline.model import ActorKind, EventStatus, FactKind, PloverType

MAX_PAGE_SIZE = 200
MAX_PAGE = 10_000
MAX_TEXT = 200
"""Longest free-text parameter (search words, actor names, outlets)."""

Text = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=MAX_TEXT)]


class Filters(BaseModel):
    """Paging shared by every list; subclasses add their filters."""

    model_config = ConfigDict(extra="ignore")

    page: int = Field(1, ge=1, le=MAX_PAGE, description="1-based page number")
    size: int = Field(50, ge=1, le=MAX_PAGE_SIZE, description="rows per page")

    @model_validator(mode="before")
    @classmethod
    def _blank_is_absent(cls, data: Any) -> Any:
        if isinstance(data, dict):
            return {k: v for k, v in data.items() if not (isinstance(v, str) and not v.strip())}
        return data

    @property
    def offset(self) -> int:
        return (self.page - 1) * self.size

    def params(self, **changes: Any) -> dict[str, Any]:
        """Query parameters that reproduce these filters (defaults left out), with `changes` applied."""
        defaults = type(self).model_construct().model_dump(mode="json")
        data = self.model_dump(mode="json") | changes
        return {k: v for k, v in data.items() if v is not None and v != defaults.get(k)}

    @property
    def active(self) -> bool:
        """Whether any filter (not paging) narrows the list."""
        return bool(set(self.params()) - {"page", "size"})


class DateRange(Filters):
    outlet: Text | None = Field(None, description="only articles of this outlet")
    since: date | None = Field(None, description="only articles published on or after this day")
    until: date | None = Field(None, description="only articles published on or before this day")

    def store_args(self) -> dict[str, str | None]:
        """The store's document conditions: outlet and ISO day strings."""
        return {"outlet": self.outlet, "since": self.since and self.since.isoformat(),
                "until": self.until and self.until.isoformat()}


class EventFilters(DateRange):
    type: PloverType | None = Field(None, description="PLOVER event type")
    actor: Text | None = Field(None, description="actor id, name or alias")
    role: Literal["any", "source", "target"] = Field("any", description="the actor's role in the event")
    status: EventStatus | None = None

    @field_validator("type", mode="before")
    @classmethod
    def _upper(cls, value: Any) -> Any:
        return value.strip().upper() if isinstance(value, str) else value


class QuoteFilters(DateRange):
    speaker: Text | None = Field(None, description="speaker's actor id, name or alias")
    stance: Literal["assert", "deny"] | None = None
    kind: Literal["direct", "reported"] | None = None


class FactFilters(Filters):
    kind: FactKind | None = None
    actor: Text | None = Field(None, description="actor id, name or alias")
    conflicted: bool | None = Field(None, description="only facts with (true) or without (false) conflicts")


class ActorFilters(Filters):
    kind: ActorKind | None = None
    name: Text | None = Field(None, description="part of the name or an alias")


class DocumentFilters(DateRange):
    pass


class SearchFilters(Filters):
    q: Text | None = Field(None, description="words to find in the articles' sentences")
    size: int = Field(20, ge=1, le=MAX_PAGE_SIZE, description="rows per page")


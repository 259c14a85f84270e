"""The added queries on the app's Queries page: a form with suggestions, then a table and a subgraph."""

from __future__ import annotations

from pathlib import Path
from unittest.mock import patch

import pytest
from streamlit.testing.v1 import AppTest

from graph.contributions import apply_overrides
from loaders.resolve.overrides import FactRef, Overrides
from tests.test_app import _store, app  # noqa: F401  (the app on the demo corpus, in each real store)

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")

# query, what to type or choose in its form, and a name the rows hold and the subgraph draws
ASKED = [
    ("meeting_hosts", {"meeting": "Closing workshop of the operation"}, "Thai Customs Department"),
    ("meeting_attendees", {"meeting": "Closing workshop of the operation", "type": "Agency"}, "NCB"),
    ("meeting_people", {"meeting": "Twin Guardian 3 review meeting"}, "Trần Văn Minh"),
    ("agency_leaders", {"agency": "Thai Customs Department"}, "Somchai Jaidee"),
    ("agency_units", {"agency": "General Department of Vietnam Customs"}, "Anti-Smuggling and Investigation Department"),
    ("agency_parents", {"agency": "Anti-Smuggling and Investigation Department"}, "General Department of Vietnam Customs"),
    ("members", {"organisation": "WCO"}, "RILO WE"),
    ("campaigns_between", {"from": "2023", "to": "2023"}, "Mekong Dragon 5"),
    ("meetings_in", {"place": "Hanoi"}, "Mekong Dragon 5 planning meeting"),
    ("campaign_partners", {"campaign": "Lionfish 3", "type": "Agency"}, "Royal Malaysia Police"),
]


def _offered(value: str, options: list[str]) -> bool:
    """Suggestions read "Name · Type (also alias)": the name is offered when an option is it or begins with it."""
    return any(option == value or option.startswith(f"{value} · ") for option in options)


def _fill(page: AppTest, name: str, params: dict[str, str]) -> None:
    for key, value in params.items():
        widget = f"q-{name}-{key}"
        if any(w.key == widget for w in page.text_input):
            page.text_input(key=widget).set_value(value)
        else:
            assert _offered(value, page.selectbox(key=widget).options), (widget, value)  # a suggestion or a choice
            page.selectbox(key=widget).set_value(value)


def test_each_added_query_has_a_form_a_table_and_a_subgraph(app: AppTest, tmp_path: Path) -> None:  # noqa: F811
    store = _store(tmp_path)  # the app's store (embedded or Neo4j): a member the demo articles do not name
    try:
        apply_overrides(store, Overrides(add=[FactRef(type="MEMBER_OF", source="agency:rilo-we", target="agency:wco")]))
    finally:
        store.close()
    app.switch_page("views/queries.py").run()
    for name, params, value in ASKED:
        app.selectbox(key="query-name").set_value(name).run()
        _fill(app, name, params)
        with patch("views.elements.draw") as draw:
            next(b for b in app.button if b.label == "Run").click().run()
        assert not app.exception and not app.error, name
        shown, given, rows = app.session_state["query-result"]
        assert shown == name and given == params
        assert value in {str(v) for row in rows for v in row.values()}, name
        assert len(app.dataframe[0].value) == len(rows), name
        names = {str(d.get("name")) for _, d in draw.call_args.args[0].nodes(data=True)} if draw.called else set()
        assert value in names, (name, names)


def test_a_place_is_chosen_among_cities_and_countries(app: AppTest) -> None:  # noqa: F811
    app.switch_page("views/queries.py").run()
    app.selectbox(key="query-name").set_value("meetings_in").run()
    options = app.selectbox(key="q-meetings_in-place").options
    assert all(_offered(place, options) for place in ("Hanoi", "Vientiane", "Vietnam", "Laos"))

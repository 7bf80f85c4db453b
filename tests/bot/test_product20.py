"""Product session 20: /claims as a desk reads it, on a real SQLite file through the Bot API
stand-in (every outlet, place and figure invented)."""

from __future__ import annotations

from crosswire.db import OutletSpec, Store
from tests.crosswire.divergence.test_service import add
from tests.support.botapi import BotApiStandIn
from tests.support.runningbot import RunningBot

USER = 2020
STORY = ("Varna crossing",)


def _outlets(store: Store) -> dict[str, int]:
    names = ("Harbour Post", "Meridian", "Lantern Wire")
    store.sync_outlets(
        [
            OutletSpec(n, False, None, ((f"https://{i}.example/feed", None),))
            for i, n in enumerate(names)
        ]
    )
    return {feed.outlet: feed.outlet_id for feed in store.feeds()}


def _claims(api: BotApiStandIn) -> list[str]:
    api.add_chat(USER)
    api.user_says(USER, "/claims Varna crossing")
    return api.wait_reply(USER)[-1].visible.splitlines()


def test_claims_lists_an_outlet_once_when_two_of_its_articles_give_the_same_figure(
    api: BotApiStandIn, bot: RunningBot, store: Store
) -> None:
    outlets = _outlets(store)
    text = "Varna: 12 soldiers were killed at the Orlin checkpoint, a local official said.\n"
    add(store, outlets, "Harbour Post", "a", "Varna clashes\n" + text, stories=STORY)
    later = "Varna mourns\n" + text + "Funerals were held in Varna on Wednesday.\n"
    add(store, outlets, "Harbour Post", "b", later, hours=5, stories=STORY)
    ministry = "Varna: 15 soldiers were killed at the Orlin checkpoint, the Defence Ministry said."
    add(store, outlets, "Meridian", "c", "Varna fighting\n" + ministry, hours=1, stories=STORY)
    lines = _claims(api)
    figures = [line for line in lines if line.lstrip().startswith("•")]
    assert [f.split(":")[0].strip(" •") for f in figures] == ["Harbour Post", "Meridian"]
    # one outlet saying it twice is one source, not the two that make a figure well sourced:
    # the conservative value is the ministry's 15, not the unnamed official's 12
    head = next(line for line in lines if line.startswith("killed"))
    assert head.startswith("killed · soldiers: 12–15 (conservative 15;"), head


def test_claims_conservative_value_is_not_a_figure_its_own_source_later_raised(
    api: BotApiStandIn, bot: RunningBot, store: Store
) -> None:
    outlets = _outlets(store)
    agency = "the Varna Rescue Service"
    first = (
        f"Varna shelling\nAt least nine people were killed or wounded in Varna, {agency} said.\n"
    )
    second = f"Varna toll rises\nAround 30 people were killed or wounded in Varna, {agency} said.\n"
    add(store, outlets, "Lantern Wire", "a", first, stories=STORY)
    add(store, outlets, "Meridian", "b", second, hours=6, stories=STORY)
    add(
        store,
        outlets,
        "Harbour Post",
        "c",
        second.replace("Around", "About"),
        hours=7,
        stories=STORY,
    )
    head = next(line for line in _claims(api) if line.startswith("killed or wounded"))
    assert "(conservative 30;" in head, head
    assert head.startswith("killed or wounded · people: 9–30"), head  # the spread still shows 9


def test_claims_names_a_group_in_words_not_by_its_key(
    api: BotApiStandIn, bot: RunningBot, store: Store
) -> None:
    outlets = _outlets(store)
    said = "Varna: Six Castrian border guards were captured at Orlin, a regional commander said.\n"
    add(store, outlets, "Meridian", "a", "Varna clashes\n" + said, stories=STORY)
    heads = [line for line in _claims(api) if line.startswith("captured")]
    # as alerts name it ("Conflicting captured figures (border guards (castria))"), not
    # "captured · military:castria"
    assert heads == [
        "captured · border guards (castria): 6 (conservative 6; low 6 / best 6 / high 6)"
    ]

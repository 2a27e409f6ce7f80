"""Type-to-search in the catalogue tab and the item picker: pinyin, code prefixes, and
the same rows as a plain scan of the search keys for every keystroke."""

from __future__ import annotations

import dataclasses

import pytest

from hall_desktop.bench.catalogue import generate_items
from hall_desktop.domain.catalogue import CatalogueItem
from hall_desktop.domain.search import matches, query_words, search_key
from hall_desktop.services.catalogue import ServiceItemInfo
from hall_desktop.ui.admin.catalogue_models import CatalogueFilterModel, CatalogueItemModel
from hall_desktop.ui.models.items import ItemFilterModel, ServiceItemModel

LICENCES = [
    CatalogueItem(
        9001, "XK-SCJG-9001", "营业执照（新办）", "行政权力类", "市场监督管理局", 3, True
    ),
    CatalogueItem(
        9002, "XK-SCJG-9002", "营业执照（变更）", "行政权力类", "市场监督管理局", 3, True
    ),
    CatalogueItem(
        9003, "GG-SCJG-9003", "营业执照信息查询", "公共服务类", "市场监督管理局", 0, True
    ),
]
#: Typed one character at a time, then erased: words that narrow, widen and change.
QUERIES = (
    "yyzz",
    "营业执照",
    "XK-SCJG-90",
    "xk 变更",
    "市场 yy",
    "ＸＫ",
    "gg-",
    "zz",
    "不动产登记",
)


def catalogue() -> list[CatalogueItem]:
    items = generate_items(400)
    items[5] = dataclasses.replace(items[5], active=False)
    return [*items, *LICENCES]


def keystrokes() -> list[str]:
    texts: list[str] = []
    for query in QUERIES:
        texts += [query[:n] for n in range(1, len(query) + 1)]
        texts += [query[:n] for n in range(len(query) - 1, -1, -1)]
    return texts


def scan(items: list[CatalogueItem], text: str, fields) -> set[int]:
    words = query_words(text)
    return {i.id for i in items if matches(search_key(fields(i)), words)}


@pytest.fixture
def catalogue_proxy(qapp) -> tuple[CatalogueItemModel, CatalogueFilterModel]:
    model = CatalogueItemModel()
    model.set_items(catalogue())
    proxy = CatalogueFilterModel()
    proxy.setSourceModel(model)
    return model, proxy


def catalogue_shown(proxy: CatalogueFilterModel) -> set[int]:
    """Every match; the rows a view has been given are the first of them."""
    matched = [i.id for i in proxy.matched_items()]
    given = [proxy.item(row).id for row in range(proxy.rowCount())]
    assert given == matched[: len(given)]
    return set(matched)


def test_pinyin_initials_find_the_licence(catalogue_proxy) -> None:
    _, proxy = catalogue_proxy
    proxy.set_filter("yyzz", None, True)
    assert catalogue_shown(proxy) == {9001, 9002, 9003}
    proxy.set_filter("yyzz 变更", None, True)
    assert catalogue_shown(proxy) == {9002}
    proxy.set_filter("yyzz", "公共服务类", True)
    assert catalogue_shown(proxy) == {9003}


def test_a_code_prefix_finds_its_items(catalogue_proxy) -> None:
    model, proxy = catalogue_proxy
    proxy.set_filter("XK-SCJG-900", None, True)
    assert catalogue_shown(proxy) == {9001, 9002}
    proxy.set_filter("gg-", None, True)
    expected = {i.id for i in model.items() if i.code.startswith("GG-")}
    assert catalogue_shown(proxy) == expected and len(expected) > 10


def test_the_catalogue_filter_equals_a_plain_scan(catalogue_proxy) -> None:
    model, proxy = catalogue_proxy
    items = model.items()
    fields = lambda i: (i.code, i.name, i.department)  # noqa: E731
    for inactive in (True, False):
        for text in keystrokes():
            proxy.set_filter(text, None, inactive)
            expected = {i for i in scan(items, text, fields) if inactive or i != items[5].id}
            assert catalogue_shown(proxy) == expected, text


def test_a_saved_item_is_judged_by_the_current_words(catalogue_proxy) -> None:
    model, proxy = catalogue_proxy
    proxy.set_filter("yy", None, True)
    model.put_item(CatalogueItem(9100, "XK-1", "营运证核发", "行政权力类", "交通运输局", 5, True))
    proxy.set_filter("yyz", None, True)  # narrows from the matches of "yy"
    assert 9100 in catalogue_shown(proxy)
    proxy.set_filter("yyzz", None, True)
    assert catalogue_shown(proxy) == {9001, 9002, 9003}


def test_the_item_picker_filter_equals_a_plain_scan(qapp) -> None:
    items = [
        ServiceItemInfo(i.id, i.code, i.name, i.category, i.department, i.promised_days)
        for i in catalogue()
    ]
    model = ServiceItemModel()
    model.set_items(items)
    proxy = ItemFilterModel()
    proxy.setSourceModel(model)
    model.set_checked(items[0].id, True)  # a ticked item always stays

    def shown() -> set[int]:
        return {
            proxy.data(proxy.index(r, 0), ServiceItemModel.ItemRole).id
            for r in range(proxy.rowCount())
        }

    proxy.set_text("yyzz")
    assert shown() == {9001, 9002, 9003, items[0].id}
    fields = lambda i: (i.code, i.name)  # noqa: E731
    for text in keystrokes():
        proxy.set_text(text)
        assert shown() == scan(items, text, fields) | {items[0].id}, text

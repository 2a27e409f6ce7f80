"""``hall-desktop bench catalogue``: importing the catalogue, and searching it as one types.

1. Import: a generated ``rows``-row XLSX (about 92 % 行政权力类, the rest 公共服务类, as
   in a real district hall) is read, previewed and imported into an empty hall of a
   fresh database; the median of a few runs (each into a new hall) is reported per part.
2. Search: the items are loaded into the catalogue tab's own table model, filter model
   and table view, shown offscreen at 1366×768; realistic searches (Chinese names,
   departments, code prefixes, pinyin initials) are typed into the search box one
   character at a time, backspaces included, and each keystroke is timed until Qt has
   processed its events (the repaint included). The baseline, measured in the same run,
   is a plain Python substring scan of the same items' search keys (code, name,
   department and their pinyin) per keystroke. Target: p95 <= 30 ms per keystroke and
   at most 3 times the baseline's p95 (issue 23: the filter should cost a small
   multiple of a plain scan). Two parts are timed apart, outside the keystroke's time:
   the filter model alone (no view attached) and a repaint of the table's page as it
   then stands (Qt painting the visible cells). Filling the table (the search keys
   computed then) is timed once.
"""

from __future__ import annotations

import asyncio
import os
import random
import statistics
import tempfile
import time
import uuid
from pathlib import Path
from typing import Any

from sqlalchemy import select

from hall_desktop.bench import run_with_args
from hall_desktop.bench.queue import _bench_hash, _create_database, _percentile
from hall_desktop.domain.catalogue import CatalogueItem
from hall_desktop.domain.search import query_words, search_key
from hall_desktop.services.actor import Actor, Role
from hall_desktop.services.catalogue_admin import CatalogueAdminService
from hall_desktop.services.catalogue_file import write_catalogue_xlsx
from hall_desktop.store.database import Database
from hall_desktop.store.models import Staff
from hall_desktop.store.seed import seed_demo

TARGET_P95_MS = 30.0
TARGET_VS_BASELINE = 3.0  # p95 of a keystroke / p95 of the plain scan
IMPORT_RUNS = 3
PUBLIC_SHARE = 0.08  # 160 of 2,000 (the seed hall: 113 of 1,953)

# Department, code abbreviation, and the things it permits, confirms or pays out.
_DEPARTMENTS: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    (
        "市场监督管理局",
        "SCJG",
        (
            "食品经营许可",
            "食品生产许可",
            "小餐饮登记",
            "药品零售企业许可",
            "第二类医疗器械经营备案",
            "特种设备使用登记",
            "计量标准器具核准",
            "企业名称登记",
            "个体工商户登记",
            "农民专业合作社登记",
            "广告发布登记",
            "工业产品生产许可",
        ),
    ),
    (
        "人力资源和社会保障局",
        "RSJ",
        (
            "职业技能等级认定",
            "人力资源服务许可",
            "劳务派遣经营许可",
            "失业保险金申领",
            "工伤认定",
            "劳动能力鉴定",
            "企业职工基本养老保险待遇申领",
            "技工学校设立审批",
            "就业创业证申领",
            "职称评审",
        ),
    ),
    (
        "自然资源和规划局",
        "ZRGH",
        (
            "建设用地规划许可",
            "建设工程规划许可",
            "乡村建设规划许可",
            "国有建设用地使用权登记",
            "不动产首次登记",
            "不动产转移登记",
            "不动产抵押登记",
            "临时用地审批",
            "测绘资质审批",
            "采矿权登记",
        ),
    ),
    (
        "住房和城乡建设局",
        "ZJJ",
        (
            "建筑工程施工许可",
            "商品房预售许可",
            "建筑业企业资质核准",
            "房屋建筑工程竣工验收备案",
            "城镇污水排入排水管网许可",
            "燃气经营许可",
            "物业服务企业备案",
            "房屋租赁登记备案",
            "公共租赁住房资格审核",
            "建设工程消防验收",
        ),
    ),
    (
        "交通运输局",
        "JTJ",
        (
            "道路旅客运输经营许可",
            "道路货物运输经营许可",
            "出租汽车经营许可",
            "网络预约出租汽车运输证核发",
            "机动车维修经营备案",
            "公路超限运输许可",
            "涉路施工许可",
            "道路运输从业人员资格",
            "港口经营许可",
        ),
    ),
    (
        "卫生健康局",
        "WJJ",
        (
            "医疗机构执业登记",
            "医师执业注册",
            "护士执业注册",
            "公共场所卫生许可",
            "放射诊疗许可",
            "母婴保健技术服务执业许可",
            "饮用水供水单位卫生许可",
            "生育登记",
            "计划生育家庭特别扶助",
            "出生医学证明",
        ),
    ),
    (
        "民政局",
        "MZJ",
        (
            "社会团体登记",
            "民办非企业单位登记",
            "养老机构备案",
            "最低生活保障审核确认",
            "特困人员认定",
            "临时救助",
            "残疾人两项补贴",
            "高龄津贴",
            "地名命名更名审批",
            "殡葬设施建设审批",
        ),
    ),
    (
        "公安局",
        "GAJ",
        (
            "居民身份证",
            "居住证",
            "户口迁移",
            "出入境证件",
            "机动车登记",
            "机动车驾驶证",
            "剧毒化学品购买许可",
            "烟花爆竹道路运输许可",
            "大型群众性活动安全许可",
            "旅馆业特种行业许可",
        ),
    ),
    (
        "税务局",
        "SWJ",
        (
            "增值税专用发票最高开票限额审批",
            "发票领用",
            "代开增值税发票",
            "纳税信用补评",
            "税收优惠备案",
            "出口退税备案",
            "跨区域涉税事项报告",
            "非正常户解除",
            "存量房交易税费申报",
        ),
    ),
    (
        "医疗保障局",
        "YBJ",
        (
            "基本医疗保险参保登记",
            "医保关系转移接续",
            "异地就医备案",
            "门诊慢特病待遇认定",
            "零星医疗费用报销",
            "生育保险待遇核准",
            "定点医药机构申请",
            "医疗救助",
        ),
    ),
    (
        "生态环境局",
        "STHJ",
        (
            "建设项目环境影响报告书审批",
            "建设项目环境影响报告表审批",
            "排污许可",
            "危险废物经营许可",
            "辐射安全许可",
            "环境影响登记表备案",
            "污染防治设施拆除闲置审批",
        ),
    ),
    (
        "农业农村局",
        "NYNC",
        (
            "农药经营许可",
            "兽药经营许可",
            "种子生产经营许可",
            "动物防疫条件合格证核发",
            "农村宅基地审批",
            "拖拉机和联合收割机登记",
            "渔业捕捞许可",
            "生鲜乳收购许可",
            "农作物种子质量检验机构资格认定",
        ),
    ),
    (
        "水利局",
        "SLJ",
        (
            "取水许可",
            "河道管理范围内建设项目审批",
            "生产建设项目水土保持方案审批",
            "洪水影响评价审批",
            "水利工程质量检测单位资质认定",
            "占用农业灌溉水源审批",
        ),
    ),
    (
        "教育局",
        "JYJ",
        (
            "民办学校办学许可",
            "教师资格认定",
            "校外培训机构审批",
            "学生资助",
            "适龄儿童入学",
            "中小学教师资格定期注册",
        ),
    ),
    (
        "文化广电旅游局",
        "WGLJ",
        (
            "娱乐场所经营许可",
            "营业性演出审批",
            "网吧经营许可",
            "旅行社设立许可",
            "出版物零售单位设立",
            "卫星电视广播地面接收设施安装许可",
            "文物保护单位修缮审批",
        ),
    ),
    (
        "应急管理局",
        "YJGL",
        (
            "危险化学品经营许可",
            "烟花爆竹经营（零售）许可",
            "非药品类易制毒化学品经营备案",
            "生产经营单位生产安全事故应急预案备案",
            "建设项目安全设施设计审查",
        ),
    ),
    (
        "城市管理局",
        "CGJ",
        (
            "城市建筑垃圾处置核准",
            "设置大型户外广告审批",
            "临时占用城市道路审批",
            "挖掘城市道路审批",
            "砍伐城市树木审批",
            "从事城市生活垃圾经营性清扫收集运输处理服务审批",
        ),
    ),
    (
        "司法局",
        "SFJ",
        (
            "律师执业许可",
            "基层法律服务工作者执业核准",
            "公证员执业审批",
            "人民调解员认定",
            "司法鉴定人执业登记",
        ),
    ),
    (
        "退役军人事务局",
        "TYJR",
        (
            "退役士兵自主就业一次性经济补助金",
            "伤残等级评定",
            "烈士褒扬金",
            "优待证申领",
            "义务兵家庭优待金",
        ),
    ),
    (
        "发展和改革局",
        "FGJ",
        (
            "企业投资项目核准",
            "企业投资项目备案",
            "固定资产投资项目节能审查",
            "政府投资项目可行性研究报告审批",
            "价格认定",
        ),
    ),
    (
        "住房公积金管理中心",
        "GJJ",
        (
            "住房公积金缴存登记",
            "住房公积金提取",
            "住房公积金个人住房贷款",
            "住房公积金缴存比例调整",
            "住房公积金异地转移接续",
        ),
    ),
)
_POWER_KINDS = ("XK", "QR", "JF", "QT")  # 行政许可, 行政确认, 行政给付, 其他行政权力
_SUB_ITEMS = (
    "新办",
    "变更",
    "延续",
    "注销",
    "补办",
    "换证",
    "备案",
    "年度报告",
    "信息更正",
    "撤销",
    "迁入",
    "迁出",
)
#: Public services (公共服务类): what is looked up, certified or explained, and by whom.
_PUBLIC_THINGS = (
    ("社会保险参保缴费记录", "RSJ"),
    ("个人权益记录", "RSJ"),
    ("不动产登记资料", "ZRGH"),
    ("婚姻登记档案", "MZJ"),
    ("企业登记档案", "SCJG"),
    ("纳税记录", "SWJ"),
    ("住房公积金缴存明细", "GJJ"),
    ("医保个人账户", "YBJ"),
    ("学籍信息", "JYJ"),
    ("户籍信息", "GAJ"),
    ("退休人员待遇", "RSJ"),
    ("职业资格证书", "RSJ"),
    ("工伤保险待遇", "RSJ"),
    ("出生医学证明信息", "WJJ"),
    ("道路运输证", "JTJ"),
    ("驾驶人安全驾驶记录", "GAJ"),
    ("无犯罪记录", "GAJ"),
    ("公证书", "SFJ"),
    ("药品经营许可信息", "SCJG"),
    ("食品经营许可信息", "SCJG"),
    ("规划许可信息", "ZRGH"),
    ("建设工程竣工验收信息", "ZJJ"),
    ("环境影响评价文件", "STHJ"),
    ("取水许可信息", "SLJ"),
    ("农村土地承包经营权", "NYNC"),
    ("林木采伐许可信息", "NYNC"),
    ("教师资格证书", "JYJ"),
    ("律师执业证", "SFJ"),
    ("伤残等级信息", "TYJR"),
    ("优待证", "TYJR"),
    ("养老机构信息", "MZJ"),
    ("最低生活保障待遇", "MZJ"),
    ("残疾人证", "MZJ"),
    ("就业失业登记", "RSJ"),
    ("人事档案", "RSJ"),
    ("房屋权属信息", "ZRGH"),
    ("涉税信息", "SWJ"),
    ("企业信用信息", "SCJG"),
    ("医疗机构执业信息", "WJJ"),
    ("殡葬服务信息", "MZJ"),
    ("公共租赁住房保障信息", "ZJJ"),
    ("义务教育入学信息", "JYJ"),
    ("交通违法记录", "GAJ"),
    ("出入境记录", "GAJ"),
    ("公共法律服务", "SFJ"),
    ("文化惠民活动", "WGLJ"),
    ("旅游投诉", "WGLJ"),
    ("消费投诉", "SCJG"),
    ("价格举报", "FGJ"),
    ("地名信息", "MZJ"),
    ("汛期水情信息", "SLJ"),
    ("防汛抗旱信息", "SLJ"),
    ("安全生产许可信息", "YJGL"),
    ("特种设备检验信息", "SCJG"),
)
_PUBLIC_SERVICES = ("查询", "证明开具", "咨询")
_DAYS = (0, 1, 3, 5, 5, 7, 10, 10, 15, 20, 30)


def generate_items(
    rows: int = 2000, *, seed: int = 8, public: int | None = None
) -> list[CatalogueItem]:
    """``rows`` distinct, plausible items: about 92 % 行政权力类, the rest 公共服务类.

    Deterministic for a given ``seed``; codes look like ``XK-SCJG-0001`` / ``GG-GJJ-0007``
    (none clash with the demo seed's own).
    """
    rng = random.Random(seed)
    if public is None:
        public = max(1, round(rows * PUBLIC_SHARE)) if rows > 1 else 0
    power = rows - public
    power_pool = [
        (department, abbr, f"{thing}（{sub}）")
        for department, abbr, things in _DEPARTMENTS
        for thing in things
        for sub in _SUB_ITEMS
    ]
    office = {abbr: department for department, abbr, _ in _DEPARTMENTS}
    public_pool = [
        (office[abbr], abbr, f"{thing}{service}")
        for thing, abbr in _PUBLIC_THINGS
        for service in _PUBLIC_SERVICES
    ]
    if power > len(power_pool) or public > len(public_pool):
        raise ValueError(f"at most {len(power_pool) + len(public_pool)} distinct items")
    rng.shuffle(power_pool)
    rng.shuffle(public_pool)
    chosen = [(*p, "行政权力类") for p in power_pool[:power]]
    chosen += [(*p, "公共服务类") for p in public_pool[:public]]
    chosen.sort(key=lambda c: (c[1], c[2]))
    counters: dict[str, int] = {}
    items = []
    for n, (department, abbr, name, category) in enumerate(chosen, start=1):
        public_service = category == "公共服务类"
        kind = "GG" if category == "公共服务类" else _POWER_KINDS[n % len(_POWER_KINDS)]
        prefix = f"{kind}-{abbr}"
        counters[prefix] = counters.get(prefix, 0) + 1
        items.append(
            CatalogueItem(
                id=n,
                code=f"{prefix}-{counters[prefix]:04d}",
                name=name,
                category=category,
                department=department,
                promised_days=0 if public_service and rng.random() < 0.6 else rng.choice(_DAYS),
                active=True,
            )
        )
    return items


def write_items_xlsx(path: str | os.PathLike[str], rows: int = 2000, *, seed: int = 8) -> Path:
    """A catalogue XLSX of ``rows`` generated items (as the district's system exports it)."""
    write_catalogue_xlsx(path, generate_items(rows, seed=seed))
    return Path(path)


#: What an administrator types into the search box, character by character.
SEARCHES = (
    "食品经营",
    "营业执照",
    "yyzz",  # 营业执照 by its pinyin initials
    "不动产登记",
    "XK-SCJG",
    "社会保险",
    "公积金提取",
    "QR-GAJ-00",
    "医疗机构",
    "建设工程规划",
    "注销",
    "市场监督 变更",
    "gg-",
    "养老",
    "出租汽车",
    "税务局",
    "JF-MZJ",
)


def keystrokes(count: int) -> list[str]:
    """The search box's text after each of ``count`` keystrokes: each search typed one
    character at a time, then erased with backspaces."""
    texts: list[str] = []
    while len(texts) < count:
        for search in SEARCHES:
            texts += [search[:n] for n in range(1, len(search) + 1)]
            texts += [search[:n] for n in range(len(search) - 1, -1, -1)]
    return texts[:count]


def _stats(values: list[float]) -> dict[str, float]:
    return {
        "p50": _percentile(values, 50),
        "p95": _percentile(values, 95),
        "max": round(max(values), 3) if values else 0.0,
        "mean": round(statistics.fmean(values), 3) if values else 0.0,
    }


async def _import_runs(
    url: str, xlsx: Path, runs: int
) -> tuple[dict[str, list[float]], list[CatalogueItem]]:
    """Import ``xlsx`` into ``runs`` new halls; the times, and the last hall's items."""
    db = Database(url)
    service = CatalogueAdminService(db)
    times: dict[str, list[float]] = {"read": [], "preview": [], "apply": [], "total": []}
    items: list[CatalogueItem] = []
    try:
        for _ in range(runs):
            report = await seed_demo(
                db, hall_code=f"cat_{uuid.uuid4().hex[:8]}", hash_password=_bench_hash
            )
            async with db.read() as session:
                admin_id = await session.scalar(
                    select(Staff.id).where(Staff.hall_id == report.hall_id, Staff.login == "admin")
                )
            assert admin_id is not None
            admin = Actor(
                admin_id, report.hall_id, "admin", "系统管理员", "0001", frozenset({Role.ADMIN})
            )
            t0 = time.perf_counter()
            rows = await service.read_file(admin, xlsx)
            t1 = time.perf_counter()
            preview = await service.preview(admin, rows)
            t2 = time.perf_counter()
            result = await service.apply(admin, rows, xlsx.name)
            t3 = time.perf_counter()
            if preview.refused or result.added != len(rows):
                raise RuntimeError(f"the generated file did not import cleanly: {result}")
            times["read"].append((t1 - t0) * 1000)
            times["preview"].append((t2 - t1) * 1000)
            times["apply"].append((t3 - t2) * 1000)
            times["total"].append((t3 - t0) * 1000)
            items = await service.list_items(admin)
            if len(items) < len(rows):
                raise RuntimeError("imported items are missing")
    finally:
        await db.dispose()
    return times, items


def _filter_times(
    items: list[CatalogueItem], count: int
) -> tuple[list[float], list[float], dict[str, list[float]], float]:
    """Per keystroke: the tab's search (model, filter, view, repaint), the baseline, and
    two parts measured apart (not inside the keystroke's time): the filter model alone
    (no view attached) and a repaint of the table's page as it then stands."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from hall_desktop.ui.admin.catalogue import CatalogueAdmin
    from hall_desktop.ui.admin.catalogue_models import CatalogueFilterModel

    app = QApplication.instance() or QApplication([])
    view = CatalogueAdmin()
    view.resize(1366, 768)
    view.show()
    t0 = time.perf_counter()
    view.show_items(items)
    app.processEvents()
    fill_ms = (time.perf_counter() - t0) * 1000
    texts = keystrokes(count)
    # The same search keys the table's model computes when it is filled (pinyin too).
    haystacks = [search_key((i.code, i.name, i.department)) for i in items]
    qt_times: list[float] = []
    baseline: list[float] = []
    parts: dict[str, list[float]] = {"filter_model": [], "table_repaint": []}
    for text in texts:
        t0 = time.perf_counter()
        view.search_edit.setText(text)
        # Twice: the table lays itself out on a zero timer, and the repaint that layout
        # asks for is posted for the next round; one round left each keystroke's
        # repaint to be timed in the next keystroke's.
        app.processEvents()
        app.processEvents()
        qt_times.append((time.perf_counter() - t0) * 1000)
        t0 = time.perf_counter()
        view.table.viewport().repaint()
        parts["table_repaint"].append((time.perf_counter() - t0) * 1000)
        t0 = time.perf_counter()
        words = query_words(text)
        found = [h for h in haystacks if all(w in h for w in words)]
        baseline.append((time.perf_counter() - t0) * 1000)
        if len(found) != view.proxy.matched_count():
            raise RuntimeError(f"the table finds {view.proxy.matched_count()} rows for {text!r}")
    alone = CatalogueFilterModel()
    alone.setSourceModel(view.model)
    for text in texts:
        t0 = time.perf_counter()
        alone.set_filter(text, None, True)
        parts["filter_model"].append((time.perf_counter() - t0) * 1000)
    alone.setSourceModel(None)
    view.close()
    view.deleteLater()
    app.processEvents()
    return qt_times, baseline, parts, fill_ms


def run_catalogue_bench(
    *,
    backend: str,
    rows: int = 2000,
    keystrokes_count: int = 300,
    runs: int = IMPORT_RUNS,
    pg_url: str | None = None,
) -> dict[str, Any]:
    if rows < 1 or keystrokes_count < 1 or runs < 1:
        raise ValueError("rows, keystrokes and runs must be positive")
    items = generate_items(rows)
    url, cleanup = _create_database(backend, pg_url)
    try:
        with tempfile.TemporaryDirectory(prefix="hall-catalogue-") as folder:
            xlsx = write_items_xlsx(Path(folder) / "事项目录.xlsx", rows)
            size = xlsx.stat().st_size
            times, loaded = asyncio.run(_import_runs(url, xlsx, runs))
    finally:
        cleanup()
    qt_times, baseline, parts, fill_ms = _filter_times(loaded, keystrokes_count)
    p95 = _percentile(qt_times, 95)
    base_p95 = _percentile(baseline, 95)
    ratio = round(p95 / base_p95, 1) if base_p95 else None
    return {
        "bench": "catalogue",
        "backend": backend,
        "rows": rows,
        "public_service_rows": sum(1 for i in items if i.category == "公共服务类"),
        "xlsx_bytes": size,
        "import_runs": runs,
        "import_median_ms": {part: round(statistics.median(v), 1) for part, v in times.items()},
        "items_in_table": len(loaded),
        "fill_table_ms": round(fill_ms, 1),
        "keystrokes": keystrokes_count,
        "filter_per_keystroke_ms": _stats(qt_times),
        "baseline_python_scan_ms": _stats(baseline),
        "parts_per_keystroke_ms": {part: _stats(v) for part, v in parts.items()},
        "p95_vs_baseline": ratio,
        "target": {"filter_p95_ms": TARGET_P95_MS, "p95_vs_baseline": TARGET_VS_BASELINE},
        "meets_target": p95 <= TARGET_P95_MS and ratio is not None and ratio <= TARGET_VS_BASELINE,
        "cpu_count": os.cpu_count(),
    }


def add_parser(bench_subparsers: Any) -> None:
    parser = bench_subparsers.add_parser("catalogue", help="事项目录导入与边输边搜的耗时")
    parser.add_argument("--backend", choices=["sqlite", "postgresql"], default="sqlite")
    parser.add_argument("--rows", type=int, default=2000, help="导入的事项行数（默认 2000）")
    parser.add_argument(
        "--keystrokes", type=int, default=300, help="搜索框中计时的按键次数（默认 300）"
    )
    parser.add_argument("--runs", type=int, default=IMPORT_RUNS, help="导入重复次数，取中位数")
    parser.add_argument("--pg-url", default=None, help="PostgreSQL 服务器地址")


def main_from_args(args: Any) -> dict[str, Any]:
    return run_with_args(run_catalogue_bench, args, keystrokes_count="keystrokes")

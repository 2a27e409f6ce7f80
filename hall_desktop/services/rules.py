"""The rule of every text field a service takes: one table, one way of cleaning.

Each rule takes its longest text from the column that keeps the field, so a form, an
import or a script can never hand the database more than it holds; how the text is
cleaned is :mod:`hall_desktop.domain.text`. A service cleans every text it is given with
one of these before it reads or writes anything (``tests/services/test_text_properties.py``
feeds arbitrary text to every such parameter).
"""

from __future__ import annotations

from typing import Any

from hall_desktop.domain.text import TextRule
from hall_desktop.store.models import (
    Bundle,
    BusinessLine,
    CalendarDay,
    Consultation,
    CourierDispatch,
    District,
    ExtendedService,
    Hall,
    LedgerCase,
    OutOfOrderCall,
    Patrol,
    PatrolCheck,
    Rating,
    ServiceItem,
    ServiceWindow,
    Staff,
    Ticket,
    TicketAssist,
)


def column_rule(column: Any, field: str, label: str, *, fold: bool = False) -> TextRule:
    """The rule of a field kept in ``column`` (a model attribute with a length)."""
    length = getattr(column.type, "length", None)
    if not isinstance(length, int):
        raise TypeError(f"{column} has no length: give the rule one")
    return TextRule(field, label, length, fold=fold)


# -- the queue
CITIZEN_NAME = column_rule(Ticket.citizen_name, "citizen_name", "姓名")
PRIORITY_REASON = column_rule(Ticket.priority_reason, "priority_reason", "绿色通道原因")
HOLD_REASON = column_rule(Ticket.hold_reason, "hold_reason", "挂起原因")
PAUSE_REASON = column_rule(ServiceWindow.pause_reason, "pause_reason", "暂停原因")
TICKET_NOTE = TextRule("note", "备注", 500)  # ticket.note is TEXT: the form's own limit
#: 一人一号主管授权: kept in the issue event's payload only
OVERRIDE_REASON = TextRule("override_reason", "授权原因", 200)
#: 大厅监控: kept in the event's payload only (the clerk's banner, the display's ticker)
RESUME_MESSAGE = TextRule("message", "留言", 40)
DISPLAY_NOTICE = TextRule("text", "通知内容", 60)
CALL_NOTE = column_rule(OutOfOrderCall.note, "call_note", "指定叫号说明")
ASSIST_NOTE = column_rule(TicketAssist.note, "assist_note", "帮代办备注")

# -- staff and halls
HALL_CODE = column_rule(Hall.code, "hall_code", "大厅代码", fold=True)
NEW_HALL_CODE = column_rule(Hall.code, "code", "大厅代码", fold=True)
HALL_NAME = column_rule(Hall.name, "name", "大厅名称")
HALL_ADDRESS = column_rule(Hall.address, "address", "大厅地址")
HALL_PHONE = column_rule(Hall.phone, "phone", "咨询电话")
NOTICE = column_rule(Hall.notice, "notice", "滚动公告")
ANNOUNCE_TEMPLATE = column_rule(Hall.announce_template, "announce_template", "播报模板")
CARRIERS = column_rule(Hall.carriers, "carriers", "快递公司设置")
SLIP_PRINTER = column_rule(Hall.slip_printer, "slip_printer", "小票打印机")
BACKUP_FOLDER = column_rule(Hall.backup_folder, "backup_folder", "备份文件夹")
SMS_TEMPLATE = TextRule("sms_template", "短信模板", 200)  # each kind's column holds 200
SMS_URL = column_rule(Hall.sms_url, "sms_url", "短信接口地址")
SMS_HEADER = column_rule(Hall.sms_headers, "sms_headers", "请求头")
SMS_BODY = column_rule(Hall.sms_body, "sms_body", "请求内容")
SMS_SUCCESS = column_rule(Hall.sms_success, "sms_success", "成功条件")
SMS_SECRET = column_rule(Hall.sms_secret, "sms_secret", "短信平台密钥", fold=True)
TIMEZONE = column_rule(Hall.timezone, "timezone", "时区", fold=True)
LOGIN = column_rule(Staff.login, "login", "用户名", fold=True)
STAFF_NAME = column_rule(Staff.name, "name", "姓名")
STAFF_NUMBER = column_rule(Staff.staff_number, "staff_number", "工号", fold=True)
ADMIN_LOGIN = column_rule(Staff.login, "admin_login", "用户名", fold=True)
ADMIN_NAME = column_rule(Staff.name, "admin_name", "管理员姓名")
ADMIN_NUMBER = column_rule(Staff.staff_number, "admin_number", "管理员工号", fold=True)

# -- districts (区县)
DISTRICT_CODE = column_rule(District.code, "code", "区县代码", fold=True)
DISTRICT_NAME = column_rule(District.name, "name", "区县名称")
DISTRICT_HALL = column_rule(Hall.code, "hall_code", "大厅代码", fold=True)

# -- windows, lines, the calendar
LINE_PREFIX = column_rule(BusinessLine.prefix, "prefix", "号码前缀", fold=True)
LINE_NAME = column_rule(BusinessLine.name, "name", "业务名称")
BUNDLE_NAME = column_rule(Bundle.name, "name", "一件事名称")
WINDOW_NAME = column_rule(ServiceWindow.name, "name", "窗口名称")
DAY_NAME = column_rule(CalendarDay.name, "name", "名称")

# -- the service-item catalogue
ITEM_CODE = column_rule(ServiceItem.code, "code", "事项编码", fold=True)
ITEM_NAME = column_rule(ServiceItem.name, "name", "事项名称")
ITEM_CATEGORY = column_rule(ServiceItem.category, "category", "事项类别")
ITEM_DEPARTMENT = column_rule(ServiceItem.department, "department", "实施部门")
CATALOGUE_QUERY = TextRule("query", "搜索内容", 200)
FILE_NAME = TextRule("file_name", "文件名", 255)

# -- free courier
RECIPIENT_NAME = column_rule(CourierDispatch.recipient_name, "recipient_name", "收件人姓名")
PROVINCE = column_rule(CourierDispatch.province, "province", "省份")
CITY = column_rule(CourierDispatch.city, "city", "城市")
DISTRICT = column_rule(CourierDispatch.district, "district", "区县")
ADDRESS = column_rule(CourierDispatch.address, "address", "详细地址")
DISPATCH_ITEM = TextRule("items", "材料名称", 60)  # kept in a JSON list
WAYBILL = column_rule(CourierDispatch.waybill, "waybill", "运单号", fold=True)
RETURN_REASON = column_rule(CourierDispatch.return_reason, "return_reason", "退回原因")
PHONE_LAST4 = TextRule("phone_last4", "手机号后四位", 20, fold=True)

# -- the hall's promises and the desk
EXTENDED_ITEMS = column_rule(ExtendedService.items_text, "items", "办理事项")
EXTENDED_NOTE = column_rule(ExtendedService.note, "note", "备注")
EXTENDED_REASON = column_rule(ExtendedService.reason, "reason", "延时原因")
RATING_NOTE = column_rule(Rating.note, "note", "评价内容")
QUESTION = column_rule(Consultation.question, "question", "问题")
ANSWER = column_rule(Consultation.answer, "answer", "答复")

# -- the case ledger (台账)
CASE_REQUEST = column_rule(LedgerCase.title, "request", "群众诉求")
CASE_TITLE = column_rule(LedgerCase.title, "text", "问题描述")
CASE_DETAIL = column_rule(LedgerCase.detail, "detail", "详细情况")
CASE_CITIZEN_NAME = column_rule(LedgerCase.citizen_name, "citizen_name", "群众姓名")
CASE_PHONE = column_rule(LedgerCase.citizen_phone, "phone", "联系电话", fold=True)
CASE_TICKET_NUMBER = TextRule("ticket_number", "排队号", 20, fold=True)
CASE_PERSON = column_rule(LedgerCase.person, "person", "人员")
CASE_PLACE = column_rule(LedgerCase.place, "place", "地点")
CASE_DEPARTMENT = column_rule(LedgerCase.assigned_department, "department", "部门")
CASE_STEP_TEXT = TextRule("text", "办理情况", 500)  # kept in the step's JSON

# -- 清廉大厅 patrols
PATROL_NOTE = column_rule(Patrol.note, "note", "巡查备注")
PATROL_ITEM = column_rule(PatrolCheck.item, "item", "巡查项目")
PATROL_CHECK_NOTE = column_rule(PatrolCheck.note, "check_note", "检查备注")

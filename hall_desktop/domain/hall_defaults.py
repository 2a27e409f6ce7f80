"""What a new hall starts with (大厅设置的默认值); the admin screen changes them."""

DEFAULT_NOTICE = "节假日预约服务热线：12345  ·  请留意叫号，过号请重新取号"
DEFAULT_ANNOUNCE = "请 {number} 号到 {window} 号窗口办理"

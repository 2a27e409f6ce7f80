"""``hall-desktop hotline``: the appointment hotline (预约服务热线)."""

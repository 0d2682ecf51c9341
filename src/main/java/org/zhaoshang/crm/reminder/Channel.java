package org.zhaoshang.crm.reminder;

/** Where a message goes: a person's mailbox, or a WeCom group robot. DingTalk would be one more value. */
public enum Channel {
    EMAIL, WECOM
}

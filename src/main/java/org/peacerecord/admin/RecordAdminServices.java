package org.peacerecord.admin;

import org.peacerecord.admin.history.RecordHistory;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** What every record type's admin controller uses, in one bean so that each subclass stays a one-line constructor. */
@Component
public class RecordAdminServices {

    private final RecordAdminService records;
    private final RecordHistory history;
    private final MessageSource messages;

    RecordAdminServices(RecordAdminService records, RecordHistory history, MessageSource messages) {
        this.records = records;
        this.history = history;
        this.messages = messages;
    }

    RecordAdminService records() {
        return records;
    }

    RecordHistory history() {
        return history;
    }

    MessageSource messages() {
        return messages;
    }
}

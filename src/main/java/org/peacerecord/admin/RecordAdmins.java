package org.peacerecord.admin;

import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;

/** Every record type the admin edits. */
@Component
public class RecordAdmins {

    private final List<RecordAdmin<?, ?>> admins;

    RecordAdmins(List<RecordAdmin<?, ?>> admins) {
        this.admins = List.copyOf(admins);
    }

    public List<RecordAdmin<?, ?>> all() {
        return admins;
    }

    public Optional<RecordAdmin<?, ?>> byEntityName(String className) {
        return admins.stream().filter(admin -> admin.entityType().getName().equals(className)).findFirst();
    }
}

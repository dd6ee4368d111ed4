package org.peacerecord.admin;

import java.util.List;

/** The record cannot be deleted: other records still refer to it. */
public class RecordInUseException extends RuntimeException {

    private final transient List<Referrer> referrers;

    public RecordInUseException(List<Referrer> referrers) {
        super("Still referred to by " + referrers.size() + " record(s)");
        this.referrers = List.copyOf(referrers);
    }

    public List<Referrer> referrers() {
        return referrers;
    }
}

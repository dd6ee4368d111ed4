package org.peacerecord.admin;

import java.util.List;

/** A record about to be deleted and the records that still refer to it (if any, it cannot be deleted). */
public record Deletion(long id, String label, List<Referrer> referrers) {

    public boolean isBlocked() {
        return !referrers.isEmpty();
    }
}

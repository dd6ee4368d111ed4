package org.peacerecord.region;

import org.peacerecord.shared.LinkedRecord;
import org.peacerecord.source.RecordType;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriUtils;

import java.nio.charset.StandardCharsets;

/** Regions as a record type: each links to the trainings held there. Not searched. */
@Component
@Order(80)
class RegionType implements RecordType<Region> {

    @Override
    public String code() {
        return "REGION";
    }

    @Override
    public String key() {
        return "region";
    }

    @Override
    public Class<Region> entityType() {
        return Region.class;
    }

    @Override
    public LinkedRecord link(Region r) {
        return new LinkedRecord("/trainings?region=" + UriUtils.encodeQueryParam(r.getCode(), StandardCharsets.UTF_8),
                r.getName(), r.getNameJa(), null, null, null, null);
    }

    @Override
    public String order() {
        return "e.sortOrder, e.id";
    }
}

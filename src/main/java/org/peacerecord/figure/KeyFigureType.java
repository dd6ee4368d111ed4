package org.peacerecord.figure;

import org.peacerecord.shared.LinkedRecord;
import org.peacerecord.source.RecordType;
import org.peacerecord.source.StructuredData;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.util.Map;

/** Key figures as a record type: each links to its own page, {@code /figures/{id}}. */
@Component
@Order(70)
class KeyFigureType implements RecordType<KeyFigure> {

    @Override
    public String code() {
        return "KEY_FIGURE";
    }

    @Override
    public String key() {
        return "figure";
    }

    @Override
    public Class<KeyFigure> entityType() {
        return KeyFigure.class;
    }

    @Override
    public LinkedRecord link(KeyFigure f) {
        return new LinkedRecord("/figures/" + f.getId(),
                f.getLabel(), f.getLabelJa(), null, null, null, null);
    }

    @Override
    public String order() {
        return "e.sortOrder, e.id";
    }

    /** A key figure is an observation: a value (with its qualifier in words) as of a date. */
    @Override
    public Map<String, Object> structuredData(KeyFigure f) {
        return StructuredData.properties("@type", "Observation", "observationDate", f.getAsOf(),
                "value", StructuredData.properties("@type", "QuantitativeValue", "value", f.getValue(),
                        "unitText", f.getCurrency() != null ? f.getCurrency() : f.getUnit(),
                        "valueReference", f.getQualifier().name()));
    }
}

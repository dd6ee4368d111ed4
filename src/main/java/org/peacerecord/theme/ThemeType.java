package org.peacerecord.theme;

import org.peacerecord.shared.LinkedRecord;
import org.peacerecord.source.RecordType;
import org.peacerecord.source.StructuredData;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriUtils;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/** The A4P themes as a record type: each links to its page, {@code /themes/{code}}. */
@Component
@Order(40)
class ThemeType implements RecordType<A4pTheme> {

    @Override
    public String code() {
        return "A4P_THEME";
    }

    @Override
    public String key() {
        return "theme";
    }

    @Override
    public Class<A4pTheme> entityType() {
        return A4pTheme.class;
    }

    @Override
    public LinkedRecord link(A4pTheme t) {
        return new LinkedRecord("/themes/" + UriUtils.encodePathSegment(t.getCode(), StandardCharsets.UTF_8),
                t.getName(), t.getNameJa(), null, null, null, null);
    }

    @Override
    public String order() {
        return "e.sortOrder, e.id";
    }

    @Override
    public String listPage() {
        return "themes";
    }

    /** An A4P theme is a term of the Action for Peacekeeping Declaration. */
    @Override
    public Map<String, Object> structuredData(A4pTheme t) {
        return StructuredData.properties("@type", "DefinedTerm", "termCode", t.getCode(), "description", t.getDescription(),
                "inDefinedTermSet", StructuredData.properties("@type", "DefinedTermSet", "name",
                        "Declaration of Shared Commitments on UN Peacekeeping Operations (Action for Peacekeeping)"));
    }
}

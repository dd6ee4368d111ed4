package org.peacerecord.overview;

import org.peacerecord.source.RecordType;
import org.peacerecord.source.RecordTypes;
import org.peacerecord.web.TemplateHelper;
import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.ArrayList;
import java.util.List;

/**
 * The sections of the site's main navigation, in order: the overview and the timeline, the list page of every
 * record type that has one (from the registry), the statement and the search. Each section's address is
 * {@code /<name>} ({@code /} for "home"), its label {@code layout.nav.<name>}. The layout reads it as
 * {@code ${#navigation.sections()}}, and {@code ${#navigation.signedIn()}} for the tools offered to editors.
 */
@TemplateHelper("navigation")
public class Navigation {

    private final List<String> sections;

    Navigation(RecordTypes types) {
        List<String> names = new ArrayList<>(List.of("home", "timeline"));
        types.withListPage().stream().map(RecordType::listPage).forEach(names::add);
        names.addAll(List.of("statement", "search"));
        this.sections = List.copyOf(names);
    }

    public List<String> sections() {
        return sections;
    }

    /**
     * Whether the reader is signed in (the editors' area and sign-out are offered): Spring Security's
     * {@code isAuthenticated()} without its expression machinery, which cost ~5 % of a page's CPU as two
     * {@code sec:authorize} attributes in the layout.
     */
    public boolean signedIn() {
        return TRUST.isAuthenticated(SecurityContextHolder.getContext().getAuthentication());
    }

    private static final AuthenticationTrustResolver TRUST = new AuthenticationTrustResolverImpl();
}

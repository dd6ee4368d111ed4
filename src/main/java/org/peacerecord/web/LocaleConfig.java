package org.peacerecord.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.SimpleLocaleContext;
import org.springframework.web.servlet.LocaleContextResolver;
import org.springframework.web.servlet.LocaleResolver;

import java.util.List;
import java.util.Locale;

/**
 * English and Japanese UI, decided by the address alone for readers, so that pages are cacheable and linkable in
 * either language: {@code /ja/…} is Japanese ({@link LocalePaths}); {@code ?lang=ja} or {@code ?lang=en} chooses for
 * that request; otherwise English. Signed-in editors, whose pages are never cached, also get their browser's language
 * (Accept-Language) when the address names none. Nothing is stored: no cookie, no session attribute.
 */
@Configuration(proxyBeanMethods = false)
class LocaleConfig {

    static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.JAPANESE);

    /**
     * Decides the language once per request: a plain {@link LocaleResolver} is asked again at every
     * {@code LocaleContextHolder.getLocale()} — every formatted date and message of a page, each time reading the
     * request's parameters, attributes and principal through the security wrappers.
     */
    @Bean
    LocaleResolver localeResolver() {
        return new LocaleContextResolver() {
            @Override
            public LocaleContext resolveLocaleContext(HttpServletRequest request) {
                return new SimpleLocaleContext(resolve(request));
            }

            @Override
            public void setLocaleContext(HttpServletRequest request, HttpServletResponse response,
                                         LocaleContext localeContext) {
                throw new UnsupportedOperationException("The language is chosen by the address (/ja/…, ?lang=)");
            }
        };
    }

    /** The request's language: the {@code lang} parameter, else the address, else (signed in) Accept-Language. */
    static Locale resolve(HttpServletRequest request) {
        String lang = request.getParameter("lang");
        if (lang != null) {
            return lang.regionMatches(true, 0, "ja", 0, 2) ? Locale.JAPANESE : Locale.ENGLISH;
        }
        if (request.getAttribute(LocalePaths.PATH_LOCALE) instanceof Locale locale) {
            return locale;
        }
        if (request.getUserPrincipal() != null) {
            Locale requested = request.getLocale();
            return requested != null && "ja".equals(requested.getLanguage()) ? Locale.JAPANESE : Locale.ENGLISH;
        }
        return Locale.ENGLISH;
    }
}

package org.peacerecord.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.ResourceChainRegistration;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.LiteWebJarsResourceResolver;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;
import org.springframework.web.servlet.resource.VersionResourceResolver;

import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Every static file the app serves, in one place (Boot's own mappings are off:
 * {@code spring.web.resources.add-mappings=false}): the stylesheets, the world maps' land, the site icon, and
 * Bootstrap and htmx from their WebJars. Pages link to them by content-fingerprinted addresses ({@link Assets}:
 * {@code /css/app-<md5>.css}), served with a year's {@code immutable} caching, gzip-compressed once in memory
 * ({@link GzipResourceResolver}); a changed file gets a new address. The plain addresses still answer (browsers ask
 * for {@code /favicon.ico} by name), revalidated on every use. Only these paths are static, so that no page link is
 * ever looked up as a file.
 */
@Configuration(proxyBeanMethods = false)
class StaticResourceConfig implements WebMvcConfigurer {

    static final String[] PATHS = {"/css/**", "/maps/**", "/webjars/**", "/favicon.ico", "/favicon.svg"};
    /**
     * The same addresses as prefixes, for the filters that let static files pass untouched ({@link PageCache},
     * {@link RenderLimit}).
     */
    static final List<String> PREFIXES = List.of("/css/", "/maps/", "/webjars/", "/favicon.");

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        chain(registry.addResourceHandler("/css/**").addResourceLocations("classpath:/static/css/").resourceChain(true));
        chain(registry.addResourceHandler("/maps/**").addResourceLocations("classpath:/static/maps/").resourceChain(true));
        chain(registry.addResourceHandler("/favicon.ico", "/favicon.svg").addResourceLocations("classpath:/static/")
                .resourceChain(true));
        chain(registry.addResourceHandler("/webjars/**").addResourceLocations("classpath:/META-INF/resources/webjars/")
                .resourceChain(true)).addResolver(new LiteWebJarsResourceResolver());
    }

    private static ResourceChainRegistration chain(ResourceChainRegistration chain) {
        return chain.addResolver(new GzipResourceResolver())
                .addResolver(new VersionResourceResolver().addContentVersionStrategy("/**"));
    }

    /**
     * Off: Boot registers Spring's ResourceUrlEncodingFilter whenever a resource chain exists, and it looks every
     * link of every page up as a possible static file (8 % of a page's rendering). {@link Assets} resolves the
     * fingerprinted addresses once instead.
     */
    @Bean
    FilterRegistrationBean<ResourceUrlEncodingFilter> resourceUrlEncodingFilter() {
        FilterRegistrationBean<ResourceUrlEncodingFilter> registration =
                new FilterRegistrationBean<>(new ResourceUrlEncodingFilter());
        registration.setEnabled(false);
        return registration;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new AssetCaching()).addPathPatterns(PATHS);
    }

    /** A year and {@code immutable} for fingerprinted addresses; revalidation for the plain ones. */
    static final class AssetCaching implements HandlerInterceptor {

        static final String IMMUTABLE = CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable()
                .getHeaderValue();
        private static final Pattern FINGERPRINTED = Pattern.compile("-[0-9a-f]{32}\\.[A-Za-z0-9]+$");

        @Override
        public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
            boolean fingerprinted = FINGERPRINTED.matcher(request.getRequestURI()).find();
            response.setHeader(HttpHeaders.CACHE_CONTROL, fingerprinted ? IMMUTABLE : "no-cache");
            return true;
        }
    }
}

package org.peacerecord.security;

import jakarta.servlet.DispatcherType;
import org.peacerecord.user.Role;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AccountStatusUserDetailsChecker;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.session.security.SpringSessionBackedSessionRegistry;

import java.time.Clock;

/**
 * Who may do what. Readers browse anonymously (GET); the editors' area /admin/** needs the EDITOR or
 * ADMIN role, account management /admin/users/** the ADMIN role, /account/** any signed-in user.
 * Anonymous requests for protected pages are sent to /login (the page they wanted is remembered);
 * signed-in users without the role get the 403 page. Every response carries a strict CSP and the
 * other security headers, error pages and static files included.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
@EnableConfigurationProperties({AdminProperties.class, SignInLimits.class})
class SecurityConfig {

    /**
     * No inline script or style anywhere. img-src also allows data: URIs because Bootstrap's own
     * stylesheet draws its small icons (navbar toggler, select arrow, checkbox tick) as data: SVGs.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; object-src 'none'; base-uri 'none'; "
            + "frame-ancestors 'none'; form-action 'self'; img-src 'self' data:";

    private static final String ADMIN = Role.ADMIN_NAME;
    private static final String EDITOR = Role.EDITOR_NAME;

    /**
     * The actuator: health and the probes for anyone (details for admins only, see application.properties),
     * metrics for admins, who may also sign in with HTTP Basic (a Prometheus scraper), kept per request, no session.
     */
    @Bean
    @Order(1)
    SecurityFilterChain actuatorFilterChain(HttpSecurity http, UserDetailsService users, PasswordEncoder passwordEncoder,
                                            SignInThrottle throttle, SecurityAudit audit, SignInLimits limits,
                                            ApplicationEventPublisher events) throws Exception {
        // A scraper cannot give a second factor: HTTP Basic here checks the password alone (behind the same budgets),
        // and opens nothing but the read-only metrics. docs/security.md explains; a separate management port on an
        // internal network is the better deployment.
        AuthenticationManager signIn = manager(new ThrottledAuthenticationProvider(passwordProvider(users, passwordEncoder),
                throttle, audit, limits.concurrentPasswordChecks()), events);
        http.securityMatcher("/actuator/**")
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(HttpMethod.GET, "/actuator/health", "/actuator/health/**").permitAll()
                        .anyRequest().hasRole(ADMIN))
                .authenticationManager(signIn)
                .httpBasic(basic -> basic.realmName("Peace Operations Record metrics"))
                .headers(SecurityConfig::securityHeaders);
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain securityFilterChain(HttpSecurity http, AuthenticationManager signIn, SessionRegistry sessions,
                                            SecurityAudit audit, TrustedDevices devices, SignInStages stages)
            throws Exception {
        http.authorizeHttpRequests(auth -> auth
                        // Boot's /error page renders for any status, whatever the original path was.
                        .dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()
                        .requestMatchers("/admin/users", "/admin/users/**", "/admin/security-events").hasRole(ADMIN)
                        .requestMatchers("/admin", "/admin/**").hasAnyRole(EDITOR, ADMIN)
                        // The steps of a sign-in (SignInStages): each opens only its own page.
                        .requestMatchers(SignInStages.SECOND_FACTOR_URL).hasAuthority(SignInStages.SECOND_FACTOR)
                        .requestMatchers(SignInStages.PASSWORD_CHANGE_URL)
                                .hasAnyAuthority(SignInStages.PASSWORD_CHANGE, "ROLE_" + EDITOR, "ROLE_" + ADMIN)
                        .requestMatchers(SignInStages.ENROL_URL, SignInStages.ENROL_URL + "/**")
                                .hasAnyAuthority(SignInStages.ENROL, "ROLE_" + EDITOR, "ROLE_" + ADMIN)
                        .requestMatchers("/account", "/account/**").hasAnyRole(EDITOR, ADMIN)
                        .requestMatchers(HttpMethod.GET, "/**").permitAll()
                        .requestMatchers(HttpMethod.HEAD, "/**").permitAll()
                        .anyRequest().authenticated())
                .authenticationManager(signIn)
                .formLogin(form -> form
                        .loginPage("/login").permitAll()
                        .authenticationDetailsSource(SignInDetails.source(devices))
                        .successHandler(new SignInSuccess(stages))
                        // One answer for a wrong password, an unknown username, a disabled account and a used-up
                        // budget: the audit log keeps the reason, the page gives no oracle.
                        .failureUrl("/login?error"))
                .logout(logout -> logout
                        .logoutUrl("/logout")
                        .addLogoutHandler(audit)
                        .logoutSuccessUrl("/login?logout"))
                .sessionManagement(session -> session
                        .sessionConcurrency(concurrency -> concurrency
                                .maximumSessions(-1)
                                .sessionRegistry(sessions)
                                .expiredUrl("/login?expired")))
                .exceptionHandling(errors -> errors.accessDeniedHandler(audit))
                .headers(SecurityConfig::securityHeaders);
        // Cache-Control: no-cache, no-store, max-age=0, must-revalidate is Spring Security's default for
        // every response that sets no caching itself: so /admin/**, /login and /account/** are never stored.
        return http.build();
    }

    /** The security headers of every response, whichever chain answers it. */
    private static void securityHeaders(HeadersConfigurer<HttpSecurity> headers) {
        headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                .frameOptions(frame -> frame.deny())
                .contentTypeOptions(options -> { });
    }

    /**
     * Username and password from app_user, behind the guessing budgets (ThrottledAuthenticationProvider). Account
     * status (disabled) is checked only after the password matched, and fails like a wrong password.
     */
    @Bean
    AuthenticationManager signInManager(UserDetailsService users, PasswordEncoder passwordEncoder,
                                        SignInThrottle throttle, SecurityAudit audit, SignInLimits limits,
                                        SignInStages stages, ApplicationEventPublisher events) {
        return manager(new ThrottledAuthenticationProvider(
                new StagedAuthenticationProvider(passwordProvider(users, passwordEncoder), stages),
                throttle, audit, limits.concurrentPasswordChecks()), events);
    }

    private static DaoAuthenticationProvider passwordProvider(UserDetailsService users, PasswordEncoder passwordEncoder) {
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(users);
        passwords.setPasswordEncoder(passwordEncoder);
        passwords.setPreAuthenticationChecks(user -> { });
        passwords.setPostAuthenticationChecks(new AccountStatusUserDetailsChecker());
        return passwords;
    }

    private static AuthenticationManager manager(AuthenticationProvider provider, ApplicationEventPublisher events) {
        ProviderManager manager = new ProviderManager(provider);
        DefaultAuthenticationEventPublisher publisher = new DefaultAuthenticationEventPublisher(events);
        // Refusals before any password check (SignInRefusedException) are audited like every other failure.
        publisher.setDefaultAuthenticationFailureEvent(AuthenticationFailureBadCredentialsEvent.class);
        manager.setAuthenticationEventPublisher(publisher);
        return manager;
    }

    /**
     * Every instance's sessions, from the session store in the database (Spring Session JDBC): expiring an
     * account's sessions here ends them on every instance at their next request.
     */
    @Bean
    <S extends Session> SessionRegistry sessionRegistry(FindByIndexNameSessionRepository<S> sessions) {
        return new SpringSessionBackedSessionRegistry<>(sessions);
    }

    /** Time for throttling and audit; tests replace it to move time. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}

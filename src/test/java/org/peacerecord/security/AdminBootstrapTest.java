package org.peacerecord.security;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.peacerecord.support.PostgresTest;
import org.peacerecord.user.UserAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ApplicationContext;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** First start: the admin comes from APP_ADMIN_USERNAME / APP_ADMIN_PASSWORD, or gets a generated password logged once. */
@PostgresTest
@ExtendWith(OutputCaptureExtension.class)
class AdminBootstrapTest {

    private static final Pattern GENERATED = Pattern.compile("generated password: (\\S+)");

    @Autowired
    UserAccounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Autowired
    ApplicationContext context;

    @AfterEach
    void removeBootstrappedAdmins() {
        jdbc.update("DELETE FROM app_user WHERE username IN ('chief', 'boss', 'admin')");
    }

    private void noAccounts() {
        jdbc.update("DELETE FROM app_user");
    }

    private String hashOf(String username) {
        return jdbc.queryForObject("SELECT password_hash FROM app_user WHERE username = ? AND role = 'ADMIN' AND enabled",
                String.class, username);
    }

    @Test
    void withoutAPasswordAStrongOneIsGeneratedAndLoggedOnceAtWarn(CapturedOutput output) {
        noAccounts();
        AdminBootstrap bootstrap = new AdminBootstrap(accounts, new AdminProperties("Chief", null));

        bootstrap.ensureAdmin();
        bootstrap.ensureAdmin(); // a restart: an account exists now

        Matcher generated = GENERATED.matcher(output.getOut());
        assertThat(generated.find()).as("the generated password is logged").isTrue();
        String password = generated.group(1);
        assertThat(password).hasSizeGreaterThanOrEqualTo(20).matches("[A-Za-z0-9]+");
        assertThat(generated.find()).as("logged only once").isFalse();
        assertThat(output.getOut().lines().filter(line -> line.contains("generated password")))
                .singleElement().satisfies(line -> assertThat(line).contains("WARN"));

        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM app_user", Integer.class)).isEqualTo(1);
        String hash = hashOf("chief");
        assertThat(hash).startsWith("{bcrypt}$2").doesNotContain(password);
        assertThat(passwordEncoder.matches(password, hash)).isTrue();
    }

    @Test
    void generatedPasswordsDiffer() {
        AdminBootstrap bootstrap = new AdminBootstrap(accounts, new AdminProperties("admin", null));
        assertThat(bootstrap.generatePassword()).isNotEqualTo(bootstrap.generatePassword())
                .hasSize(AdminBootstrap.GENERATED_LENGTH);
    }

    @Test
    void aConfiguredPasswordIsUsedAndNeverLogged(CapturedOutput output) {
        noAccounts();
        String configured = "a configured pass phrase 2024";

        new AdminBootstrap(accounts, new AdminProperties("boss", configured)).ensureAdmin();

        assertThat(passwordEncoder.matches(configured, hashOf("boss"))).isTrue();
        assertThat(jdbc.queryForObject("SELECT password_temporary FROM app_user WHERE username = 'boss'", Boolean.class))
                .as("to be replaced at the first sign-in").isTrue();
        assertThat(output.getAll()).doesNotContain(configured).doesNotContain("generated password");
    }

    @Test
    void anExistingAccountIsLeftAlone(CapturedOutput output) {
        noAccounts();
        new AdminBootstrap(accounts, new AdminProperties("boss", "the first pass phrase 2024")).ensureAdmin();

        new AdminBootstrap(accounts, new AdminProperties("chief", null)).ensureAdmin();
        new AdminBootstrap(accounts, new AdminProperties("boss", "another pass phrase 2024")).ensureAdmin();

        assertThat(jdbc.queryForList("SELECT username FROM app_user", String.class)).containsExactly("boss");
        assertThat(passwordEncoder.matches("the first pass phrase 2024", hashOf("boss"))).isTrue();
        assertThat(output.getAll()).doesNotContain("generated password");
    }

    @Test
    void anUnusableUsernameOrPasswordStopsStartUpWithAMessage() {
        noAccounts();
        assertThatThrownBy(() -> new AdminBootstrap(accounts, new AdminProperties("no spaces allowed", null)).ensureAdmin())
                .hasMessageContaining("APP_ADMIN_USERNAME");
        assertThatThrownBy(() -> new AdminBootstrap(accounts, new AdminProperties("boss", "x".repeat(73))).ensureAdmin())
                .hasMessageContaining("APP_ADMIN_PASSWORD");
        assertThatThrownBy(() -> new AdminBootstrap(accounts, new AdminProperties("boss", "x")).ensureAdmin())
                .hasMessageContaining("APP_ADMIN_PASSWORD (app.admin.password) breaks the password rules: "
                        + "Use at least 12 characters for the password.");
        assertThatThrownBy(() -> new AdminBootstrap(accounts, new AdminProperties("boss", "password1234")).ensureAdmin())
                .hasMessageContaining("one of the most common passwords");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM app_user", Integer.class)).isZero();
    }

    @Test
    void theEnvironmentVariablesBindToTheProperties() {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new SystemEnvironmentPropertySource("env",
                Map.of("APP_ADMIN_USERNAME", "chief", "APP_ADMIN_PASSWORD", "from the environment")));
        ConfigurationPropertySources.attach(environment);

        AdminProperties bound = Binder.get(environment).bindOrCreate("app.admin", AdminProperties.class);
        assertThat(bound.username()).isEqualTo("chief");
        assertThat(bound.password()).isEqualTo("from the environment");
        assertThat(bound.toString()).doesNotContain("from the environment");

        AdminProperties defaults = Binder.get(new StandardEnvironment()).bindOrCreate("app.admin", AdminProperties.class);
        assertThat(defaults.username()).isEqualTo("admin");
        assertThat(defaults.password()).isNull();
        assertThat(new AdminProperties(" ", null).username()).as("empty variable").isEqualTo("admin");
    }

    @Test
    void springBootsGeneratedUserDoesNotExist() {
        assertThat(context.getBeansOfType(UserDetailsService.class)).hasSize(1)
                .allSatisfy((name, service) -> assertThat(service).isNotInstanceOf(InMemoryUserDetailsManager.class));
        UserDetailsService users = context.getBean(UserDetailsService.class);
        assertThatThrownBy(() -> users.loadUserByUsername("user")).isInstanceOf(UsernameNotFoundException.class);
    }
}

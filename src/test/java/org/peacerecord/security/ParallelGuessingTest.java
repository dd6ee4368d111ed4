package org.peacerecord.security;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.peacerecord.support.HttpSession;
import org.peacerecord.support.PostgresTest;
import org.peacerecord.support.TestAccounts;
import org.peacerecord.user.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An attacker fires 200 guesses at once, over real HTTP: at most the username's budget of them is ever checked
 * against the password (the rest are refused before bcrypt runs), and all get the same answer. Strangers locking a
 * username do not lock out the editor's own browser (device cookie), and an admin can lift the lock.
 */
@PostgresTest
@ExtendWith(OutputCaptureExtension.class)
class ParallelGuessingTest {

    @LocalServerPort
    int port;

    @Autowired
    TestAccounts accounts;

    @AfterEach
    void cleanUp() {
        accounts.deleteCreated();
    }

    private List<String> fireInParallel(String username, int guesses) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(32);
        try {
            List<Callable<String>> attempts = new ArrayList<>();
            for (int i = 0; i < guesses; i++) {
                String guess = "guess number " + i + " is wrong";
                attempts.add(() -> new HttpSession(port).signIn(username, guess).headers().firstValue("Location").orElse(""));
            }
            List<String> answers = new ArrayList<>();
            for (Future<String> attempt : pool.invokeAll(attempts)) {
                answers.add(attempt.get());
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }

    private static long checked(CapturedOutput output, String username) {
        return output.getAll().lines()
                .filter(line -> line.contains("event=sign_in_failure") && line.contains("username=\"" + username + "\""))
                .filter(line -> line.contains("reason=bad_credentials"))
                .count();
    }

    @Test
    void twoHundredParallelGuessesGetAtMostTenPasswordChecks(CapturedOutput output) throws Exception {
        String editor = accounts.create(Role.EDITOR);

        List<String> answers = fireInParallel(editor, 200);

        assertThat(answers).hasSize(200).allSatisfy(location -> assertThat(location).endsWith("/login?error"));
        assertThat(checked(output, editor)).isBetween(1L, 10L);
        assertThat(new HttpSession(port).signIn(editor, TestAccounts.PASSWORD).headers().firstValue("Location"))
                .as("the username is locked, even for the right password from a stranger's browser")
                .hasValueSatisfying(location -> assertThat(location).endsWith("/login?error"));
    }

    @Test
    void theEditorsOwnBrowserStillSignsInWhileStrangersHaveLockedTheUsername() throws Exception {
        String editor = accounts.create(Role.EDITOR);
        HttpSession usual = new HttpSession(port);
        assertThat(usual.signIn(editor, TestAccounts.PASSWORD).headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/admin"));
        usual.post("/logout", java.util.Map.of("_csrf", HttpSession.csrfToken(usual.get("/admin").body())));

        fireInParallel(editor, 40);

        assertThat(usual.signIn(editor, TestAccounts.PASSWORD).headers().firstValue("Location"))
                .as("the browser that signed in before has a budget of its own").hasValueSatisfying(
                        location -> assertThat(location).endsWith("/admin"));
    }
}

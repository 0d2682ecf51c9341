package org.zhaoshang.crm.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.test.context.support.WithUserDetails;
import org.zhaoshang.crm.org.UserAccountService;
import org.zhaoshang.crm.org.UserSummary;
import org.zhaoshang.crm.support.CrmIntegrationTest;

/** Form login over real HTTP: the demo accounts, wrong passwords, and the lock-out after five of them. */
@CrmIntegrationTest
class LoginIT {

    @LocalServerPort
    int port;

    @Autowired
    UserAccountService accounts;

    @ParameterizedTest
    @ValueSource(strings = {"staff", "staff2", "unitlead", "leader", "admin"})
    void everyDemoAccountLogsInWithPasswordDemo(String username) throws Exception {
        assertThat(login(username, "demo")).isEqualTo("/");
    }

    @Test
    void aWrongPasswordGoesBackToTheLoginPageWithAnError() throws Exception {
        assertThat(login("staff2", "wrong")).isEqualTo("/login?error");
    }

    @Test
    void anUnknownUserIsRefusedLikeAWrongPassword() throws Exception {
        assertThat(login("nobody", "demo")).isEqualTo("/login?error");
    }

    @Test
    @WithUserDetails("admin")
    void fiveWrongPasswordsLockTheAccountUntilAnAdministratorUnlocksIt() throws Exception {
        for (int i = 0; i < 5; i++) {
            assertThat(login("leader", "wrong-" + i)).isEqualTo("/login?error");
        }
        assertThat(login("leader", "demo")).as("the right password while locked").isEqualTo("/login?error");
        UserSummary leader = accounts.users().stream().filter(u -> u.username().equals("leader")).findFirst().orElseThrow();
        assertThat(leader.lockedUntil()).isNotNull();

        accounts.unlock(leader.id());

        assertThat(login("leader", "demo")).isEqualTo("/");
    }

    /** Posts the login form in a fresh session; returns where the server redirects to (path and query). */
    private String login(String username, String password) throws IOException, InterruptedException {
        HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        URI loginPage = URI.create("http://localhost:" + port + "/login");
        client.send(HttpRequest.newBuilder(loginPage).GET().build(), HttpResponse.BodyHandlers.discarding());
        String form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
        HttpResponse<Void> response = client.send(HttpRequest.newBuilder(loginPage)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.discarding());
        assertThat(response.statusCode()).isEqualTo(302);
        URI location = URI.create(response.headers().firstValue("Location").orElseThrow());
        return location.getRawPath() + (location.getRawQuery() == null ? "" : "?" + location.getRawQuery());
    }
}

package org.zhaoshang.crm.reminder;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhaoshang.crm.security.CurrentUser;

/**
 * The secret tokens of personal calendar feeds. Calendar apps fetch the feed without a session, so the
 * token in the URL is the only credential: 256 random bits, one per user, replaceable when a URL has leaked.
 */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class CalendarTokens {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base64.Encoder URL_SAFE = Base64.getUrlEncoder().withoutPadding();

    private final JdbcTemplate jdbc;
    private final CurrentUser currentUser;
    private final Clock clock;

    CalendarTokens(JdbcTemplate jdbc, CurrentUser currentUser, Optional<Clock> clock) {
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /** The path of a feed below the app's address, e.g. {@code calendar/Xy….ics}. */
    public static String feedPath(String token) {
        return "calendar/" + token + ".ics";
    }

    /** The signed-in user's token, created on first use. */
    public String myToken() {
        Long me = currentUser.require().userId();
        Optional<String> existing = tokenOf(me);
        if (existing.isPresent()) {
            return existing.get();
        }
        String token = newToken();
        try {
            jdbc.update("insert into calendar_token (user_id, token, created_at) values (?, ?, ?)", me, token, now());
            return token;
        } catch (DuplicateKeyException concurrentFirstUse) {
            // Two tabs asked at once and the other insert won; both must show the same URL.
            return tokenOf(me).orElseThrow(() -> concurrentFirstUse);
        }
    }

    /** Replaces the signed-in user's token; the old feed URL stops working at once. */
    public String regenerateMyToken() {
        Long me = currentUser.require().userId();
        String token = newToken();
        if (jdbc.update("update calendar_token set token = ?, created_at = ? where user_id = ?", token, now(), me) == 0) {
            jdbc.update("insert into calendar_token (user_id, token, created_at) values (?, ?, ?)", me, token, now());
        }
        return token;
    }

    /**
     * Whose feed a token opens, for the feed endpoint, which has no signed-in user: the token is the
     * credential. A disabled account's feed stops with its login.
     */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    Optional<Long> userOf(String token) {
        if (token == null || token.isBlank() || token.length() > 64) {
            return Optional.empty();
        }
        // The column's collation compares case-insensitively; base64url is case-sensitive, so compare again here.
        List<Long> users = jdbc.query("select t.user_id, t.token from calendar_token t join app_user u on u.id = t.user_id"
                + " where t.token = ? and u.enabled", (rs, n) -> token.equals(rs.getString("token")) ? rs.getLong("user_id") : null,
                token);
        return users.stream().filter(Objects::nonNull).findFirst();
    }

    private Optional<String> tokenOf(Long userId) {
        return jdbc.queryForList("select token from calendar_token where user_id = ?", String.class, userId).stream().findFirst();
    }

    private static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return URL_SAFE.encodeToString(bytes);
    }

    private Timestamp now() {
        return Timestamp.from(clock.instant());
    }
}

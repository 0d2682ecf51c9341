package org.zhaoshang.crm.reminder;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.zhaoshang.crm.security.CurrentUser;

/** The in-app bell: the same items the reminder mails carry, per user, read or unread. */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class NotificationService {

    private final JdbcTemplate jdbc;
    private final CurrentUser currentUser;

    NotificationService(JdbcTemplate jdbc, CurrentUser currentUser) {
        this.jdbc = jdbc;
        this.currentUser = currentUser;
    }

    public long unreadCount() {
        Long count = jdbc.queryForObject("select count(*) from notification where user_id = ? and read_at is null", Long.class,
                currentUser.require().userId());
        return count == null ? 0 : count;
    }

    public List<NotificationRow> recent(int limit) {
        return jdbc.query("select * from notification where user_id = ? order by created_at desc, id desc limit ?",
                (rs, n) -> new NotificationRow(rs.getLong("id"), ReminderKind.valueOf(rs.getString("kind")), rs.getString("title"),
                        rs.getString("body"), rs.getString("link"), rs.getTimestamp("created_at").toInstant(),
                        rs.getTimestamp("read_at") != null), currentUser.require().userId(), limit);
    }

    @Transactional
    public void markAllRead() {
        jdbc.update("update notification set read_at = ? where user_id = ? and read_at is null", Timestamp.from(Instant.now()),
                currentUser.require().userId());
    }

    /** Adds an item unless one with the key exists (the same reminder decided twice). */
    @Transactional(propagation = Propagation.MANDATORY)
    void add(Long userId, String key, ReminderKind kind, String title, String body, String link) {
        try {
            jdbc.update("insert into notification (user_id, dedupe_key, kind, title, body, link, created_at) values (?, ?, ?, ?, ?, ?, ?)",
                    userId, key, kind.name(), title, body == null || body.length() <= 2000 ? body : body.substring(0, 2000), link,
                    Timestamp.from(Instant.now()));
        } catch (DuplicateKeyException alreadyThere) {
            // the bell already has it
        }
    }
}

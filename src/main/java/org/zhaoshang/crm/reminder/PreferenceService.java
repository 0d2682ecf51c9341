package org.zhaoshang.crm.reminder;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhaoshang.crm.security.CurrentUser;

/** Per user and kind: mail or not (default: mail). The in-app bell always gets the item. */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class PreferenceService {

    private final JdbcTemplate jdbc;
    private final CurrentUser currentUser;

    PreferenceService(JdbcTemplate jdbc, CurrentUser currentUser) {
        this.jdbc = jdbc;
        this.currentUser = currentUser;
    }

    public Map<ReminderKind, Boolean> mine() {
        Map<ReminderKind, Boolean> result = new EnumMap<>(ReminderKind.class);
        for (ReminderKind kind : ReminderKind.values()) {
            result.put(kind, wantsEmail(currentUser.require().userId(), kind));
        }
        return result;
    }

    @Transactional
    public void setMine(ReminderKind kind, boolean email) {
        Long me = currentUser.require().userId();
        int updated = jdbc.update("update notification_preference set email = ?, updated_at = ? where user_id = ? and kind = ?",
                email, Timestamp.from(Instant.now()), me, kind.name());
        if (updated == 0) {
            jdbc.update("insert into notification_preference (user_id, kind, email, updated_at) values (?, ?, ?, ?)",
                    me, kind.name(), email, Timestamp.from(Instant.now()));
        }
    }

    boolean wantsEmail(Long userId, ReminderKind kind) {
        return jdbc.queryForList("select email from notification_preference where user_id = ? and kind = ?", Boolean.class,
                userId, kind.name()).stream().findFirst().orElse(true);
    }
}

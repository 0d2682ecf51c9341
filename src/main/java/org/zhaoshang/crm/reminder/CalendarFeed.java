package org.zhaoshang.crm.reminder;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.zhaoshang.crm.followup.FollowupRow;
import org.zhaoshang.crm.followup.FollowupService;
import org.zhaoshang.crm.project.ProjectNavigation;
import org.zhaoshang.crm.security.SystemActor;

/**
 * The personal calendar feed: a phone or Outlook subscribes to {@code /calendar/<token>.ics} and shows the
 * user's open next follow-up dates as all-day events. There is no session (SecurityConfig permits
 * {@code /calendar/**}); the token says whose feed it is, and the query then runs as the system actor,
 * limited to that one user's follow-ups.
 * <p>
 * A plain Spring MVC controller works next to Vaadin: with Vaadin mapped to {@code /*}, Spring Boot keeps
 * the DispatcherServlet at {@code /} and Vaadin only receives what no MVC handler claims.
 */
@RestController
class CalendarFeed {

    static final ZoneId OFFICE = ZoneId.of("Asia/Shanghai");
    static final MediaType TEXT_CALENDAR = MediaType.parseMediaType("text/calendar; charset=utf-8");
    /** Enough for months of follow-ups; a calendar app fetches the whole feed every few hours. */
    static final int MAX_EVENTS = 200;

    private final CalendarTokens tokens;
    private final FollowupService followups;
    private final ReminderSettings settings;
    private final Clock clock;

    CalendarFeed(CalendarTokens tokens, FollowupService followups, ReminderSettings settings, Optional<Clock> clock) {
        this.tokens = tokens;
        this.followups = followups;
        this.settings = settings;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    @GetMapping("/calendar/{token}.ics")
    ResponseEntity<String> feed(@PathVariable String token) {
        Optional<Long> user = tokens.userOf(token);
        if (user.isEmpty()) {
            // No body and no hint: an unknown token and a revoked one look the same.
            return ResponseEntity.notFound().build();
        }
        LocalDate today = LocalDate.now(clock.withZone(OFFICE));
        List<FollowupRow> upcoming = SystemActor.call(() -> followups.upcomingOf(user.get(), today, MAX_EVENTS));
        List<ICalendar.Event> events = upcoming.stream().map(this::event).toList();
        return ResponseEntity.ok()
                .contentType(TEXT_CALENDAR)
                // The URL is a secret and the content personal: no shared cache may keep a copy.
                .cacheControl(CacheControl.noStore())
                .body(ICalendar.feed("招商跟进", events, clock.instant()));
    }

    private ICalendar.Event event(FollowupRow f) {
        String step = f.nextStep() == null || f.nextStep().isBlank() ? f.content() : f.nextStep();
        String description = (step == null ? "" : step + "\n") + "企业：" + f.companyName();
        return new ICalendar.Event("followup-" + f.id() + "@zhaoshang-crm", f.nextDate(), "跟进：" + f.projectName(),
                description, link(ProjectNavigation.projectUrl(f.projectId())));
    }

    private String link(String route) {
        String base = settings.baseUrl();
        return (base.endsWith("/") ? base : base + "/") + route;
    }
}

package org.zhaoshang.crm.reminder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.zhaoshang.crm.followup.FollowupDraft;
import org.zhaoshang.crm.followup.FollowupKind;
import org.zhaoshang.crm.followup.FollowupService;
import org.zhaoshang.crm.project.ProjectTestData;
import org.zhaoshang.crm.support.Actors;
import org.zhaoshang.crm.support.CrmIntegrationTest;

/**
 * The calendar feed over real HTTP, as a phone calendar app fetches it: no session, no cookies, only the
 * secret token in the URL.
 */
@CrmIntegrationTest
class CalendarFeedIT {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    @LocalServerPort
    int port;
    @Autowired
    CalendarTokens calendarTokens;
    @Autowired
    FollowupService followups;
    @Autowired
    ProjectTestData projectData;
    @Autowired
    Actors actors;

    // A fresh client per request and no cookie handler: nothing can carry a session from one call to the next.
    private HttpResponse<String> get(String path) throws Exception {
        try (HttpClient client = HttpClient.newHttpClient()) {
            return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                    HttpResponse.BodyHandlers.ofString());
        }
    }

    @Test
    void aSubscribedCalendarShowsTheNextFollowUpDateAsAnAllDayEventWithoutLoggingIn() throws Exception {
        String projectName = ProjectTestData.unique("日历");
        Long projectId = projectData.lead("staff", projectName);
        LocalDate next = TODAY.plusDays(2);
        Long followupId = actors.as("staff", () -> followups.record(new FollowupDraft(null, 0, projectId, FollowupKind.PHONE,
                Instant.now(), null, null, "电话沟通", null, "上门拜访", next)));
        String token = actors.as("staff", () -> calendarTokens.myToken());

        HttpResponse<String> feed = get("/" + CalendarTokens.feedPath(token));

        assertThat(feed.statusCode()).isEqualTo(200);
        assertThat(feed.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type)
                .startsWithIgnoringCase("text/calendar").containsIgnoringCase("charset=utf-8"));
        assertThat(feed.headers().firstValue("Cache-Control")).hasValueSatisfying(value -> assertThat(value).contains("no-store"));
        String unfolded = feed.body().replace("\r\n ", "");
        assertThat(unfolded).startsWith("BEGIN:VCALENDAR\r\n").contains("X-WR-CALNAME:招商跟进");
        String event = unfolded.substring(unfolded.indexOf("UID:followup-" + followupId + "@zhaoshang-crm"));
        event = event.substring(0, event.indexOf("END:VEVENT"));
        assertThat(event).contains("SUMMARY:跟进：" + projectName,
                "DTSTART;VALUE=DATE:" + next.format(DateTimeFormatter.BASIC_ISO_DATE),
                "DESCRIPTION:上门拜访\\n企业：" + projectName + "有限公司",
                "/projects/" + projectId);
    }

    @Test
    void anUnknownTokenIsNotFoundAndGivesNothingAway() throws Exception {
        HttpResponse<String> feed = get("/calendar/" + "A".repeat(43) + ".ics");

        assertThat(feed.statusCode()).isEqualTo(404);
        assertThat(feed.body()).isEmpty();
    }

    @Test
    void aTokenWithItsLetterCaseChangedIsNotAccepted() throws Exception {
        String token = actors.as("staff", () -> calendarTokens.myToken());
        String otherCase = token.chars().anyMatch(Character::isLowerCase) ? token.toUpperCase() : token.toLowerCase();

        assertThat(get("/" + CalendarTokens.feedPath(otherCase)).statusCode()).isEqualTo(404);
    }

    @Test
    void theTokenStaysTheSameUntilRegeneratedAndThenTheOldUrlStopsWorking() throws Exception {
        String first = actors.as("staff", () -> calendarTokens.myToken());
        assertThat(actors.as("staff", () -> calendarTokens.myToken())).isEqualTo(first);
        assertThat(get("/" + CalendarTokens.feedPath(first)).statusCode()).isEqualTo(200);

        String second = actors.as("staff", () -> calendarTokens.regenerateMyToken());

        assertThat(second).isNotEqualTo(first).matches("[A-Za-z0-9_-]{43}");
        assertThat(actors.as("staff", () -> calendarTokens.myToken())).isEqualTo(second);
        assertThat(get("/" + CalendarTokens.feedPath(first)).statusCode()).isEqualTo(404);
        assertThat(get("/" + CalendarTokens.feedPath(second)).statusCode()).isEqualTo(200);
    }

    @Test
    void eachUserHasTheirOwnToken() {
        String staff = actors.as("staff", () -> calendarTokens.myToken());
        String admin = actors.as("admin", () -> calendarTokens.myToken());

        assertThat(admin).isNotEqualTo(staff);
    }

    @Test
    void aTokenIsOnlyHandedToASignedInUser() {
        assertThatThrownBy(() -> calendarTokens.myToken())
                .isInstanceOfAny(AccessDeniedException.class, AuthenticationCredentialsNotFoundException.class);
    }
}

package org.zhaoshang.crm.trip;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Everything the 考察报告 (.docx) shows, assembled by the service; the document writer only lays it out.
 *
 * @param title        e.g. "二七区赴杭州、上海考察招商报告"
 * @param cities       destination cities in order (杭州, 上海)
 * @param leader       带队领导 as written (e.g. "区委书记")
 * @param members      member names with their units ("李明（区商务局）")
 * @param units        accompanying units
 * @param days         the itinerary, one entry per day with visits in order
 * @param funnel       what the trip's leads reached so far
 * @param projects     the projects the trip produced or touched
 * @param actions      next steps (action items) with responsible unit and due date
 */
public record TripReport(String title, LocalDate startDate, LocalDate endDate, List<String> cities, String leader,
        List<String> members, List<String> units, String purpose, List<Day> days, Funnel funnel,
        List<ProjectLine> projects, List<ActionLine> actions, LocalDate generatedOn) {

    /** One day of the itinerary ({@code number} counts from 1). */
    public record Day(int number, LocalDate date, List<VisitLine> visits) {
    }

    /** A visit as the report lists it; {@code kind} is already in Chinese (座谈 …). */
    public record VisitLine(String company, String kind, String place, String theirPeople, String learned,
            String outcome, String project) {
    }

    /** Counts and 万元 amounts of the trip's projects that reached each stage (洽谈 … 投产). */
    public record Funnel(int leads, List<FunnelStage> stages) {
    }

    public record FunnelStage(String stage, int count, BigDecimal amount, Integer averageDaysFromVisit) {
    }

    public record ProjectLine(String name, String company, String stage, BigDecimal totalInvestment) {
    }

    public record ActionLine(String description, String unit, LocalDate dueDate, boolean done) {
    }
}

package org.zhaoshang.crm.dashboard;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.zhaoshang.crm.project.Milestone;
import org.zhaoshang.crm.project.ProjectFilter;
import org.zhaoshang.crm.project.Stage;

/**
 * Every figure of the 领导驾驶舱 for one filter, as of {@code today}. Each figure carries the project filter
 * (or the problem query) of its drill-down, so that the list behind a number is built from the same
 * definition as the number. Amounts are 万元.
 *
 * <p>Counting rule: a project counts once, for its responsible unit, on its first signing date (its
 * earliest agreement), with its total investment as the signed amount.
 */
public record Cockpit(CockpitFilter filter, LocalDate today, boolean districtWide, Progress progress, List<StageFigure> funnel,
        List<IndustryFigure> industries, List<Batch> batches, List<CityFigure> cities, List<UnitRank> units,
        List<TripFigure> trips, Alerts alerts, List<MonthFigure> trend) {

    /** A number and its 万元 with the list behind it. */
    public record Figure(long count, BigDecimal amount, ProjectFilter drillDown) {
    }

    /** This period's signings, landings and library entries against the targets, and the 时序进度 line. */
    public record Progress(Figure signed, Figure landed, Figure library, Target target, double elapsedShare) {
    }

    public record StageFigure(Stage stage, Figure figure) {
    }

    /** A wheel (parentId null) or a branch; a wheel's figure includes its branches. */
    public record IndustryFigure(Long industryId, String name, Long parentId, Figure figure) {
    }

    /** 三个一批 for one period: signed, started, put into operation. */
    public record Batch(PeriodKind kind, Period period, Figure signed, Figure started, Figure operating) {
    }

    public record CityFigure(Long cityId, String name, String province, BigDecimal longitude, BigDecimal latitude,
            Figure figure) {
    }

    /** 全员招商: a unit's leads, signings, signed 万元 and landings in the period, against its targets. */
    public record UnitRank(int rank, Long unitId, String unitName, Figure leads, Figure signed, Figure landed,
            Target target) {

        /** Signed count over target, or null without a target. */
        public Double signedRate() {
            return target == null || target.signedCount() == null || target.signedCount() == 0 ? null
                    : (double) signed.count() / target.signedCount();
        }
    }

    /** A trip in the period and what its projects reached (stage now, 搁置 counted where it was paused). */
    public record TripFigure(Long tripId, String title, LocalDate startDate, Figure projects, Figure negotiating,
            Figure signed, Figure landed) {
    }

    /** 应开未开, overdue supervision items (not closed out, deadline passed) and stale negotiations. */
    public record Alerts(Figure overdueStart, long overdueProblems, String overdueProblemsUrl, Figure staleNegotiations) {
    }

    /** Signings in a month of the period's year and in the same month a year before. */
    public record MonthFigure(int month, Figure thisYear, Figure lastYear) {
    }

}

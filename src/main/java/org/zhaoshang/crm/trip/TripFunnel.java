package org.zhaoshang.crm.trip;

import java.math.BigDecimal;
import java.util.List;

/**
 * What a trip turned into: its projects ({@code leads}) and, per stage from 洽谈 to 投产, how many reached it,
 * their total investment in 万元, and the average days from the visit to reaching it.
 */
public record TripFunnel(int leads, BigDecimal leadAmount, List<Step> steps) {

    public record Step(org.zhaoshang.crm.project.Stage stage, int count, BigDecimal amount, Integer averageDays) {
    }
}

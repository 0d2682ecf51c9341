package org.zhaoshang.crm.demo;

import java.util.Arrays;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * A fixed set of choices with relative weights, drawn with one random number each time: the synthetic
 * data's distributions (stages, units, syllables…) are all of this shape, and drawing exactly one number
 * per choice keeps the generator's sequence, and so its output, stable for a seed.
 */
final class Weighted<T> {

    private final List<T> items;
    private final double[] cumulative;

    private Weighted(List<T> items, double[] weights) {
        if (items.isEmpty() || items.size() != weights.length) {
            throw new IllegalArgumentException("Need as many weights as items, and at least one item");
        }
        this.items = List.copyOf(items);
        this.cumulative = new double[weights.length];
        double sum = 0;
        for (int i = 0; i < weights.length; i++) {
            if (weights[i] < 0) {
                throw new IllegalArgumentException("Negative weight for " + items.get(i));
            }
            sum += weights[i];
            cumulative[i] = sum;
        }
        if (sum <= 0) {
            throw new IllegalArgumentException("All weights are zero");
        }
    }

    static <T> Weighted<T> of(List<T> items, double... weights) {
        return new Weighted<>(items, weights);
    }

    static <T> Weighted<T> uniform(List<T> items) {
        double[] weights = new double[items.size()];
        Arrays.fill(weights, 1);
        return new Weighted<>(items, weights);
    }

    /**
     * Zipf-like weights 1/(rank + offset) in list order: a few syllables are everywhere (华, 金, 恒…), most
     * are rare, as in real company names. A larger offset flattens the curve.
     */
    static <T> Weighted<T> byRank(List<T> items, double offset) {
        double[] weights = new double[items.size()];
        for (int i = 0; i < weights.length; i++) {
            weights[i] = 1 / (i + offset);
        }
        return new Weighted<>(items, weights);
    }

    T next(RandomGenerator random) {
        double point = random.nextDouble() * cumulative[cumulative.length - 1];
        int index = Arrays.binarySearch(cumulative, point);
        index = index >= 0 ? index + 1 : -index - 1;
        return items.get(Math.min(index, items.size() - 1));
    }

    int size() {
        return items.size();
    }
}

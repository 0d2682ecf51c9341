package org.zhaoshang.crm.base.ui;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Picker items by id (in their display order), and the id of a picked item. */
public final class Lookups {

    private Lookups() {
    }

    public static <T> Map<Long, T> byId(Collection<T> items, Function<T, Long> id) {
        return items.stream().collect(Collectors.toMap(id, Function.identity(), (a, b) -> a, LinkedHashMap::new));
    }

    public static <T> Long idOf(T item, Function<T, Long> id) {
        return item == null ? null : id.apply(item);
    }
}

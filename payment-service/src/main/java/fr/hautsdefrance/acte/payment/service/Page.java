package fr.hautsdefrance.acte.payment.service;

import io.quarkus.hibernate.orm.panache.PanacheQuery;

import java.util.List;
import java.util.function.Function;

/** One page of a list, with the total so a screen can show how many there are. */
public record Page<T>(List<T> items, long total, int page, int size) {

    static <E> Page<E> of(PanacheQuery<E> query, int page, int size) {
        return new Page<>(query.page(io.quarkus.panache.common.Page.of(page, size)).list(), query.count(), page, size);
    }

    public <V> Page<V> map(Function<T, V> view) {
        return new Page<>(items.stream().map(view).toList(), total, page, size);
    }
}

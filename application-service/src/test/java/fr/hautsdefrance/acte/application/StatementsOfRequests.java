package fr.hautsdefrance.acte.application;

import io.quarkus.arc.Arc;
import io.quarkus.arc.InstanceHandle;
import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.ext.web.RoutingContext;
import org.hibernate.resource.jdbc.spi.StatementInspector;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Records the SQL statements each tagged HTTP request runs (header {@value #HEADER}), so that a test
 * can count what a page or a list costs; the jobs and relays running beside the tests are not
 * tagged, so they do not blur the count.
 */
@PersistenceUnitExtension
public class StatementsOfRequests implements StatementInspector {

    public static final String HEADER = "X-Count-Statements";

    private static final Map<String, List<String>> BY_TAG = new ConcurrentHashMap<>();

    /** The statements the requests tagged {@code tag} ran, in order. */
    public static List<String> of(String tag) {
        return List.copyOf(BY_TAG.getOrDefault(tag, List.of()));
    }

    @Override
    public String inspect(String sql) {
        if (Arc.container() != null && Arc.container().requestContext().isActive()) {
            InstanceHandle<CurrentVertxRequest> request = Arc.container().instance(CurrentVertxRequest.class);
            RoutingContext current = request.isAvailable() ? request.get().getCurrent() : null;
            String tag = current == null ? null : current.request().getHeader(HEADER);
            if (tag != null) {
                BY_TAG.computeIfAbsent(tag, t -> new CopyOnWriteArrayList<>()).add(sql);
            }
        }
        return sql;
    }
}

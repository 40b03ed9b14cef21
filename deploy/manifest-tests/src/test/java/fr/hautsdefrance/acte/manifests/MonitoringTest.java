package fr.hautsdefrance.acte.manifests;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The operators' alerts (PrometheusRule) and dashboard (Grafana, a ConfigMap its sidecar picks up):
 * each reads only meters the services expose, and together they cover every meter an operator
 * needs. The meters' names are the Prometheus names of MessagingMetrics, DeliveryMetrics,
 * FourEyesMetrics, DepositAdmission and the Kafka client's lag; notification-service's OperatorMetricsTest reads them
 * from a running service.
 */
class MonitoringTest {

    static final Set<String> OPERATOR_METRICS = Set.of(
            "acte_outbox_pending",
            "acte_outbox_oldest_pending_age_seconds",
            "kafka_consumer_fetch_manager_records_lag_max",
            "acte_inbox_retries_total",
            "acte_inbox_dead_lettered_total",
            "acte_notification_emails_failed",
            "acte_payment_orders_awaiting_approval",
            "acte_payment_orders_awaiting_approval_oldest_age_seconds",
            "acte_deposits_in_progress",
            "acte_deposits_refused_total");
    static final Set<String> RULE_FIELDS = Set.of("alert", "expr", "for", "labels", "annotations");
    /** A metric name in PromQL: a word that is neither a function, a keyword nor a label (inside braces or by/on lists). */
    private static final Pattern METRIC = Pattern.compile("\\b(acte_[a-z_]+|kafka_[a-z_]+)\\b");

    static Stream<Manifests> variants() {
        return Manifests.everyVariant();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("variants")
    void everyAlertReadsExposedMetersAndTellsTheOperatorWhatToDo(Manifests manifests) {
        JsonNode rule = manifests.get("PrometheusRule", "acte-operations");
        assertThat(rule.path("apiVersion").asText()).isEqualTo("monitoring.coreos.com/v1");
        assertThat(fields(rule.path("spec"))).containsExactly("groups");
        List<String> expressions = new ArrayList<>();
        rule.path("spec").path("groups").forEach(group -> group.path("rules").forEach(alert -> {
            String name = alert.path("alert").asText();
            assertThat(name).as("alert name").matches("Acte[A-Za-z]+");
            assertThat(fields(alert)).as(name + " fields").isSubsetOf(RULE_FIELDS).contains("alert", "expr");
            assertThat(alert.path("labels").path("severity").asText()).as(name + " severity")
                    .isIn("warning", "critical");
            assertThat(alert.path("annotations").path("summary").asText()).as(name + " summary").isNotBlank();
            assertThat(alert.path("annotations").path("description").asText()).as(name + " description").isNotBlank();
            if (alert.has("for")) {
                assertThat(alert.path("for").asText()).as(name + " for").matches("[0-9]+[smh]");
            }
            assertThat(metricsIn(alert.path("expr").asText())).as(name + " reads").isNotEmpty()
                    .isSubsetOf(OPERATOR_METRICS);
            expressions.add(alert.path("expr").asText());
        }));
        assertThat(metricsIn(String.join("\n", expressions))).as("meters with an alert")
                .containsAll(Set.of("acte_outbox_oldest_pending_age_seconds", "acte_outbox_pending",
                        "kafka_consumer_fetch_manager_records_lag_max", "acte_inbox_dead_lettered_total",
                        "acte_notification_emails_failed", "acte_payment_orders_awaiting_approval_oldest_age_seconds",
                        "acte_deposits_refused_total"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("variants")
    void theDashboardShowsEveryOperatorMeterAndNothingElse(Manifests manifests) throws JsonProcessingException {
        JsonNode configMap = manifests.configMap("acte-operations-dashboard").orElseThrow();
        assertThat(configMap.path("metadata").path("labels").path("grafana_dashboard").asText()).isEqualTo("1");
        JsonNode dashboard = Repository.JSON.readTree(configMap.path("data").path("acte-operations-dashboard.json").asText());
        assertThat(dashboard.path("uid").asText()).isEqualTo("acte-operations");
        assertThat(dashboard.path("templating").path("list").findValuesAsText("name")).contains("datasource");
        Set<Integer> ids = new TreeSet<>();
        List<String> expressions = new ArrayList<>();
        dashboard.path("panels").forEach(panel -> {
            String title = panel.path("title").asText();
            assertThat(ids.add(panel.path("id").asInt())).as(title + " id is unique").isTrue();
            assertThat(panel.path("datasource").path("uid").asText()).as(title).isEqualTo("${datasource}");
            JsonNode position = panel.path("gridPos");
            assertThat(position.path("x").asInt() + position.path("w").asInt()).as(title + " fits the 24 columns")
                    .isLessThanOrEqualTo(24);
            assertThat(panel.path("targets")).as(title + " targets").isNotEmpty();
            panel.path("targets").forEach(target -> {
                assertThat(metricsIn(target.path("expr").asText())).as(title).isNotEmpty().isSubsetOf(OPERATOR_METRICS);
                expressions.add(target.path("expr").asText());
            });
        });
        assertThat(metricsIn(String.join("\n", expressions))).as("meters on the dashboard")
                .containsExactlyInAnyOrderElementsOf(OPERATOR_METRICS);
    }

    private static Set<String> metricsIn(String promql) {
        Set<String> metrics = new TreeSet<>();
        Matcher matcher = METRIC.matcher(promql.replaceAll("\\{[^}]*}", "{}"));
        while (matcher.find()) {
            metrics.add(matcher.group(1));
        }
        return metrics;
    }

    private static List<String> fields(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}

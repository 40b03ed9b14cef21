package fr.hautsdefrance.acte.manifests;

import com.fasterxml.jackson.databind.JsonNode;
import io.strimzi.api.kafka.model.kafka.Kafka;
import io.strimzi.api.kafka.model.nodepool.KafkaNodePool;
import io.strimzi.api.kafka.model.nodepool.ProcessRoles;
import io.strimzi.api.kafka.model.topic.KafkaTopic;
import io.strimzi.api.kafka.model.user.KafkaUser;
import io.strimzi.api.kafka.model.user.KafkaUserAuthorizationSimple;
import io.strimzi.api.kafka.model.user.KafkaUserScramSha512ClientAuthentication;
import io.strimzi.api.kafka.model.user.acl.AclRule;
import io.strimzi.api.kafka.model.user.acl.AclRuleGroupResource;
import io.strimzi.api.kafka.model.user.acl.AclRuleTopicResource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The Strimzi cluster, a KafkaTopic per topic of the event contract, and least-privilege users. */
class KafkaResourcesTest {

    static Stream<Manifests> variants() {
        return Manifests.everyVariant();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("variants")
    void threeKraftBrokersWriteEveryRecordToTwoReplicasAtLeast(Manifests manifests) {
        Kafka kafka = (Kafka) StrictModels.typed(manifests.get("Kafka", "acte-kafka"));
        assertThat(kafka.getSpec().getZookeeper()).as("KRaft: no ZooKeeper").isNull();
        assertThat(kafka.getSpec().getKafka().getVersion()).as("the broker version the tests run")
                .isEqualTo(ComposeFileTest.kafkaVersion());
        int brokers = 0;
        int controllers = 0;
        for (JsonNode pool : manifests.ofKind("KafkaNodePool")) {
            KafkaNodePool nodePool = (KafkaNodePool) StrictModels.typed(pool);
            assertThat(nodePool.getMetadata().getLabels()).containsEntry("strimzi.io/cluster", "acte-kafka");
            if (nodePool.getSpec().getRoles().contains(ProcessRoles.BROKER)) {
                brokers += nodePool.getSpec().getReplicas();
            }
            if (nodePool.getSpec().getRoles().contains(ProcessRoles.CONTROLLER)) {
                controllers += nodePool.getSpec().getReplicas();
            }
        }
        assertThat(brokers).isEqualTo(3);
        assertThat(controllers).as("KRaft quorum").isOdd().isGreaterThanOrEqualTo(3);
        Map<String, Object> config = kafka.getSpec().getKafka().getConfig();
        assertThat(String.valueOf(config.get("min.insync.replicas"))).isEqualTo("2");
        assertThat(String.valueOf(config.get("default.replication.factor"))).isEqualTo("3");
        assertThat(String.valueOf(config.get("auto.create.topics.enable"))).isEqualTo("false");
        assertThat(kafka.getSpec().getKafka().getAuthorization().getType()).isEqualTo("simple");
        assertThat(kafka.getSpec().getKafka().getListeners()).singleElement().satisfies(listener -> {
            assertThat(listener.isTls()).isTrue();
            assertThat(listener.getAuth().getType()).isEqualTo("scram-sha-512");
        });
        assertThat(kafka.getSpec().getEntityOperator().getTopicOperator()).isNotNull();
        assertThat(kafka.getSpec().getEntityOperator().getUserOperator()).isNotNull();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("variants")
    void everyTopicOfTheEventContractIsAKafkaTopic(Manifests manifests) {
        Set<String> declared = new TreeSet<>();
        for (JsonNode resource : manifests.ofKind("KafkaTopic")) {
            KafkaTopic topic = (KafkaTopic) StrictModels.typed(resource);
            String name = topic.getSpec().getTopicName() != null ? topic.getSpec().getTopicName() : topic.getMetadata().getName();
            declared.add(name);
            assertThat(topic.getMetadata().getLabels()).containsEntry("strimzi.io/cluster", "acte-kafka");
            assertThat(topic.getSpec().getReplicas()).as(name).isEqualTo(3);
            assertThat(topic.getSpec().getPartitions()).as(name).isPositive();
            assertThat(String.valueOf(topic.getSpec().getConfig().get("min.insync.replicas"))).as(name).isEqualTo("2");
            assertThat(topic.getSpec().getConfig()).as(name + " retention").containsKey("retention.ms");
        }
        assertThat(EventTopics.all()).as("docs/asyncapi.yaml topics")
                .contains("acte.application.v1", "acte.application-service.dlq");
        assertThat(declared).isEqualTo(EventTopics.all());
        // What the services actually consume and dead-letter is in the contract too.
        for (ServiceSettings service : ServiceSettings.all()) {
            service.consumptions().forEach(c -> {
                assertThat(declared).as(service.name() + " consumes").contains(c.topic());
                assertThat(declared).as(service.name() + " dead letters").contains(c.deadLetterTopic());
            });
        }
    }

    /** docs/retention.md: Kafka is a replay buffer, not where a person's data is kept for years. */
    static final long PERSONAL_DATA_RETENTION_MS = java.time.Duration.ofDays(90).toMillis();
    static final long DEAD_LETTER_RETENTION_MS = java.time.Duration.ofDays(30).toMillis();

    @ParameterizedTest(name = "{0}")
    @MethodSource("variants")
    void topicsCarryingPersonalDataKeepRecordsNinetyDaysAtMost(Manifests manifests) {
        Set<String> personal = EventTopics.carryingPersonalData();
        assertThat(personal).as("from docs/asyncapi.yaml")
                .contains("acte.application.v1", "acte.payment.v1", "acte.notification.v1")
                .doesNotContain("acte.eligibility.v1");
        for (JsonNode resource : manifests.ofKind("KafkaTopic")) {
            KafkaTopic topic = (KafkaTopic) StrictModels.typed(resource);
            String name = topic.getSpec().getTopicName() != null ? topic.getSpec().getTopicName() : topic.getMetadata().getName();
            long retention = Long.parseLong(String.valueOf(topic.getSpec().getConfig().get("retention.ms")));
            if (isCompacted(topic) && personal.contains(name)) {
                // The latest state per key is kept for good (no time retention); what it replaced must go.
                assertThat(String.valueOf(topic.getSpec().getConfig().get("cleanup.policy"))).as(name)
                        .isEqualTo("compact");
                assertThat(Long.parseLong(String.valueOf(topic.getSpec().getConfig().get("max.compaction.lag.ms"))))
                        .as(name + ": a superseded record with personal data is compacted away within")
                        .isPositive().isLessThanOrEqualTo(PERSONAL_DATA_RETENTION_MS);
            } else if (EventTopics.isDeadLetterTopic(name)) {
                assertThat(retention).as(name + " (copies of events with personal data)").isPositive()
                        .isLessThanOrEqualTo(DEAD_LETTER_RETENTION_MS);
            } else if (personal.contains(name)) {
                assertThat(retention).as(name + " carries personal data").isPositive()
                        .isLessThanOrEqualTo(PERSONAL_DATA_RETENTION_MS);
            }
        }
    }

    /**
     * acte.organisation-contacts.v1 is compacted: each record is an organisation's complete member list,
     * so compaction (not age) removes the lists that a change replaced.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("variants")
    void theOrganisationsContactsAreKeptAsTheLatestListPerOrganisationOnly(Manifests manifests) {
        KafkaTopic topic = (KafkaTopic) StrictModels.typed(manifests.get("KafkaTopic", "acte.organisation-contacts.v1"));
        assertThat(EventTopics.carryingPersonalData()).contains("acte.organisation-contacts.v1");
        assertThat(EventTopics.producedBy("application-service")).contains("acte.organisation-contacts.v1");
        assertThat(isCompacted(topic)).isTrue();
        assertThat(String.valueOf(topic.getSpec().getConfig().get("retention.ms"))).as("no record expires by age")
                .isEqualTo("-1");
    }

    private static boolean isCompacted(KafkaTopic topic) {
        return String.valueOf(topic.getSpec().getConfig().get("cleanup.policy")).contains("compact");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("variants")
    void eachServiceMayOnlyProduceAndConsumeWhatItDoes(Manifests manifests) {
        for (ServiceSettings service : ServiceSettings.all()) {
            KafkaUser user = (KafkaUser) StrictModels.typed(manifests.get("KafkaUser", service.name()));
            assertThat(user.getSpec().getAuthentication()).isInstanceOf(KafkaUserScramSha512ClientAuthentication.class);
            Set<String> expected = new TreeSet<>();
            EventTopics.producedBy(service.name()).forEach(t -> {
                expected.add("topic " + t + " Write");
                expected.add("topic " + t + " Describe");
            });
            service.consumptions().forEach(c -> {
                expected.add("topic " + c.topic() + " Read");
                expected.add("topic " + c.topic() + " Describe");
                expected.add("group " + c.group() + " Read");
                expected.add("topic " + c.deadLetterTopic() + " Write");
                expected.add("topic " + c.deadLetterTopic() + " Describe");
            });
            Set<String> granted = new TreeSet<>();
            for (AclRule rule : ((KafkaUserAuthorizationSimple) user.getSpec().getAuthorization()).getAcls()) {
                String resource;
                if (rule.getResource() instanceof AclRuleTopicResource topic) {
                    assertThat(topic.getPatternType().toValue()).as("no prefix grants").isEqualTo("literal");
                    resource = "topic " + topic.getName();
                } else if (rule.getResource() instanceof AclRuleGroupResource group) {
                    assertThat(group.getPatternType().toValue()).isEqualTo("literal");
                    resource = "group " + group.getName();
                } else {
                    resource = "other " + rule.getResource().getType();
                }
                assertThat(rule.getType() == null || rule.getType().toValue().equals("allow")).isTrue();
                rule.getOperations().forEach(op -> granted.add(resource + " " + op.toValue()));
            }
            assertThat(granted).as(service.name() + " ACLs").isEqualTo(expected);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("variants")
    void eachServiceConnectsAsItsOwnKafkaUserOverTls(Manifests manifests) {
        for (String service : Repository.SERVICES) {
            JsonNode container = DeploymentsTest.container(manifests.serviceDeployment(service));
            Map<String, ServiceEnvironmentTest.Value> env = ServiceEnvironmentTest.environment(manifests, container);
            assertThat(env.get("KAFKA_SASL_JAAS_CONFIG").secret()).as(service).isEqualTo(service + "/sasl.jaas.config");
            assertThat(env.get("KAFKA_SECURITY_PROTOCOL").literal()).isEqualTo("SASL_SSL");
            assertThat(env.get("KAFKA_SASL_MECHANISM").literal()).isEqualTo("SCRAM-SHA-512");
            assertThat(env.get("KAFKA_BOOTSTRAP_SERVERS").literal()).isEqualTo("acte-kafka-kafka-bootstrap:9093");
            String truststore = env.get("KAFKA_SSL_TRUSTSTORE_LOCATION").literal();
            assertThat(container.path("volumeMounts").toString()).contains(truststore.substring(0, truststore.lastIndexOf('/')));
        }
    }
}

package fr.hautsdefrance.acte.notification.rest;

import fr.hautsdefrance.acte.notification.Events;
import fr.hautsdefrance.acte.testing.Tokens;
import fr.hautsdefrance.acte.testing.TopicReader;
import fr.hautsdefrance.acte.testing.TopicWriter;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

/** An administrator reads what the consumers gave up and sends chosen records back to their topic. */
@QuarkusTest
class DeadLetterApiTest {

    @Test
    void a_dead_letter_is_listed_with_its_reason_and_origin_and_re_driven_to_its_topic_on_record() {
        String key = UUID.randomUUID().toString();
        String eventId = Events.newId();
        // A lapse warning without its grant cannot be told to anyone: dead-lettered at once.
        Events.send(Events.PAYMENTS, key, eventId, "grant.lapse-warning",
                "{\"contacts\":[],\"lapseDate\":\"2028-11-22\",\"daysLeft\":15}");
        String adminSubject = "admin-" + UUID.randomUUID();
        String admin = Tokens.of(adminSubject, "admin");

        String id = await().atMost(Duration.ofSeconds(60)).until(() -> given().auth().oauth2(admin)
                .get("/api/v1/dead-letters").then().statusCode(200).extract().jsonPath()
                .getString("find { it.eventId == '" + eventId + "' }.id"), found -> found != null);
        given().auth().oauth2(admin).get("/api/v1/dead-letters").then()
                .body("find { it.id == '" + id + "' }.originTopic", equalTo(Events.PAYMENTS))
                .body("find { it.id == '" + id + "' }.originOffset", notNullValue())
                .body("find { it.id == '" + id + "' }.eventType", equalTo("fr.hautsdefrance.acte.grant.lapse-warning.v1"))
                .body("find { it.id == '" + id + "' }.reason", containsString("the grant"));

        given().auth().oauth2(admin).contentType(ContentType.JSON).body(Map.of("ids", List.of(id)))
                .post("/api/v1/dead-letters/redrive").then().statusCode(200)
                .body("[0].eventId", equalTo(eventId)).body("[0].topic", equalTo(Events.PAYMENTS));

        List<ConsumerRecord<String, String>> onTopic = TopicReader.read(TopicWriter.bootstrapServers(), Events.PAYMENTS,
                r -> eventId.equals(TopicReader.header(r, "ce_id")), 2, Duration.ofSeconds(30));
        assertThat(onTopic).as("sent, then re-driven with its own headers").hasSize(2)
                .allSatisfy(r -> assertThat(r.key()).isEqualTo(key))
                .allSatisfy(r -> assertThat(TopicReader.header(r, "dead-letter-reason")).isNull());
        given().auth().oauth2(admin).get("/api/v1/dead-letters").then()
                .body("find { it.id == '" + id + "' }.lastRedriveBy", equalTo(adminSubject))
                .body("find { it.id == '" + id + "' }.lastRedriveAt", notNullValue());
    }

    @Test
    void only_administrators_see_dead_letters_and_a_wrong_or_unknown_id_is_refused_by_name() {
        given().auth().oauth2(Tokens.officer("officer-" + UUID.randomUUID())).get("/api/v1/dead-letters")
                .then().statusCode(403);
        given().get("/api/v1/dead-letters").then().statusCode(401);
        String admin = Tokens.of("admin-" + UUID.randomUUID(), "admin");
        given().auth().oauth2(admin).contentType(ContentType.JSON).body(Map.of("ids", List.of("forty-two")))
                .post("/api/v1/dead-letters/redrive").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("ids"));
        given().auth().oauth2(admin).contentType(ContentType.JSON).body(Map.of("ids", List.of("0-999999999")))
                .post("/api/v1/dead-letters/redrive").then().statusCode(404)
                .contentType("application/problem+json").body("detail", containsString("0-999999999"));
    }
}
